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
from .age import _THINGS, _about_own_family
from .age_in_context import _BIRTHDAY

# What may follow "turning sixteen" for it to be an age: the end of the clause, "years", or when it falls
_TURNED_END = (
    r"(?=\s*(?:years?|yrs?)\b|\s*[.,;:!?)\]]|\s*$|\s*[^\w\s]|\s+(?:today|tomorrow|tmrw|yesterday|this|last|next|on|in|"
    r"and|but|so|soon|recently|when|lol|now|already)\b)"
)


class AgeInWordsRecognizer(GatedRegexRecognizer):
    ORDER = 105
    ENTITY = "AGE"
    GATE_WORDS = ("old", "young", "aged", "turn", "today", "🎂", "🥳", "🎉", "🎈")
    FLAGS = re.IGNORECASE
    PATTERNS = [
        # "ninety-four-year-old", "ninety four yr old", "eighty-seven years old", "a hundred and one years young"
        Pattern("years old in words", rf"{NUMBER_IN_WORDS}[\s-]*(?:years?|yrs?)[\s-]*(?:old|young)\b", 0.8),
        # "aged ninety-one", "aged eighty seven"
        Pattern("aged in words", rf"\baged\s+{NUMBER_IN_WORDS}", 0.75),
        # "turning sixteen on Saturday", "just turned eighty-one.": a birthday told in words, as "turned 60" is in
        # figures (age.py), ending the clause or followed by when ("turned one corner" is no age)
        Pattern("turned in words", rf"\bturn(?:ed|s|ing)\s+{NUMBER_IN_WORDS}{_TURNED_END}", 0.75),
        # "🎂 ninety-five!": an age cried out right after a birthday's sign, as "89 today 🎂" is in figures
        # (age_in_context.py); "is ninety-five today", ", ninety-one today!": the birthday's age told by its day, in a
        # post that speaks of a birthday (accept)
        Pattern("birthday sign, age in words", rf"[🎂🥳🎉🎈]\s*(?P<span>{NUMBER_IN_WORDS})(?=\s*!)", 0.75),
        Pattern("age in words today", rf"(?:[,(—–]\s*|\s-\s|\b(?:is|she['’]s|he['’]s)\s+)(?P<span>{NUMBER_IN_WORDS})\s+today\b", 0.7),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        years = value_of(match.group())
        if years is None or years > 120:
            return False
        if match.re.pattern == self.PATTERNS[-1].regex and (years < 2 or not _BIRTHDAY.search(text)):
            return False  # "the queue was forty today": a count, in a post with no birthday
        if match.group().lower().startswith("turn"):
            # "it turned one" is as often a year of a shop or a blog; "the shop turns ten" is an anniversary
            if years < 2 or re.search(rf"\b{_THINGS}\s+(?:\w+\s+)?$", text[max(0, match.start() - 24) : match.start()]):
                return False
        return not _about_own_family(text, match.start(), match.group())
