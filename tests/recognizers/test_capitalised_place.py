"""CapitalisedPlaceRecognizer (places/capitalised_place.py): Towns written in capitals, as on an envelope or a
form: "flew to RYSSBY", "grew up in ΑΛΑΣΣΑ", "in STAVANGER"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.capitalised_place import CapitalisedPlaceRecognizer


def spans(text):
    return [text[r.start : r.end] for r in CapitalisedPlaceRecognizer().analyze(text, ["LOCATION"], None)]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Ms. Austin flew to RYSSBY on Sunday morning.", "RYSSBY"),
        ("Celebrating its 10th year in STAVANGER, it invites songwriters.", "STAVANGER"),
        ("He grew up in ΑΛΑΣΣΑ.", "ΑΛΑΣΣΑ"),
    ],
)
def test_capitalised_towns_after_a_place_word(text, place):
    assert spans(text) == [place]


@pytest.mark.parametrize("text", ["Back in ICU tonight.", "Referred to CAMHS again.", "A call from HR.", "Lunch at NOON"])
def test_acronyms_and_words_are_not_places(text):
    assert spans(text) == []


def test_home_city_in_capitals(find):
    assert any("BERGAMO" in t for t, _ in find("the economy of the band's home city BERGAMO: lots of factories"))
