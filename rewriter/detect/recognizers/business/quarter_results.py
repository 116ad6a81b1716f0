"""Results by period: "Q4 numbers", "FY24 revenue", "H1 results"."""

from __future__ import annotations

import re

from ..support import public
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


class QuarterResultsRecognizer(GatedRegexRecognizer):
    ORDER = 540
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    PATTERNS = [
        Pattern(
            "period and results",
            r"\b(?:Q[1-4]|H[12]|FY\s?(?:\d{2}|\d{4})|(?i:first|second|third|fourth)[\s-](?i:quarter))"
            r"(?:\s+(?:19|20)\d{2})?\s+(?i:numbers|results|figures|revenue|earnings|sales|forecast|targets?|"
            r"guidance|report|pipeline|bookings|profits?|losses|margins?|plans?|roadmap|launch|layoffs|"
            r"restructuring|headcount)\b",
            0.6,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        # "Tesla's Q3 numbers came out", "Apple's published Q2 results": a listed company's results are
        # public news; "our Q3 numbers", "Globex's Q3 numbers" are not
        owner = _OWNER_BEFORE.search(text, max(0, match.start() - 40), match.start())
        return owner is None or owner.group("name") not in public.BRANDS


# The company whose results they are, just before: "Tesla's", "Apple's published".
_OWNER_BEFORE = re.compile(r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s\s+(?:[a-z]+\s+)?$")
