"""Course and module codes: "PSY101", "CS 201 lecture", "module BIO 1010"."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


class CourseCodeRecognizer(GatedRegexRecognizer):
    ORDER = 320
    ENTITY = "REFERENCE_NUMBER"
    SUGGESTION = "a course"
    GATE = HAS_DIGIT
    PATTERNS = [
        # "PSY101", "MATH2010", "CS201A": letters then 3-4 digits with no space
        Pattern("letters and digits", r"\b[A-Z]{2,4}\d{3,4}[A-Z]?\b", 0.6),
        # "CS 201", "BIO 1010" with a space, only next to a course word
        Pattern(
            "letters, space, digits before a course word",
            r"\b[A-Z]{2,4}\s\d{3,4}[A-Z]?\b(?=\s+(?i:course|module|class|lecture|seminar|lab|exam|"
            r"final|midterm|tutorial|students?|cohort))",
            0.6,
        ),
        Pattern(
            "course word and code",
            r"(?i:\b(?:course|module|class|unit|paper)\s+(?:code\s+)?)(?P<span>[A-Z]{2,4}\s?\d{3,4}[A-Z]?)\b",
            0.7,
        ),
    ]
    # Letter-digit tokens that are products or standards, not courses.
    NOT_COURSES = re.compile(r"^(?:RTX|GTX|RX|ISO|EN|BS|IEC|COVID|SARS|MP|USB|HDMI|DDR|NHS|A|B|M|F|E)\s?\d", re.I)
    # A tag of letters and a year is a public event's or campaign's, shared by everyone who posts about it
    # ("#IDM2024" the International Day of the Midwife, "#KCSE2024" a national exam, "#Euro2024"), not one
    # class's code; a tag with other digits ("#PSY101") is still a course.
    YEAR_TAG = re.compile(r"#[A-Za-z]+(?:19[5-9]\d|20[0-4]\d)$")

    def accept(self, match: re.Match, text: str) -> bool:
        code = match.group("span") if match.groupdict().get("span") else match.group()
        if self.YEAR_TAG.search(text, max(0, match.start() - 20), match.end()):
            return False
        return not self.NOT_COURSES.match(code)
