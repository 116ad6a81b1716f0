"""NamedUnitRecognizer (places/named_unit.py): a ward, wing or unit by its own name or letter ("Maple ward",
"C wing") is a place a colleague knows; one named by its kind ("the Stroke ward", "the East wing") is not."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.named_unit import NamedUnitRecognizer

UNIT = NamedUnitRecognizer()


def texts(text: str) -> list[str]:
    return [text[r.start:r.end] for r in UNIT.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Inmate on D wing kicked off again", "D wing"),
        ("Our SO on E hall at the jail is a legend", "E hall"),
        ("Sister on Hazel ward told a family she was fine", "Hazel ward"),
        ("what happened on Birch wing, and nobody will say", "Birch wing"),
        ("Small wins on Alder Unit today", "Alder Unit"),
    ],
)
def test_a_unit_by_its_own_name_or_letter(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Long shift on the Stroke ward today",
        "Moved to the Spinal unit last week",
        "Lost in the East wing again",
        "Three years on Dementia ward",
        "Cover on the Surgical ward",
        "Waiting on the ICU unit",
        "on the maple ward",  # lowercase: no name
    ],
)
def test_a_unit_named_by_its_kind_is_no_place(text):
    assert texts(text) == []


def test_the_rewrite_says_a_wing(find):
    assert ("D wing", "FACILITY") in find("Inmate on D wing kicked off again, third time this week.")
