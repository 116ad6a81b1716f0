"""Capitalised words owning what only a company has: "Globex's CEO", "Initech's staff",
"Hooli's headquarters", "Pied Piper's shareholders"."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer
from ..support.companies import COMPANY_WORD
from ..support.lexicon import FUNCTION_WORDS

_LEADING_ARTICLES = frozenset({"the", "a", "an", "our", "my", "your", "their", "this", "that"})


class CompanyPossessiveRecognizer(RegexRecognizer):
    ORDER = 950
    TEXT_ONLY = True
    ENTITY = "ORGANIZATION"
    WHY = "A company with a CEO, staff or shareholders is an employer or client someone can be traced to."
    PATTERNS = [
        Pattern(
            "company and its staff",
            rf"\b(?P<span>{COMPANY_WORD}(?:[ \t]+{COMPANY_WORD}){{0,2}})['’]s[ \t]+(?i:(?:new|former|current|interim)[ \t]+)?"
            r"(?i:CEO|CTO|CFO|COO|founders?|co-founders?|chairman|chairwoman|staff|employees|workforce|"
            r"headquarters|HQ|board\s+of\s+directors|shareholders|investors|share\s+price|IPO|layoffs|"
            r"subsidiar(?:y|ies))\b",
            0.6,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        words = match.group("span").split()
        first = words[0]
        if first.lower() in FUNCTION_WORDS or first.lower() in _LEADING_ARTICLES or lexicon.is_not_a_name(first):
            return False  # "Today's staff meeting", "The company's CEO", "Monday's board"
        # "Yesterday's staff party": an everyday word starting the sentence is no company
        at_start = not text[: match.start()].strip() or text[: match.start()].rstrip()[-1] in ".!?:\n"
        return not (len(words) == 1 and at_start and lexicon.is_ordinary_word(first))

