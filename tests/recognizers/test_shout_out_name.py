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


@pytest.mark.parametrize(
    "text, found",
    [
        # a list the writer is proud of, one of them "my naughty" (names invented)
        ("so proud of tumelo, naledi and my naughty kagiso!!", ["tumelo", "naledi", "my naughty kagiso"]),
        # a name that is also a word, cheered and then said to be someone
        ("shoutout to grace who finally told her mum, so proud", ["grace"]),
    ],
)
def test_lowercase_names_cheered_in_a_list_or_before_who(text, found):
    assert names(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "so proud of this team and my wonderful students",
        "so proud of myself today",
        "shoutout to hope for getting me through this week",  # a word without "who"
        "so proud of my nan",
    ],
)
def test_pride_in_words_and_own_family_is_no_one(text):
    assert names(text) == []
