"""Amounts of money: "$12.5M", "£40k", "€3,000", "12.5 million dollars". Small change like "a £3 coffee"
is not confidential and is left alone."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

_CURRENCY_SIGN = r"(?:[$£€¥₹₦₱₵₩₺]|GH₵)"
# ISO 4217 codes of the currencies of the Englishes people write in
_CURRENCY_CODE = (r"(?:USD|GBP|EUR|AUD|CAD|NZD|CHF|JPY|INR|SGD|HKD|MYR|ZAR|NGN|KES|GHS|UGX|TZS|ZMW|PHP|PKR|LKR|BDT|"
                  r"AED|SAR|JMD|TTD|BWP|MWK|EGP)")
# Local signs written as letters before the amount: ringgit, rupees, Kenyan and Ugandan shillings, rand
# Signs of currencies whose unit is small change: an amount needs a magnitude or five figures to matter
_WEAK_SIGN = r"(?:[₦₱₵₩₺]|GH₵|RM|Rs\.?|KSh|Ksh|USh|R(?=\d))"
_LOCAL_SIGN = r"(?:RM|Rs\.?|KSh|Ksh|USh|R(?=\d))"
_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
_MAGNITUDE = r"(?:k|K|m|M|mn|mm|bn|BN|b|B|(?i:thousand|million|billion|trillion|grand|lakhs?|crores?))"
_CURRENCY_WORD = r"(?i:dollars|pounds|euros|quid|bucks|rupees|yen|sterling|usd|gbp|eur)"


class MoneyRecognizer(GatedRegexRecognizer):
    ORDER = 510
    ENTITY = "MONEY"
    GATE = HAS_DIGIT
    PATTERNS = [
        # "$12.5M", "£40k", "€3,000", "-$2m"
        Pattern("currency sign", rf"{_CURRENCY_SIGN}\s?{_AMOUNT}(?:\s?{_MAGNITUDE}(?![a-zA-Z]))?", 0.75),
        # "RM480k", "Rs 40 lakh", "KSh 2.5m", "R1.2m"
        Pattern("local currency sign", rf"\b{_LOCAL_SIGN}\s?{_AMOUNT}(?:\s?(?:{_MAGNITUDE}|(?i:lakh|lakhs|crore|crores))(?![a-zA-Z]))?", 0.75),
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
        if re.match(_WEAK_SIGN, amount):
            # a naira, a peso or a rupee is small change: "paid ₦500 for suya", "Rs 200 chai"
            return has_magnitude or value >= 10_000
        return has_magnitude or value >= 100
