"""Payment card numbers of every issuer, known by the Luhn check digit rather than by the issuer prefix.

Presidio's card recognizer only knows the prefixes of the big networks (Visa 4, Mastercard 51-55,
Amex 34/37, Discover 6011...) at their usual lengths, so Maestro ("6759 8410 3431", 12 digits),
JCB ("2131 6159 4239 298", 15), Diners and 19-digit Visa numbers slip through. Every card number,
whatever the issuer, ends in a Luhn check digit, which a random digit run passes only one time in ten.
So: a run of 12 to 19 digits (in groups split by single spaces or dashes) that passes Luhn is a card
number when the post talks about a card; without that word it needs 13 digits or more, which no phone
number, date or count in a post has.
"""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer

_CARD_WORDS = re.compile(r"\b(?:card|cards|credit|debit|visa|mastercard|amex|maestro|jcb|diners|discover|cc)\b", re.I)


def luhn_valid(digits: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if k % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


class CardNumberRecognizer(GatedRegexRecognizer):
    ORDER = 60
    ENTITY = "CREDIT_CARD"
    WHY = "A card number is confidential financial data."
    # four digits in a row somewhere: every card number has them, most posts do not
    GATE = re.compile(r"\d{4}")
    PATTERNS = [Pattern("12 to 19 digits", r"(?<![\w.,/:+-])\d(?:[ -]?\d){11,18}(?![\w/]|[.,:-]\d)", 0.6)]

    def accept(self, match: re.Match, text: str) -> bool:
        number = match.group()
        digits = number.replace(" ", "").replace("-", "")
        if not luhn_valid(digits):
            return False
        # groups of 3 or more digits only ("1 2 3 4 ..." is a list, not a card)
        if any(len(g) < 3 for g in re.split(r"[ -]", number)):
            return False
        if len(digits) >= 13:
            return True
        return bool(_CARD_WORDS.search(text[max(0, match.start() - 60) : match.start()]))
