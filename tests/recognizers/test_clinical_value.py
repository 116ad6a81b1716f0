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


@pytest.mark.parametrize(
    "text, span, words",
    [
        ("Welcome little Otis, 8lb 11oz, born in the pool at dawn", "8lb 11oz", ""),
        ("she pushed out a 10lb 4oz boy with gas and air", "10lb 4oz", ""),
        ("a tiny girl born at 24+5 on our unit", "at 24+5", "early"),
        ("Bay 3 lady 40+6, waters gone, not contracting", "40+6", "overdue"),
    ],
)
def test_a_birth_weight_and_a_gestation_told_of_someone(text, span, words):
    assert (span, words) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our little boy arrived at 4am weighing 7lb 3oz and I'm in love.",  # the writer's own baby
        "My own granddaughter is here, 6lb 9oz of pure joy!",  # the writer's own grandchild
        "Quick maths for the kids: 41+3=44.",  # a sum
        "Bought 2lb 4oz of mince for the chilli",  # no baby: food is no one... (a weight of meat)
    ],
)
def test_own_babies_sums_and_other_weights_are_not_birth_details(text):
    assert [s for s, _ in found(text) if "lb" in s or "+" in s] == []
