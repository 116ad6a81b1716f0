"""QuarterResultsRecognizer (business/quarter_results.py): Results by period: "Q4 numbers", "FY24 revenue", "H1
results"."""

from __future__ import annotations

from rewriter.detect.recognizers.business.quarter_results import QuarterResultsRecognizer

QUARTER = QuarterResultsRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


def test_quarter_results():
    assert texts(QUARTER, "Q4 numbers for the client leaked early") == ["Q4 numbers"]
    assert texts(QUARTER, "FY24 revenue beat the forecast") == ["FY24 revenue"]
    assert texts(QUARTER, "Q4 was a busy time") == []
