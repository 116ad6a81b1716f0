"""A bare age in an aside about one person, with no "years old" and no name right before it: the forms
age_after_name.py does not read (issue 10: ages in their written forms).

- closing the sentence after a word for the person: "the morning-after pill for her daughter, 15.";
- guessed: "a little boy maybe 6, paid cash", "a lass about 14 or so";
- a list of children's ages: "came in with his 3 kids, 11, 8 and 6.";
- before what the person does for a living, as a case is summed up: "a lad fae the coast the day, 22, fisherman,";
- in years, as Indian and South African English tell a child's or a patient's age: "Chintu fell from the
  mango tree, 11 years, arm fracture", "He ate two spoons and smiled. 67 years only, too early."

Each is an exact age that, with a named place or a story, singles one person out. Numbers that are no age are
left: a measurement after the guess ("a man about 6 foot"), a count of things ("3 kids, 2 dogs"), a time ("worked
there, 11 years, no raise" has no child in it), and the writer's own family ("my daughter, 15.")."""

from __future__ import annotations

import re

from .... import vocab
from ..support.ages import PERSON_WORDS, alternatives
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer
from .age import _about_own_family

# A single person, by a word for one (plural words are a group, whose "kids, 4." is a count)
_ONE_PERSON = alternatives([w for w in PERSON_WORDS if not w.endswith("s")] + ["lady", "lad", "lass", "guy", "gent"])
# Occupations a case sums a person up by after their age ("22, fisherman,"); the BLS list, the role nouns and a few
# everyday ones it words differently
_JOBS = alternatives(
    vocab.entries("occupations") + vocab.entries("role_nouns") + vocab.entries("job_titles") + vocab.entries("news_roles")
    + ("fisherman", "fishermen", "student", "pensioner", "retiree", "labourer", "laborer", "shopkeeper", "housewife",
       "farmhand", "apprentice", "unemployed", "jobless")
)
# Children, for the list of ages after them and for "11 years" told of one
_CHILDREN = r"(?:kids|children|boys|girls|sons|daughters|grandkids|grandchildren|little\s+ones|wee\s+ones|young\s+ones)"
_CHILD = (r"\b(?:son|daughter|boy|girl|child|kid|baby|grandson|granddaughter|nephew|niece|lad|lass|toddler|"
          r"beta|beti|bacha|bachcha|munna|munni)\b")
# Where a clause ends after the age
_ENDS = r"(?=\s*[.!?;]|\s*$)"

_AGE = r"(?P<span>\d{1,2}|1[01]\d)"


class AgeInAnAsideRecognizer(GatedRegexRecognizer):
    ORDER = 111
    ENTITY = "AGE"
    GATE = HAS_DIGIT
    FLAGS = re.IGNORECASE
    PATTERNS = [
        Pattern("person, N.", rf"\b{_ONE_PERSON},\s?{_AGE}{_ENDS}", 0.65),
        Pattern(
            "person maybe N",
            rf"\b(?:boy|girl|kid|child|lad|lass|laddie|lassie|man|woman|lady|guy|bloke|fella|toddler|teen|youngster|chap)\s+"
            rf"(?:maybe|about|around|roughly|probably|prob|possibly|like)\s+{_AGE}"
            r"(?=\s*[,.;:!?)]|\s*$|\s+(?:or\s+so|tops|max|at\s+most|and|with|who|in|at|on)\b|\s+or\s+\d{1,2}\b)",
            0.65,
        ),
        Pattern(
            "children, N, N and N",
            rf"\b{_CHILDREN},\s?(?P<span>\d{{1,2}}(?:\s?,\s?\d{{1,2}})*\s?(?:and|&)\s?\d{{1,2}})(?=\s*[.,;:!?)]|\s*$)",
            0.7,
        ),
        Pattern("N, occupation,", rf",\s?{_AGE},\s?(?:an?\s+)?{_JOBS}(?=\s*[,.;:!?)]|\s*$)", 0.65),
        Pattern("N years, detail", rf",\s?(?P<span>(?:\d{{1,2}}|1[01]\d)\s+(?:years|yrs))\s?,", 0.6),
        Pattern("N years only", rf"(?:^|(?<=[.!?])\s+)(?P<span>(?:\d{{1,2}}|1[01]\d)\s+(?:years|yrs))\s+only\b", 0.6),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        name = next(p.name for p in self.PATTERNS if p.regex == match.re.pattern)
        numbers = [int(n) for n in re.findall(r"\d+", match.group("span"))]
        if not all(0 < n <= 115 for n in numbers):
            return False
        start = match.start("span")
        sentence_start = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        sentence = text[sentence_start:start]
        if name == "N, occupation,":
            # the age of someone the sentence is about: a word for a person before it ("a loon fae X the day, 22,")
            if not re.search(rf"\b(?:{_ONE_PERSON}|loon|quine|he|she|him|her)\b", sentence, re.IGNORECASE):
                return False
        if name == "N years, detail":
            # a child the sentence is about, never years of service ("worked there, 11 years, no raise")
            if not re.search(_CHILD, sentence, re.IGNORECASE) or re.search(r"(?i)\b(?:for|since|after|ago|over)\s*$", sentence):
                return False
        if name == "N years only":
            # after a sentence about someone ("He ate two spoons and smiled. 67 years only")
            previous = text[max(0, sentence_start - 200) : start]
            if not re.search(r"(?i)\b(?:he|she|him|her|his|mr|mrs|ms|patient|uncle|aunty|auntie|amma|appa|nani|dada)\b", previous):
                return False
        if name in ("person, N.", "person maybe N", "children, N, N and N") and re.search(
                r"(?i)\b(?:my|our)\s+(?:\d+\s+|\w+\s+)?$", text[max(0, match.start() - 20) : match.start()]):
            return False  # "my daughter, 15.", "my kids, 4 and 7": the writer's own
        return not _about_own_family(text, match.start(), match.group())
