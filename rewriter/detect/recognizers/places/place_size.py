"""The size of a small place, which tells which one it is: "a town of 3,000", "village of about 600",
"(pop 600)", "(population about 60)", "a school of 85 kids", "my class of 14". A place of a few hundred
or a few thousand people is a handful of candidates; a city of millions is not (over 100,000 is left).
The size is the span, and the rewrite says its order only ("a town of a few thousand")."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

_ABOUT = r"(?:(?:about|around|roughly|approx\.?|like|only|just|maybe|barely|under|~)\s*)?"
_SIZE = r"(?P<size>\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d)?(?:\s?[kK](?![a-z]))?)(?![\d,.]\d)"


class PlaceSizeRecognizer(GatedRegexRecognizer):
    ORDER = 215
    # a figure, not a place's name: the rewrite keeps the place's noun and drops its size ("a small town")
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    FLAGS = re.IGNORECASE
    PATTERNS = [
        # "a town of 3,000", "village of about 600", "an island of 400 people", "a school of 90"
        Pattern(
            "place of a number",
            rf"\b(?P<kind>town|village|hamlet|island|community|parish|settlement|school|class|year\s+group|cohort)"
            rf"\s+of\s+(?P<span>{_ABOUT}{_SIZE})\b",
            0.6,
        ),
        # "(pop 600)", "(pop. 600)", "(population about 60)", "pop like 900"
        Pattern("population", rf"\b(?P<kind>pop(?:ulation|\.)?)\s*(?:of\s+)?:?\s*(?P<span>{_ABOUT}{_SIZE})\b", 0.6),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        number = _number(match.group("size"))
        kind = match.group("kind").lower()
        # "a class of 30" is any class; a small one or a small school singles it out; a city is public
        limit = {"class": 20, "year group": 40, "cohort": 40, "school": 400}.get(kind, 100_000)
        return 2 <= number <= limit

    def result(self, start, end, score, matched, **meta):
        return super().result(start, end, score, matched, suggestion=order_of(_number(matched)), **meta)


def _number(text: str) -> float:
    size = re.search(r"\d[\d,.]*\s?[kK]?", text).group().replace(",", "").replace(" ", "").lower()
    return float(size[:-1]) * 1000 if size.endswith("k") else float(size)


def order_of(number: float) -> str:
    """A size said by its order only: 14 -> "a dozen or so", 600 -> "a few hundred", 3,000 -> "a few thousand"."""
    if number < 25:
        return "a dozen or so"
    if number < 100:
        return "a few dozen"
    if number < 1000:
        return "a few hundred"
    if number < 10_000:
        return "a few thousand"
    return "tens of thousands"
