"""ApposedNameRecognizer (people/apposed_name.py): a name between commas after "one of my guys" or "our
regulars" is a person; an everyday word, a family word, a public name there is not."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.apposed_name import ApposedNameRecognizer

APPOSED = ApposedNameRecognizer()


def names(text: str) -> list[str]:
    return [text[r.start:r.end] for r in APPOSED.analyze(text, None)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("One of my guys, K-Dog, just finished his 200 community service hours", "K-Dog"),
        ("one of our regulars, Dot, turned 100 today", "Dot"),
        ("One of my lads, Tavian, passed his driving test!!", "Tavian"),
        ("my youngest client, Summer, said her first sentence", "Summer"),
    ],
)
def test_a_name_between_commas_is_a_person(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "My girls, Mum and Gran, came to the party",
        "our nurses, NHS heroes, did it again",
        "my lads, Honestly, what a game",
        "One of my students, Beyoncé, fan number one",
        "One of my guys just finished his hours, Tavian said",  # no name between commas
    ],
)
def test_an_everyday_word_a_family_word_or_a_star_is_no_one(text):
    assert names(text) == []


def test_the_detector_finds_the_nickname(find):
    assert ("K-Dog", "PERSON") in find("One of my guys, K-Dog, just finished his 200 community service hours.")
