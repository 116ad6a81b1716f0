"""Law-firm and partnership names: "Henderson, Hicks and Brown", "Barnett, Melton & Garcia"."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer
from ..support.companies import COMPANY_WORD


class PartnershipNameRecognizer(RegexRecognizer):
    ORDER = 910
    TEXT_ONLY = True
    ENTITY = "ORGANIZATION"
    WHY = "A firm's name can reveal a client, employer or customer."
    PATTERNS = [Pattern("A, B and C", rf"(?P<span>\b{COMPANY_WORD},\s+{COMPANY_WORD},?\s+(?:and|&)\s+{COMPANY_WORD})", 0.7)]

    def accept(self, match: re.Match, text: str) -> bool:
        words = re.findall(r"[^\W\d_][\w'’\-]*", match.group("span"))
        names = [w for w in words if w != "and"]
        return not any(lexicon.is_not_a_name(w) for w in names) and any(not lexicon.is_ordinary_word(w) for w in names)
