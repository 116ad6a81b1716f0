"""Places the statistical model misses.

spaCy finds "Bristol" and "Lisbon", and ``names.ProperNounNameRecognizer`` takes unknown capitalised
words after "in", "from" or "to" as places ("moved here from Fortaleza"). What is left is the town
written in capitals, as on an envelope or a form: "flew to RYSSBY", "grew up in ΑΛΑΣΣΑ", "in STAVANGER",
and numbered roads ("on the A64", "off I-95").
Acronyms ("in ICU", "at CAMHS", "from HR") are not places: the word must be long enough and
pronounceable (at least two vowels), and not a dictionary word.
"""

from __future__ import annotations

import re

from . import lexicon
from .base import RegexRecognizer
from .gated import HAS_DIGIT, GatedRegexRecognizer

_UPPER_WORD = r"(?=[^\W\d_a-zß-ÿ])[^\W\d_a-zß-ÿ]{4,}"
_VOWELS = re.compile(r"[AEIOUYÄÖÜÅØÆÉÈÊÁÀÍÓÚÕÂÔÎΑΕΗΙΟΥΩАЕИОУЫЭЮЯ]")


class CapitalisedPlaceRecognizer(RegexRecognizer):
    TEXT_ONLY = True
    ENTITY = "LOCATION"
    WHY = "A named place narrows down who this is about."
    PATTERNS = [
        (
            r"\b(?i:in|at|to|from|near|into|outside|around|visiting|arrived\s+at|flew\s+to|moved\s+to|"
            rf"lives\s+in|grew\s+up\s+in|born\s+in|(?:home\s+)?(?:city|town|village)(?:\s+of)?|where:)\s+(?P<span>{_UPPER_WORD}(?:[\s-]{_UPPER_WORD})?)\b",
            0.6,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        words = re.split(r"[\s-]", match.group("span"))
        return all(len(_VOWELS.findall(w)) >= 2 and not lexicon.is_ordinary_word(w) for w in words)


class RoadNumberRecognizer(GatedRegexRecognizer):
    """Numbered roads, where an incident or a home is: "came off his motorbike on the A64", "stuck on
    the M62", "off I-95", "Route 66". Only after a word that puts something on or near the road, so
    paper sizes ("an A4 sheet"), vitamins ("B12") and screws ("M5") are left alone."""

    ENTITY = "LOCATION"
    WHY = "A numbered road, with other details, narrows down where this happened."
    SUGGESTION = "a main road"
    GATE = HAS_DIGIT
    _ON = r"\b(?i:on|off|along|onto|down|up|near|via|from|joined|join|took|take|closed|crash\s+on|accident\s+on)\s+"
    _NOT_A_ROAD_AFTER = r"(?!\s+(?i:paper|sheets?|size|pages?|envelopes?|folders?|format|forms?|visa|status|documents?))"
    PATTERNS = [
        (rf"{_ON}the\s+(?P<span>[AMB]\d{{1,4}}(?:\(M\))?)(?![\w-]){_NOT_A_ROAD_AFTER}", 0.6),
        (rf"{_ON}(?P<span>I-\d{{1,3}})(?![\w-]){_NOT_A_ROAD_AFTER}", 0.6),
        (r"(?<![\w-])(?P<span>(?:Route|Highway|Hwy|Interstate)\s+\d{1,4})(?![\w-])", 0.6),
    ]
