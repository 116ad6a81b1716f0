"""Numbered roads, where an incident or a home is: "came off his motorbike on the A64", "stuck on the
M62", "off I-95", "Route 66". Only after a word that puts something on or near the road, so paper sizes
("an A4 sheet"), vitamins ("B12") and screws ("M5") are left alone."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


_INCIDENTS = r"(?i:pile-?ups?|crash(?:es)?|collisions?|accidents?|smash|closures?|tailbacks?|incidents?)"


class RoadNumberRecognizer(GatedRegexRecognizer):
    ORDER = 820
    ENTITY = "LOCATION"
    WHY = "A numbered road, with other details, narrows down where this happened."
    SUGGESTION = "a main road"
    GATE = HAS_DIGIT
    _ON = r"\b(?i:on|off|along|onto|down|up|near|via|from|joined|join|took|take|closed|crash\s+on|accident\s+on)\s+"
    _NOT_A_ROAD_AFTER = r"(?!\s+(?i:paper|sheets?|size|pages?|envelopes?|folders?|format|forms?|visa|status|documents?))"
    PATTERNS = [
        Pattern("on the A64", rf"{_ON}the\s+(?P<span>[AMB]\d{{1,4}}(?:\(M\))?)(?![\w-]){_NOT_A_ROAD_AFTER}", 0.6),
        Pattern("on I-95", rf"{_ON}(?P<span>I-\d{{1,3}})(?![\w-]){_NOT_A_ROAD_AFTER}", 0.6),
        Pattern("Route 66", r"(?<![\w-])(?P<span>(?:Route|Highway|Hwy|Interstate)\s+\d{1,4})(?![\w-])", 0.6),
        # "That M6 pile-up", "the A64 crash": a road named by what happened on it
        Pattern("an incident on the M6", rf"\b(?P<span>[AM]\d{{1,4}}(?:\(M\))?)\s+(?:{_INCIDENTS})\b", 0.6),
        # "near junction 14", "at J14" on a motorway the post names
        Pattern("junction", r"\b(?P<span>(?i:junction|jct|jcn)\s+\d{1,2}[a-z]?|J\d{1,2}[a-z]?)\b", 0.55),
    ]

    _MOTORWAY = re.compile(r"\b(?:M\d{1,3}|A\d{1,4}\(M\)|I-\d{1,3})\b")

    def accept(self, match: re.Match, text: str) -> bool:
        # a junction number says where only on a motorway the post names ("junction 14" alone is anywhere)
        if match.group("span")[0] in "Jj" and self._MOTORWAY.search(text) is None:
            return False
        return True

