""" "St Mary's", "St. Thomas'": on its own a saint's name almost always names a hospital, school or church
near the writer."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer


class SaintPlaceRecognizer(GatedRegexRecognizer):
    ORDER = 230
    ENTITY = "FACILITY"
    GATE = re.compile(r"S(?:t|aint)\b")
    PATTERNS = [Pattern("saint", r"\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:['’]s\b|s['’](?!\w))", 0.75)]
