"""Law-firm and partnership names: "Henderson, Hicks and Brown", "Barnett, Melton & Garcia"."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer
from ..support.companies import COMPANY_WORD
from ..support.public import BRANDS

# A part of the run and the capitalised word after it, for a brand of two words cut by the pattern ("Max [Mara]").
_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’&-]*)")


class PartnershipNameRecognizer(RegexRecognizer):
    ORDER = 910
    TEXT_ONLY = True
    ENTITY = "ORGANIZATION"
    WHY = "A firm's name can reveal a client, employer or customer."
    PATTERNS = [Pattern("A, B and C", rf"(?P<span>\b{COMPANY_WORD},\s+{COMPANY_WORD},?\s+(?:and|&)\s+{COMPANY_WORD})", 0.7)]

    def accept(self, match: re.Match, text: str) -> bool:
        words = re.findall(r"[^\W\d_][\w'’\-]*", match.group("span"))
        names = [w for w in words if w != "and"]
        if self._brands_listed(match, text) >= 2:
            # a run of listed brands is a shop's rails or a sponsor list, not a firm of partners: "Gucci, Prada and
            # Max Mara all on the floor", "Tesco, Asda and Aldi all raised prices" (a firm's name is its
            # partners' surnames, which are no listed brands)
            return False
        return not any(lexicon.is_not_a_name(w) for w in names) and any(not lexicon.is_ordinary_word(w) for w in names)

    @staticmethod
    def _brands_listed(match: re.Match, text: str) -> int:
        parts = [p.strip() for p in re.split(r",|\s+(?:and|&)\s+", match.group("span")) if p.strip()]
        count = 0
        for i, part in enumerate(parts):
            if part in BRANDS:
                count += 1
            elif i == len(parts) - 1:
                after = _NEXT_WORD.match(text, match.end("span"))
                count += bool(after and f"{part} {after.group(1)}" in BRANDS)
        return count
