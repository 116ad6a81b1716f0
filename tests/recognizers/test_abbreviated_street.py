"""AbbreviatedStreetRecognizer (places/abbreviated_street.py): a street with no number and its type abbreviated
("on Kauri St", "our Holloway Rd branch"), after a word of where or whose; a saint's name ("St Albans", "St.
Ives") and a street opening a sentence are not."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.abbreviated_street import AbbreviatedStreetRecognizer

STREET = AbbreviatedStreetRecognizer()


def texts(text: str) -> list[str]:
    return [text[r.start:r.end] for r in STREET.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Spotted him again sleeping in the doorway on Kauri St last night.", "Kauri St"),
        ("Regular at our Holloway Rd branch tipped the whole team today", "Holloway Rd"),
        ("Same house off Upper Quarry Ln, third callout this month.", "Upper Quarry Ln"),
        ("She sleeps behind the shops on Tui St.", "Tui St"),
    ],
)
def test_a_numberless_abbreviated_street(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Visited St Albans and St. Ives on our holiday",
        "Main St was busy as ever.",
        "Had a lovely walk on the beach, then coffee.",
        "Shout out to the St John Ambulance crew",
    ],
)
def test_a_saint_or_a_sentence_opening_is_no_street(text):
    assert texts(text) == []
