"""NameBeforeAgeRecognizer (people/name_before_age.py): "Maria, 34, said...", "Grace (7) asked...", "Will, aged
12, came in": a capitalised word with an age in apposition is a person, even when the word is also in the
dictionary (Maria, Grace, Rose, Will, Hope, Faith, Mark), which the other name recognizers rightly distrust
on their own."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.support import lexicon


@pytest.mark.parametrize(
    "text, name",
    [
        ("Maria, 34, said our sessions at the Riverside Clinic were the first time she felt heard.", "Maria"),
        ("I saw Maria, 34, today.", "Maria"),
        ("Grace (34) told me she was scared.", "Grace"),
        ("Will, 12, asked me about exams.", "Will"),
        ("Hope, 9, told me she was fine.", "Hope"),
        ("Rose, aged 9, came in with her dad.", "Rose"),
        ("Faith (7) drew a picture of her family.", "Faith"),
    ],
)
def test_a_dictionary_word_with_an_age_in_apposition_is_a_person(find, text, name):
    # these first names are dictionary words, which the other name checks rightly distrust
    assert lexicon.is_ordinary_word(name)
    assert (name, "PERSON") in find(text)


@pytest.mark.parametrize(
    "text",
    ["Room, 12, was empty all night.", "Item, 34, is missing from the list.", "Chapter 3 was hard going.", "Overall, 12."],
)
def test_numbered_things_are_not_people(find, text):
    assert [f for f in find(text) if f[1] == "PERSON"] == []
