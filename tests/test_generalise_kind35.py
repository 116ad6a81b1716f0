"""A person keeps their kind, whole and once (session 35): judges of unseen drafts found a mourned nickname
said as "RIP an organisation", a hurler's nicknamed name as "an organisation" and his club as "someone
else", "our someone's been in", "someone ní bhriain, 19, my patient", "on someone" for a named ward, and a
dog as "someone and her owner". Each group is one class, pinned on invented sentences of the same shape,
with a near miss that must stay as it was."""

from __future__ import annotations

import pytest

from test_generalise import gen  # tests/ is on the path


# a fond "our"/"my" before a first name goes with the name when only "someone" can stand for it
@pytest.mark.parametrize("draft, types, role, expected", [
    ("Massive well done to our [Trish] from the Tuesday group!", ("PERSON",), "other",
     "Massive well done to someone from the Tuesday group!"),
    ("Our [Mags]'s been in every morning for years.", ("PERSON",), "other", "Someone's been in every morning for years."),
])
def test_fond_owner_goes_with_the_name(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


def test_owner_before_a_role_noun_stays():
    # the writer's people have a noun: "our resident" reads as it should
    assert gen("Our [Mags] at the home turned 90.", "PERSON", role="care worker").startswith("Our resident")


# a mourned or cheered nickname the model called a firm is someone's
@pytest.mark.parametrize("draft, types, expected", [
    ("RIP [Big Dunc], 30 years on the wards, taught me everything.", ("ORGANIZATION",), "RIP someone, 30 years"),
    ("Massive well done to [Padraig 'Tank' Ó Briain] 💪 back on the pitch.", ("ORGANIZATION",), "well done to someone 💪"),
])
def test_mourned_or_cheered_name_is_a_person(draft, types, expected):
    out = gen(draft, *types, role="physiotherapist")
    assert expected in out and "organisation" not in out, out


def test_cheer_to_a_firm_stays_a_firm():
    assert "someone" not in gen("Well done to [Fenwick Logistics Ltd] for the new depot.", "ORGANIZATION", role="other")


# a player's side after "playing for" is a club, never a person
@pytest.mark.parametrize("draft, types", [
    ("Delighted for her, she's back hurling for [Kilbrannock] after the op.", ("PERSON",)),
    ("He signed for [Dunmore] last week.", ("ORGANIZATION",)),
])
def test_a_players_side_is_a_club(draft, types):
    assert "for a local club" in gen(draft, *types, role="physiotherapist")


def test_covering_for_someone_is_not_a_club():
    assert "club" not in gen("Covered for [Sinead] on nights again.", "PERSON", role="nurse")


# a surname that opens with a particle goes with the first name, as typed
@pytest.mark.parametrize("draft", [
    "shout out to [orla] ní bhriain who finished her chemo today",
    "Shout out to [Orla] Ní Bhriain who finished her chemo today",
    "Shout out to [Marta] van Dijk who finished her chemo today",
])
def test_particled_surname_goes_with_the_name(draft):
    out = gen(draft, "PERSON", role="nurse")
    assert "hriain" not in out and "Dijk" not in out and "ní" not in out.split() and " van " not in out, out


def test_particle_before_an_ordinary_word_stays():
    # "de" before an everyday word in lower case is no surname
    out = gen("Thanks to [orla] de facto our lead", "PERSON", role="nurse")
    assert "de facto" in out, out


# the writer's role noun right after a name (and an age) stands for the person
@pytest.mark.parametrize("draft, types, expected", [
    ("Shout out to [Orla Keane], [19], my patient on the day unit who rang the bell.", ("PERSON", "AGE"),
     "Shout out to my patient on the day unit who rang the bell."),
    ("Spoke to [Grace], my favourite patient on the ward, today", ("PERSON",), "Spoke to my favourite patient on the ward, today"),
])
def test_role_noun_after_the_name_stands_for_it(draft, types, expected):
    assert gen(draft, *types, role="nurse") == expected


def test_someone_elses_relative_after_the_name_is_not_the_role():
    out = gen("Spoke to [Grace], my patient's daughter, today", "PERSON", role="nurse")
    assert "my patient's daughter" in out and not out.startswith("Spoke to my patient on"), out


# a ward named with its word first is a ward, never "on someone"
def test_named_ward_is_a_ward():
    assert gen("Lost one of my favourites on [Ward Pennant] last night.", "PERSON", role="nurse") == \
        "Lost one of my favourites on a hospital ward last night."


def test_a_person_called_ward_is_a_person():
    assert "ward" not in gen("Had coffee with [Ward Bond] yesterday.", "PERSON", role="nurse").lower()


# a name in apposition to the role before it goes with where the person is from and their age
def test_apposed_name_goes_with_where_from():
    assert gen("Lady at the counter today, [Mrs Edna Vautrin] from [Lac-Brûlé], [91], came in with her forms.",
               "PERSON", "LOCATION", "AGE", role="public servant") == "Lady at the counter today came in with her forms."


def test_name_from_a_place_not_apposed_keeps_the_place_said():
    out = gen("Had a visit from [Mrs Edna Vautrin] from [Lac-Brûlé] today.", "PERSON", "LOCATION", role="public servant")
    assert "Vautrin" not in out and "Lac" not in out and "today" in out, out


def test_role_noun_after_the_name_in_a_longer_aside():
    # the aside closes with a comma but holds more than the role ("my client from Ghana"): the role still stands
    out = gen("[Grace], my client from Accra, finally got her permit.", "PERSON", role="immigration lawyer")
    assert out == "My client from Accra, finally got her permit.", out


# a one-word town after a named school or hospital and its comma is where that place is, never another person
@pytest.mark.parametrize("draft, types, expected", [
    ("Big up [Amira Sookdeo] from Form 4 at [St. Brigid's Secondary], [Arouca] who placed first!!",
     ("PERSON", "FACILITY", "LOCATION"), "Big up a student from Form 4 at a local school who placed first!!"),
    ("Big up [Amira Sookdeo] from Form 4 at [St. Brigid's Secondary], [Arouca] who placed first!!",
     ("PERSON", "FACILITY", "ORGANIZATION"), "Big up a student from Form 4 at a local school who placed first!!"),
])
def test_town_after_a_named_place_goes_with_it(draft, types, expected):
    assert gen(draft, *types, role="teacher") == expected


def test_a_person_after_a_named_place_stays_a_person():
    # a name the detector typed a person after the comma is someone: thanked, not located
    out = gen("Thanks to everyone at [St Brigid's Hospital], [Priya] especially!!", "FACILITY", "PERSON", role="nurse")
    assert "a patient especially" in out or "someone especially" in out or "colleague" in out, out


# a name said alone to someone, then shouted again at the end of a whole clause, is said to them again
def test_shouted_name_said_to_them_again_goes():
    out = gen("Ugh. [Carl]. it's 2024. we are an equal opportunity firm [CARL].", "PERSON", "PERSON", role="recruiter")
    assert out.lower().endswith("we are an equal opportunity firm."), out


@pytest.mark.parametrize("draft", [
    "Ugh. [Carl]. Then we rang [CARL].",  # the object of a verb
    "Ugh. [Carl]. Then we had lunch with [CARL].",  # after a preposition
])
def test_shouted_name_as_an_object_stays_said(draft):
    out = gen(draft, "PERSON", "PERSON", role="recruiter")
    assert out.rstrip(".").split()[-1] in ("someone", "them", "colleague", "candidate", "client"), out


def test_owner_before_a_possessive_name_is_the_things():
    # "our X's tea" is our tea: the "our" stays with what follows
    out = gen("Danced at our [Rosalind]'s tea party today.", "PERSON", role="other")
    assert "our" in out.lower().split()[:4] or "Danced at our" in out, out
