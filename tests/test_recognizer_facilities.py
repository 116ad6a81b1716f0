"""Facilities: wards, beds and rooms, and named schools, hospitals, homes and venues."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.facilities import (
    GeneralHospitalRecognizer,
    NamedFacilityRecognizer,
    NumberedRoomRecognizer,
    SaintPlaceRecognizer,
)

ROOM = NumberedRoomRecognizer()
NAMED = NamedFacilityRecognizer()
SAINT = SaintPlaceRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Night shift on Ward 7 again", "Ward 7"),
        ("our new grad on ward 9 handled it", "ward 9"),
        ("Mr K in bed 12 asked for tea", "bed 12"),
        ("Mrs. Abernathy in bed 5 on the cardiac ward", "bed 5"),
        ("Group session in room 4B", "room 4B"),
        ("moved to bay C overnight", "bay C"),
        ("the patient in side room 3", "side room 3"),
    ],
)
def test_numbered_rooms(text, found):
    assert texts(ROOM, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "I stayed in bed 2 days with flu",
        "in bed I cried for an hour",
        "there is room for improvement",
        "the cardiac ward was quiet",
        "room a bit cold today",
    ],
)
def test_rooms_that_are_not_facilities(text):
    assert texts(ROOM, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Three hours in Courtroom 3 again", "Courtroom 3"),
        ("Waiting outside Court 2 for the list", "Court 2"),
        ("Court Room 4 was freezing", "Court Room 4"),
        ("Moved to Court No. 3 after lunch", "Court No. 3"),
        ("theatre 3 ran late all morning", "theatre 3"),
        ("Interview Room 2 smells of coffee", "Interview Room 2"),
        ("Night shift on 4 North again", "4 North"),
        ("She was moved from 6 West overnight", "6 West"),
        ("Ward 4 North is short-staffed", "Ward 4 North"),
        ("Unit 5 South was quiet for once", "Unit 5 South"),
    ],
)
def test_courtrooms_theatres_and_hospital_units(text, found):
    assert texts(ROOM, text) == [found]


def test_rooms_and_units_suggest_their_kind():
    [court] = ROOM.analyze("Waiting outside Court 2 for the list", None)
    assert court.recognition_metadata["suggestion"] == "a courtroom"
    [unit] = ROOM.analyze("Night shift on 4 North again", None)
    assert unit.recognition_metadata["suggestion"] == "a hospital ward"


@pytest.mark.parametrize(
    "text",
    [
        "Tennis on Court 2 tonight!",
        "we played on court 3 at the leisure centre",
        "Back in court 2 days later",
        "The High Court 2024 ruling",
        "Stuck on 5 South for an hour in traffic",
        "We live at 12 North Street",
        "Moved to 6 West Avenue last year",
        "Drove 5 miles north to the coast",
        "Head office is at 3 North Road",
    ],
)
def test_courts_and_compass_points_that_are_not_rooms(text):
    assert texts(ROOM, text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("My year 3 kids at Oakfield Primary were brilliant", "Oakfield Primary"),
        ("Proud of my class at Hillcrest Primary", "Hillcrest Primary"),
        ("visiting Sunny Meadows Care Home on Sunday", "Sunny Meadows Care Home"),
        ("Mr F at Oak Lodge got a video call", "Oak Lodge"),
        ("keeps asking for her cat at Royal Infirmary", "Royal Infirmary"),
        ("swimming at Parkside Leisure Centre on Wednesday", "Parkside Leisure Centre"),
        ("her 5k PB at Saturday's parkrun in Hyde Park!", "Hyde Park"),
        ("Today Hyde Park was packed", "Hyde Park"),
        ("a new job at Greenfield Academy", "Greenfield Academy"),
    ],
)
def test_named_facilities(text, found):
    assert texts(NAMED, text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "Went to the hospital after work.",
        "The Hospital food is not great.",
        "Parked in the Car Park for an hour.",
        "A shift on the Maternity Ward is never dull.",
        "Sunday School was chaos.",
        "a local primary school",
    ],
)
def test_generic_places_are_not_named_facilities(text):
    assert texts(NAMED, text) == []


def test_named_facility_suggests_the_kind_of_place():
    [result] = NAMED.analyze("Lunch at Oakfield Primary", None)
    assert result.recognition_metadata["suggestion"] == "a local school"
    [result] = NAMED.analyze("Night shift at Royal Infirmary", None)
    assert result.recognition_metadata["suggestion"] == "a local hospital"


def test_saint_places():
    assert texts(SAINT, "Twelve hours at St Mary's and I'm done") == ["St Mary's"]
    assert texts(SAINT, "Transferred to St. Thomas' overnight") == ["St. Thomas'"]
    assert texts(SAINT, "Lives on Flint St now") == []


def test_facilities_through_the_real_detector(find):
    found = find("Mrs. Abernathy in bed 5 on the cardiac ward at Royal Infirmary keeps asking for her cat.")
    assert ("bed 5", "FACILITY") in found
    assert ("Royal Infirmary", "FACILITY") in found
    assert ("4 North", "FACILITY") in find("Another night shift on 4 North, and the coffee machine is broken.")
    assert not [t for t, kind in find("Nothing beats the moment a student finally gets it.") if kind == "FACILITY"]


def general_hospitals(text):
    return [text[r.start : r.end] for r in GeneralHospitalRecognizer().analyze(text, None)]


@pytest.mark.parametrize(
    "text, hospital",
    [
        ("Shoutout to the whole team on 4 North at Mass General, you guys rock", "Mass General"),
        ("transferred to Leeds General overnight", "Leeds General"),
        ("she was admitted to St James General last week", "St James General"),
    ],
)
def test_hospitals_known_as_general(text, hospital):
    assert general_hospitals(text) == [hospital]


@pytest.mark.parametrize(
    "text",
    ["a letter to the Attorney General", "wrote to the Surgeon General", "In General, I agree",
     "joined the Secretary General for lunch", "met at General Assembly", "at Tampa General Hospital"],
)
def test_titles_and_full_hospital_names_are_left_to_others(text):
    assert general_hospitals(text) == []
