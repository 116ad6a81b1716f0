"""Session 37 (names37): a sports club's name is said as "a local club" whatever kind the model took it for, and a
pet mourned in a farewell is said as the pet. Every name here is invented."""

from __future__ import annotations

import pytest

from rewriter.generalise import generalise


def rewrite(detector, text, role="physiotherapist"):
    return generalise(text, detector.detect(text, role=role), role).text


@pytest.mark.parametrize("text, said", [
    ("Rich from Tawhiti Rovers did his hamstring again at training last night.", "from a local club did"),
    ("Big game for the lads of Dunmallow Wanderers on Saturday, proud physio.", "a local club"),
])
def test_a_club_by_its_ending_is_a_local_club(detector, text, said):
    out = rewrite(detector, text)
    assert said in out, out
    assert "Rovers" not in out and "Wanderers" not in out, out


@pytest.mark.parametrize("text", [
    "Coffee with Hannah Rangi today, she is doing so well after the surgery.",
    "Parents' evening at Hollybank Juniors: 32 appointments, zero dinner.",  # a junior school, not a club
])
def test_a_name_ending_in_a_word_that_is_no_club_is_left_to_its_kind(detector, text):
    out = rewrite(detector, text, role="teacher")
    assert "local club" not in out, out


def test_a_mourned_pet_is_said_as_the_pet(detector):
    out = rewrite(detector, "RIP Crumpet 🌈 the Vaskes' spaniel, 14 years of belly rubs.", role="vet nurse")
    assert "Crumpet" not in out and out.startswith("RIP "), out
    assert "someone" not in out.lower().split("🌈")[0], out


@pytest.mark.parametrize("text, said", [
    ("Can't stop laughing, our Dorrie on Ward 9 tried to do a runner again 😂 love her. 88 going on 18", "love her. Young at heart"),
    ("Mi a counsel di classmates from di bus crash pon Mount Ravel las week. 6th formers, all 17. Some a dem cyaan talk yet.",
     "6th formers, all teenagers."),
    ("POV: the one student in the whole of Form 3 with sickle cell got a full scholarship", "in the whole school year with"),
])
def test_an_age_or_a_year_said_in_its_sentence(detector, text, said):
    out = rewrite(detector, text, role="counsellor")
    assert said in out, out
