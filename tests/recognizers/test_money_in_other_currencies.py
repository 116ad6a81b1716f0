"""MoneyInOtherCurrenciesRecognizer (business/money_in_other_currencies.py): an amount in a currency or a number system
of another language ("M340,000", "48 millió forint", "18 milyon TL", "4.2 million birr", "500万円"); not small change,
not a one-letter road, form or dog ("M3", "P45", "K9"), not a year in a hashtag. Every sentence here is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.money_in_other_currencies import MoneyInOtherCurrenciesRecognizer

MONEY = MoneyInOtherCurrenciesRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in MONEY.analyze(text, None)]


@pytest.mark.parametrize("text, found", [
    ("Client ea ka o na le tax debt ea M340,000 ho RSL", "M340,000"),
    ("a 'tanácsadói díj' of 48 millió forint paid to the CEO's brother", "48 millió forint"),
    ("a bolt 23,4 millió forint veszteséget hozott", "23,4 millió forint"),
    ("stok sayımında 18 milyon TL açık çıktı", "18 milyon TL"),
    ("the day we found the 4.2 million birr gap in petty cash", "4.2 million birr"),
    ("遺贈で500万円。胸がいっぱい。", "500万円"),
    ("quase fez um Pix de 30 mil reais para o golpista", "30 mil reais"),
    ("the co-op owes ETB 250,000 to the bank", "ETB 250,000"),
    ("uang kas Rp 5.000.000 hilang dari brankas", "Rp 5.000.000"),
    ("she borrowed P 20 000 from the stokvel", "P 20 000"),
])
def test_money_in_other_currencies(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize("text", [
    "doa nem que seja 10 reais, qualquer valor ajuda",  # small change
    "kila mtu alilipa 500 birr kwa safari",  # a few hundred of a small unit
    "stuck on the M3 for an hour",  # a road
    "got my P45 today, new job Monday",  # a form
    "the K9 unit came round the school",  # a dog unit
    "Huat ah! #CNY2025",  # a year in a hashtag
    "sold 2,000 Tkachenko prints",  # a currency's letters inside a word
])
def test_no_money(text):
    assert texts(text) == []
