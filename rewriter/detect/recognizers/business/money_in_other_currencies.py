"""Amounts of money in the currencies and number systems of other languages, which the English money rule
(money.py: $, £, €, ₹, RM, KSh, "rupees", "naira") does not read: "tax debt ea M340,000" (Lesotho loti), "48 millió
forint", "23,4 millió forint", "18 milyon TL", "4.2 million birr", "ETB 250,000", "Rp 5.000.000", "2 juta rupiah".
A client's tax debt or a firm's loss is the same detail in maloti as in pounds.

The currencies are listed in currencies_other_languages.txt (a sign before the amount, a word after it, or a code on
either side), the words for a number's size in number_magnitudes_other_languages.txt ("millió", "milyon", "bin",
"juta", "lakh", "万"). An amount is read as money when it has its size ("48 millió forint") or is a thousand units or
more ("ETB 250,000"): a few units of most of these currencies are small change ("10 reais", "500 บาท" for a school
trip). A sign of one capital letter ("M", "P", "K", "E") only before an amount with its thousands set off
("M340,000", "P 20 000"): "M3", "P45" and "K9" are roads, forms and dogs."""

from __future__ import annotations

import re

from .... import vocab
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_CURRENCIES = vocab.meanings("currencies_other_languages")
_SIGNS = [w for w, m in _CURRENCIES.items() if m.startswith("sign")]
_AFTER = [w for w, m in _CURRENCIES.items() if m.startswith(("word", "code"))]
_CODES = [w for w, m in _CURRENCIES.items() if m.startswith("code")]
_MAGNITUDES = _alternation(vocab.entries("number_magnitudes_other_languages"))

# thousands set off by a comma, a dot, a space (a no-break or narrow one too) or an apostrophe, the decimals by a dot
# or a comma: "340,000", "5.000.000", "48 000", "23,4"
_GROUPED = r"\d{1,3}(?:(?:,|\.|[ \u00a0\u202f]|['’])\d{3})+(?:[.,]\d{1,2})?"
_AMOUNT = rf"(?:{_GROUPED}|\d+(?:[.,]\d+)?)"
# a word after the amount, or a sign before it, stands apart from the words around: not inside "Tkachenko", "Frw" in a
# word; a character of a script written without spaces (円, บาท, 万) may touch what follows
_END = r"(?![^\W\d_\u3000-\u9fff\u0e00-\u0e7f\uac00-\ud7af])"


class MoneyInOtherCurrenciesRecognizer(GatedRegexRecognizer):
    ORDER = 512
    ENTITY = "MONEY"
    GATE = HAS_DIGIT
    SUGGESTION = "a significant sum"
    PATTERNS = [
        # "48 millió forint", "18 milyon TL", "4.2 million birr", "500万円", "250,000 ETB"
        Pattern(
            "amount and currency after",
            # (after a letter of a script written without spaces, "遺贈で500万円", the amount still starts)
            rf"(?<![0-9.,A-Za-zÀ-ɏ_])(?P<amount>{_AMOUNT})\s?(?:(?P<size>{_MAGNITUDES}|(?i:million|billion|thousand))\s?)?"
            rf"(?:{_alternation(_AFTER)}){_END}",
            0.75,
        ),
        # "M340,000", "Rp 5.000.000", "ETB 250,000", "Tk 3 lakh"
        Pattern(
            "currency before amount",
            rf"(?<![\w$#])(?P<sign>{_alternation(_SIGNS + _CODES)})\s?(?P<amount>{_AMOUNT})"
            rf"(?:\s?(?P<size>{_MAGNITUDES}|(?i:million|billion|thousand|k|m|bn)))?(?![\w,.]\d|[^\W\d_])",
            0.75,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        amount = match.group("amount")
        grouped = re.fullmatch(_GROUPED, amount) is not None
        sign = match.groupdict().get("sign")
        if sign and len(sign) == 1 and sign.isalpha() and not grouped:
            return False  # "M3", "P45", "K9": one capital before a bare number is no currency
        if sign and re.fullmatch(r"(?:19|20)\d\d", amount):
            return False  # "#CNY2025": a year after letters is a hashtag's or an event's, no sum
        if match.group("size"):
            return True
        digits = re.sub(r"[.,][0-9]{1,2}$", "", amount) if not grouped else re.sub(r"[.,]\d{1,2}$", "", amount)
        value = int(re.sub(r"\D", "", digits) or 0)
        return value >= 1_000
