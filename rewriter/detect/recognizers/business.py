"""Confidential business details: codenames, money, results and customer counts.

An NDA is broken by "Project Falcon ships Monday" or "EBITDA down 18%" as surely as by a client's name.
- ``CodenameRecognizer``: "Project Falcon", "Operation Nightfall", "codenamed Bluebird";
- ``MoneyRecognizer``: "$12.5M", "£40k", "€3,000", "12.5 million dollars" (small change like "a £3
  coffee" is not confidential and is left alone);
- ``PercentResultRecognizer``: percentages in results ("EBITDA down 18%", "churn rose by 2.5%"), not
  "100% worth it" or "50% off";
- ``CustomerCountRecognizer``: "2,300 customers", "40k users" (three digits or more; "3 siblings" is no business figure);
- ``QuarterResultsRecognizer``: "Q4 numbers", "FY24 revenue", "H1 results".
"""

from __future__ import annotations

import re

from .gated import HAS_DIGIT, GatedRegexRecognizer


class CodenameRecognizer(GatedRegexRecognizer):
    ENTITY = "CODENAME"
    GATE_WORDS = ("project", "operation", "program", "initiative", "code", "internally")
    PATTERNS = [
        (r"\b(?:Project|Operation|Programme|Program|Initiative)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?", 0.9),
        (r"(?i:\b(?:code[\s-]?name(?:d)?|internally\s+(?:called|known\s+as))\s+)(?P<span>['\"“]?[A-Z][\w-]*['\"”]?)", 0.8),
    ]
    # "Project Manager", "Programme Lead": a job or a document, not a codename
    NOT_CODENAMES = frozenset(
        """manager managers management lead leads plan plans planning team teams board update updates status
        meeting meetings officer officers coordinator coordinators director directors owner owners sponsor
        charter kickoff kick-off review reviews timeline timelines scope budget budgets deadline deadlines
        proposal proposals report reports work workers delivery assistant administrator admin support
        engineer engineers specialist specialists analyst analysts office portfolio brief briefs
        documentation phase phases milestone milestones of for in on at to the a an and with is was""".split()
    )

    def find(self, text, nlp_artifacts=None):
        results = []
        for regex, score in self._compiled:
            for m in regex.finditer(text):
                if "span" in regex.groupindex:
                    start, end = m.span("span")
                else:
                    # "Project Manager" is a job: drop trailing ordinary words, keep "Project Falcon" of
                    # "Project Falcon Team", and skip the match if only "Project" is left
                    words = list(re.finditer(r"\S+", m.group()))
                    while len(words) > 1 and words[-1].group().lower() in self.NOT_CODENAMES:
                        words.pop()
                    if len(words) < 2:
                        continue
                    start, end = m.start(), m.start() + words[-1].end()
                results.append(self.result(start, end, score, text[start:end]))
        return results


_CURRENCY_SIGN = r"[$£€¥₹]"
_CURRENCY_CODE = r"(?:USD|GBP|EUR|AUD|CAD|NZD|CHF|JPY|INR)"
_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
_MAGNITUDE = r"(?:k|K|m|M|mn|mm|bn|BN|b|B|(?i:thousand|million|billion|trillion|grand))"
_CURRENCY_WORD = r"(?i:dollars|pounds|euros|quid|bucks|rupees|yen|sterling|usd|gbp|eur)"


class MoneyRecognizer(GatedRegexRecognizer):
    ENTITY = "MONEY"
    GATE = HAS_DIGIT
    PATTERNS = [
        # "$12.5M", "£40k", "€3,000", "-$2m"
        (rf"{_CURRENCY_SIGN}\s?{_AMOUNT}(?:\s?{_MAGNITUDE}(?![a-zA-Z]))?", 0.75),
        # "USD 3,000", "GBP 1.2m"
        (rf"\b{_CURRENCY_CODE}\s?{_AMOUNT}(?:\s?{_MAGNITUDE}(?![a-zA-Z]))?", 0.75),
        # "12.5 million dollars", "40k pounds", "3,000 euros"
        (rf"\b{_AMOUNT}\s?(?:{_MAGNITUDE}\s+)?{_CURRENCY_WORD}\b", 0.75),
        # "3,000 GBP"
        (rf"\b{_AMOUNT}\s?{_MAGNITUDE}?\s?{_CURRENCY_CODE}\b", 0.75),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        amount = match.group()
        has_magnitude = re.search(rf"\d\s?{_MAGNITUDE}", amount) is not None
        number = re.search(_AMOUNT, amount)
        value = float(number.group().replace(",", "")) if number else 0.0
        # a coffee or a bus fare is not confidential; a contract, a fee or a write-down is
        return has_magnitude or value >= 100


class PercentResultRecognizer(GatedRegexRecognizer):
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

    def find(self, text, nlp_artifacts=None):
        results = []
        for m in self._PERCENT.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            if self._RESULT_BEFORE.search(before) or self._RESULT_AFTER.match(text, m.end()):
                results.append(self.result(m.start(), m.end(), 0.65, m.group()))
        return results


class CustomerCountRecognizer(GatedRegexRecognizer):
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    PATTERNS = [
        (
            r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?\s?[kKmM])\s+"
            r"(?:(?i:new|active|paying|enterprise|monthly|daily|existing|loyal|b2b|retail|trial)\s+){0,2}"
            r"(?i:customers|clients|users|subscribers|accounts|employees|staff|seats|licen[cs]es|stores|sites|"
            r"downloads|orders|members|installs|sign-?ups|deals|contracts|units|shipments|partners|"
            r"MAUs?|DAUs?)\b",
            0.65,
        ),
    ]


class QuarterResultsRecognizer(GatedRegexRecognizer):
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    PATTERNS = [
        (
            r"\b(?:Q[1-4]|H[12]|FY\s?(?:\d{2}|\d{4})|(?i:first|second|third|fourth)[\s-](?i:quarter))"
            r"(?:\s+(?:19|20)\d{2})?\s+(?i:numbers|results|figures|revenue|earnings|sales|forecast|targets?|"
            r"guidance|report|pipeline|bookings|profits?|losses|margins?|plans?|roadmap|launch|layoffs|"
            r"restructuring|headcount)\b",
            0.6,
        ),
    ]
