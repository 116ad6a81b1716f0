"""Text in capitals: names, organisations and places in a stretch of shouting are found (it is read re-cased,
offsets unchanged), ordinary shouting and acronyms are not, and the rewrite keeps shouting in capitals."""

from __future__ import annotations

import pytest

from rewriter.detect.shouting import unshout


@pytest.mark.parametrize(
    "text, read",
    [
        ("MR PATEL WAS LOVELY TODAY", "Mr Patel was lovely today"),
        ("SHOUTOUT TO SARAH JENKINS ON WARD 7", "Shoutout to Sarah Jenkins on ward 7"),
        ("THE NHS IS BROKEN", "The NHS is broken"),
        ("LISTEN to me", "LISTEN to me"),  # one word in capitals is emphasis
        ("The NHS and ICU are busy", "The NHS and ICU are busy"),
        ("CEO & CFO met today", "CEO & CFO met today"),  # acronyms only
        ("MY PATIENT MRS GREEN TURNED 100", "My patient Mrs Green turned 100"),
    ],
)
def test_unshout_recases_stretches_of_capitals_only(text, read):
    assert unshout(text) == read
    assert len(unshout(text)) == len(text)


@pytest.mark.parametrize(
    "text, found",
    [
        ("MR PATEL WAS LOVELY TODAY", "PATEL"),
        ("SHOUTOUT TO SARAH JENKINS ON WARD 7", "SARAH JENKINS"),
        ("SHOUTOUT TO SARAH JENKINS ON WARD 7", "WARD 7"),
        ("HUGE THANKS TO DR. AMIR KHAN FOR EVERYTHING", "AMIR KHAN"),
        ("BIG SHOUT OUT TO THE TEAM AT BUPA CROMWELL", "BUPA CROMWELL"),
    ],
)
def test_names_and_places_in_capitals_are_found(find, text, found):
    assert any(found in t for t, _ in find(text)), find(text)


@pytest.mark.parametrize(
    "text",
    [
        "LISTEN. OMG HAPPY FRIDAY. The NHS and ICU are busy.",
        "THE NHS IS BROKEN AND THE DNS IS DOWN AGAIN",
        "I LOVE MY JOB!!! THANK YOU TEAM",
        "HAPPY NEW YEAR EVERYONE, STAY SAFE",
        "ICU WAS MANIC TODAY, SO PROUD OF THIS TEAM",
    ],
)
def test_ordinary_shouting_and_acronyms_are_not_flagged(find, text):
    assert find(text) == []


def test_the_rewrite_of_shouting_stays_in_capitals(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    result = Pipeline(Config(), detector).rewrite("SHOUTOUT TO SARAH JENKINS ON WARD 7", use_llm=False)
    assert "SARAH" not in result.text and "JENKINS" not in result.text
    assert result.text.isupper(), result.text


@pytest.mark.parametrize(
    "text",
    [
        # one ordinary word in capitals for emphasis, after a word that takes a company too, or before a number
        "Shipped the database upgrade this week with ZERO downtime. Proud of the platform team",
        "Accreditation DONE 🎉 4 years, 450 client hours, one extremely patient husband.",
    ],
)
def test_one_word_of_emphasis_is_no_name(find, text):
    assert find(text) == [], find(text)


@pytest.mark.parametrize(
    "text, found",
    [
        ("Big meeting with APEX on the renewal, fingers crossed.", "APEX"),  # a company after "with"
        ("Lunch with GRACE today, she is my new client.", "GRACE"),  # a name in capitals
        ("Our matron for LUTH dey use us like slave.", "LUTH"),  # an acronym spelt like a rare word
    ],
)
def test_a_company_or_a_name_in_capitals_after_with_stays(find, text, found):
    assert any(found in t for t, _ in find(text)), find(text)
