"""ClockTimeRecognizer (times/clock_time.py): Clock times: "3pm", "14:30", "9.15am", "ten o'clock", "1430hrs"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.times.clock_time import ClockTimeRecognizer

CLOCK = ClockTimeRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Meet me at 3pm by the gate", "3pm"),
        ("Handover at 14:30 sharp", "14:30"),
        ("Clinic starts 9.15am", "9.15am"),
        ("back at ten o'clock", "ten o'clock"),
        ("Called at 11 a.m. today", "11 a.m."),
        ("Doors open 09am", "09am"),
        ("Last call 23:59", "23:59"),
    ],
)
def test_clock_times(text, found):
    assert texts(CLOCK, text) == [found]


@pytest.mark.parametrize(
    "text", ["It cost £12.50 in the end", "Ratio of 2.5 to 1", "I have 3 pm-level tasks", "at 13pm", "the 24:00 slot", "12.50 each"]
)
def test_not_clock_times(text):
    assert texts(CLOCK, text) == []


@pytest.mark.parametrize("text", ["L5 PM at Google vs Senior PM at Stripe?", "offer for an E7 PM role"])
def test_a_level_glued_to_its_letter_is_no_clock_time(text):
    # a grade or level ("L5", "E7") before "PM" (product manager) is no time of day
    assert texts(CLOCK, text) == []


def test_a_time_after_a_level_is_still_a_time():
    assert texts(CLOCK, "L5 interview at 5 PM today") == ["5 PM"]
