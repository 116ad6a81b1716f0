"""ShoutOutNameRecognizer (people/shout_out_name.py): the lowercase names a shout-out cheers ("big up kemar
and rushane") are people; the groups, places, brands and words of another English cheered are not."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.shout_out_name import ShoutOutNameRecognizer

SHOUT_OUT = ShoutOutNameRecognizer()


def names(text: str) -> list[str]:
    return [text[r.start:r.end] for r in SHOUT_OUT.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("big up jovanie and tavian fi passing dem exam!!", ["jovanie", "tavian"]),
        ("shout out to shaquanna for the hard work this term", ["shaquanna"]),
        ("props to deshawnte, keziah & marlon for stepping up", ["deshawnte", "keziah", "marlon"]),
        ("congrats to ifeoluwa!! so proud", ["ifeoluwa"]),
    ],
)
def test_lowercase_names_cheered_are_people(text, found):
    assert names(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Big up all di pharmacists dem",
        "big up the whole kitchen crew",
        "bless up jamaica",
        "shoutout to greggs for the vegan sausage roll",
        "Shoutout to LeBron and the team",  # capitalised: the model's to judge
        "big up mi bredren",
        "congrats to everyone who sat the exam",
    ],
)
def test_groups_places_brands_and_words_are_no_one(text):
    assert names(text) == []


def test_the_detector_finds_both_names(find):
    text = "big up jovanie and tavian fi passing PEP!! mi proud til mi cry"
    found = find(text)
    assert ("jovanie", "PERSON") in found and ("tavian", "PERSON") in found
