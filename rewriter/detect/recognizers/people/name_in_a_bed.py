"""Names placed in a bed, bay or room: "Dolores Smith in bed 3 is nil by mouth", "Mr and Mrs Kay in
room 12": whoever lies in a numbered bed is someone served, however common the words of their name."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support import lexicon
from ..support.names import CAPITALISED_WORD, WORD, PersonRegexRecognizer

# the numbered places people are put in: the same as the numbered room rule's, for people
_PLACE = r"(?i:bed|bay|cubicle|side\s+room|room|cell|cot|chair)\s*\d"


class NameInABedRecognizer(PersonRegexRecognizer):
    ORDER = 745
    WHY = "Someone named as lying in a numbered bed or room is someone served."
    PATTERNS = [
        Pattern(
            "name in a bed",
            rf"(?<![\w'’-])(?P<span>{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD})?)\s+(?i:in|on|from)\s+{_PLACE}",
            0.7,
        ),
    ]

    def trim(self, text, start, end, doc, starts):
        start, end = super().trim(text, start, end, doc, starts)
        words = re.findall(WORD, text[start:end])
        # "Patient in bed 5", "Gran in bed 2": an everyday word is what the person is, not who, unless it
        # is also a given name ("Grace in bay 2", "Dolores Smith in bed 3")
        if words and lexicon.is_ordinary_word(words[0]) and not lexicon.is_listed_as_name(words[0]):
            return start, start
        return start, end
