"""SaintPlaceRecognizer (places/saint_place.py): "St Mary's", "St."""

from __future__ import annotations

from rewriter.detect.recognizers.places.saint_place import SaintPlaceRecognizer

SAINT = SaintPlaceRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


def test_saint_places():
    assert texts(SAINT, "Twelve hours at St Mary's and I'm done") == ["St Mary's"]
    assert texts(SAINT, "Transferred to St. Thomas' overnight") == ["St. Thomas'"]
    assert texts(SAINT, "Lives on Flint St now") == []
