"""Ages: an exact age is one of the details that, with a ward or a school, singles a person out.

Three small recognizers, because three different kinds of evidence make a number an age:
- ``AgeRecognizer``: the number carries its own age wording ("9-year-old", "7yo", "aged 87", "16F",
  "I'll turn 21", "when he was 78.", "a 3 month old came in", "6/52 old");
- ``AgeAfterNameRecognizer``: the number sits right after a name ("Li Wei (34)", "Oliver, 7,") or alone
  between commas after a word for a person ("Their son, 17, came off his motorbike");
- ``SchoolYearRecognizer``: a school year or grade that is about a person ("a girl in year 9",
  "my year 3 kids", "6th grade"), which tells a child's age to within a year.
Bare numbers ("3 siblings", "ten minutes", "5k PB") are never ages here.
"""

from __future__ import annotations

import re

from .gated import HAS_DIGIT, GatedRegexRecognizer

# A person's age: one to three digits, never part of a longer number or a decimal.
_N = r"(?<![\d.,£$€])\d{1,3}(?![\d.,]\d)"

# What may follow "turned 60" / "when he was 78" for the number to be an age and not a count
# ("turned 5 pages" is not an age): the end of a clause, "years", or a time word.
_AGE_END = (
    r"(?=\s*(?:years?(?:\s+old)?|yrs?(?:\s+old)?)\b|\s*[.,;:!?)\]]|\s*$|"
    r"\s+(?:today|tomorrow|yesterday|this|last|next|on|in|and|but|so|soon|recently|when|at|"
    r"lol|haha|omg|now|already)\b)"
)


# Words for a person, shared by the rules that read an age off one: "Their son, 17, came", "Lady on
# Lumley Rd was only 41." Each rule adds the few words only it can use.
_PERSON_WORDS = (
    "son daughter lady man woman gentleman fella bloke boy girl lad lass child kid baby patient client pupil "
    "student resident mum mom dad grandad grandpa grandma nan nana grandson granddaughter husband wife partner "
    "brother sister"
).split()
# Words that make the number a measurement, not an age: "his pain score was 7", "patient pain score, 7,".
_MEASURE_WORDS = (
    "bed bay room ward grade number level score scores count total weight height temp temperature pulse sats bp "
    "rate gcs news mark marks result"
).split()


def _alternatives(words) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


# Who "was 41" can be about when the number is an age.
_PERSON_SUBJECT = _alternatives(_PERSON_WORDS + "he she guy pt youngest eldest oldest".split())
_MEASURE = _alternatives(
    _MEASURE_WORDS
    + "saturation levels bill dose sugar sugars glucose bm hr rr bmi price cost rent shoe size time wait score's "
    "turn place position rank reading ratio percentage share".split()
)


class AgeRecognizer(GatedRegexRecognizer):
    ENTITY = "AGE"
    GATE = HAS_DIGIT
    FLAGS = re.IGNORECASE
    PATTERNS = [
        # "9-year-old", "92 year old", "22 years old", "5-yr-old", "a 65-year-old male"
        (rf"{_N}[\s-]*(?:years?|yrs?)[\s-]*old\b", 0.85),
        # clinical shorthand for a baby's age: "6/12 old" (months), "3/52 old" (weeks), "5/7 old" (days)
        (r"(?<![\d/])\d{1,2}/(?:12|52|7)\s*old\b", 0.8),
        # "7yo", "13 yo", "31 y/o", "40 y.o."
        (rf"{_N}\s?(?:yo|y/o|y\.o\.?)(?![a-z])", 0.85),
        # "aged 87", "age 6", "ages 3 and 5", "age: 40", "at the age of 61"
        (rf"\b(?:aged?|ages)\s*:?\s*(?:of\s+)?{_N}(?:\s*(?:and|&|-|to)\s*{_N})?\b(?!\s*(?:%|percent))", 0.8),
        # "just turned 60", "I'll turn 21.", "turning 40 next week", "turns 3 today"
        (rf"\bturn(?:ed|s|ing)?\s+{_N}{_AGE_END}", 0.8),
        # "Written when he was 78.", "since I was 12,", "when she was 6 years old"
        (
            rf"\b(?:when|since|until|till|because|by\s+the\s+time)\s+(?:he|she|they|i|we|you)\s+"
            rf"(?:was|were|is|are|am|turned)\s+{_N}{_AGE_END}",
            0.75,
        ),
        # "I'm 34.", "she's 9 and ...", "he is 15," — a pronoun, a form of "to be", the number, end of clause
        (rf"\b(?:i'?m|i\s+am|he'?s|he\s+is|she'?s|she\s+is|they'?re|they\s+are)\s+{_N}{_AGE_END}", 0.6),
        # "Lady on Lumley Rd was only 41.", "youngest was 14 months and ...", "my son is 7." — a word for a
        # person, a few words, "was/is", the number ending the clause (a measurement word between them,
        # "his pain score was 7", makes it something else)
        (
            rf"\b{_PERSON_SUBJECT}\b(?:[ \t]+(?!{_MEASURE}\b)[\w'’.-]+){{0,4}}?[ \t]+(?:was|is)\s+"
            rf"(?:only|just|nearly|almost|barely|still|not\s+even\s+)?\s*"
            rf"(?P<span>{_N}(?:\s*(?:years?|yrs?|months?|mths?|weeks?|wks?)(?:\s+old)?)?)"
            r"(?=\s*[.,;:!?)\]]|\s*$|\s+(?:and|but|when|so|now|today)\b)",
            0.7,
        ),
    ]

    # Clinical shorthand "16F", "72 M", "(34F)": the sex letter must be a capital and stand alone, and
    # the note must read like one about a person (an article or "pt" before, "with"/"presenting" after),
    # so "12.5M", "$5M" and "revenue hit 5M" (millions) do not match.
    _SEX_AGE = re.compile(r"(?<![\w$£€.,/-])(?P<span>\d{1,3}\s?[FM])(?![\w%])")
    _PERSON_BEFORE = re.compile(
        r"(?:^|[(\[,;:]\s*|\b(?:a|an|the|this|our|my|new|pt|patient|client|resident|male|female)\s+)$",
        re.IGNORECASE,
    )
    _PERSON_AFTER = re.compile(
        r"\s*(?:(?:with|presenting|presents|c/o|complaining|admitted|brought|who|found|seen|on)\b)",
        re.IGNORECASE,
    )

    # A baby's age: "a 3 month old", "6-week-old", "a 10 day old", "she was 3 weeks old". Food, posts and
    # phones are "3 days old" too, so the words around must say it is a person (see _young_age).
    _YOUNG_AGE = re.compile(
        rf"{_N}[\s-]*(?P<unit>(?:month|mth|mo|week|wk|day)(?P<plural>s)?)[\s-]*old\b", re.IGNORECASE
    )
    # What may follow "a 3 month old" when it means a baby: a word for a child, or no noun at all
    # ("a 3 month old came in", "a 10 day old with jaundice", "a 6 week old.")
    _AFTER_YOUNG_AGE = re.compile(
        r"(?:\s*(?:[.,;:!?)\]]|$)|\s+(?:baby|babies|boy|girl|son|daughter|twins?|infant|neonate|child|patient|"
        r"grandson|granddaughter|nephew|niece|sibling|brother|sister|bub|lad|lass|"
        r"with|who|came|comes|was|is|has|had|and|in|at|on|from|presenting|presented|brought|admitted|seen|"
        r"needs|needed|needing|being|getting|today|yesterday|tonight|last|this|that|whose|arrived|"
        r"screaming|crying|sleeping|asleep|feeding|fed)\b)",
        re.IGNORECASE,
    )
    # "3 weeks old" is a person's age when a person is what "is" or "was" it ("she's 3 weeks old", "my
    # baby was only 6 months old") or when it dates a moment in a life ("at 4 months old", "since 6 weeks old")
    _PERSON_IS_BEFORE = re.compile(
        r"(?:\b(?:he|she|i|you|baby|son|daughter|twins|boy|girl|infant|grandson|granddaughter|nephew|niece|"
        r"brother|sister|child|kid|patient)(?:['’]s|['’]re|['’]m|\s+(?:is|was|were|are|am|turned|turns))|"
        r"\b(?:at|when|since|until|till|from))"
        r"(?:\s+(?:only|just|now|nearly|almost|about|barely|not\s+even))?\s+$",
        re.IGNORECASE,
    )

    def _young_age(self, m: re.Match, text: str) -> bool:
        if not 0 < int(re.match(r"\d+", m.group()).group()) <= 120:
            return False
        if not m.group("plural"):
            # "a 3 month old came in", "a 6-week-old baby", not "a 3 day old sandwich"
            return self._AFTER_YOUNG_AGE.match(text, m.end()) is not None
        # "3 days old" says whose only before it: "she was 3 days old", not "the milk is 3 days old"
        return self._PERSON_IS_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None

    def find(self, text, nlp_artifacts=None):
        results = super().find(text, nlp_artifacts)
        for m in self._YOUNG_AGE.finditer(text):
            if self._young_age(m, text):
                results.append(self.result(m.start(), m.end(), 0.8, m.group()))
        for m in self._SEX_AGE.finditer(text):
            digits = int(re.match(r"\d+", m.group("span")).group())
            if not 1 <= digits <= 110:
                continue
            if self._PERSON_BEFORE.search(text[max(0, m.start() - 12) : m.start()]) or self._PERSON_AFTER.match(
                text, m.end()
            ):
                start, end = m.span("span")
                results.append(self.result(start, end, 0.6, text[start:end]))
        return results

    def accept(self, match: re.Match, text: str) -> bool:
        number = re.search(r"\d+", match.group())
        return number is not None and int(number.group()) <= 120


class AgeAfterNameRecognizer(GatedRegexRecognizer):
    """An age written straight after a name: "Li Wei (34)", "Oliver, 7, asked me", "Mrs Hale (82F)", or
    after a word for a person: "Their son, 17, came off his motorbike"."""

    ENTITY = "AGE"
    GATE = HAS_DIGIT
    PATTERNS = [
        # "(34)", "(34F)", "(aged 34)" after a capitalised word
        (r"\b[A-Z][\w'’.-]*\s*(?P<span>\((?:aged?\s*)?\d{1,3}\s?(?:[FM]|,\s?[FM])?\))", 0.75),
        # "Oliver, 7," / "Sarah, 9." / "Amir, 12 and ..."
        (
            r"\b[A-Z][a-z'’-]+,\s(?P<span>\d{1,2})"
            r"(?=\s*[,.;:!?)]|\s*$|\s+(?:and|who|with|has|had|is|was|from|came|told|said|asked)\b)",
            0.65,
        ),
    ]
    # Words that are capitalised but are not names: "Chapter (3)", "Monday, 5 people".
    NOT_NAMES = frozenset(
        "chapter page section figure table step part item question room ward bed year grade level "
        "stage phase version round monday tuesday wednesday thursday friday saturday sunday "
        "january february march april may june july august september october november december "
        "in on at by for and but so then also yes no ok okay".split()
    )

    def accept(self, match: re.Match, text: str) -> bool:
        word = re.match(r"[\w'’.-]+", match.group()).group().lower().rstrip(".,")
        return word not in self.NOT_NAMES

    # "Their son, 17, came off his motorbike", "a lovely lady today, 67, with...": a number alone between
    # commas just after a word for a person. Found by its commas first (cheap), then the word looked for.
    _BETWEEN_COMMAS = re.compile(r",\s?(?P<span>\d{1,3})\s?,(?!\s*\d)")
    _PERSON_WORD_BEFORE = re.compile(
        r"(?i:\b(?:"
        + _alternatives(
            _PERSON_WORDS
            + "gent chap toddler teen teenager youngster mam granddad gran granny grandmother grandfather nephew "
            "niece neighbour neighbor".split()
        )
        + r"|service\s+user|young\s+person))"
        # up to two words between, as in "lady today, 67," or "son in law, 40,"
        r"(?P<between>(?:\s+[A-Za-z'’]+){0,2})$"
    )
    # words between the person and the number that make it a place, a count or a measurement: "the
    # patient in bed, 4,", "patient pain score, 7,", "client weight, 70,"
    _NOT_BETWEEN = frozenset(_MEASURE_WORDS + "year no page step rating pain obs results".split())

    def find(self, text, nlp_artifacts=None):
        results = super().find(text, nlp_artifacts)
        for m in self._BETWEEN_COMMAS.finditer(text):
            # only an age a person can be; "2009" and "£50" never match the three digits after a comma
            if int(m.group("span")) > 115:
                continue
            before = self._PERSON_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            if before is None or self._NOT_BETWEEN.intersection(before.group("between").lower().split()):
                continue
            start, end = m.span("span")
            results.append(self.result(start, end, 0.65, m.group("span")))
        return results


class SchoolYearRecognizer(GatedRegexRecognizer):
    """A school year or grade about a person: it tells a child's age within a year and narrows the class."""

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
        (
            rf"\b(?P<lead>in|into|my|our|his|her|their|a|the|of|for)\s+(?P<span>(?:year|yr|grade|p|primary|s)\s?"
            rf"(?:1[0-3]|[1-9])s?)\b(?!\s*(?:of|%|percent|minutes|hours|days|weeks|months|years|piano|violin|guitar|"
            rf"music|theory|exams?|ballet|swimming|listed)\b)",
            0.6,
        ),
        (rf"\b(?P<span>(?:year|grade)\s?(?:1[0-3]|[1-9])s?)\s+{_PERSON}\b", 0.65),
        # "6th grade", "sixth-grader", "a 10th grader"
        (
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
            return self._PERSON_BEFORE.search(clause) is not None
        return True

    _PERSON_BEFORE = re.compile(
        r"\b(?:he|she|they|him|her|his|who|i|i'?m|we|you'?re|son|daughter|kids?|child(?:ren)?|students?|pupils?|"
        r"girls?|boys?|twins?|grand(?:son|daughter)s?|nephews?|nieces?|someone|everyone|lads?|lass|parents?|"
        r"mums?|moms?|dads?|learners?|teen(?:ager)?s?|siblings?|brothers?|sisters?)\b",
        re.IGNORECASE,
    )
