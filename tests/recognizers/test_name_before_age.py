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


@pytest.mark.parametrize(
    "text, name",
    [
        ("Our Sunny (age 7, Otters class) read a whole page today.", "Sunny"),
        ("Little Precious (aged 4, Robins group) drew me a card.", "Precious"),
        ("Then Comfort (12, Year 7) asked the best question.", "Comfort"),
    ],
)
def test_an_age_opening_a_bracket_of_details_makes_a_name(find, text, name):
    assert any(name in t and kind == "PERSON" for t, kind in find(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lesson (3, Year 9) went fine in the end.",  # a numbered thing
        "Chapter (12, revised) is due on Friday.",
    ],
)
def test_a_numbered_thing_before_a_bracket_is_no_name(find, text):
    assert not any(kind == "PERSON" for _, kind in find(text))


@pytest.mark.parametrize(
    "text, initials",
    [
        ("Pt RS, 47, back on the ward after a fall and asking for her cat.", "RS"),
        ("Shared with permission: D, 29, finally moved into her own flat.", "D"),
        ("Proud of my lad on probation (K.M., 19) who started an apprenticeship.", "K.M."),
    ],
)
def test_initials_with_an_age_are_a_person(find, text, initials):
    assert (initials, "PERSON") in find(text)


@pytest.mark.parametrize(
    "text",
    ["Booked the GP, 10 minutes late as always.", "Back in the UK, 34 degrees and no fan.", "Plan B, 2 options left."],
)
def test_acronyms_and_letters_before_a_number_are_no_one(find, text):
    assert [f for f in find(text) if f[1] == "PERSON"] == []


# Issue 10 (leak33): a lower-case name and an age alone in brackets after who they are.
@pytest.mark.parametrize(
    "text, name",
    [
        ("Our youngest pupil (sunny, 8) read the whole book to me!", "sunny"),
        ("my new starter (priya, 16) smashed her first shift", "priya"),
    ],
)
def test_a_lowercase_name_and_age_in_brackets_is_found(find, text, name):
    assert (name, "PERSON") in find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Saturday's forecast (sunny, 18) so the sports day is on.", "sunny"),  # the weather
        ("Had a chat with a resident (resident, 89) about the war.", "resident"),  # what someone is
        ("Results are in (maths, 92) and the class is buzzing", "maths"),  # a subject and its score
    ],
)
def test_a_word_and_a_number_in_brackets_is_no_name(find, text, word):
    assert all(t != word for t, _ in find(text))
