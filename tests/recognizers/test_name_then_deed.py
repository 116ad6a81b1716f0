"""NameThenDeedRecognizer (people/name_then_deed.py): a word opening a sentence, perhaps placed somewhere,
and then doing what only a person does, is a name; a word for people, an everyday acronym, a public name or
an abstract subject is not."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.name_then_deed import NameThenDeedRecognizer

DEED = NameThenDeedRecognizer()


def names(text: str) -> list[str]:
    return [text[r.start:r.end] for r in DEED.analyze(text, None)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tavian at Rosebank Lodge taught me cribbage on my break today 😂", "Tavian"),
        ("Jovanie from Sandusky DM'd me on IG again asking for a beer.", "Jovanie"),
        ("Great day. KT read a whole page out loud without stopping.", "KT"),
        ("Shaquanna told me she got the job!", "Shaquanna"),
        ("Jolene on the second floor turned 90 today", "Jolene"),
    ],
)
def test_a_name_doing_what_a_person_does(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "HR told me to take the week off.",
        "Google told me it would rain.",
        "Everyone at work told me to rest.",
        "Staff on the ward said it was fine.",
        "Mum from bed 3 asked for tea.",
        "Nursing in London taught me resilience.",
        "Lagos in December taught me patience.",
        "We met Tavian, who told me about it.",  # not opening a sentence
    ],
)
def test_people_words_acronyms_public_names_and_abstract_subjects_are_no_one(text):
    assert names(text) == []


def test_a_thing_that_teaches_a_lesson_is_no_one():
    assert names("Barbenheimer taught marketers more than any MBA.") == []
    assert names("Tavian taught me cribbage on my break.") == ["Tavian"]
