"""Specific times: a dated post plus a detail ("the verdict Thursday") points at one real event.

- ``WeekdayRecognizer``: a weekday tied to something ("due Friday", "next Monday", "every Wednesday",
  "Saturday's parkrun", "my thursday evening group", "my Tues 9am seminar", "Thurs clinic"), not a weekday
  used as a mood ("a Monday morning feeling", "Monday blues", "Throwback Thursday");
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
    # a full weekday has "day" in it; an abbreviated one is capitalised (see analyze)
    _ABBR_GATE = re.compile(r"[MTWFS](?:on|ue|ed|hu|ri|at|un)")

    def analyze(self, text, entities, nlp_artifacts=None):
        # two cheap checks, in place of GATE: "day" is found faster in lowered text than by any one regex
        if "day" not in text.lower() and not self._ABBR_GATE.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts)
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

    # Abbreviated weekdays ("Tues", "Weds", "Thurs"): "Sat", "Sun", "Wed" and "Mon" are also words ("Sat on
    # the sofa", "Sun was out", "Wed in June"), so only a capitalised one tied to a time, an event or a
    # "next"/"every"/"on" counts ("my Tues 9am seminar", "every Weds", "Thurs clinic", "Tues/Thurs groups").
    _ABBR_DAY = r"(?:Mon|Tues?|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\b"
    _ABBR = re.compile(
        rf"(?:\b(?P<mod>(?i:next|last|this|coming|every|each|on))\s+)?\b(?P<day>{_ABBR_DAY}"
        rf"(?:\.?\s*(?:/|&|-|,|and|or|to)\s*{_ABBR_DAY})*)(?P<poss>['’]s)?\.?"
    )
    _TIME_AFTER = re.compile(
        rf"\s*(?:(?:at|@)\s*)?(?:\d{{1,2}}(?:[:.][0-5]\d)?\s?(?i:am|pm|a\.m\.|p\.m\.)|[012]?\d:[0-5]\d\b|"
        rf"(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b|(?:[12]\d|3[01]|0?[1-9])\s+{_MONTH}|"
        r"(?i:morning|afternoon|evening|night|lunch(?:time)?|teatime|eve)s?\b)"
    )
    # events a weekday is the day of; "exam" and "test" are left out, as "Sat exam today" is a verb
    _EVENT_AFTER = re.compile(
        r"\s+(?i:clinics?|seminars?|lectures?|class(?:es)?|lessons?|shifts?|sessions?|meetings?|groups?|"
        r"appointments?|appts?|hearings?|club|surgery|ward\s+rounds?|rounds?|handovers?|training|tutorials?|"
        r"practice|rota|duty|visits?|calls?|drop-?ins?|assembly|briefing|supervision|huddle|service|mass|"
        r"matches|match|games?|fixtures?|parkrun|run|swim|reviews?|panel|list|court|deadline|on-?call|"
        r"earl(?:y|ies)|lates?|long\s+days?|nights?|rehearsal|practical|placement|support\s+group)\b"
    )

    # "Sat 14th", "Fri 3rd May": the date goes with the day
    _DATE_AFTER = re.compile(
        rf"\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:(?:st|nd|rd|th)\b(?:\s+(?:of\s+)?{_MONTH}\b)?|"
        rf"\s+(?:of\s+)?{_MONTH}\b)"
    )

    def find(self, text, nlp_artifacts=None):
        results = self._full_days(text) if "day" in text.lower() else []
        for m in self._ABBR.finditer(text):
            mod = (m.group("mod") or "").lower()
            time = self._TIME_AFTER.match(text, m.end())
            # "Sat at 9pm with a cuppa" is someone sitting: the verbs among the days need the time straight after
            if time and m.group("day")[:3] in ("Sat", "Sun", "Wed") and time.group().lstrip()[:1] in ("a", "@"):
                time = None
            if not (mod or time or self._EVENT_AFTER.match(text, m.end())):
                continue
            if self._GENERIC_BEFORE.search(text[max(0, m.start() - 25) : m.start()]) or self._GENERIC_AFTER.match(
                text, m.end()
            ):
                continue
            start = m.start("day") if mod == "on" else m.start()
            date = self._DATE_AFTER.match(text, m.end("day"))
            end = date.end() if date else m.end("day")
            routine = mod in ("every", "each")
            suggestion = "every week" if routine else "soon" if mod in ("next", "coming") else None
            meta = {"suggestion": suggestion} if suggestion else {}
            # above spaCy's 0.85: it does not know "Weds" or "Tues/Thurs" and calls them a person or an
            # organisation, and the higher score decides the type of the merged span
            results.append(self.result(start, end, 0.9, text[start:end], **meta))
        return results

    def _full_days(self, text):
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
        # "March 3rd", "Sept 21, 2023", "March 2024"
        (
            rf"\b{_MONTH}\s+(?:{_ORDINAL_DAY}\b(?:,?\s+(?:19|20)\d{{2}})?(?!\s*(?:%|percent|people|customers))|"
            r"(?:19|20)\d{2}\b)",
            0.8,
        ),
    ]
    # Two patterns are found digits first and then checked for the word before them, which is about
    # three times cheaper than scanning the whole post for every word of the list.
    # "on the 10th", "by the 3rd"
    _ORDINAL = re.compile(r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b")
    _BEFORE_ORDINAL = re.compile(r"(?i:\b(?:on|by|until|till|before|after|from|since)\s+the\s+)$")
    # a year with a word that makes it a date: "in 2019", "since 2004", "born 1977", "the summer of 1988"
    _YEAR = re.compile(
        r"(?<![\d.,])(?:19|20)\d{2}\b(?![.,]\d)"
        r"(?!\s*(?i:%|percent|people|customers|users|clients|units|employees|staff|pounds|dollars|euros)\b)"
    )
    _BEFORE_YEAR = re.compile(
        r"(?i:\b(?:in|since|from|until|till|by|during|born|around|circa|c\.|early|late|mid|back\s+in|before|"
        r"after|the\s+year|(?:summer|winter|spring|autumn|fall|class|end|start|beginning|middle)(?:\s+of)?)\s+)$"
    )

    def find(self, text, nlp_artifacts=None):
        results = super().find(text, nlp_artifacts)
        for regex, before, score in ((self._ORDINAL, self._BEFORE_ORDINAL, 0.6), (self._YEAR, self._BEFORE_YEAR, 0.6)):
            for m in regex.finditer(text):
                if before.search(text, max(0, m.start() - 30), m.start()):
                    results.append(self.result(m.start(), m.end(), score, m.group()))
        return results


class ClockTimeRecognizer(GatedRegexRecognizer):
    ENTITY = "DATE_TIME"
    GATE = re.compile(r"\d|o['’]clock", re.IGNORECASE)
    _AMPM = r"(?i:am|pm|a\.m\.|p\.m\.)"
    PATTERNS = [
        # "14:30", "9:15am", "07:00"; "9.15am" (a dot only with am/pm, else it is a price); "3pm", "11 a.m.".
        # One pattern that starts with a digit, so the regex engine can skip straight to digits; the
        # hour's range is checked in accept().
        (
            rf"\d(?<![\d:.£$€]\d)\d?(?::[0-5]\d(?:\s?{_AMPM})?(?![\d:]|\.\d)|(?:\.[0-5]\d)?\s?{_AMPM}(?![\w-]))",
            0.7,
        ),
        # "ten o'clock", "3 o'clock"
        (
            r"(?i:\b(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b)(?!\s+somewhere)",
            0.6,
        ),
        # military style "1430hrs", "0300h"
        (r"\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|h)\b", 0.6),
    ]

    _AMPM_AT_END = re.compile(r"(?i:[ap]\.?m\.?)$")

    def accept(self, match: re.Match, text: str) -> bool:
        found = match.group()
        if not found[0].isdigit() or found[:4].isdigit():  # o'clock and "1430hrs" are checked by their patterns
            return True
        hour = int(re.match(r"\d+", found).group())
        if self._AMPM_AT_END.search(found):
            return 1 <= hour <= 12
        return hour <= 23
