"""Numbered roads, where an incident or a home is: "came off his motorbike on the A64", "stuck on the
M62", "off I-95", "Route 66". Only after a word that puts something on or near the road, so paper sizes
("an A4 sheet"), vitamins ("B12") and screws ("M5") are left alone."""

from __future__ import annotations

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


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
    ]
