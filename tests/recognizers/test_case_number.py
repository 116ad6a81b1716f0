"""CaseNumberRecognizer (numbers/case_number.py): Court and case numbers built of digit and letter groups:
"2024-FC-01187", "22-CV-4471", "CR/2023/0456", "SK22F00456"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.numbers.case_number import CaseNumberRecognizer

CASE = CaseNumberRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Hearing on 2024-FC-01187 adjourned again", "2024-FC-01187"),
        ("Settlement reached in Patterson v. Dunmore Logistics, case 22-CV-4471.", "case 22-CV-4471"),
        ("Appeal CR/2023/0456 lodged", "Appeal CR/2023/0456"),
        ("Blocked on PROJ-1234 all week", "PROJ-1234"),
    ],
)
def test_case_numbers(text, found):
    assert texts(CASE, text) == [found]


@pytest.mark.parametrize(
    "text",
    ["Another COVID-19 wave", "Lessons from 12/03/2024", "Open 24/7", "A-1 service", "UK/EU rules changed"],
)
def test_not_case_numbers(text):
    assert texts(CASE, text) == []


def test_court_number_without_a_label():
    assert texts(CASE, "SK22F00456 listed for Tuesday") == ["SK22F00456"]
    assert texts(CASE, "My WH1000XM4 headphones and the QE55QN90A telly") == []


def test_letters_then_digits_groups():
    # a Scottish sheriff-court or police reference: a court and year run together, then a serial
    assert texts(CASE, "Been waiting on SC24/00781 since the spring") == ["SC24/00781"]
    assert texts(CASE, "File ref HCCC/E217/2023 finally closed") == ["ref HCCC/E217/2023"]


@pytest.mark.parametrize("text", ["Stuck at the M25/A14 junction", "PS5/XB1 bundle on sale", "B12/D3 levels fine"])
def test_roads_and_products_with_letter_digit_groups_are_not_cases(text):
    assert texts(CASE, text) == []


def test_an_office_then_a_long_serial():
    # a Home Office reference (office, slash, a letter and seven digits) and an immigration receipt (three
    # letters and ten digits): each opens one person's case
    assert texts(CASE, "Appeal refused again, HO/K7654321 on the letter") == ["HO/K7654321"]
    assert texts(CASE, "Still waiting on WAC2291004567 from the office") == ["WAC2291004567"]


@pytest.mark.parametrize("text", ["Firmware v2 build AB1234 is out", "Ordered the RTX4090 and a B550 board"])
def test_short_codes_are_no_long_serial(text):
    assert texts(CASE, text) == []
