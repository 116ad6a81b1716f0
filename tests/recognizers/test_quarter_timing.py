"""QuarterTimingRecognizer (business/quarter_timing.py): the quarter unannounced news happens in."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.quarter_timing import QuarterTimingRecognizer
from rewriter.generalise.driver import generalise

QUARTER = QuarterTimingRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in QUARTER.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Our whole helpdesk is being outsourced in Q4. Nobody knows yet.", "in Q4"),
        ("Signed the big contract today 🎉 announcement isn't til Q1 so shhh", "til Q1"),
        ("We're merging with a rival by Q2, can't say more", "by Q2"),
    ],
)
def test_the_quarter_of_unannounced_news(text, found):
    assert found in texts(text)


@pytest.mark.parametrize(
    "text",
    ["Q3 planning done, time for a holiday!", "Busy in Q4 as always, see you in January", "Our Q3 numbers deck is ready for the launch"],
)
def test_other_quarters_are_left(text):
    assert texts(text) == []


def test_the_rewrite_says_when_without_the_quarter(detector):
    text = "Our whole helpdesk is being outsourced in Q4. Nobody knows yet."
    assert generalise(text, detector.detect(text, role="other"), "other").text == (
        "Our whole helpdesk is being outsourced soon. Nobody knows yet."
    )
