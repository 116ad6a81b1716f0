"""Titles and course levels beside a name that the rewrite garbled (session 38, read in the rewrites of fresh35-37):
a title after "that"/"this" was read as a role acronym and left dangling when its surname went ("that Mr"); a
subject with its course level was read as a person ("passed someone I"); a job said as a title on one side of a
"vs" was read as a party of a case ("at a case at an organisation"). Drafts written for these tests; every name
is invented."""

from __future__ import annotations

import pytest
from test_generalise import gen  # tests/ is on the path

from rewriter.detect.recognizers.business.case_caption import CaseCaptionRecognizer

_NAMES = ("PERSON", "ORGANIZATION", "LOCATION", "NRP")


# --- a title is no role acronym: it goes with its name -------------------------------------------------------------

@pytest.mark.parametrize(
    "draft, role, gone",
    [
        ("The warden at our hostel, that Mrs [Achterberg], keeps cutting the heating.", "other", "that Mrs"),
        ("I rang this Ms [Tembo] about the boiler and she never rang back.", "other", "this Ms"),
        ("That Mr [Oyelowo] from the lettings office is at it again.", "other", "That Mr"),
    ],
)
def test_a_title_after_that_or_this_never_dangles(draft, role, gone):
    out = gen(draft, "PERSON", role=role)
    assert gone not in out
    assert "Achterberg" not in out and "Tembo" not in out and "Oyelowo" not in out


def test_a_title_in_an_aside_after_the_role_goes_with_the_aside():
    out = gen("The site manager at our depot, that Mr [Quarshie], has stopped paying overtime.", "PERSON", role="other")
    assert out == "The site manager at our depot has stopped paying overtime."


def test_a_real_role_acronym_before_a_name_still_stays():
    # near miss: "our HOD" is a role, the name after it goes and the role stays
    assert gen("Our HOD [Pemberton] covered my lesson today.", "PERSON", role="teacher") == "Our HOD covered my lesson today."


# --- a subject with its course level is a course -------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, course",
    [
        ("Finally passed Algebra I on the third go and my tutor nearly cried.", "Algebra"),
        ("Tobias finally passed Algebra I on his second attempt!!", "Algebra"),
        ("Calculus II is eating my whole weekend again.", "Calculus"),
        ("Signed up for Chemistry 101 in the spring, wish me luck.", "Chemistry"),
    ],
)
def test_a_subject_with_its_level_is_no_name(detector, text, course):
    assert not any(course in s.text for s in detector.detect(text) if s.entity_type in _NAMES)


def test_the_course_stays_whole_in_the_rewrite():
    out = gen("[Tobias] finally passed Algebra I on his second attempt!!", "PERSON", role="teacher")
    assert "Algebra I" in out and "Tobias" not in out


def test_a_name_before_the_pronoun_i_is_still_a_name(detector):
    # near miss: a given name before "I" is not a subject, and the rule needs a subject
    names = [s.text for s in detector.detect("Told Marisol I would cover her Tuesday shift at the depot.")
             if s.entity_type in _NAMES]
    assert any("Marisol" in n for n in names)


# --- a job title on one side of "vs" is no party --------------------------------------------------------------------

def _caption(text):
    return [text[r.start : r.end] for r in CaseCaptionRecognizer().analyze(text, ["ORGANIZATION"], None)]


@pytest.mark.parametrize(
    "text",
    [
        "Offer dilemma: Staff Engineer at a bank vs Senior Engineer at a startup, thoughts?",
        "Torn between Lead PM vs Senior PM right now, the pay gap is tiny.",
    ],
)
def test_a_job_title_against_another_is_a_comparison(text):
    assert _caption(text) == []


def test_two_parties_are_still_a_case():
    # near miss: names on both sides, neither a job title
    assert _caption("Hearing in Dunleavy v Marchbank Haulage went our way") == ["Dunleavy", "Marchbank Haulage"]
