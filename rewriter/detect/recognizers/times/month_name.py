"""A month said as when something happens: "Trial's in May", "drops in Sept", "being sold to MedCo in
March", "until next June", "by April". Not a month without a word that makes it a date ("May's room",
"May the force be with you"). Beside a case, a deal or a launch it dates the real event; alone in a post
about the writer's own life the detector drops it with the other lone times."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.calendar import MONTH
from ..support.gated import GatedRegexRecognizer


class MonthNameRecognizer(GatedRegexRecognizer):
    ORDER = 415
    ENTITY = "DATE_TIME"
    # a month's name has one of these in it: a cheap look before the pattern
    GATE = re.compile(r"(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
    PATTERNS = [
        Pattern(
            "preposition and month",
            rf"\b(?i:in|by|from|until|till|since|before|after|during|next|last|this|early|late|mid|end\s+of|"
            rf"start\s+of|beginning\s+of|(?:in|by|until)\s+(?:early|late|mid))[\s-]+{MONTH}(?![\w'’])",
            0.6,
        ),
    ]
