"""Ages written out in words: "a ninety-four-year-old gentleman on the ward", "Eighty seven yr old Bernard",
"aged ninety-one", "a hundred and one years young". The same detail as "94-year-old" in figures, which the age
recognizer (age.py) finds; its check for the writer's own family ("my nan, ninety-four years old") holds here
too. Counts in words that are not ages ("ninety years of the club", "a hundred years ago") carry no "old",
"young" or "aged" and are left."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer
from ..support.number_words import NUMBER_IN_WORDS, value_of
from .age import _about_own_family


class AgeInWordsRecognizer(GatedRegexRecognizer):
    ORDER = 105
    ENTITY = "AGE"
    GATE_WORDS = ("old", "young", "aged")
    FLAGS = re.IGNORECASE
    PATTERNS = [
        # "ninety-four-year-old", "ninety four yr old", "eighty-seven years old", "a hundred and one years young"
        Pattern("years old in words", rf"{NUMBER_IN_WORDS}[\s-]*(?:years?|yrs?)[\s-]*(?:old|young)\b", 0.8),
        # "aged ninety-one", "aged eighty seven"
        Pattern("aged in words", rf"\baged\s+{NUMBER_IN_WORDS}", 0.75),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        years = value_of(match.group())
        if years is None or years > 120:
            return False
        return not _about_own_family(text, match.start(), match.group())
