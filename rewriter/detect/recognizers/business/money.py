"""Amounts of money: "$12.5M", "£40k", "€3,000", "12.5 million dollars". Small change like "a £3 coffee"
is not confidential and is left alone."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

_CURRENCY_SIGN = r"[$£€¥₹]"
_CURRENCY_CODE = r"(?:USD|GBP|EUR|AUD|CAD|NZD|CHF|JPY|INR)"
_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
_MAGNITUDE = r"(?:k|K|m|M|mn|mm|bn|BN|b|B|(?i:thousand|million|billion|trillion|grand))"
_CURRENCY_WORD = r"(?i:dollars|pounds|euros|quid|bucks|rupees|yen|sterling|usd|gbp|eur)"


class MoneyRecognizer(GatedRegexRecognizer):
    ORDER = 510
    ENTITY = "MONEY"
    GATE = HAS_DIGIT
    PATTERNS = [
        # "$12.5M", "£40k", "€3,000", "-$2m"
        Pattern("currency sign", rf"{_CURRENCY_SIGN}\s?{_AMOUNT}(?:\s?{_MAGNITUDE}(?![a-zA-Z]))?", 0.75),
        # "USD 3,000", "GBP 1.2m"
        Pattern("currency code before", rf"\b{_CURRENCY_CODE}\s?{_AMOUNT}(?:\s?{_MAGNITUDE}(?![a-zA-Z]))?", 0.75),
        # "12.5 million dollars", "40k pounds", "3,000 euros"
        Pattern("currency word", rf"\b{_AMOUNT}\s?(?:{_MAGNITUDE}\s+)?{_CURRENCY_WORD}\b", 0.75),
        # "3,000 GBP"
        Pattern("currency code after", rf"\b{_AMOUNT}\s?{_MAGNITUDE}?\s?{_CURRENCY_CODE}\b", 0.75),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        amount = match.group()
        has_magnitude = re.search(rf"\d\s?{_MAGNITUDE}", amount) is not None
        number = re.search(_AMOUNT, amount)
        value = float(number.group().replace(",", "")) if number else 0.0
        # a coffee or a bus fare is not confidential; a contract, a fee or a write-down is
        return has_magnitude or value >= 100
