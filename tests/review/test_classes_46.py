"""Session 46 (recall46): risks missed in English posts offered as clean or with none of their risk kinds found,
each class beside a close harmless case. Wording written for these tests."""

from __future__ import annotations

import pytest
from review_helpers import kinds


# -- "self-" opens a word: not the writer's own younger self (context.Post.own) -------------------------------


def test_a_self_harm_deed_of_a_child_in_care():
    assert "health_detail" in kinds("rough night. our 14yo self-harmed again after lights out, third time since she came to us.")


def test_the_writers_own_younger_self_is_still_their_own():
    assert "health_detail" not in kinds("my 15yo self would never believe I run a ward now. Anxiety and all, I made it.")


# -- a first of a school year (rare_or_unique._OUR_FIRST_OF_A_YEAR) -------------------------------------------


def test_our_first_of_a_school_year_to_do_something():
    assert "rare_or_unique" in kinds("Congrats to Tayo, our first Year 13 to get a degree apprenticeship at the airline!")


def test_our_first_school_year_event():
    assert "rare_or_unique" not in kinds("Our first Year 7 assembly of the term went well, so proud of them all.")


# -- the last of a generation (rare_or_unique._one_of_a_kind) -------------------------------------------------


def test_the_last_original_resident_of_a_street():
    assert "rare_or_unique" in kinds("RIP Aunty Vi, 99, the last original resident of Gumtree Lane. Was an honour to nurse you.")


def test_the_last_patient_of_a_day():
    assert "rare_or_unique" not in kinds("Saw the last patient in the clinic at 6pm, home now for a cuppa.")


# -- an investigation named by who runs it (review_legal_process.txt) ----------------------------------------


def test_someone_under_a_named_investigation():
    assert "ongoing_case" in kinds("We're admitting the son of that councillor who's under criminal investigation, and his essay was weak.")


# -- a death or its nearness told plainly (review_health_words.txt) ------------------------------------------


@pytest.mark.parametrize("text", [
    "the gentleman I've visited for 3 years on Elm Close passed in his chair before I got there. 90 years old.",
    "Mrs Okafor (our oldest on the unit) asked me to sing for her today 😭 she's days away now.",
])
def test_the_end_of_a_life_told_plainly(text):
    assert "health_detail" in kinds(text)


def test_days_away_from_a_deadline():
    assert "health_detail" not in kinds("My student Amara, she's days away from finishing her dissertation, so proud!")
