"""A ward, wing or unit by its own name, the noun in lowercase: "on C wing at Tregarth", "our SO on B hall",
"Sister Campbell on Maple ward", "what happened on Ash wing", "the Rowan unit". Hospitals, prisons and care
homes name their wards and wings after trees, birds and letters, and a colleague knows at once which one;
named_facility.py reads the capitalised forms ("Maple Ward"), numbered_room.py the numbered ones ("Ward 7").

Two shapes, after "on", "in", "at", "to", "from" or "off" (and perhaps "the"):
- a capital letter and a wing, hall, block, landing or spur, as prisons and big hospitals letter them;
- a capitalised word and a ward, wing or unit, mid-sentence, when the word does not say what kind of unit
  it is ("the Spinal unit", "Dementia ward", "the East wing": rewriter/data/unit_kind_words.txt and
  generic_facility_words.txt) and is no acronym ("the ICU unit")."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer

_KIND_WORDS = frozenset(w.lower() for w in vocab.words("unit_kind_words") | vocab.words("generic_facility_words"))


class NamedUnitRecognizer(GatedRegexRecognizer):
    ORDER = 228
    ENTITY = "FACILITY"
    SUGGESTION = "a ward"
    GATE_WORDS = ("ward", "wing", "unit", "hall", "block", "landing", "spur")
    PATTERNS = [
        Pattern(
            "lettered wing",
            r"\b(?i:on|in|at|to|from|off|onto)\s+(?:the\s+)?(?P<span>[A-HJ-Z]\s+(?:wing|hall|block|landing|spur|unit))\b",
            0.7,
        ),
        Pattern(
            "named ward",
            r"\b(?i:on|in|at|to|from|off|onto)\s+(?:the\s+)?(?P<span>[A-Z][a-z]{2,}\s+(?:ward|wing|unit|Unit|Wing))\b",
            0.65,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        name = match.group("span").split()[0]
        if len(name) == 1:
            return True
        low = name.lower()
        return low not in _KIND_WORDS and not lexicon.is_not_a_name(name) and not low.endswith(("al", "ic", "ary"))
