"""Names placed in a bed, bay or room: "Dolores Smith in bed 3 is nil by mouth", "Mr and Mrs Kay in
room 12": whoever lies in a numbered bed is someone served, however common the words of their name."""

from __future__ import annotations

import re

from .... import vocab
from ..support.base import Pattern
from ..support import lexicon
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import CAPITALISED_WORD, WORD, PersonRegexRecognizer
from .word_name import WORD_NAMES

# what goes round a unit without being anyone: "Norovirus on the dementia unit closed the doors"
_CONDITIONS = vocab.words("health_conditions") | vocab.words("review_health_conditions")
_ON_THE = re.compile(r"\s+(?i:on|from)\s+(?i:the)\b")

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
        # Issue 10 (a private name in a form we miss): a resident or patient known by the part of the care
        # place they live on, opening the sentence, then what they did: "Hope on the dementia unit called me
        # 'mum'", "Dolly on the second floor at Fernbrook Court turned 90". The part of the place and the
        # verb after (a person's act: "closed", "spread" are not) say the word is someone, even a first name
        # that is a word ("Hope") the other rules leave as a word.
        Pattern(
            "name on a unit",
            rf"(?:^|(?<=[.!?])\s+|(?<=\n)|(?<=[.!?][)\"'’”])\s+)(?P<span>{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD})?)\s+(?i:on|from)\s+"
            r"(?i:the)\s+(?:[\w-]+\s+){0,2}?(?i:unit|ward|floor|wing|landing|corridor)\b"
            r"(?:\s+(?i:at|in)(?:\s+[A-Z][\w'’-]*){1,3}?)?\s+(?=(?:just\s+|still\s+|always\s+)?(?:told|said|asked|gave|sang|held|keeps|"
            r"thinks|turned|turns|called|calls|wants|loves|asks|tells|says|cried|laughed|smiled|danced|hugged|refused|"
            r"insisted|demanded|remembered|recogni[sz]ed|passed|died)\b)",
            0.65,
        ),
    ]

    def trim(self, text, start, end, doc, starts):
        if _ON_THE.match(text, end):
            # on a unit: a word ("Hope") only if it is a first name common enough to be read as one; no
            # plural or thing ("Nurses on the ward said", "Norovirus on the unit closed the doors")
            words = re.findall(WORD, text[start:end])
            if not words or words[0].lower() in FUNCTION_WORDS or lexicon.is_not_a_name(words[0]) or (
                words[0].lower() in _CONDITIONS) or (
                lexicon.is_ordinary_word(words[0]) and words[0].lower() not in WORD_NAMES
                and not lexicon.is_listed_as_name(words[0])
            ):
                return start, start
        start, end = super().trim(text, start, end, doc, starts)
        words = re.findall(WORD, text[start:end])
        if words and words[0].lower() in WORD_NAMES and _ON_THE.match(text, end):
            return start, end
        # "Patient in bed 5", "Gran in bed 2": an everyday word is what the person is, not who, unless it
        # is also a given name ("Grace in bay 2", "Dolores Smith in bed 3")
        if words and lexicon.is_ordinary_word(words[0]) and not lexicon.is_listed_as_name(words[0]):
            return start, start
        return start, end
