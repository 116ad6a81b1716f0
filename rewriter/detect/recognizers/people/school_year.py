"""A school year or grade about a person: "a girl in year 9", "my year 3 kids", "6th grade". It tells a
child's age within a year and narrows the class."""

from __future__ import annotations

import re

from ..support import lexicon
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
            rf"\b(?P<lead>in|into|my|our|his|her|their|your|a|the|of|for)\s+(?P<span>(?:year|yr|grade|p|primary|s|jss|jhs|sss|shs|ss|form|std|standard)\s?"
            rf"(?:1[0-3]|[1-9])s?)\b(?!\s*(?:of|%|percent|minutes|hours|days|weeks|months|years|piano|violin|guitar|"
            rf"music|theory|exams?|ballet|swimming|listed|teachers?|tutors?|heads?|leads?|coordinators?|staff|mistress|master)\b)",
            0.6,
        ),
        # "SHS 2 girl", "Std 4 boys": the Ghanaian, Nigerian and East African school years name the pupil too
        Pattern("year and a person", rf"\b(?P<span>(?:year|yr|grade|form|jss|jhs|sss|shs|ss|std)\s?(?:1[0-3]|[1-9])s?)\s+{_PERSON}\b", 0.65),
        # "Working with a Year 9 who's got a condition": the school year stands for the pupil the clause is about
        Pattern(
            "a year who",
            # (not "the one Year 8 who turns up with a violin case": a kind of pupil, said of a type)
            r"\b(?:a|this|that)\s+(?P<span>(?:year|yr|grade|form|jss|jhs|sss|shs|ss|std)\s?(?:1[0-3]|[1-9]))\s+(?:who|whose)\b",
            0.65,
        ),
        # the year standing for a pupil or a class at a named school: "a Year 10 at Castleford Grammar",
        # "Year 6 at Corella Flats PS", "Grade 3 at École Sainte-Rosalie just finished", "Year 11 camp at"
        Pattern(
            "year at a school",
            rf"(?:^|[.!?]\s+|\n|\b(?:a|one|this|that|your)\s+)(?P<span>(?:year|yr|grade|form)\s?(?:1[0-3]|[1-9]))"
            rf"\s+(?:(?:camp|trip|class|group)\s+)?(?:at|from)\s+(?-i:[A-ZÀ-Ý])",
            0.6,
        ),
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
        # A school year after a word of another language, where English would say "in", "a" or "my": "Dokhtar-e Year 8
        # i ke hamishe shad bood" (Persian, "the Year 8 girl who..."), "Mi likkle man Tajay inna Year 2" (Patois "in"):
        # the year is the pupil's, as "a Year 8 girl" is. The year capitalised, as school years are written; the word
        # before it no English word (see accept). Not "Class 12": the rewrite made "Ek Class 12 ka student" "Ek young
        # ka student"
        Pattern(
            "year after a word of another language",
            r"(?<![\w'’-])(?P<foreign>[^\W\d_]+(?:['’-][^\W\d_]+)*)[\s-]+"
            r"(?P<span>(?-i:Year|Yr|Grade|Form)\s?(?:1[0-3]|[1-9]))\b(?![.,:]\d)",
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
        foreign = match.groupdict().get("foreign")
        if foreign is not None:
            opens = re.search(r"(?:^|[.!?\n]\s*|^\W+)$", text[: match.start("foreign")]) is not None
            if not self._word_of_another_language(foreign) or (foreign[0].isupper() and not opens):
                return False  # (a capitalised word inside the sentence is a name: "Tesco Year 3 trip")
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
        if lead == "in" and self._name_before(text, match.start()):
            return True  # "wee Callum in P5 asked me"
        if lead and lead not in ("my", "our", "his", "her", "their", "your"):
            clause = re.split(r"[.;:!?,\n]", text[max(0, match.start() - 60) : match.start()])[-1]
            # the writer's own child's school year is the writer's own life ("my son is in Year 9")
            return self._PERSON_BEFORE.search(clause) is not None and not self._OWN_CHILD.search(clause)
        return True

    @staticmethod
    def _word_of_another_language(word: str) -> bool:
        """ "Dokhtar-e", "Ek", "inna": no English word (the function words and the common words of the project's
        lexicon), no acronym ("ABRSM Grade 5" is an exam board's grade) and no name said before it."""
        if word.isupper() and len(word) > 1:
            return False
        low = word.lower().replace("’", "'")
        if low in lexicon.FUNCTION_WORDS or lexicon.is_common_word(low) or lexicon.is_listed_as_name(word):
            return False
        return not any(lexicon.is_common_word(part) for part in re.split(r"['-]", low) if len(part) > 2)

    @staticmethod
    def _name_before(text: str, start: int) -> bool:
        """A name just before "in P5" ("Callum in P5"), not an everyday word ("Meet in Year 2")."""
        word = re.search(r"([A-Za-z][\w'’-]*)\s*$", text[max(0, start - 30) : start])
        if word is None:
            return False
        word = word.group(1)
        return lexicon.looks_capitalised(word) and not lexicon.is_not_a_name(word) and (
            not lexicon.is_ordinary_word(word) or lexicon.is_listed_as_name(word)
        )

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
