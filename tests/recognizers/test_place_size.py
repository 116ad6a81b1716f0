"""PlaceSizeRecognizer (places/place_size.py): the size of a small place ("a town of 3,000", "(pop 600)",
"a school of 85 kids", "my class of 14")."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.place_size import PlaceSizeRecognizer

SIZE = PlaceSizeRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in SIZE.analyze(text, None)]


@pytest.mark.parametrize(
    "text, size",
    [
        ("Being the only vet in a town of 2,400 means everyone knows your business.", "2,400"),
        ("We're a village of about 500, so the news travelled fast.", "about 500"),
        ("Out at Redgum Flat (pop 350) a call came in.", "350"),
        ("The farm is near Kellyvale (population about 80).", "about 80"),
        ("Working in a school of 60 kids you know every family.", "60"),
        ("One of the girls in my class of 12 told me today.", "12"),
        ("It's a town of 3k, tops.", "3k"),
    ],
)
def test_sizes_of_small_places(text, size):
    assert size in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Flying to a city of 8 million next week!",
        "Teaching a class of 30 is the norm here.",
        "A school of thought I don't share.",
        "A town of 250,000 people is hardly small.",
        "The population is growing fast.",
    ],
)
def test_big_places_and_other_words_are_left(text):
    assert texts(text) == []


def test_the_size_is_said_by_its_order():
    [found] = SIZE.analyze("Working in a town of 3,000 means everyone knows.", None)
    assert found.recognition_metadata["suggestion"] == "a few thousand"
