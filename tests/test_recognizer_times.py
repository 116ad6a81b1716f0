"""Specific times: weekdays tied to an event, dates and clock times; never vague time words."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.times import CalendarDateRecognizer, ClockTimeRecognizer, WeekdayRecognizer

WEEKDAY = WeekdayRecognizer()
DATE = CalendarDateRecognizer()
CLOCK = ClockTimeRecognizer()
ALL = (WEEKDAY, DATE, CLOCK)


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


def any_time(text):
    return [t for recognizer in ALL for t in texts(recognizer, text)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Verdict expected Thursday, fingers crossed", "Thursday"),
        ("Court report due Friday", "Friday"),
        ("been on the floor since Sunday", "Sunday"),
        ("Project ships next Monday", "next Monday"),
        ("I run a group every Wednesday", "every Wednesday"),
        ("her 5k PB at Saturday's parkrun", "Saturday"),
        ("emma from my thursday evening group", "thursday"),
        ("swimming on Wednesday 10th, bring goggles", "Wednesday 10th"),
        ("On Tuesdays I run the drop-in", "Tuesdays"),
    ],
)
def test_weekdays_tied_to_an_event(text, found):
    assert texts(WEEKDAY, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Billable hours: the only unit of time that moves slower than a Monday morning.",
        "That Monday morning feeling again",
        "a Monday morning feeling",
        "Mondays are the worst",
        "Monday blues, anyone?",
        "Monday again. At least the coffee works.",
        "Throwback Thursday to my first shift",
    ],
)
def test_weekdays_used_as_a_mood_are_not_dates(text):
    assert texts(WEEKDAY, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("my Tues 9am seminar was lively", "Tues"),
        ("every Weds I run a group", "every Weds"),
        ("Thurs clinic was packed", "Thurs"),
        ("See you next Wed!", "next Wed"),
        ("last Sat we had a fire drill", "last Sat"),
        ("Sat 14th is the open day", "Sat 14th"),
        ("Sun night shift again", "Sun"),
        ("Fri's meeting ran over", "Fri"),
        ("on Mon I start nights", "Mon"),
        ("Tues/Thurs groups are full", "Tues/Thurs"),
        ("Mon, Wed and Fri clinic", "Mon, Wed and Fri"),
        ("Fri at 3pm, staff meeting", "Fri"),
    ],
)
def test_abbreviated_weekdays_tied_to_an_event(text, found):
    assert texts(WEEKDAY, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Sat on the sofa all evening.",
        "Sat exam today, felt ok.",
        "Sat 2 exams today, both fine.",
        "Sat at 9pm with a cuppa.",
        "Sun was out all day at the beach.",
        "Sun shining at 7am for once.",
        "Sun cream, hats and water for the trip.",
        "The Sun reported it first.",
        "Wed in June, honeymoon in July!",
        "Mon dieu, what a week.",
        "My SATs group did brilliantly.",
        "I work Mon-Fri like everyone else.",
        "Mon morning blues, anyone?",
        "my tues seminar",  # lowercase: too easily a typo or another word
    ],
)
def test_abbreviations_that_are_not_weekdays(text):
    assert texts(WEEKDAY, text) == []


def test_abbreviated_weekday_suggestions():
    [routine] = WEEKDAY.analyze("every Weds I run a group", None)
    assert routine.recognition_metadata["suggestion"] == "every week"


def test_weekday_suggestions_fit_the_kind_of_time():
    [routine] = WEEKDAY.analyze("I run a group every Wednesday", None)
    assert routine.recognition_metadata["suggestion"] == "every week"
    [future] = WEEKDAY.analyze("It ships next Monday", None)
    assert future.recognition_metadata["suggestion"] == "soon"


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
    ],
)
def test_not_calendar_dates(text):
    assert texts(DATE, text) == []


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


@pytest.mark.parametrize(
    "text",
    [
        "Had a session this morning",
        "Broke my heart tonight",
        "Be gentle with yourself this week.",
        "Plans this weekend?",
        "Some days are harder than others.",
        "Spent two hours debugging.",
        "Waited ten minutes for the kettle",
        "I saw her recently and today she smiled",
        "It's 5 o'clock somewhere.",
    ],
)
def test_vague_time_words_are_never_flagged(text):
    assert any_time(text) == []


def test_times_through_the_real_detector(find):
    found = find("Court report for the children due Friday, meeting at 3pm.")
    assert ("Friday", "DATE_TIME") in found
    assert ("3pm", "DATE_TIME") in found
    assert ("Thurs", "DATE_TIME") in find("Thurs clinic was packed and I ran out of tea.")
    # spaCy takes "Weds" for a name; the weekday rule decides the type
    assert ("every Weds", "DATE_TIME") in find("every Weds I run a group for carers.")
    assert find("Billable hours: the only unit of time that moves slower than a Monday morning.") == []
