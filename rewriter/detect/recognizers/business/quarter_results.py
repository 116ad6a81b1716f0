"""Results by period: "Q4 numbers", "FY24 revenue", "H1 results"."""

from __future__ import annotations

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


class QuarterResultsRecognizer(GatedRegexRecognizer):
    ORDER = 540
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    PATTERNS = [
        Pattern(
            "period and results",
            r"\b(?:Q[1-4]|H[12]|FY\s?(?:\d{2}|\d{4})|(?i:first|second|third|fourth)[\s-](?i:quarter))"
            r"(?:\s+(?:19|20)\d{2})?\s+(?i:numbers|results|figures|revenue|earnings|sales|forecast|targets?|"
            r"guidance|report|pipeline|bookings|profits?|losses|margins?|plans?|roadmap|launch|layoffs|"
            r"restructuring|headcount)\b",
            0.6,
        ),
    ]
