"""How long someone the post describes has served, which tells which colleague, client or volunteer it
is: "Sister Agnes is retiring after 41 yrs on ward 12", "who's been at Savanna Fresh Dairies for 22
years", "congrats to Will on 25 years with us", "Miss Sharon been there 27 years". With a workplace, an
exact length of service is a line in a staff list. The span is the length ("41 yrs"); the rewrite says
"many years". The writer's own service ("I've been nursing for 20 years", "Retired today after 38 years",
"My mum retired after 41 years") identifies no one else and is left."""

from __future__ import annotations

import re

from .... import vocab
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

# A length in years: "41 yrs", "30 year", "22 years" (not "22-year-old", not "30 years ago").
_YEARS = r"(?P<span>(?<![\d.,£$€])\d{1,2}\s*(?:years?|yrs?))(?![\w-]|\s+(?:old|young|ago|later|earlier|since|before)\b)"
# Where or how the service was: "on ward 12", "at Glenbrook station", "in payroll", "with us", "as a nurse".
_SERVED_AT = r"(?=\s+(?:on|at|in|with|as|behind|serving|running|keeping|looking|of\s+(?:service|care|nursing|teaching))\b)"

# A first-person clause: the writer's own service ("I've done this 30 years", "my 12 years").
_OWN = re.compile(r"(?i)\b(?:i|i['’]ve|i['’]m|i['’]d|me|my|we['’]ve|myself)\b")
_OWN_MARRIAGE = re.compile(r"(?i)\b(?:i|i['’]ve|i['’]m|we|we['’]ve|we['’]re|we['’]ll|us|me|my|our|myself|ourselves)\b")
_COUPLE = re.compile(r"(?i)\b(?:couple|pair|residents?|patients?|clients?|they|both|mr|mrs)\b|\b[A-Z][a-z]+\s*\($")
_OWN_FAMILY = re.compile(rf"(?i)\b(?:my|our)\s+(?:own\s+)?(?:{vocab.alternation('family_nouns')[3:-1]})\b")
# Someone the sentence is about: a pronoun, "who", or a capitalised word that is not the sentence's first.
_THIRD_PERSON = re.compile(
    rf"\b(?:[Ss]he|[Hh]e|[Ww]ho|[Hh]er|[Hh]is|[Tt]heir)\b|(?<=[a-z,] )(?!(?i:{vocab.alternation('weekdays')[3:-1]}|"
    rf"{vocab.alternation('months')[3:-1]})\b)[A-Z][a-z]+"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*|[^\w\s,'’()-]\s+)(?=[^.!?\n]*$)")


class ServiceLengthRecognizer(GatedRegexRecognizer):
    ORDER = 603
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    WHY = "How long someone has served, with where, tells which colleague or client this is."
    SUGGESTION = "many years"
    FLAGS = re.IGNORECASE
    PATTERNS = [
        # "is retiring after 41 yrs on ward 12", "hanging up his boots after 25 yrs on the road", "leaving do
        # for Margaret after 31 years at Fairview Pharmacy"
        Pattern(
            "retiring after",
            rf"\b(?:retir(?:e|es|ed|ing)|leaving|farewell|send[\s-]?off|leaving\s+do|hang(?:s|ing)?\s+up)\b"
            rf"[^.!?\n]{{0,60}}?\bafter\s+{_YEARS}",
            0.6,
        ),
        # "who's been at Savanna Fresh Dairies for 22 years", "Miss Sharon been there 27 years", "has served us
        # for 20 yrs", "has been coming to our counter for 15 years"
        Pattern(
            "has been there",
            rf"\b(?:who['’]s|who\s+has|has|she['’]s|he['’]s|(?<=[a-z] )been)\s*(?:been\s+)?"
            rf"(?:(?:at|with|on|in)\s+[^.!?\n,]{{1,40}}?|there|here|coming\s+[^.!?\n,]{{1,40}}?|served\s+\w+|"
            rf"worked\s+(?:there|here|at\s+[^.!?\n,]{{1,40}}?))\s+(?:for\s+)?{_YEARS}",
            0.6,
        ),
        # "congrats to Will Oyelaran on 25 years with us", "shout out to Sister Abena on 30 years at ..."
        Pattern(
            "congratulated on",
            rf"\b(?:congrat\w*|well\s+done|shout\s*-?\s*out|celebrat\w+|happy)\b[^.!?\n]{{0,60}}?\bon\s+{_YEARS}{_SERVED_AT}",
            0.6,
        ),
        # "her 62 years married to her Stan", "Mr and Mrs A (married 71 years!)": a long marriage is as exact a
        # line in a care home's or a ward's story as a length of service (the writer's own: see accept)
        Pattern("years married", rf"{_YEARS}\s+(?P<married>married|wed)\b", 0.6),
        Pattern("married years", rf"\b(?P<married2>married)\s+(?:for\s+)?{_YEARS}", 0.6),
        # "... who got clipped by a van this morning. 30 years keeping our kids safe.": said of the person the
        # sentence before described (see accept)
        Pattern("years doing", rf"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)){_YEARS}(?=\s+(?:\w+ing|of\s+\w+ing)\b)", 0.5),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        start = match.start("span")
        sentence_start = _SENTENCE_START.search(text, 0, start)
        sentence = text[sentence_start.end() if sentence_start else 0 : start]
        end = re.search(r"[.!?\n]|$", text[match.end() :])
        rest = text[match.end() : match.end() + end.start()]
        if match.groupdict().get("married") or match.groupdict().get("married2"):
            # "Me and him, 40 years married today", "my parents, 50 years married": the writer's own; "told me
            # about her 62 years married" is someone else's, whoever told it
            if re.search(r"(?i)\b(?:her|his|their)\s+$", sentence):
                return True
            sentence = re.split(r"[:;–—]", sentence)[-1]  # "Couple I'm seeing: both surgeons, married 30 yrs"
            after = " ".join(rest.split()[:4])  # "... to my Stan": whose marriage, said right after
            if _OWN_MARRIAGE.search(sentence) or _OWN_MARRIAGE.search(after) or _OWN_FAMILY.search(sentence):
                return False
            # someone else must be there: "Married 60 years, and still laughing" has the writer as its subject
            window = text[max(0, start - 80) : start]
            return bool(_THIRD_PERSON.search(window) or _COUPLE.search(window))
        if _OWN.search(sentence) or _OWN.search(rest) or _OWN_FAMILY.search(sentence):
            return False  # "I've been here 22 years", "My mum retired today after 41 years"
        if match.start() == start:  # "years doing": the sentence before is about someone else
            before = text[max(0, start - 160) : start].rstrip()
            previous = re.split(r"[.!?\n]\s*", before[:-1])[-1] if before else ""
            return bool(previous) and not _OWN.search(previous) and bool(_THIRD_PERSON.search(previous))
        # someone other than the writer is the subject: a name, a pronoun, "who", a role ("Sister Agnes
        # is retiring", "our receptionist Blessing has been here"), not a bare verb ("Retired today after")
        return bool(_THIRD_PERSON.search(sentence)) or bool(re.search(r"(?i)\b(?:our|the|a|an|their)\s+\w+", sentence))
