"""Hospitals known by a place and "General": "the whole team at Mass General", "transferred to Leeds
General". Only after a word that puts someone there, and never a title ("Attorney General", "Surgeon
General", "Secretary General")."""

from __future__ import annotations

from .... import vocab
from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer
from ..support.names import PLACE_NAME_WORD


class GeneralHospitalRecognizer(GatedRegexRecognizer):
    ORDER = 220
    ENTITY = "FACILITY"
    WHY = "A named hospital narrows down who this is about."
    SUGGESTION = "a local hospital"
    GATE_WORDS = ("general",)
    PATTERNS = [
        Pattern(
            "place and General",
            r"\b(?i:at|to|from|in|into|outside|left|joined|admitted\s+to|transferred\s+to|moved\s+to)\s+(?:the\s+)?"
            rf"(?P<span>(?!{vocab.alternation('titles_before_general')}\b)(?:{PLACE_NAME_WORD}\s+){{1,2}}General)\b"
            r"(?!\s+(?:Hospital|Infirmary|Practice|Practitioner|Election|Assembly|Manager|Store|Public|Knowledge))",
            0.8,
        ),
    ]
