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


@pytest.mark.parametrize(
    "text",
    [
        "NVDA up another 4% premarket and my group chat is insufferable",
        "Results were out this morning and the share price jumped 8%.",
        "KSE-100 up 2% today and my uncle is unbearable",
        "$TSLA down 6% on the day",
    ],
)
def test_a_public_market_move_is_no_result(text):
    assert texts(PERCENT, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("ARR up 20% this quarter, not public yet", "20%"),
        ("Our revenue is down 18% and the stock doesn't know yet", "18%"),
        ("We cut headcount by 12%", "12%"),
    ],
)
def test_a_business_measure_by_its_initials_is_still_a_result(text, found):
    assert texts(PERCENT, text) == [found]
