"""Percentages in results: "EBITDA down 18%", "churn rose by 2.5%", not "100% worth it" or "50% off"."""

from __future__ import annotations

import re

from .... import vocab
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


class PercentResultRecognizer(GatedRegexRecognizer):
    ORDER = 520
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    _PERCENT = re.compile(r"(?<![\w.])[+-]?\d+(?:\.\d+)?\s?(?:%|(?i:percent|per\s+cent|pp|bps|basis\s+points)\b)")
    # A results word just before or after the figure makes it a result, not a turn of phrase.
    _RESULT_BEFORE = re.compile(
        r"(?i:\b(?:up|down|rose|risen|rise|fell|fallen|fall|grew|grown|growth|drop(?:ped)?|increased?|"
        r"decreased?|declined?|jump(?:ed)?|slump(?:ed)?|plunged?|climbed?|gained?|lost|loss|cut|surged?|shr[au]nk|"
        r"revenue|sales|margins?|profits?|ebitda|ebit|arr|mrr|churn|conversion|retention|turnover|share|yield|"
        r"roi|costs?|headcount|budget|occupancy|readmissions?|attrition|layoffs?|yoy|qoq|mom|forecast|guidance|"
        r"target|valuation|stake|equity|bonus|raise|pay\s+rise|salary|by)\b[^.!?\n]{0,25})$"
    )
    _RESULT_AFTER = re.compile(
        r"(?i:\s*(?:growth|increase|decrease|decline|drop|rise|fall|margin|churn|of\s+(?:revenue|sales|profit|"
        r"the\s+market|our\s+revenue)|(?:yoy|qoq|year[\s-]on[\s-]year|quarter[\s-]on[\s-]quarter)|"
        r"(?:revenue|sales|profit|market\s+share|stake|equity|layoffs?|of\s+staff|of\s+the\s+workforce))\b)"
    )

    # A public market price's move: "the share price jumped 8%", "NVDA up another 4% premarket", "KSE-100 up 2%
    # today". A listed company's price, a ticker's or an index's is on every financial page; no one's result to keep.
    _MARKET_BEFORE = re.compile(
        rf"(?i:\b{vocab.alternation('market_prices')})(?:['’]s)?\s+(?:(?:is|was|are|were|has|have|had|just|now|already|"
        r"also|been|all)\s+){0,2}(?:[a-z]+\s+){0,1}(?:by\s+)?(?:another\s+|a\s+further\s+)?(?:~\s*|about\s+|nearly\s+|almost\s+)?$"
    )
    # a ticker: capitals alone, or after a "$", right before its move: "NVDA up 4%", "$TSLA down 6%"
    # (not a business's own measure said by its initials: "ARR up 20%" is a result)
    _TICKER_BEFORE = re.compile(r"(?:^|(?<=[\s(]))\$?(?P<ticker>[A-Z]{2,5})\s+(?:is\s+|was\s+)?(?:up|down)\s+(?:another\s+)?$")
    _METRICS = vocab.words("metric_acronyms")
    _MARKET_AFTER = re.compile(r"(?i:\s*(?:pre-?market|after[\s-]hours|intraday|on\s+the\s+day)\b)")

    def find(self, text, nlp_artifacts=None):
        results = []
        for m in self._PERCENT.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            ticker = self._TICKER_BEFORE.search(before)
            if ticker and ticker.group("ticker").lower() in self._METRICS:
                ticker = None
            if self._MARKET_BEFORE.search(before) or ticker or self._MARKET_AFTER.match(text, m.end()):
                continue
            if self._RESULT_BEFORE.search(before) or self._RESULT_AFTER.match(text, m.end()):
                results.append(self.result(m.start(), m.end(), 0.65, m.group()))
        return results
