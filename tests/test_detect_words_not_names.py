"""A title said alone and a dropped-g verb form are no one's name (detect/words_not_names.py, real Presidio
engine); a name beside the title, a given name spelt like an acronym and a surname spelt like a dropped-g form
still are. Every name here is invented."""

from __future__ import annotations

import pytest

_NAMES = ("PERSON", "ORGANIZATION", "LOCATION", "NRP")


def _names(detector, text):
    return [s.text for s in detector.detect(text) if s.entity_type in _NAMES]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Six Nations on in the staff room on my break, don't tell Matron. Only joking Matron x", "Matron"),
        ("DON told us to 'tidy up' the fall risk assessments before the survey next week. Is that fraud??", "DON"),
        ("Sarge said no overtime this month again. Living the dream 🙃", "Sarge"),
        ("Chef was not happy with the new rota, fair enough tbh", "Chef"),
        ("Gonnae no phone 999 for a sore toe at 3am. Lookin at you, night shift regulars 🙄", "Lookin"),
        ("Gonnae no phone 999 for a sore toe at 3am please 🙄", "Gonnae"),
        ("Chillin' with the dog after four nights on. Bliss", "Chillin"),
        ("Thank you Amma and Thaththa for the endless tea during those late nights 🙏", "Thaththa"),
        ("CNY goodies week, just BRUSH after 🍍🦷 Huat ah!", "Huat"),
        # a pronoun with its auxiliary, as a dialect spells it
        ("Third week of nights, the heating's broke again. Ah'm wrecked", "Ah'm"),
        ("Landlord still owes me my deposit. Y'all, I'm too old for this.", "Y'all"),
        ("Wee one bit the dentist again, he's six. Ye've got tae laugh.", "Ye've"),
    ],
)
def test_everyday_word_in_a_names_place_is_no_name(detector, text, word):
    assert not any(word in n for n in _names(detector, text))


@pytest.mark.parametrize(
    "text, word",
    [
        ("Matron Briggsworth told the whole ward off today for the state of the sluice", "Briggsworth"),
        ("Don told us to tidy up the fall risk assessments before the survey. Is that fraud??", "Don"),
        ("Larkin is on with me again tonight and she never stops moaning about her client Tadgh", "Tadgh"),
        # a name the dictionary lists, with "'ll" run into it: Sam will
        ("Rang the ward at six. Sam'll be late again, he said.", "Sam"),
    ],
)
def test_a_name_beside_or_spelt_like_the_word_stays(detector, text, word):
    assert any(word in n for n in _names(detector, text))


def test_title_with_a_name_after_is_not_alone():
    from rewriter.detect.words_not_names import is_title_alone
    from rewriter.spans import Span

    text = "ask Matron Briggsworth"
    span = Span(start=4, end=10, text="Matron", entity_type="PERSON", score=0.8, source="x", why="", suggestion="")
    assert not is_title_alone(span, text)
    assert is_title_alone(span, "ask Matron about it")


def test_surname_spelt_like_a_dropped_g_form_before_a_verb_stays():
    from rewriter.detect.words_not_names import is_dropped_g
    from rewriter.spans import Span

    span = Span(start=0, end=6, text="Larkin", entity_type="PERSON", score=0.8, source="x", why="", suggestion="")
    assert not is_dropped_g(span, "Larkin is on tonight")
    assert is_dropped_g(Span(start=0, end=6, text="Lookin", entity_type="PERSON", score=0.8, source="x", why="",
                             suggestion=""), "Lookin at you")


@pytest.mark.parametrize("text", [
    "the regular we call Chef told me his cancer is back and he's not doing chemo this time",
    "Travel contract at the only hospital in Dunmarrow and the DON is a nightmare. 22 beds, 4 nurses.",
])
def test_nickname_or_determined_title_is_not_cleared(text):
    from rewriter.detect.words_not_names import is_title_alone
    from rewriter.spans import Span

    word = "Chef" if "Chef" in text else "DON"
    at = text.index(word)
    span = Span(start=at, end=at + len(word), text=word, entity_type="PERSON", score=0.8, source="x", why="",
                suggestion="")
    assert not is_title_alone(span, text)


@pytest.mark.parametrize("text", [
    "Reminder: flu jabs in the staff canteen Tues & Thurs 8-4, bring your badge",
    "Gym class moved to Mon/Wed this term, same time",
    "Clinic open Weds only over the holidays",
])
def test_days_run_together_as_a_timetable_are_no_name(detector, text):
    assert not any(any(d in name for d in ("Tues", "Thurs", "Mon", "Wed", "Weds")) for name in _names(detector, text))


def test_a_paper_or_name_spelt_like_one_day_stays_unless_a_timetable_runs():
    from rewriter.detect.words_not_names import is_run_of_days
    from rewriter.spans import Span

    def span(text):
        return Span(start=0, end=len(text), text=text, entity_type="ORGANIZATION", score=0.8, source="x", why="", suggestion="")

    assert not is_run_of_days(span("Sun"))  # the paper
    assert not is_run_of_days(span("Sat Nav"))
    assert not is_run_of_days(span("Tues 4th"))  # a date, the date rules' own
    assert is_run_of_days(span("Sat-Sun"))


# A hospital's shorthand for its departments and specialties opens a sentence as any word does: no one's name.
@pytest.mark.parametrize("text", ["Resus was quiet for once.", "Gynae tonight was carnage, send coffee.", "Physio was quiet for once."])
def test_clinical_shorthand_opening_a_sentence_is_no_name(find, text):
    assert find(text, "nurse") == []


def test_a_name_after_clinical_shorthand_is_still_found(find):
    assert ("Jinty", "PERSON") in find("Resus tonight: Jinty, 79, came in after a fall.", "nurse")
