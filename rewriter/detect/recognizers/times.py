"""Specific times: a dated post plus a detail ("the verdict Thursday") points at one real event.

- ``WeekdayRecognizer``: a weekday tied to something ("due Friday", "next Monday", "every Wednesday",
  "Saturday's parkrun", "my thursday evening group"), not a weekday used as a mood ("a Monday morning
  feeling", "Monday blues", "Throwback Thursday");
- ``CalendarDateRecognizer``: dates ("3 March 2024", "March 3rd", "12/03/2024", "2024-03-12", "on the
  10th", "in 2019");
- ``ClockTimeRecognizer``: clock times ("3pm", "14:30", "9.15am", "ten o'clock").
Vague time words ("today", "tonight", "this weekend", "ten minutes", "recently") never match: every
pattern here needs a weekday, a month, or digits in a date or clock shape.
"""

from __future__ import annotations

import re

from .gated import HAS_DIGIT, GatedRegexRecognizer

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Full month names are safe in any case except "may" and "march" (verbs); abbreviations need a capital.
_MONTH = (
    r"(?:(?i:january|february|april|june|july|august|september|october|november|december)|May|March|"
    r"MAY|MARCH|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)"
)
_ORDINAL_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


class WeekdayRecognizer(GatedRegexRecognizer):
    ENTITY = "DATE_TIME"
    GATE_WORDS = ("day",)
    _PATTERN = re.compile(
        rf"(?i:\b(?:(?P<mod>next|last|this|coming|every|each|this\s+coming|on)\s+)?(?P<day>{_DAY})(?P<plural>s)?\b)"
        rf"(?P<date>\s+(?:the\s+)?{_ORDINAL_DAY}\b(?:\s+(?:of\s+)?{_MONTH}\b)?)?"
    )
    # "a Monday morning feeling", "slower than a Monday morning", "any Friday": a kind of day, not a date
    _GENERIC_BEFORE = re.compile(
        r"(?i:\b(?:a|an|any|another|throwback|motivation|motivational|wellness|wellbeing|manic|freaky|casual|"
        r"follow|cyber|black|flashback|fitness|transformation|feel-?good|self-?care|selfie|tip|fun)\s+)$"
    )
    _GENERIC_AFTER = re.compile(
        r"(?i:\s*(?:(?:morning|night|evening|afternoon)\s+)?(?:blues|feelings?|vibes?|mood|scaries|slump|dread|"
        r"motivation|energy|funday|best|again)\b)"
    )

    def find(self, text, nlp_artifacts=None):
        results = []
        for m in self._PATTERN.finditer(text):
            mod = (m.group("mod") or "").lower()
            before = text[max(0, m.start() - 25) : m.start()]
            if self._GENERIC_BEFORE.search(before) or self._GENERIC_AFTER.match(text, m.end("day")):
                continue
            # "Mondays are the worst" is a kind of day; "on Tuesdays I run a group" is a routine
            if m.group("plural") and mod not in ("on", "every", "each"):
                continue
            start = m.start("day") if mod == "on" else m.start()
            routine = mod in ("every", "each") or m.group("plural")
            suggestion = "every week" if routine else "soon" if mod in ("next", "coming", "this coming") else None
            meta = {"suggestion": suggestion} if suggestion else {}
            results.append(self.result(start, m.end(), 0.7, text[start : m.end()], **meta))
        return results


class CalendarDateRecognizer(GatedRegexRecognizer):
    ENTITY = "DATE_TIME"
    GATE = HAS_DIGIT
    PATTERNS = [
        # ISO dates, optionally with a time: "2024-03-12", "2000-04-16 11:34:35"
        (r"\b(?:19|20)\d{2}-[01]\d-[0-3]\d(?:[ T][0-2]\d:[0-5]\d(?::[0-5]\d)?)?\b", 0.85),
        # "12/03/2024", "6/24/1991", "3.3.24": day, month and a year of two or four digits
        (r"(?<![\d./-])(?:[0-3]?\d)[/.-](?:[0-3]?\d)[/.-](?:\d{4}|\d{2})(?![\d./-]?\d)", 0.8),
        # "3 March 2024", "3rd of March", "21st Sept"
        (rf"\b{_ORDINAL_DAY}\s+(?:of\s+)?{_MONTH}(?!\w)(?:,?\s+(?:19|20)\d{{2}})?", 0.8),
        # "March 3rd", "Sept 21, 2023"
        (rf"\b{_MONTH}\s+{_ORDINAL_DAY}\b(?:,?\s+(?:19|20)\d{{2}})?(?!\s*(?:%|percent|people|customers))", 0.8),
        # "March 2024"
        (rf"\b{_MONTH}\s+(?:19|20)\d{{2}}\b", 0.7),
        # "on the 10th", "by the 3rd"
        (r"(?i:\b(?:on|by|until|till|before|after|from|since)\s+the\s+)(?P<span>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\b", 0.6),
        # a year with a word that makes it a date: "in 2019", "since 2004", "born 1977", "the summer of 1988"
        (
            r"(?i:\b(?:in|since|from|until|till|by|during|born|around|circa|c\.|early|late|mid|back\s+in|before|"
            r"after|the\s+year|(?:summer|winter|spring|autumn|fall|class|end|start|beginning|middle)(?:\s+of)?)\s+)"
            r"(?P<span>(?:19|20)\d{2})\b"
            r"(?!\s*(?i:%|percent|people|customers|users|clients|units|employees|staff|pounds|dollars|euros)\b)"
            r"(?![.,]\d)",
            0.6,
        ),
    ]


class ClockTimeRecognizer(GatedRegexRecognizer):
    ENTITY = "DATE_TIME"
    GATE = re.compile(r"\d|o['’]clock", re.IGNORECASE)
    _AMPM = r"(?i:am|pm|a\.m\.|p\.m\.)"
    PATTERNS = [
        # "14:30", "9:15am", "07:00"
        (rf"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?{_AMPM})?(?![\d:]|\.\d)", 0.7),
        # "9.15am" (a dot is only a time with am/pm, else it is a price or a decimal)
        (rf"(?<![\d:.])(?:1[0-2]|0?[1-9])\.[0-5]\d\s?{_AMPM}(?!\w)", 0.7),
        # "3pm", "11 a.m."
        (rf"(?<![\d:.£$€])(?:1[0-2]|0?[1-9])\s?{_AMPM}(?![\w-])", 0.7),
        # "ten o'clock", "3 o'clock"
        (
            r"(?i:\b(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b)(?!\s+somewhere)",
            0.6,
        ),
        # military style "1430hrs", "0300h"
        (r"\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|h)\b", 0.6),
    ]
