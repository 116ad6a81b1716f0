"""A date alone points at no one ("Monday mood"); beside a court event it ties the post to a real case
and is kept ("Hearing is Wednesday", "adjourned to the 14th")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, date",
    [
        ("The final hearing is Wednesday and I'm a wreck.", "Wednesday"),
        ("Adjourned to the 21st. Again.", "21st"),
        ("Her tribunal is on the 3rd and she's terrified.", "3rd"),
    ],
)
def test_a_date_beside_a_court_event_is_kept(find, text, date):
    assert (date, "DATE_TIME") in find(text, "lawyer")


@pytest.mark.parametrize(
    "text",
    [
        "Got my hearing aid fitted on Tuesday!",
        "Jury service starts Monday, wish me luck",
        "Tennis court booked for Saturday 🎾",
        "Monday mood already",
    ],
)
def test_a_date_beside_no_court_event_is_left(find, text):
    assert [s for s in find(text, "nurse") if s[1] == "DATE_TIME"] == []


def test_hearing_as_a_verb_is_no_court_event(find):
    text = "Been hearing that promise since I qualified in 1998."
    assert [s for s in find(text, "gp") if s[1] == "DATE_TIME"] == []
