"""PercentResultRecognizer (business/percent_result.py): Percentages in results: "EBITDA down 18%", "churn rose
by 2.5%", not "100% worth it" or "50% off"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.percent_result import PercentResultRecognizer

PERCENT = PercentResultRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("EBITDA down 18%, yikes", "18%"),
        ("Churn rose by 2.5% this quarter", "2.5%"),
        ("a 12% increase in sign-ups", "12%"),
        ("Sales fell 7 percent", "7 percent"),
    ],
)
def test_percentages_in_results(text, found):
    assert texts(PERCENT, text) == [found]


@pytest.mark.parametrize("text", ["100% worth it", "50% off everything", "I'm 90% sure she's right"])
def test_percentages_as_turns_of_phrase(text):
    assert texts(PERCENT, text) == []
