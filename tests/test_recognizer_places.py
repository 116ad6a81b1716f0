"""Places written in capitals and unknown names after "in/from/to"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places import CapitalisedPlaceRecognizer, RoadNumberRecognizer


def spans(text):
    return [text[r.start : r.end] for r in CapitalisedPlaceRecognizer().analyze(text, ["LOCATION"], None)]


@pytest.mark.parametrize(
    "text, place",
    [
        ("Ms. Austin flew to RYSSBY on Sunday morning.", "RYSSBY"),
        ("Celebrating its 10th year in STAVANGER, it invites songwriters.", "STAVANGER"),
        ("He grew up in ΑΛΑΣΣΑ.", "ΑΛΑΣΣΑ"),
    ],
)
def test_capitalised_towns_after_a_place_word(text, place):
    assert spans(text) == [place]


@pytest.mark.parametrize("text", ["Back in ICU tonight.", "Referred to CAMHS again.", "A call from HR.", "Lunch at NOON"])
def test_acronyms_and_words_are_not_places(text):
    assert spans(text) == []


def test_detector_finds_unknown_places_after_from(find):
    assert ("Fortaleza", "LOCATION") in find("We moved here from Fortaleza")


def test_detector_does_not_flag_ward_acronyms(detector):
    assert detector.detect("We work in ICU and NICU.") == []


def test_a_town_spacy_calls_a_nationality_or_a_date_is_still_a_place(find):
    assert ("Poitiers", "LOCATION") in find("We moved here from Poitiers")
    assert any(t.startswith("Tulsa") for t, _ in find("Looking to support Allianz in Tulsa 1021 in its mission"))


def test_places_in_an_all_lowercase_post(find):
    assert ("kópavogur", "LOCATION") in find("my friend lives in kópavogur")
    assert find("my friend lives in the city") == []


def test_lowercase_place_names_with_a_particle(find):
    assert ("vila do conde", "LOCATION") in find("we moved to vila do conde last year")
    assert ("barra de carrasco", "LOCATION") in find("an office in barra de carrasco 15000")
    assert find("i live in hope de facto") == []


def test_home_city_in_capitals(find):
    assert any("BERGAMO" in t for t, _ in find("the economy of the band's home city BERGAMO: lots of factories"))


def roads(text):
    return [text[r.start : r.end] for r in RoadNumberRecognizer().analyze(text, ["LOCATION"], None)]


@pytest.mark.parametrize(
    "text, road",
    [
        ("Their son, 17, came off his motorbike on the A64 near Tadcaster.", "A64"),
        ("stuck on the M62 for an hour", "M62"),
        ("crash on the A1(M) this morning", "A1(M)"),
        ("we took the B1234 home", "B1234"),
        ("drove down I-95 to see her", "I-95"),
        ("the Highway 101 closure", "Highway 101"),
    ],
)
def test_numbered_roads(text, road):
    assert roads(text) == [road]


@pytest.mark.parametrize(
    "text",
    ["print it on an A4 sheet", "print it on the A4 paper", "take your B12 every day", "the M5 bolts are loose",
     "filled in the I-9 form", "on I-9 status now", "Year 9 did the A1 worksheet"],
)
def test_paper_vitamins_and_forms_are_not_roads(text):
    assert roads(text) == []


def test_detector_finds_the_road_and_the_age(find):
    found = find("Their son, 17, came off his motorbike on the A64 near Tadcaster.")
    assert ("A64", "LOCATION") in found
