"""CalendarDateRecognizer (times/calendar_date.py): Dates: "3 March 2024", "March 3rd", "12/03/2024",
"2024-03-12", "on the 10th", "in 2019"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.times.calendar_date import CalendarDateRecognizer

DATE = CalendarDateRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Hearing set for 3 March 2024", "3 March 2024"),
        ("Born on March 3rd, 2019", "March 3rd, 2019"),
        ("Admitted 12/03/2024 overnight", "12/03/2024"),
        ("Logged at 2000-04-16 11:34:35", "2000-04-16 11:34:35"),
        ("She was born in 1977", "1977"),
        ("Payday is on the 10th", "10th"),
        ("Moved here in September 2021", "September 2021"),
    ],
)
def test_calendar_dates(text, found):
    assert texts(DATE, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "I may 2 or 3 times a week",
        "Version 1.2.3 is out",
        "Server at 10.10.10.10 is down",
        "we sold 2000 units",
        "Out of 2000 applicants",
        "Every 20 mins look 20 feet away: the 20-20-20 rule.",  # no calendar has a 20th month
        "We went with a 40-40-20 split this year.",
    ],
)
def test_not_calendar_dates(text):
    assert texts(DATE, text) == []


@pytest.mark.parametrize("found", ["13/12/24", "12/13/24", "31.1.24"])
def test_a_date_is_read_in_either_order_of_day_and_month(found):
    assert texts(DATE, f"Her appointment was moved to {found} again.") == [found]


@pytest.mark.parametrize(
    "text, found",
    [("The hearing was adjourned to the 21st.", "21st"), ("Pushed back again, now the 3rd, ugh", "3rd"), ("The trial starts the 9th and I'm dreading it", "9th")],
)
def test_an_ordinal_day_after_to_now_or_starts(text, found):
    assert found in texts(DATE, text)


@pytest.mark.parametrize("text", ["Walked up to the 2nd floor", "now the 3rd time this week", "Moved to the 4th row"])
def test_ordinals_before_a_noun_are_not_dates(text):
    assert texts(DATE, text) == []
