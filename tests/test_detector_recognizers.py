"""What the detector finds with all its recognizers together: several kinds in one post, the time
recognizers side by side, and posts that must come back clean."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.times.calendar_date import CalendarDateRecognizer
from rewriter.detect.recognizers.times.clock_time import ClockTimeRecognizer
from rewriter.detect.recognizers.times.weekday import WeekdayRecognizer

CLEAN_POSTS = [
    "If you work nights, you deserve a medal. Or at least a decent vending machine.",
    "Healing is not linear. Be gentle with yourself this week.",
    "Nothing beats the moment a student finally gets it.",
    "Spent two hours debugging a missing comma. Software is glamorous.",
    "Self-care isn't selfish. You can't help anyone if you're running on empty.",
    "Billable hours: the only unit of time that moves slower than a Monday morning.",
    "Proud of my team today. Huge thanks to everyone who stayed late.",
    "My friend's mum is lovely, and my colleague said hello.",
    "Court report done, coffee in hand. However, can we talk about rotas?",
]


def _types(find, text: str, word: str) -> set[str]:
    return {t for s, t in find(text) if word in s}


WEEKDAY = WeekdayRecognizer()
DATE = CalendarDateRecognizer()
CLOCK = ClockTimeRecognizer()
ALL = (WEEKDAY, DATE, CLOCK)


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


def any_time(text):
    return [t for recognizer in ALL for t in texts(recognizer, text)]


def test_ages_through_the_real_detector(find):
    assert ("92-year-old", "AGE") in find("Attended a 92-year-old on the ward who'd fallen.")
    assert ("13yo", "AGE") in find("A 13yo client told me she'd never been hugged.")
    assert ("17", "AGE") in find("Their son, 17, came off his motorbike on the bypass.")
    assert ("3 month old", "AGE") in find("Night shift: when a 3 month old came in, we all held our breath.")
    assert not [t for t, kind in find("Spent two hours debugging a missing comma.") if kind == "AGE"]


def test_business_details_through_the_real_detector(find):
    found = find("Q4 numbers leaked early: EBITDA down 18%, $12.5M write-down. Yikes.")
    kinds = {text: kind for text, kind in found}
    assert kinds.get("18%") == "FIGURE"
    assert kinds.get("$12.5M") == "MONEY"
    assert ("Project Nightingale", "CODENAME") in find("Project Nightingale ships next week.")


def test_detector_reports_contacts(find):
    found = find("Call 0161 496 0731 or ping @mia.runs_2009, or hr.sam@initrode.co.uk")
    assert ("0161 496 0731", "PHONE_NUMBER") in found
    assert ("@mia.runs_2009", "HANDLE") in found
    assert ("hr.sam@initrode.co.uk", "EMAIL_ADDRESS") in found


def test_facilities_through_the_real_detector(find):
    found = find("Mrs. Abernathy in bed 5 on the cardiac ward at Royal Infirmary keeps asking for her cat.")
    assert ("bed 5", "FACILITY") in found
    assert ("Royal Infirmary", "FACILITY") in found
    assert ("4 North", "FACILITY") in find("Another night shift on 4 North, and the coffee machine is broken.")
    assert not [t for t, kind in find("Nothing beats the moment a student finally gets it.") if kind == "FACILITY"]


@pytest.mark.parametrize("text", CLEAN_POSTS)
def test_clean_posts_have_no_span_at_all(detector, text):
    assert detector.detect(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # British spellings the American dictionary lacks
        "Great talk this weekend on Cognitive Behavioural Therapy and trauma.",
        "Organisation is half the job on nights.",
        "Favourite part of the week: Behavioural Activation groups.",
        "Loved my paediatric rotation. Behaviour management is a whole skill.",
        # a plural of a closed phrasal noun at the start of a sentence
        "Standups should be 10 mins max.",
        # contractions of pronouns, straight or curly
        "mum said he'd been limping",
        "mum said she’d been limping and they’re worried",
        "mum said they'd sorted it and we're fine",
    ],
)
def test_everyday_words_from_professional_posts_are_not_names(detector, text):
    assert detector.detect(text) == [], [(s.text, s.entity_type) for s in detector.detect(text)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Great talk this weekend on Cognitive Behavioural Therapy by Siobhan Okafor.", "Siobhan Okafor"),
        ("Brandon should be 10 mins max.", "Brandon"),
        ("Max said the standup ran long.", "Max"),
        ("Her son max said he was tired.", "max"),
        ("mum told jenna she'd been limping", "jenna"),
        ("mum said Hadley had been limping", "Hadley"),
    ],
)
def test_names_in_the_same_places_are_still_found(find, text, name):
    assert (name, "PERSON") in find(text), find(text)


def test_a_form_field_after_a_role_noun_is_not_a_name(find):
    assert all(kind != "PERSON" for _, kind in find("Client DOB 14/03/1987"))
    found = find("Client Okafor DOB 14/03/1987")
    assert any("Okafor" in text and kind == "PERSON" for text, kind in found), found
    assert not any("DOB" in text for text, _ in found), found


def test_detector_reports_employers(find):
    assert ("Wolters Kluwer", "ORGANIZATION") in find("I work for Wolters Kluwer")
    assert ("Stark Retail", "ORGANIZATION") in find("Q4 numbers for Stark Retail leaked early.")


def test_rewrite_of_the_falling_out_draft_keeps_no_name(find):
    found = {s for s, _ in find("Mason and Lily in Year 2 had a falling out over a pencil.")}
    assert {"Mason", "Lily"} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Software is glamorous.",
        "Spent two hours debugging. Software is glamorous.",
        "Court report done for today.",
        "Will you come to the meeting?",
        "Pens and pencils are in the drawer.",
    ],
)
def test_everyday_words_at_the_start_stay_unflagged(detector, text):
    assert detector.detect(text) == []


@pytest.mark.parametrize(
    "text, word",
    [
        ("I moved to Otley last year.", "Otley"),
        ("We flew to Sintra for the weekend.", "Sintra"),
        ("I live in Frome now.", "Frome"),
        ("She is from Obidos originally.", "Obidos"),
    ],
)
def test_real_places_stay_places(find, text, word):
    assert _types(find, text, word) == {"LOCATION"}, find(text)


def test_two_big_cities_side_by_side_are_travel_not_a_private_place(find):
    # was a LOCATION (the test above, until big cities beside each other became public: issue 10)
    assert find("I love Lisbon and Porto.") == []


def test_detector_does_not_flag_ward_acronyms(detector):
    assert detector.detect("We work in ICU and NICU.") == []


def test_detector_finds_the_road_and_the_age(find):
    found = find("Their son, 17, came off his motorbike on the A64 near Tadcaster.")
    assert ("A64", "LOCATION") in found


def test_references_through_the_real_detector(find):
    found = find("Ticket #55102: a customer has now called 9 times about a late parcel.")
    assert [t for t, kind in found if kind == "REFERENCE_NUMBER"] == ["Ticket #55102"]
    assert ("case 22-CV-4471", "REFERENCE_NUMBER") in find("Settled at last, case 22-CV-4471.")
    found = find("Custody hearing at Stockport Family Court on Tuesday, case no. SK22F00456.")
    assert ("case no. SK22F00456", "REFERENCE_NUMBER") in found


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
    # beside a name or a place a time can tie the post to an event (alone it points at no one:
    # tests/test_detect_lone_times.py)
    found = find("Court report for the Pearce children due Friday, meeting at 3pm.")
    assert ("Friday", "DATE_TIME") in found
    assert ("3pm", "DATE_TIME") in found
    assert ("Thurs", "DATE_TIME") in find("Thurs clinic at Oakfield Surgery was packed and I ran out of tea.")
    # spaCy takes "Weds" for a name; the weekday rule decides the type
    assert ("every Weds", "DATE_TIME") in find("every Weds I run a group for carers at Hollin Hall.")
    assert find("Billable hours: the only unit of time that moves slower than a Monday morning.") == []
