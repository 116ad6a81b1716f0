"""RoadNumberRecognizer (places/road_number.py): Numbered roads, where an incident or a home is: "came off his
motorbike on the A64", "stuck on the M62", "off I-95", "Route 66"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.road_number import RoadNumberRecognizer


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


def test_a_motorway_named_by_an_incident_and_its_junction(find):
    found = find("That M6 pile-up near junction 14 on Thursday that was all over the news")
    assert ("M6", "LOCATION") in found and ("junction 14", "LOCATION") in found


def test_a_junction_without_a_motorway_is_anywhere(find):
    assert find("turn left at junction 3 of the roundabout") == []
