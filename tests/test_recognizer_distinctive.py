"""Distinctive details: stories that fit one person, reported at a lower score with their own type."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.distinctive import DistinctiveDetailRecognizer

DISTINCTIVE = DistinctiveDetailRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in DISTINCTIVE.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("She's the only deaf girl in year 9 and she smashed it", "the only deaf girl in year 9"),
        ("Delivered the first triplets ever born on our unit!", "first triplets ever born on our unit"),
        ("our youngest ever patient went home today", "youngest ever patient"),
        ("the youngest child on the ward", "the youngest child on the ward"),
        ("a record-breaking fundraiser from one family", "record-breaking"),
        ("our first ever patient to go home on the new drug", "first ever patient to go"),
        ("one of only three children in the country with it", "one of only three children in the country"),
        ("living with an extremely rare condition", "extremely rare condition"),
    ],
)
def test_distinctive_details(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Billable hours: the only unit of time that moves slower than a Monday morning.",
        "The only thing I want is sleep.",
        "I'm the only one who remembers the old rota",
        "read aloud for the first time!",
        "My youngest starts school today",
        "The first time ever I saw your face",
        "Our first ever team away day was brilliant.",
        "A world record number of forms to fill in today.",
        "You can't help anyone if you're running on empty.",
    ],
)
def test_ordinary_phrases_are_not_distinctive(text):
    assert texts(text) == []


def test_distinctive_details_score_lower_than_identifiers():
    [result] = DISTINCTIVE.analyze("the only deaf girl in year 9", None)
    assert result.entity_type == "DISTINCTIVE_DETAIL"
    assert result.score == 0.5


def test_distinctive_details_through_the_real_detector(find):
    found = find("Delivered the first triplets ever born on our unit last night.")
    assert ("first triplets ever born on our unit", "DISTINCTIVE_DETAIL") in found
