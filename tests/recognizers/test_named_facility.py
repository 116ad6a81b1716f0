"""NamedFacilityRecognizer (places/named_facility.py): Capitalised names ending in a kind of place: "Oakfield
Primary", "Sunny Meadows Care Home", "Oak Lodge", "Royal Infirmary", "Parkside Leisure Centre", "Hyde Park"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.named_facility import NamedFacilityRecognizer

NAMED = NamedFacilityRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


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


def test_an_industrial_site_by_its_name_in_any_case(find):
    assert ("Carrow Point plant", "FACILITY") in find("Near miss at the Carrow Point plant today")


def test_a_plant_with_no_name_is_no_site(find):
    assert find("the power plant was noisy all night") == []


def test_a_facilitys_number_goes_with_it(find):
    assert ("Tidewater Energy's substation 12", "FACILITY") in find(
        "Shipped the firmware for Tidewater Energy's substation 12 today")
    # a time or a decimal after the name is no number of it
    assert ("Heron Ward", "FACILITY") in find("Admitted to Heron Ward 3.30pm today")
