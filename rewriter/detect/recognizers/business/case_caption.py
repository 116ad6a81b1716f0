"""Both parties of a court case: "Patterson v. Dunmore Logistics", "Smith vs Jones"."""

from __future__ import annotations

import re

from ..support.base import Pattern, RegexRecognizer
from ..support.companies import COMPANY_WORD


class CaseCaptionRecognizer(RegexRecognizer):
    ORDER = 920
    TEXT_ONLY = True
    ENTITY = "ORGANIZATION"
    WHY = "The parties of a case identify the people or companies involved."
    PATTERNS = [
        Pattern("first party", rf"(?P<span>\b{COMPANY_WORD}(?:\s+{COMPANY_WORD}){{0,3}})\s+vs?\.?\s+{COMPANY_WORD}", 0.8),
        Pattern("second party", rf"\b{COMPANY_WORD}(?:\s+{COMPANY_WORD}){{0,3}}\s+vs?\.?\s+(?P<span>{COMPANY_WORD}(?:\s+{COMPANY_WORD}){{0,3}})", 0.8),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        side = match.group("span").split()
        return not (len(side) == 1 and len(side[0]) == 1)  # "R v Smith": the Crown is no one's secret
