"""MoneyRecognizer (business/money.py): Amounts of money: "$12.5M", "£40k", "€3,000", "12.5 million dollars"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.money import MoneyRecognizer

MONEY = MoneyRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("EBITDA down 18%, $12.5M write-down.", "$12.5M"),
        ("A £40k budget for this?", "£40k"),
        ("Fees came to €3,000 in the end", "€3,000"),
        ("a 12.5 million dollars settlement", "12.5 million dollars"),
        ("Invoice for USD 15,000 sent", "USD 15,000"),
    ],
)
def test_money(text, found):
    assert texts(MONEY, text) == [found]


@pytest.mark.parametrize("text", ["Grabbed a £3 coffee", "Bus fare is $2.50 now", "We raised 5k steps today"])
def test_small_change_and_non_money_is_not_reported(text):
    assert texts(MONEY, text) == []
