"""Customer and user counts: "2,300 customers", "40k users" (three digits or more; "3 siblings" is no
business figure)."""

from __future__ import annotations

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


class CustomerCountRecognizer(GatedRegexRecognizer):
    ORDER = 530
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    PATTERNS = [
        Pattern(
            "count and customers",
            r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s?[kKmM])\s+"
            r"(?:(?i:new|active|paying|enterprise|monthly|daily|existing|loyal|b2b|retail|trial)\s+){0,2}"
            r"(?i:customers|clients|users|subscribers|accounts|employees|staff|seats|licen[cs]es|stores|sites|"
            r"downloads|orders|members|installs|sign-?ups|deals|contracts|units|shipments|partners|"
            r"MAUs?|DAUs?)\b",
            0.65,
        ),
    ]
