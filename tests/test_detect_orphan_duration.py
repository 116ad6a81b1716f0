"""A length read as a named person's story ("my client Ama ... after 6 years", served_duration.py) goes with that
person: when every check has found the "person" before it to be no one's name (a festival's or another language's
word), the length is the writer's own time ("Balik kampung finally after 2 years") and is left alone; beside a
person still found, it stays found."""

from __future__ import annotations

from rewriter.detect.detector import _DURATION_SOURCE, _orphan_duration
from rewriter.spans import Span


def _span(text, piece, kind, source):
    start = text.index(piece)
    return Span(start, start + len(piece), piece, kind, 0.6, source, "", "")


def test_a_length_with_no_name_left_before_it_is_the_writers_own():
    text = "Eid leave signed off at last, home to the village after 3 years. Cannot wait!"
    length = _span(text, "3 years", "FIGURE", _DURATION_SOURCE)
    assert _orphan_duration(length, [length], text)


def test_a_length_after_a_person_still_found_stays():
    text = "My client Kofi finally moved into his own flat after 3 years on the list."
    kofi = _span(text, "Kofi", "PERSON", "role noun name rule")
    length = _span(text, "3 years", "FIGURE", _DURATION_SOURCE)
    assert not _orphan_duration(length, [kofi, length], text)


def test_a_person_in_another_sentence_does_not_hold_the_length():
    text = "Kofi sends his love. Home to the village after 3 years!"
    kofi = _span(text, "Kofi", "PERSON", "language model (spaCy)")
    length = _span(text, "3 years", "FIGURE", _DURATION_SOURCE)
    assert _orphan_duration(length, [kofi, length], text)


def test_other_lengths_are_not_read_here():
    text = "Home to the village after 3 years!"
    length = _span(text, "3 years", "FIGURE", "service length rule")
    assert not _orphan_duration(length, [length], text)


def test_a_named_clients_wait_is_still_found(find):
    text = "My client Kofi finally moved into his own flat after 7 years on the housing list."
    found = find(text)
    assert any("Kofi" in t for t, _ in found), found
    assert any("7 years" in t for t, _ in found), found
