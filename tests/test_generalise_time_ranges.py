"""A range of clock times is generalised whole (issue 10, grammar): the detector finds the closing time
("1-[3pm]"), and a replacement of it alone left "Sat 1-in the afternoon" and "tonight 4-,". Spans are marked
by hand, [like this]."""

from __future__ import annotations

import pytest

from test_generalise import gen


@pytest.mark.parametrize(
    "draft, expected",
    [
        # the opening takes the closing time's half of the day
        ("Open house Sat 1-[3pm] at the client's new place.", "Open house Sat in the afternoon at the client's new place."),
        ("Her clinic runs 9-[11am] with the client.", "Her clinic runs in the morning with the client."),
        # across two parts of the day, both are said; before a noun, a long one
        ("Shift 7am-[7pm] with my patient.", "Shift from the morning to the evening with my patient."),
        ("Did a 7am-[7pm] shift with my patient.", "Did a long shift with my patient."),
        # a sentence that says its day already: the range goes with its preposition
        ("Visiting the patient from 10-[2pm] today.", "Visiting the patient today."),
        ("Parents evening tonight 4-[8pm], bring the forms.", "Parents evening tonight, bring the forms."),
    ],
)
def test_a_range_of_clock_times_goes_whole(draft, expected):
    assert gen(draft, "DATE_TIME", role="nurse") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a single time, and a number before a dash that is no time's opening, are as before
        ("Messaged me at [11pm] asking if I'm awake.", "Messaged me at night asking if I'm awake."),
        ("Scored 3-1 and then the client rang at [3pm].", "Scored 3-1 and then the client rang in the afternoon."),
    ],
)
def test_a_single_time_is_as_before(draft, expected):
    assert gen(draft, "DATE_TIME", role="nurse") == expected
