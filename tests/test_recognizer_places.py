"""Places written in capitals and unknown names after "in/from/to"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places import CapitalisedPlaceRecognizer


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
