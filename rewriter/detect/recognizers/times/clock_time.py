"""Clock times: "3pm", "14:30", "9.15am", "ten o'clock", "1430hrs"."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer


class ClockTimeRecognizer(GatedRegexRecognizer):
    ORDER = 420
    ENTITY = "DATE_TIME"
    GATE = re.compile(r"\d|o['’]clock", re.IGNORECASE)
    _AMPM = r"(?i:am|pm|a\.m\.|p\.m\.)"
    PATTERNS = [
        # "14:30", "9:15am", "07:00"; "9.15am" (a dot only with am/pm, else it is a price); "3pm", "11 a.m.".
        # Not a number glued to a letter before it: a grade, a level or a code ("L5 PM at Google" is a level-5
        # product manager, "an E7 PM")
        # One pattern that starts with a digit, so the regex engine can skip straight to digits; the
        # hour's range is checked in accept().
        Pattern(
            "clock time",
            rf"\d(?<![\d:.£$€A-Za-z]\d)\d?(?::[0-5]\d(?:\s?{_AMPM})?(?![\d:]|\.\d)|(?:\.[0-5]\d)?\s?{_AMPM}(?![\w-]))",
            0.7,
        ),
        # "ten o'clock", "3 o'clock"
        Pattern(
            "o clock",
            r"(?i:\b(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b)(?!\s+somewhere)",
            0.6,
        ),
        # military style "1430hrs", "0300h"
        Pattern("military time", r"\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs|h)\b", 0.6),
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
