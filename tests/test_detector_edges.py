"""Span edges: a reported span never starts or ends with whitespace, whoever produced it."""

from __future__ import annotations

import pytest

from rewriter.detect.detector import _strip_space


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sophie Lang\n    ", "Sophie Lang"),  # spaCy's entity took in the line break and indent
        ("Allan Björk\nScale Unlimited   \nUnit 5022 Box 1225", "Scale Unlimited"),
    ],
)
def test_spans_have_no_whitespace_at_either_end(detector, text, expected):
    spans = detector.detect(text)
    assert expected in [s.text for s in spans]
    for s in spans:
        assert s.text == s.text.strip() and s.text == text[s.start : s.end]


def test_strip_space_narrows_to_the_words():
    assert _strip_space(" \tab c\n ", 0, 8) == (2, 6)
    assert _strip_space("   ", 0, 3) == (3, 3)  # all space: empty, dropped by the caller
    assert _strip_space("abc", 0, 3) == (0, 3)



def test_every_span_names_its_source_in_words(detector):
    from rewriter.detect.detector import source_label

    assert source_label("AgeAfterNameRecognizer") == "age after name rule"
    assert source_label("SpacyRecognizer") == "language model (spaCy)"
    spans = detector.detect("Li Wei (34) from Ward 7 called 0161 496 0731 about ticket #55102.")
    assert spans
    for s in spans:
        assert "Recognizer" not in s.source and s.source, s


@pytest.mark.parametrize(
    "text, span, entity_type",
    [
        ("Client Ref: ANX-2291 called again.", "Client Ref: ANX-2291", "REFERENCE_NUMBER"),
        ("Represented a young mum in Court 2 today.", "Court 2", "FACILITY"),
    ],
)
def test_a_rules_specific_type_beats_spacys_guess_in_an_overlap(find, text, span, entity_type):
    """spaCy calls these an organisation (and scores higher); the rewrite would then say "An
    organisation called again"."""
    assert (span, entity_type) in find(text)
