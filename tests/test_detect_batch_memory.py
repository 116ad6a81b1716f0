"""A detection worker reading a long archive forgets the words of each batch once it is done with it
(spaCy's memory zone), and finds exactly what it finds without that."""

from __future__ import annotations

import rewriter.detect.batch as batch

POSTS = [
    "Zorbaquilt met Fennimorex at 14 Quandleby Road; call 07700 900461.",
    "Ms Wrenthistle said the Okwuosa twins started at Brackenholt Primary.",
    "Nothing identifying here, just a long day on the ward.",
]


def _run_as_worker(detector, texts):
    batch._WORKER_DETECTOR = detector
    try:
        return batch._detect_batch((texts, [None] * len(texts)))[0]
    finally:
        batch._WORKER_DETECTOR = None


def test_a_worker_batch_leaves_the_vocabulary_as_it_found_it(detector):
    strings = detector.analyzer.nlp_engine.nlp["en"].vocab.strings
    before = len(strings)
    spans = _run_as_worker(detector, POSTS)
    assert len(strings) == before
    assert "Zorbaquilt" not in strings and "Quandleby" not in strings
    # the spans hold their own copies of the text, readable after the zone
    assert any("Quandleby Road" in s.text for s in spans[0])


def test_a_worker_batch_finds_what_the_detector_finds(detector):
    expected = [[(s.start, s.end, s.entity_type, s.source) for s in found] for found in detector.detect_many(POSTS)]
    again = [[(s.start, s.end, s.entity_type, s.source) for s in found] for found in _run_as_worker(detector, POSTS)]
    assert again == expected
