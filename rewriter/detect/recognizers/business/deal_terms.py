"""The terms of a deal: a valuation multiple ("at 4.2x revenue", "8x EBITDA") and a discount given to one
customer ("a 35% discount the rest of our customers don't get"). Public price cuts ("50% off") are not
deal terms; a discount is one only when the sentence speaks of a deal, a contract or a client."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


class DealTermsRecognizer(GatedRegexRecognizer):
    ORDER = 525
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    WHY = "The terms of a deal are confidential business information."
    PATTERNS = [
        Pattern(
            "valuation multiple",
            r"(?<![\w.])\d{1,3}(?:\.\d{1,2})?\s?[x×]\s+(?i:revenue|sales|earnings|ebitda|ebit|arr|profits?|turnover)\b",
            0.65,
        ),
        Pattern("discount", r"(?<![\w.])\d{1,2}(?:\.\d)?\s?%\s+(?i:discount|rebate|markdown)\b", 0.6),
    ]
    _DEAL_WORDS = re.compile(r"(?i:\b(?:deal|contract|client|customer|customers|account|renewal|signed|closed|quota)\b)")

    def accept(self, match: re.Match, text: str) -> bool:
        if "%" not in match.group():
            return True
        start = max(text.rfind(c, 0, match.start()) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, match.end()) for c in ".!?\n") if i >= 0]
        return self._DEAL_WORDS.search(text, start, min(ends) if ends else len(text)) is not None

    def result(self, start, end, score, matched="", entity=None, why=None, **meta):
        # "at 4.2x revenue" -> "at a multiple of revenue"; "a 35% discount" -> "a special discount"
        if "%" in matched:
            meta.setdefault("suggestion", "a special discount")
        elif matched:
            meta.setdefault("suggestion", f"a multiple of {matched.split()[-1]}")
        return super().result(start, end, score, matched, entity, why, **meta)

