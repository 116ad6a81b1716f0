"""Named awareness days, weeks and months and public holidays are on everyone's calendar: neither the name
("Rare Disease Day") nor its date is generalised; a person called Day, and a condition or a date outside such a
name, still are."""

from __future__ import annotations

import pytest

from rewriter.detect.observances import observance_regions


@pytest.mark.parametrize(
    "text, name",
    [
        ("Rare Disease Day is 28 Feb so wear your jeans.", "Rare Disease Day"),
        ("It's Mental Health Awareness Week, so check in on each other.", "Mental Health Awareness Week"),
        ("For World Mental Health Day we're running a stall.", "World Mental Health Day"),
        ("On St Patrick's Day the whole ward wore green.", "St Patrick's Day"),
        ("Happy Mother's Day to all the mums.", "Mother's Day"),
        ("It's rett syndrome awareness month, please share.", "rett syndrome awareness month"),
    ],
)
def test_observance_names_are_found(text, name):
    assert any(name in text[a:b] for a, b in observance_regions(text))


@pytest.mark.parametrize("text", ["Doris Day sang on the ward.", "My patient Sarah Day is 90.", "It was Sarah's Day today."])
def test_a_person_called_day_is_no_observance(text):
    assert observance_regions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rare Disease Day is 28 Feb so wear your jeans.",
        "It's Mental Health Awareness Week, so please check in on each other.",
        "For World Mental Health Day on 10 October we're running a stall.",
        "On St Patrick's Day the whole ward wore green.",
        "Down Syndrome Awareness Month is October, so we are fundraising.",
    ],
)
def test_an_observance_and_its_date_are_not_flagged(find, text):
    assert find(text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("My patient Mrs Green told me about Rare Disease Day.", "Mrs Green"),
        ("Doris Day was my patient on the ward last week.", "Doris Day"),
    ],
)
def test_people_beside_or_called_like_an_observance_are_still_found(find, text, found):
    assert any(found in t for t, _ in find(text)), find(text)


def test_the_rewrite_keeps_the_observance(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    text = "My client Jake asked me about Rare Disease Day, it is 28 Feb."
    result = Pipeline(Config(role="therapist"), detector).rewrite(text, use_llm=False)
    assert "Rare Disease Day" in result.text and "Jake" not in result.text, result.text
    assert "rare condition Day" not in result.text


def test_a_school_named_before_the_day_stays_found(find):
    # "for" joins the school to the day: the school is no part of the day's name
    text = "Bookmarks for every child in P1 at Glenbrae Primary for World Book Day. You're all stars!"
    assert ("Glenbrae Primary", "FACILITY") in find(text)
    assert not any("World Book Day" in t for t, _ in find(text))


def test_the_day_alone_is_still_an_observance():
    from rewriter.detect.observances import observance_regions

    text = "Happy World Book Day everyone, the costumes were amazing"
    assert [text[a:b] for a, b in observance_regions(text)] == ["Happy World Book Day"]


def test_a_greeting_taken_whole_by_the_model_is_not_cut_to_its_first_word(find):
    # only a name joined to the day by "for", "on" or "at" is cut from it; "Happy" alone is no one
    text = "Lost R50 on a horse, hat game strong 😂 Happy Deepavali to all the aunties"
    assert not any(t == "Happy" for t, _ in find(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Two days off at last, family dinner on Stephen's Day and a long walk after.", "Stephen's Day"),
        ("Green cupcakes in the staff room for Patrick's Day, obviously.", "Patrick's Day"),
    ],
)
def test_a_saints_holiday_without_saint_is_an_observance(text, name):
    # a saint's public holiday written without "Saint" ("Stephen's Day" in Ireland) names no one
    assert any(name == text[a:b] for a, b in observance_regions(text))


@pytest.mark.parametrize(
    "text",
    [
        "My client Kevin's Day started badly.",  # no saint's holiday
        "Took a service user to Joseph's Day Centre this morning.",  # a service named for the saint
        "Stephen's day off was cancelled again.",  # someone's day, not the holiday
    ],
)
def test_a_possessive_day_that_is_no_saints_holiday_is_none(text):
    assert observance_regions(text) == []


def test_a_client_beside_a_saints_day_is_still_found(find):
    text = "Visited my client Aoife Brennan at home on Stephen's Day, she was in good form."
    found = find(text)
    assert any("Aoife Brennan" in t for t, _ in found), found
    assert not any("Stephen" in t for t, _ in found), found


@pytest.mark.parametrize(
    "text, name",
    [
        ("Working the Hogmanay shift again, bells at midnight in the staff room.", "Hogmanay"),
        ("Blessed Ash Wednesday to the whole parish team.", "Ash Wednesday"),
        ("Ramzan fasting on nights is hard, respect to everyone doing it.", "Ramzan"),
        ("Good Friday bank holiday and I'm on call, typical.", "Good Friday"),
    ],
)
def test_a_holy_day_the_dictionary_holds_is_an_observance(text, name):
    # festivals the dictionary holds or other Englishes spell their own way (data/holy_days.txt) name no one
    assert any(name in text[a:b] for a, b in observance_regions(text))


def test_holy_days_are_not_generalised(find):
    text = "Blessed Ash Wednesday everyone, then the Hogmanay ceilidh plans start early this year."
    assert find(text) == [], find(text)


@pytest.mark.parametrize(
    "text, found",
    [
        ("My client Ash came in on Wednesday, we talked about Hogmanay.", "Ash"),
        ("Saw Holi Patel at the surgery this morning.", "Holi Patel"),
    ],
)
def test_a_person_beside_or_named_like_a_holy_day_is_still_found(find, text, found):
    assert any(found in t for t, _ in find(text)), find(text)


def test_a_given_name_is_no_holy_day():
    # "Rakhi" is a given name as well as a festival's word: left out of the list
    from rewriter.detect.observances import HOLY_DAYS

    assert "Rakhi" not in HOLY_DAYS
    assert observance_regions("Rakhi from the day centre rang me.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Her son read his Juneteenth poem to the whole class, I could have cried.",
        "Dev's Hogmanay party ended with a call to us.",
    ],
)
def test_someone_elses_holy_day_occasion_is_no_observance(text):
    # a pupil's or a client's own occasion, dated by the festival, stays for the other checks
    assert observance_regions(text) == []


def test_the_writers_own_holy_day_shift_is_an_observance():
    text = "Working my Hogmanay shift again, bells at midnight with the crew."
    assert [text[a:b] for a, b in observance_regions(text)] == ["Hogmanay"]
