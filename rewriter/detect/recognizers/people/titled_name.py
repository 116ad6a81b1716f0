"""Names after a courtesy or professional title: "Dr. Okafor", "Mrs. Abernathy", "mr patel", "Prof Chen"."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.famous_names import famous_person
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import CAPITALISED_WORD, NAME_TITLES, PARTICLE, PARTICLES, WORD, PersonRegexRecognizer

# Titles after which even a lowercase dictionary word is a surname ("mr patel", "dr house").
_SHORT_TITLES = ("dr", "mr", "mrs", "ms", "mx", "miss", "prof")
_TITLE = "|".join(sorted(NAME_TITLES))


class TitledNameRecognizer(PersonRegexRecognizer):
    ORDER = 700
    WHY = "A title followed by a name identifies a person."
    PATTERNS = [
        Pattern(
            "title and name",
            rf"\b(?i:{_TITLE})\b\.?\s+(?P<span>{WORD}(?:\s+(?:{PARTICLE}\s+)?{CAPITALISED_WORD}){{0,2}})",
            # above spaCy's 0.85: a title is strong evidence, and the model calls "Mr Okafor" a place
            0.9,
        ),
    ]

    def trim(self, text, start, end, doc, starts):
        first = re.match(WORD, text[start:end])
        title = re.search(r"(\w+)\.?\s*$", text[max(0, start - 12) : start])
        strict = title is not None and title.group(1).lower() in _SHORT_TITLES
        if first and not first.group()[0].isupper() and not strict:
            return start, start
        if first and not first.group()[0].isupper() and title.group(1).isupper():
            return start, start  # "with MS last week": a title in capitals before a word in lower case is an acronym
        if first and first.group().lower() not in FUNCTION_WORDS and not first.group()[0].isupper():
            # "mr patel": after a title even a dictionary word is a surname, but only that word
            return start, start + first.end()
        start, end = super().trim(text, start, end, doc, starts)
        if famous_person(text, start, end, text[start:end]):
            return start, start  # "a photo of Sir Edmund Hillary": a famous person, not one the writer knows
        # after the title, a second and third word belong to the name only when capitalised
        words = list(re.finditer(WORD, text[start:end]))
        for k, w in enumerate(words[1:], 1):
            if not w.group()[0].isupper() and w.group().lower() not in PARTICLES:
                return start, start + words[k - 1].end()
            if re.search(r"['’]s$", words[k - 1].group()):
                return start, start + words[k - 1].end()  # "Mrs Pemberton's BP": the name ends at its possessive
        return start, end
