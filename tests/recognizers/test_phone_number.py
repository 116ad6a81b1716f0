"""PhoneNumberRecognizer (contacts/phone_number.py): Phone numbers as people write them, in any country's
grouping: "0161 496 0731", "+44 20 7946 0958", "(555) 123-4567", "78 651 450", "+41 (0)69 979 80 58",
"930.167.3943", "345-899-3560x4587"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.contacts.phone_number import PhoneNumberRecognizer


def spans(rec, text, entity):
    return [text[r.start : r.end] for r in rec.analyze(text, [entity], None)]


@pytest.mark.parametrize(
    "number",
    [
        "0161 496 0731",
        "78 651 450",
        "+44 20 7946 0958",
        "(555) 123-4567",
        "+41 (0)69 979 80 58",
        "930.167.3943",
        "345-899-3560x4587",
        "01.84.17.61.18",
        "07700900123",
    ],
)
def test_phone_numbers(number):
    assert spans(PhoneNumberRecognizer(), f"Call me on {number} today", "PHONE_NUMBER") == [number]


@pytest.mark.parametrize(
    "text",
    [
        "On 2015-12-22 we met",
        "Card 4111 1111 1111 1111 declined",
        "Server 86.121.97.248 is down",
        "From 2019 2020 onwards",
        "3 siblings and 12 cousins",
        "EBITDA down 18%, $12.5M write-down",
        "Order 213176828496175 arrived",
    ],
)
def test_no_phone_in_dates_cards_ips_counts(text):
    assert spans(PhoneNumberRecognizer(), text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    "text, number",
    [
        ("Can someone call me on 94727916? I have to go", "94727916"),
        ("They're not answering at 4673395", "4673395"),
        ("Mobile: 723813266", "723813266"),
        ("7811704 office", "7811704"),
        ("Phone: 0151/12345678", "0151/12345678"),
    ],
)
def test_unbroken_or_slashed_numbers_labelled_as_phones(text, number):
    assert spans(PhoneNumberRecognizer(), text, "PHONE_NUMBER") == [number]


@pytest.mark.parametrize("text", ["We had 4673395 visitors", "Order 94727916 shipped", "on 05/12/2024 at noon"])
def test_unlabelled_short_runs_are_not_phones(text):
    assert spans(PhoneNumberRecognizer(), text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(
    "text",
    [
        "Healthdirect is 1800 022 222 if you're worried.",  # Australian freephone
        "US folks: the old lifeline was 1-800-273-8255, it's 988 now.",  # North American toll-free
        "Childline is free on 0800 1111, day or night.",  # UK freephone
        "Beyond Blue on 1300 22 4636 if you need someone.",  # Australian shared-cost line
    ],
)
def test_freephone_and_shared_cost_lines_are_public(text):
    assert spans(PhoneNumberRecognizer(), text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("number", ["0412 345 678", "(555) 123-4567", "07700 900123", "+61 412 345 678"])
def test_a_mobile_or_a_geographic_number_stays_a_phone(number):
    assert spans(PhoneNumberRecognizer(), f"Her daughter left {number} for a call back.", "PHONE_NUMBER") == [number]


def test_a_number_some_country_reads_as_a_mobile_stays_a_phone():
    # a Nigerian mobile that New Zealand's plan reads as a freephone line
    assert spans(PhoneNumberRecognizer(), "Her son's number is 0803 412 7719, call him.", "PHONE_NUMBER") == ["0803 412 7719"]
