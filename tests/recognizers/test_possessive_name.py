"""PossessiveNameRecognizer (people/possessive_name.py): Whose family member this is: "harper's mum",
"roberto's daughter", "Tom's wife"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [("saw harper's mum at the gate", "harper")])
def test_names_known_by_their_context(find, text, name):
    assert (name, "PERSON") in find(text)


def test_other_peoples_kids_name_no_one(find):
    assert find("Now off to teach 30 other people's kids. Wish me luck!") == []


@pytest.mark.parametrize("text", [
    "The head suspended the PTA chairman's son yesterday.",
    "Our school bus driver's wife rang the office.",
])
def test_the_last_noun_of_a_compound_is_no_name(find, text):
    assert [f for f in find(text) if f[1] == "PERSON"] == []


def test_a_name_after_a_list_still_is_one(find):
    assert ("harper", "PERSON") in find("Met the kids and harper's mum at the gate.")


def test_a_name_before_whanau_the_nz_word_for_family_is_a_person(find):
    assert ("Tamati", "PERSON") in find("Tamati's whānau finally agreed to the family meeting. Long road for this lil guy.")


def test_the_writers_own_whanau_names_no_one(find):
    assert find("My whānau came up for the weekend, so good.") == []


def test_my_whanau_then_my_son_stays_the_writers_own_family(find):
    text = "Hāngī at the marae with my whānau, my son Rawiri carried the kūmara like a champ."
    assert ("Rawiri", "PERSON") not in find(text)
