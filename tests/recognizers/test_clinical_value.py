"""ClinicalValueRecognizer (numbers/clinical_value.py): a person's test result, dose, eye acuity or weight, told of
someone else, with the figure in words as its suggestion ("high", "very poor", "a lot") or none (it goes)."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.numbers.clinical_value import ClinicalValueRecognizer
from rewriter.kinds import Detail

CLINICAL = ClinicalValueRecognizer()


def found(text):
    return [(text[r.start : r.end], r.recognition_metadata.get("suggestion")) for r in CLINICAL.analyze(text, None)]


@pytest.mark.parametrize(
    "text, span, words",
    [
        ("her HbA1c come back 13.2 and she still eats bread", "13.2", "high"),
        ("Mrs Okafor's fasting sugar 240 this morning", "240", "high"),
        ("the patient's potassium was 2.9 on the gas", "2.9", "low"),
        ("dengue, his platelets 12k now", "12k", "low"),
        ("his left eye 6/60 already!", "6/60", "very poor"),
        ("Jenna's down 42 lbs since her surgery", "42 lbs", "a lot"),
        ("her son's olanzapine 10mg refill", "10mg", ""),
        ("One of my clients, 140 kg, wants to lose weight", "140 kg", ""),
        ("Delivered twins at 30 weeks to a girl from my parish", "at 30 weeks", "early"),
        ("she's 8 months pregnant and still working", "8 months", "heavily"),
        ("Scanned a 20 week pregnancy this morning", "20 week", ""),
        ("this mama labored 38 hours at home", "38 hours", "for hours"),
    ],
)
def test_a_persons_value_is_found_with_its_words(text, span, words):
    assert found(text) == [(span, words)]
    assert all(r.recognition_metadata.get("detail") is Detail.CLINICAL_VALUE for r in CLINICAL.analyze(text, None))


@pytest.mark.parametrize(
    "text",
    [
        "My HbA1c came back 6.1 today, so relieved.",
        "An HbA1c over 48 means diabetes.",
        "The usual starting dose of olanzapine is 10mg.",
        "I lost 10kg this year!",
        "Top 10 tips for a 12 hour shift.",
        "Bought a 20kg bag of rice for the staff room.",
        "I'm 30 weeks pregnant and so tired of nights.",
    ],
)
def test_own_values_and_general_talk_are_not_reported(text):
    assert found(text) == []
