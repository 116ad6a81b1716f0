"""LatinConditionRecognizer (people/latin_condition.py): rarer conditions by their Greek and Latin names,
"fibrodysplasia ossificans progressiva", "epidermolysis bullosa"; never an organisation."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.latin_condition import LatinConditionRecognizer
from rewriter.kinds import Detail


@pytest.mark.parametrize(
    "text, condition",
    [
        ("a 16yo with fibrodysplasia ossificans progressiva at our clinic", "fibrodysplasia ossificans progressiva"),
        ("Dressings for a toddler with epidermolysis bullosa take an hour.", "epidermolysis bullosa"),
        ("Third referral this year for osteogenesis imperfecta.", "osteogenesis imperfecta"),
        ("Rare one today: myositis ossificans after a rugby knock.", "myositis ossificans"),
    ],
)
def test_a_medical_term_with_a_latin_qualifier(text, condition):
    results = LatinConditionRecognizer().analyze(text, None)
    assert [text[r.start : r.end] for r in results] == [condition]
    assert results[0].recognition_metadata["detail"] is Detail.RARE_CONDITION


@pytest.mark.parametrize(
    "text",
    [
        "My fibromyalgia has been awful this week.",
        "Arthritis in both knees and still doing the school run.",
        "Tonsillitis going round the whole class again.",
        "Hepatitis vaccines are due for the whole team.",
        "The diagnosis finally came through today.",
    ],
)
def test_common_conditions_and_plain_words_are_not_flagged(text):
    assert LatinConditionRecognizer().analyze(text, None) == []
