"""A school year or grade about a person: "a girl in year 9", "my year 3 kids", "6th grade". It tells a
child's age within a year and narrows the class."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer


class SchoolYearRecognizer(GatedRegexRecognizer):
    ORDER = 120
    ENTITY = "AGE"
    FLAGS = re.IGNORECASE
    # a digit, or a grade written in words ("sixth grade")
    GATE = re.compile(r"\d|grad", re.IGNORECASE)
    _PERSON = (
        r"(?:kids?|children|child|students?|pupils?|girls?|boys?|class(?:es)?|group|form|son|daughter|"
        r"learners?|teens?|lads?|twins?|cohort|tutees?|tutor\s+group)"
    )
    PATTERNS = [
        # "in year 9", "my year 3 kids", "a Year 10 student", "our year 6s"
        Pattern(
            "in year",
            rf"\b(?P<lead>in|into|my|our|his|her|their|a|the|of|for)\s+(?P<span>(?:year|yr|grade|p|primary|s)\s?"
            rf"(?:1[0-3]|[1-9])s?)\b(?!\s*(?:of|%|percent|minutes|hours|days|weeks|months|years|piano|violin|guitar|"
            rf"music|theory|exams?|ballet|swimming|listed)\b)",
            0.6,
        ),
        Pattern("year and a person", rf"\b(?P<span>(?:year|yr|grade)\s?(?:1[0-3]|[1-9])s?)\s+{_PERSON}\b", 0.65),
        # "A Year 11 from my form", "a yr 8 in my tutor group": the year stands for the pupil
        Pattern(
            "a year from my class",
            rf"\b(?:a|one|this|that)\s+(?P<span>(?:year|yr)\s?(?:1[0-3]|[1-9]))\s+(?:from|in|of)\s+(?:my|our)\s+{_PERSON}\b",
            0.65,
        ),
        # Irish primary classes: "in 2nd class today", "my 4th class" (not a stamp, a degree or a ticket)
        Pattern(
            "primary class",
            r"\b(?:in|my|our)\s+(?P<span>[1-6](?:st|nd|rd|th)\s+class)\b(?!\s+(?:stamps?|honours|degree|tickets?|post|"
            r"mail|carriage|seats?|citizens?|travel|cabin|lounge))",
            0.6,
        ),
        # "6th grade", "sixth-grader", "a 10th grader"
        Pattern(
            "grade",
            r"\b(?P<span>(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
            r"ninth|tenth|eleventh|twelfth)[\s-]grad(?:e|ers?))\b",
            0.65,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        span = match.group("span") if match.groupdict().get("span") else match.group()
        lowered = span.lower()
        # "in P2"/"in S3" (Scottish school years) only with a capital letter, else "s 3" noise
        if re.match(r"(?:p|s|primary)\s?\d", lowered) and not re.match(r"(?:P|S)\d|Primary\s?\d", span):
            return False
        # "in year 2 of my degree" is not a school year; neither is "the year 9 of 10"
        tail = text[match.end() : match.end() + 20].lower()
        if re.match(r"\s*(?:of|at\s+uni|at\s+university|of\s+uni)", tail):
            return False
        # "in year 9" is about a person only when one is named earlier in the clause ("the only girl in
        # year 9", "my son is in year 9"), not in "it gets easier in year 2"
        lead = (match.groupdict().get("lead") or "").lower()
        if lead and lead not in ("my", "our", "his", "her", "their"):
            clause = re.split(r"[.;:!?,\n]", text[max(0, match.start() - 60) : match.start()])[-1]
            # the writer's own child's school year is the writer's own life ("my son is in Year 9")
            return self._PERSON_BEFORE.search(clause) is not None and not self._OWN_CHILD.search(clause)
        return True

    _OWN_CHILD = re.compile(
        r"\b(?:my|our)\s+(?:own\s+|little\s+|eldest\s+|youngest\s+|middle\s+)?(?:son|daughter|kids?|child(?:ren)?|"
        r"twins|eldest|youngest|boy|girl|step(?:son|daughter)|grand(?:son|daughter)|nephew|niece)\b(?!['’])",
        re.IGNORECASE,
    )

    _PERSON_BEFORE = re.compile(
        r"\b(?:he|she|they|him|her|his|who|i|i'?m|we|you'?re|son|daughter|kids?|child(?:ren)?|students?|pupils?|"
        r"girls?|boys?|twins?|grand(?:son|daughter)s?|nephews?|nieces?|someone|everyone|lads?|lass|parents?|"
        r"mums?|moms?|dads?|learners?|teen(?:ager)?s?|siblings?|brothers?|sisters?)\b",
        re.IGNORECASE,
    )
