"""How far the only service around reaches: "the only vet for 80 miles", "only pharmacy for 200 km", "one
maternity unit for 80km", "the only two for 80 km", "only GP within 40 miles of ...". Said of the writer's own
post, the distance places them: the lone practice in a stretch of that size is one of a handful in a country,
and the people it serves are the few who live there (a class of remote-place writing, as a small place's size
is in place_size.py). The distance is the span; the rewrite keeps the sense of remoteness ("for miles").

A distance after anything but a lone service is not read: "only walked for 5 km", "the only one who ran 10 km",
"one lap of 5km" (a verb or a clause word between says it is a journey, not what a place has)."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

# Up to three words naming the service ("large-animal vet", "maternity unit", "child psych", "two"); none of them a
# word that starts a clause, and the last (the service's noun) no verb's form, which would make the distance a journey
# ("only ran for 5 km", "only driving for 20 miles"); a noun in -ing before it is fine ("the only nursing home").
_STOP = r"(?!(?:who|that|which|i|we|you|he|she|they|to|and|or|but|is|was|are|were|had|has|have|for|in|within)\b)"
_WORD = rf"{_STOP}[\w'’-]+"
_HEAD = rf"{_STOP}(?![\w'’-]*(?:ed|ing)\b)[\w'’-]+"
_SERVICE = rf"(?:{_WORD}\s+){{0,2}}{_HEAD}"
_HEDGE = r"(?:(?:about|around|over|nearly|almost|like|some|roughly)\s+)?"
_DISTANCE = r"\d{1,3}(?:,\d{3})?\s?(?:km|kms|kilomet(?:re|er)s|miles|mi)"


class ServiceReachRecognizer(GatedRegexRecognizer):
    ORDER = 217
    # a figure, not a place's name: the rewrite keeps "the only vet" and makes the distance vague
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    FLAGS = re.IGNORECASE
    WHY = "How far the only service around reaches tells which remote place the post is from."
    SUGGESTION = "miles"
    PATTERNS = [
        # "only vet for 80km", "the only midwife for 30 miles", "one maternity unit for 80km", "only GP within 40 miles"
        Pattern(
            "the only service for a distance",
            rf"\b(?:only|sole|one)\s+{_SERVICE}\s+(?:for|within|in)\s+{_HEDGE}(?P<span>{_DISTANCE})\b(?![\w-])",
            0.6,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        # "a 5km run", "80km/h": a measure of something else, not the reach
        return not re.match(r"\s*(?:/|per\b|an?\s+hour\b|run\b|walk\b|race\b|ride\b)", text[match.end():], re.I)
