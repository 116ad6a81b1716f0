"""Towns written in capitals, as on an envelope or a form: "flew to RYSSBY", "grew up in ΑΛΑΣΣΑ", "in
STAVANGER". spaCy finds "Bristol" and "Lisbon", and the proper-noun recognizer takes unknown capitalised
words after "in", "from" or "to" as places; capitals defeat both. Acronyms ("in ICU", "at CAMHS", "from
HR") are not places: the word must be long enough and pronounceable (at least two vowels), and not a
dictionary word. A brand or a public body in capitals is no town ("from IKEA", "at AIIMS")."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer
from ..support.public import BRANDS, PUBLIC_BODIES, public_act_by_acronym

_UPPER_WORD = r"(?=[^\W\d_a-zß-ÿ])[^\W\d_a-zß-ÿ]{4,}"
_VOWELS = re.compile(r"[AEIOUYÄÖÜÅØÆÉÈÊÁÀÍÓÚÕÂÔÎΑΕΗΙΟΥΩАЕИОУЫЭЮЯ]")


class CapitalisedPlaceRecognizer(RegexRecognizer):
    ORDER = 810
    TEXT_ONLY = True
    ENTITY = "LOCATION"
    WHY = "A named place narrows down who this is about."
    PATTERNS = [
        Pattern(
            "place word and town in capitals",
            r"\b(?i:in|at|to|from|near|into|outside|around|visiting|arrived\s+at|flew\s+to|moved\s+to|"
            rf"lives\s+in|grew\s+up\s+in|born\s+in|(?:home\s+)?(?:city|town|village)(?:\s+of)?|where:)\s+(?P<span>{_UPPER_WORD}(?:[\s-]{_UPPER_WORD})?)\b",
            0.6,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        if match.group("span") in BRANDS or match.group("span") in PUBLIC_BODIES:
            return False  # "from IKEA and B&M", "at AIIMS": a brand or a body, which the spaCy and public rules judge
        if public_act_by_acronym(text, match.start("span"), match.end("span"), match.group("span")):
            return False  # "thanks to ICAN for the webinar": a body by its acronym, doing a public thing
        words = re.split(r"[\s-]", match.group("span"))
        return all(len(_VOWELS.findall(w)) >= 2 and not lexicon.is_ordinary_word(w) for w in words)
