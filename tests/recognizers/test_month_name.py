"""MonthNameRecognizer (times/month_name.py): a month said as when something happens ("Trial's in May",
"drops in Sept", "by April"); not a month without the word that makes it a date."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.times.month_name import MonthNameRecognizer

MONTH = MonthNameRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in MONTH.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Trial's in May. Emotionally wrecked.", "in May"),
        ("the new headset drops in Sept and it's going to be huge", "in Sept"),
        ("being sold to MedCo in March and staff haven't been told", "in March"),
        ("Report due by april, then the panel.", "by april"),
        ("Clean since June, so proud of him", "since June"),
        ("Her hearing is early-October.", "early-October"),
    ],
)
def test_a_month_as_a_date(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "May the force be with you.",
        "May's room is the one at the end.",
        "We march on, as always.",
        "Spring is here and the lambs are out.",
        "You may want to sit down for this.",
    ],
)
def test_not_a_date(text):
    assert texts(text) == []


def test_a_lone_month_in_the_writers_own_life_is_dropped_by_the_detector(find):
    assert find("Booked a holiday in June with my husband!") == []
    assert ("in May", "DATE_TIME") in find("Gave my statement about one of my Year 6s. Trial's in May.")
