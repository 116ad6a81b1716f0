"""Session 47 (judges of session 46's rewrites): the English-side rewrites that changed a post's meaning.

- A clock time written with a zero-led hour ("02:40", "03:12", "06:40") is the 24-hour clock's: it keeps its
  own half of the day ("came off his motorbike at 02:40" -> "in the early hours", never "in the afternoon"), while
  "3:05" with no "am" and no word of the night is still a working day's afternoon.
- A role noun that ranks the next one after a name ("Mr Dlamini the deputy principal") stays whole, never "the
  principal" (a different person).
"""

from __future__ import annotations

import pytest

from test_generalise import gen


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("lad came off his motorbike on the moor road at [02:40]. his mam were there.", "in the early hours"),
        ("so here it is!! born [03:12] at the birth centre 💕", "born in the early hours"),
        ("flight was at [06:40] btw", "in the morning"),
    ],
)
def test_a_zero_led_clock_time_keeps_its_half_of_the_day(draft, expected):
    out = gen(draft, "DATE_TIME", role="paramedic")
    assert expected in out and "afternoon" not in out and "evening" not in out, out


def test_a_clock_time_with_minutes_and_no_zero_is_still_the_afternoon():
    out = gen("Staff meeting moved to [3:05] on a Friday again.", "DATE_TIME", role="teacher")
    assert "afternoon" in out, out


# A role noun that ranks the next one ("the deputy principal", "the head nurse") after a name: the whole compound
# stands for the person, never "the deputy" with "principal" left behind to make them the principal.
@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Yoh, Mr [Dlamini] the deputy principal told the whole staffroom.", "Yoh, the deputy principal told the whole staffroom."),
        ("[Jo] the head nurse said no.", "The head nurse said no."),
        # one role noun alone is read as before
        ("[Dave] the porter helped a patient.", "The porter helped a patient."),
    ],
)
def test_a_ranked_role_after_a_name_stays_whole(draft, expected):
    assert gen(draft, "PERSON", role="teacher") == expected
