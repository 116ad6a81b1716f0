"""Places written in capitals and unknown names after "in/from/to"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places import CapitalisedPlaceRecognizer


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


def test_detector_finds_unknown_places_after_from(find):
    assert ("Fortaleza", "LOCATION") in find("We moved here from Fortaleza")


def test_detector_does_not_flag_ward_acronyms(detector):
    assert detector.detect("We work in ICU and NICU.") == []
