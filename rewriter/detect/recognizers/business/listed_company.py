"""The item before "and" in a list that ends with a company: "the big three: Globex, Lucid and
Loveland Technologies" makes "Lucid" a company too. The comma before it says it is a list item."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer
from ..support.companies import COMPANY_WORD
from .company_name import CompanyNameRecognizer


class ListedCompanyRecognizer(RegexRecognizer):
    ORDER = 960
    TEXT_ONLY = True
    ENTITY = "ORGANIZATION"
    WHY = "Listed beside a company, this is probably a company too."
    PATTERNS = [Pattern("list item before and", rf"(?<=,[ \t])(?P<span>{COMPANY_WORD}(?:[ \t]+{COMPANY_WORD}){{0,2}}),?[ \t]+(?:and|&)[ \t]+", 0.55)]

    def __init__(self) -> None:
        super().__init__()
        self._company = CompanyNameRecognizer()

    def accept(self, match: re.Match, text: str) -> bool:
        if any(lexicon.is_not_a_name(w) for w in match.group("span").split()):
            return False
        regex, _ = self._company._compiled[0]
        company = regex.match(text, match.end())
        return bool(company) and self._company.accept(company, text)
