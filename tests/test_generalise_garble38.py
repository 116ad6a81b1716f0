"""Sentences the deterministic rewrite broke around a replacement (session 38, read side by side with their
drafts on the fresh35-37 tuning sets), each class pinned on made-up sentences of the same shape, with the
near case that must be left as it was beside it:

- a name no one is called, after "in the", "on" or a move "to" ("Search in the [Slievenagh]", "staff on
  [Inchmarra]", "transferring the ward to [Craigavel]"): a place, never "in someone" or "moving everyone to
  someone"; a given name or a surname there stays a person ("a talk on [Robert Sloane]");
- "home to" a place ("get him home to [Dunlarig]"): the place goes and "home" says it (never "home elsewhere");
- a clock time describing the noun after it: opening a sentence ("[2am] callout to the farm" -> "Early-morning
  callout", never "In the early hours callout") or before a capitalised name ("a [4am] Netflix binge" -> "an
  early-morning Netflix binge", never "an in the early hours Netflix binge");
- a pet's name right after its owner's word for the animal ("the Tulloch family's spaniel [Bramble] was back"):
  the name goes, the animal stays (never "spaniel someone else").
"""

from __future__ import annotations

import pytest

from test_generalise import gen


# -- a name no one is called, in a place's slot ----------------------------------------------------------


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Search in the [Slievenagh] was stood down at noon, walker found cold but fine.", "Search in the area was stood down"),
        ("Staff on [Inchmarra] heard before we did.", "Staff nearby heard"),
        ("They are transferring the whole ward to [Craigavel] in spring.", "transferring the whole ward elsewhere in spring"),
    ],
)
def test_a_name_no_one_is_called_in_a_places_slot_is_a_place(draft, expected):
    out = gen(draft, "PERSON", role="nurse")
    assert expected in out
    assert "someone" not in out.lower()


@pytest.mark.parametrize(
    "draft, kept",
    [
        ("Gave a talk on [Robert Sloane] to the sixth form today.", "a talk on"),
        ("They are moving the case to [Mrs Okafor] next week.", "moving the case to"),
    ],
)
def test_a_given_name_or_surname_there_stays_a_person(draft, kept):
    out = gen(draft, "PERSON", role="nurse")
    assert kept in out
    assert "elsewhere" not in out and "nearby" not in out and "the area" not in out


def test_home_to_a_place_keeps_home_alone():
    out = gen("Fingers crossed we get him home to [Dunlarig] by the weekend.", "PERSON", role="nurse")
    assert out == "Fingers crossed we get him home by the weekend."


# -- a clock time describing the noun after it -------------------------------------------------------------


def test_a_time_opening_a_sentence_before_its_noun_describes_it():
    out = gen("[2am] callout to the farm again, cows on the road.", "DATE_TIME")
    assert out.startswith("Early-morning callout to the farm")


def test_a_time_opening_a_sentence_before_a_verb_is_still_when():
    out = gen("[2am] woke the whole bay with the alarm.", "DATE_TIME")
    assert "Early-morning woke" not in out


def test_a_time_before_a_capitalised_name_describes_it():
    out = gen("Halfway through a [4am] Netflix binge after nights.", "DATE_TIME")
    assert "an early-morning Netflix binge" in out


# -- a pet's name after its owner's word for the animal ----------------------------------------------------


def test_a_pets_name_after_the_animal_goes():
    out = gen("The Tulloch family's spaniel [Bramble] was back in with a sore paw.", "PERSON", role="other")
    assert out == "The Tulloch family's spaniel was back in with a sore paw."


def test_a_name_after_a_person_word_is_not_a_pets():
    out = gen("Our new dog walker [Bramble] starts Monday.", "PERSON", role="other")
    assert "walker" in out and "Bramble" not in out


def test_a_name_after_on_that_a_piece_of_writing_is_about_is_no_place():
    out = gen("Marked thirty essays on [Heathcliffe] this weekend.", "PERSON", role="teacher")
    assert "nearby" not in out and "the island" not in out
