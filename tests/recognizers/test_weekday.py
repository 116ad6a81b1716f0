"""WeekdayRecognizer (times/weekday.py): A weekday tied to something: "due Friday", "next Monday", "every
Wednesday", "Saturday's parkrun", "my thursday evening group", "my Tues 9am seminar", "Thurs clinic"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.times.weekday import WeekdayRecognizer

WEEKDAY = WeekdayRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


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
        # a word that dates something to a day no one writes as another word (session 50, fresh49 "trial back Tues")
        ("trial back Tues, fingers crossed for her", "Tues"),
        ("hearing adjourned till Thurs, gutted", "Thurs"),
        ("report due Fri to the panel", "Fri"),
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
        "stayed up until Sat on the stairs",  # "Sat" after a dating word may still be the verb
        "back Sun tanned and happy",
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
    "text",
    [
        # the writer's own gathering at home
        "Onam sadya at ours this Sunday, all the nurses from the trust are welcome",
        "Deepavali open house at my place Sunday! Colleagues, no need bring anything lah",
        "Roast on Sunday at mine, bring wine",
    ],
)
def test_the_writers_own_gathering_is_no_date(text):
    assert texts(WEEKDAY, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        # a gathering at home for someone the writer serves stays a date
        ("Leaving do for my patient at my place Sunday, he insisted", "Sunday"),
        ("Client coming to ours on Saturday to sign", "Saturday"),
    ],
)
def test_a_gathering_at_home_for_someone_served_stays_a_date(text, found):
    assert texts(WEEKDAY, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        # a kind of day, today named as a mood, a named occasion's day, a menu's special
        "First snow on the claim today. Classic Northern Ontario Tuesday 🌲",
        "Good morning! It's Monday, fuel queue wahala again",
        "Made it. It's Friday!",
        "Rare Disease Day is on Friday. The charity resources are worth a read.",
        "Burns Night on Saturday, haggis neeps and tatties at my sister's",
        "Sunday special: dum biryani, 6 hours on the stove",
    ],
)
def test_a_kind_of_day_or_an_occasions_day_is_no_date(text):
    assert texts(WEEKDAY, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("It's Monday the tribunal sits, not Tuesday", "Monday"),
        ("The hearing? It's Thursday at 10", "Thursday"),
        ("Classic case review Monday with the whole team", "Monday"),
        ("Discharge planning meeting on Friday for her", "Friday"),
    ],
)
def test_a_day_said_as_when_something_happens_is_still_found(text, found):
    assert found in " ".join(texts(WEEKDAY, text))


@pytest.mark.parametrize(
    "text, found",
    [
        # an occasion's day or a kind of day with someone the writer serves in the sentence stays a date
        ("Results Day on Thursday for my student who sat her exams in hospital", "Thursday"),
        ("Typical Monday: my client rang the office four times before nine", "Monday"),
    ],
)
def test_an_occasions_day_beside_someone_served_is_still_found(text, found):
    assert found in " ".join(texts(WEEKDAY, text))
