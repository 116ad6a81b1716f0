"""A name at the start of a sentence or line, known by what follows it: "Timotea lives on...", "Danial,
can I please...", a transcript's speaker label "Ella: What a wife.". The word must not be a dictionary
word unless the tagger calls it a proper noun, so "Date:", "However, can..." are no names."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.base import Pattern
from ..support.doc_tokens import is_proper, token_at
from ..support.lexicon import FUNCTION_WORDS
from ..support.public import is_public_mention
from ..support.names import CAPITALISED_WORD, WORD, PersonRegexRecognizer

# The start of a line (after list or quote marks) or of a sentence.
_START = r"(?:^[ \t>*-]*|(?<=[.!?]\s)|(?<=[.!?]\s\s))"


class SentenceSubjectNameRecognizer(PersonRegexRecognizer):
    ORDER = 760
    WHY = "The way this word is used shows it is someone's name."
    FLAGS = re.MULTILINE
    PATTERNS = [
        Pattern(
            "lives or works somewhere",
            rf"{_START}(?P<span>{CAPITALISED_WORD})\s+(?:lives|lived|works|worked|stays|stayed|moved)\s+(?:in|on|at|for|with|to)\b",
            0.6,
        ),
        Pattern(
            "addressed",
            rf"{_START}(?P<span>{CAPITALISED_WORD}),\s+(?:can|could|would|will|please|are|do|did|have|is|was|I|you|we|thanks|thank)\b",
            0.55,
        ),
        Pattern("speaker label", rf"^[ \t>*-]*(?P<span>{WORD})(?=[ \t]*:[ \t]*\S)", 0.55),
    ]

    # What follows a contact-card label, not speech: "Mobile:723 813 266", "Work: +44 ...", "Home: a@b.com".
    _CONTACT_VALUE = re.compile(r"[ \t]*:[ \t]*(?:[\d+(]|\S*@|(?i:https?:|www\.))")

    def trim(self, text, start, end, doc, starts):
        word = text[start:end]
        if lexicon.is_not_a_name(word) or word.lower() in FUNCTION_WORDS:
            return start, start
        if is_public_mention(text, start, end, "PERSON"):
            return start, start  # "Lagos, I'm coming home!": a big city spoken to
        if (word.islower() or lexicon.is_ordinary_word(word)) and self._CONTACT_VALUE.match(text, end):
            return start, start  # "Mobile:", "ph:" before a number or address: a field name, not a speaker
        if lexicon.is_ordinary_word(word):
            tok = token_at(doc, starts, start) if doc is not None else None
            if tok is None or len(text) - end < 2 or not is_proper(tok):
                return start, start
        return start, end
