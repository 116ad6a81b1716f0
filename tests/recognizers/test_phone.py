"""GatedPhoneRecognizer (contacts/phone.py): Presidio's libphonenumber recognizer for UK and US numbers,
run only when the text has enough digits for a phone number."""

from __future__ import annotations

import pytest
from presidio_analyzer.predefined_recognizers import PhoneRecognizer

from rewriter.detect.recognizers.contacts.phone import GatedPhoneRecognizer


def numbers(recognizer, text):
    return [(text[r.start : r.end], round(r.score, 3)) for r in recognizer.analyze(text, ["PHONE_NUMBER"], None)]


@pytest.mark.parametrize(
    "text, number", [("Call me on 020 7946 0958 please", "020 7946 0958"), ("ring (212) 555-0199", "(212) 555-0199")]
)
def test_uk_and_us_numbers(text, number):
    assert [n for n, _ in numbers(GatedPhoneRecognizer(), text)] == [number]


@pytest.mark.parametrize(
    "text",
    ["Call me on 020 7946 0958 please", "no digits at all", "year 2024 and 12 3 45", "+44 20 7946 0958", "555-0199 x12"],
)
def test_the_gate_never_changes_presidios_answer(text):
    assert numbers(GatedPhoneRecognizer(), text) == numbers(PhoneRecognizer(supported_regions=("GB", "US")), text)
