"""GeneralHospitalRecognizer (places/general_hospital.py): Hospitals known by a place and "General": "the whole
team at Mass General", "transferred to Leeds General"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.general_hospital import GeneralHospitalRecognizer


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
