"""CardNumberRecognizer (numbers/card_number.py): Payment card numbers of every issuer, known by the Luhn check
digit rather than by the issuer prefix."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.numbers.card_number import CardNumberRecognizer
from rewriter.detect.recognizers.numbers.card_number import luhn_valid


def cards(text):
    return [text[r.start : r.end] for r in CardNumberRecognizer().analyze(text, ["CREDIT_CARD"], None)]


def test_luhn():
    assert luhn_valid("4111111111111111")
    assert not luhn_valid("4111111111111112")


@pytest.mark.parametrize(
    "text, number",
    [
        ("my card 4111 1111 1111 1111 was declined", "4111 1111 1111 1111"),  # Visa, the usual grouping
        ("Need to change billing date of my card 675984103431", "675984103431"),  # Maestro, 12 digits
        ("for this card: 213161594239298", "213161594239298"),  # JCB-style, 15 digits
        ("charge 4030874397740603788 please", "4030874397740603788"),  # 19-digit Visa, no card word
        ("card no. 3056-930902-5904", "3056-930902-5904"),  # Diners grouping
    ],
)
def test_card_numbers_of_any_issuer(text, number):
    assert cards(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "my card 4111 1111 1111 1112 was declined",  # fails the check digit
        "ref 675984103431 for the order",  # 12 digits pass Luhn but nothing says card
        "call 0161 496 0731 or 07700 900123",  # phone numbers
        "scores 1 2 3 4 5 6 7 8 9 0 1 2 3",  # a list of digits
        "version 1.4111111111111111",  # inside a decimal
    ],
)
def test_not_card_numbers(text):
    assert cards(text) == []


def test_detector_reports_a_maestro_number(find):
    assert ("675984103431", "CREDIT_CARD") in find("Could you email me the statement, my credit card number is 675984103431?")
