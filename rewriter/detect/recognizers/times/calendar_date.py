"""Dates: "3 March 2024", "March 3rd", "12/03/2024", "2024-03-12", "on the 10th", "in 2019". Vague time
words ("today", "this weekend", "recently") never match: every pattern needs a month or digits in a date
shape."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.calendar import MONTH, ORDINAL_DAY
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


class CalendarDateRecognizer(GatedRegexRecognizer):
    ORDER = 410
    ENTITY = "DATE_TIME"
    GATE = HAS_DIGIT
    PATTERNS = [
        # ISO dates, optionally with a time: "2024-03-12", "2000-04-16 11:34:35"
        Pattern("ISO date", r"\b(?:19|20)\d{2}-[01]\d-[0-3]\d(?:[ T][0-2]\d:[0-5]\d(?::[0-5]\d)?)?\b", 0.85),
        # "12/03/2024", "6/24/1991", "3.3.24": day, month and a year of two or four digits
        Pattern("day/month/year", r"(?<![\d./-])(?:[0-3]?\d)[/.-](?:[0-3]?\d)[/.-](?:\d{4}|\d{2})(?![\d./-]?\d)", 0.8),
        # "3 March 2024", "3rd of March", "21st Sept"
        Pattern("day month year", rf"\b{ORDINAL_DAY}\s+(?:of\s+)?{MONTH}(?!\w)(?:,?\s+(?:19|20)\d{{2}})?", 0.8),
        # "March 3rd", "Sept 21, 2023", "March 2024"
        Pattern(
            "month day year",
            rf"\b{MONTH}\s+(?:{ORDINAL_DAY}\b(?:,?\s+(?:19|20)\d{{2}})?(?!\s*(?:%|percent|people|customers))|"
            r"(?:19|20)\d{2}\b)",
            0.8,
        ),
    ]
    # Two patterns are found digits first and then checked for the word before them, which is about
    # three times cheaper than scanning the whole post for every word of the list.
    # "on the 10th", "by the 3rd"
    _ORDINAL = re.compile(r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b")
    _BEFORE_ORDINAL = re.compile(r"(?i:\b(?:on|by|until|till|before|after|from|since)\s+the\s+)$")
    # "adjourned to the 14th", "now the 14th", "trial starts the 9th": a date the sentence ends on (never
    # "to the 2nd floor", "now the 3rd time")
    _BEFORE_ORDINAL_AT_END = re.compile(r"(?i:\b(?:to|now|starts?|starting|begins?|moved|is|til|'til)\s+the\s+)$")
    _CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\n]|$|\s+(?:and|but|so|at|in|for)\b)")
    # a year with a word that makes it a date: "in 2019", "since 2004", "born 1977", "the summer of 1988"
    _YEAR = re.compile(
        r"(?<![\d.,])(?:19|20)\d{2}\b(?![.,]\d)"
        r"(?!\s*(?i:%|percent|people|customers|users|clients|units|employees|staff|pounds|dollars|euros)\b)"
    )
    _BEFORE_YEAR = re.compile(
        r"(?i:\b(?:in|since|from|until|till|by|during|born|around|circa|c\.|early|late|mid|back\s+in|before|"
        r"after|the\s+year|(?:summer|winter|spring|autumn|fall|class|end|start|beginning|middle)(?:\s+of)?)\s+)$"
    )

    # A day and month with no year, after a word that makes it a date: "born 03/11 at 04:17", "arrived on
    # 14/02", "moved to 3/14", "due 21/6", "DOB 4/9". Which day a baby came or a hearing sits is as telling
    # without its year (session 39: the time went, the date stayed). Without such a word the shape is a score,
    # a share or a thread's counter ("8/10", "2/8 of a pizza", "1/3"), and "24/7" is round the clock.
    _DAY_MONTH = re.compile(r"(?<![\d/.,-])([0-3]?\d)/([0-3]?\d)(?![\d/]|\.\d|\s*(?:%|(?i:of|th|dose|doses|tabs?|tablets?|would|stars?)\b))")
    _BEFORE_DAY_MONTH = re.compile(
        r"(?i:\b(?:born|b\.|dob|d\.o\.b\.?|due|edd|died|passed(?:\s+away)?|delivered|arrived|admitted|discharged|"
        r"baptised|baptized|christened|buried|funeral|on|since|until|till|(?:moved|adjourned|listed|put\s+back|pushed|"
        r"postponed|rescheduled)\s+(?:back\s+)?(?:to|for|until))\s*:?\s+)$"
    )

    @classmethod
    def _day_month(cls, text: str):
        for m in cls._DAY_MONTH.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            if m.group() == "24/7" or not ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)):
                continue
            if cls._BEFORE_DAY_MONTH.search(text, max(0, m.start() - 40), m.start()):
                yield m

    # Digits in a date's shape that no calendar has, in either order of day and month: "the 20-20-20 rule"
    # (every 20 minutes, 20 feet, 20 seconds), "a 40-40-20 split", "scores of 3-15-22".
    _NUMBERS = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-]\d{2}$")

    @classmethod
    def _no_such_day(cls, found: str) -> bool:
        m = cls._NUMBERS.match(found)
        if m is None:
            return False
        a, b = int(m.group(1)), int(m.group(2))
        return not ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31))

    def find(self, text, nlp_artifacts=None):
        results = [r for r in super().find(text, nlp_artifacts) if not self._no_such_day(text[r.start : r.end])]
        for regex, before, score in ((self._ORDINAL, self._BEFORE_ORDINAL, 0.6), (self._YEAR, self._BEFORE_YEAR, 0.6)):
            for m in regex.finditer(text):
                if before.search(text, max(0, m.start() - 30), m.start()) or (
                    regex is self._ORDINAL
                    and self._BEFORE_ORDINAL_AT_END.search(text, max(0, m.start() - 30), m.start())
                    and self._CLAUSE_END.match(text, m.end())
                ):
                    results.append(self.result(m.start(), m.end(), score, m.group()))
        for m in self._day_month(text):
            results.append(self.result(m.start(), m.end(), 0.6, m.group()))
        return results
