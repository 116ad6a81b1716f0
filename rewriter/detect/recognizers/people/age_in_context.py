"""Ages told with no age word, read off the words around the number: "89 today and still thrashing me at crib",
"88 going on 18", "passed away peacefully last night at 97", "diagnosed with Parkinson's at 38", "a widow of 62"
(in age.py's "girl of"), "Tyrese in my class (7)", "him a 14", "6th formers, all 17", "Our only resident who's 108
— yes", "Represented young Summer today. 14, in care since she was 6". Each is an exact age that, with a ward, a
school or a home, singles one person out. The number counts as an age only when the words around tie it to a
person; the writer's own age and their own family's ("my dad died at 80", "I was diagnosed at 30") are their
own life and are left, as in age.py."""

from __future__ import annotations

import re

from ..support.ages import AGE_NUMBER, PERSON_WORDS, alternatives
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer
from .age import OLD_AGE_WONDER, _OTHER_PEOPLE, _OWN_FAMILY_BEFORE, AgeRecognizer, _about_own_family

# What may follow an age for it to close the clause: punctuation, the end, or a joining word.
_CLAUSE_END = r"(?=\s*[.,;:!?)\]—–]|\s+-\s|\s*$|\s*[^\w\s.,'’]|\s+(?:and|but|so|after|when|years?|yrs?|now|yet)\b)"
_PERSON = alternatives(PERSON_WORDS + "he she him her his who young old little wee".split())
# A person by a word for one or a pronoun, without the adjectives _PERSON takes ("the old hall" is no one)
_SOMEONE = alternatives(PERSON_WORDS + "he she him her his".split())
# Events in a life said with the age they happened at: "died at 97", "diagnosed with MS at 41"
_LIFE_EVENT = (
    r"(?:passed(?:\s+away|\s+on)?|died|widowed|orphaned|diagnosed|paralysed|paralyzed|"
    r"(?:got|fell)\s+pregnant|gave\s+birth|became\s+a\s+(?:mum|mom|dad|mother|father|grandmother|grandfather)|"
    r"had\s+(?:a|her|his|their)\s+(?:first\s+)?(?:stroke|heart\s+attack|baby)|"
    # a diagnosis told by what was found: "they found a heart condition at 29", "picked up a murmur at 34"
    r"(?:found|discovered|picked\s+up|spotted)\s+(?:a|an|the|her|his|their)\s+(?:[\w'’-]+\s+){0,2}"
    r"(?:condition|cancer|tumou?r|disease|defect|murmur|clot|bleed|lump|syndrome|disorder))"
)
# Groups of people whose shared age is told after them: "6th formers, all 17", "the lads, both 19"
_GROUP = r"(?:formers|students|pupils|kids|girls|boys|lads|lasses|teens|teenagers|children|learners|classmates|players|twins|sisters|brothers|victims)"
# Groups a pupil, patient or client belongs to, told before a bracketed age: "Tyrese in my class (7)"
_BELONGS = r"(?:class|caseload|ward|team|group|room|unit|form|tutor\s+group|care|home|squad|clinic|list|programme|program)"
# A birthday said around "N today": "Penblwydd hapus ... 89 today", "🎂"
_BIRTHDAY = re.compile(r"(?i:birthday|b-?day|b['’]day|happy|hapus|penblwydd|cumplea|many\s+happy|🎂|🥳|🎉|🎈)")
# The writer or their own family as the one the event happened to: "I was diagnosed", "my dad died"
_OWN_SUBJECT = re.compile(
    r"(?i)\b(?:i|i['’]m|i['’]ve|i\s+had|my\s+(?:own\s+|late\s+|dear\s+)?\w+(?:\s+\w+)?|our\s+(?:own\s+|late\s+)?\w+)"
    r"(?:\s+(?:was|were|got|had|has|have|been|just|finally|only|sadly|recently|peacefully)){0,3}\s*$"
)


class AgeInContextRecognizer(GatedRegexRecognizer):
    ORDER = 107
    ENTITY = "AGE"
    GATE = HAS_DIGIT
    FLAGS = re.IGNORECASE
    PATTERNS = [
        # "88 going on 18": an age and the one it feels like, always a person's
        Pattern("N going on N", rf"(?P<span>{AGE_NUMBER}\s+going\s+on\s+{AGE_NUMBER})\b", 0.75),
        # "Mr Jenkins, 3rd of June, 89 today and still thrashing me": a birthday age after a comma or a dash,
        # in a post that speaks of a birthday or wonders at the age ("and still"); "we saw 40 today" has neither
        Pattern(
            "N today",
            rf"(?:[,(—–]\s*|\s-\s|^|[.!?]\s+)(?P<span>{AGE_NUMBER})\s+today\b(?=\s*[!.,;)🎂🥳🎉]|\s*$|\s+{OLD_AGE_WONDER}|\s+and\b)",
            0.7,
        ),
        # "passed away peacefully last night at 97", "diagnosed with early-onset Parkinson's at 38"
        Pattern(
            "event at N",
            rf"\b{_LIFE_EVENT}\b[^.!?\n]{{0,45}}?\bat\s+(?:the\s+age\s+of\s+|age\s+|only\s+|just\s+)?(?P<span>{AGE_NUMBER}){_CLAUSE_END}",
            0.7,
        ),
        # "Tyrese in my class (7)": a bracketed age after the group the person belongs to
        Pattern(
            "group (N)",
            rf"\b(?:in|on|from)\s+(?:my|our|the|his|her)\s+(?:[\w'’-]+\s+)?{_BELONGS}\s*(?P<span>\((?:aged?\s*)?{AGE_NUMBER}!?\))",
            0.7,
        ),
        # "Lola Caridad (101!)": a bracketed age with a cry of wonder after a capitalised word
        Pattern("name (N!)", rf"\b[A-Z][\w'’.-]*\s*(?P<span>\({AGE_NUMBER}\s?!+\))", 0.7),
        # "him a 14" (Jamaican and West African English for "he is 14"), closing the clause
        Pattern("him a N", rf"\b(?P<span>(?:him|her|she|he)\s+a\s+{AGE_NUMBER}){_CLAUSE_END}", 0.65),
        # "6th formers, all 17", "the twins, both 9": a group of people and their one age
        Pattern(
            "group all N",
            rf"\b{_GROUP}\s*,?\s+(?:all|both)\s+(?:aged\s+)?(?P<span>{AGE_NUMBER})(?=\s*[.,;:!?)\]]|\s*$|\s+(?:and|but|so|years?|yrs?)\b)",
            0.65,
        ),
        # "Twins Ama and Esi (both 4) from our clinic", "the Okafor boys (all 9!)": a bracket of "both" or "all"
        # and one number is the shared age of the people just named ("(all 28 of them)" is a count and goes on)
        Pattern("(both N)", rf"(?P<span>\((?:both|all|each)\s+(?:aged\s+)?{AGE_NUMBER}\s?!*\))", 0.7),
        # "Oul Mr Quigley would've been 100 next month", "she'd have been 18 today": the age a person who died
        # would be reaching, told with the day it falls on
        Pattern(
            "would have been N",
            rf"\b(?:would|wud|'d|’d)(?:['’]ve|\s+have|\s+of|a)\s+been\s+(?P<span>{AGE_NUMBER})\s+"
            r"(?=(?:today|tomorrow|tmrw|next\s+(?:week|month|year)|this\s+(?:week(?:end)?|month|year)|"
            r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
            0.7,
        ),
        # "Our only resident who's 108 — yes", "the lady who's 94 walks": "who is" and the age, then a dash
        # or the person's next verb (age.py's "who is" needs the clause to end)
        Pattern(
            "who is N then a verb",
            rf"\b(?P<span>who(?:['’]s|\s+is|\s+was)\s+(?:only\s+|just\s+|now\s+|nearly\s+|almost\s+)?{AGE_NUMBER})"
            r"(?=\s*[—–]|\s+-\s|\s+(?:had|has|was|is|lives|lived|still|got|gets|came|comes|went|goes|never|always|walks|"
            r"walked|told|tells|said|says|asked|asks|just|keeps|kept)\b)",
            0.65,
        ),
        # "she get so much talent, only 14 an already mo betta than me", "Top of the set, just 15 and still": an aside
        # of "only" and a number, then "and already/still", after a clause about a person (see accept): how young or
        # old that person is, told as a wonder
        Pattern(
            "only N and already",
            rf"[,;:—–]\s*(?:only|just)\s+(?P<span>{AGE_NUMBER})\s+(?:and|an['’]?|n|&)\s+(?:already|still)\b",
            0.6,
        ),
        # "Represented young Summer today. 14, in care since she was 6": a bare age opening a sentence about
        # the person the sentence before spoke of (see accept)
        Pattern(
            "age opening a sentence",
            rf"(?:^|[.!?]\s+)(?P<span>{AGE_NUMBER}),\s+(?=[a-z][^.!?\n]{{0,70}}\b(?:she|he|her|his|him)\b)",
            0.6,
        ),
        # "... told me he's got MND. 57 and the kindest man you'd meet.", "... his mum's on chemo. 17 with a whole
        # family on his back.": the same bare age joined by "and" or "with" to what is said of that person; from 13
        # up, as a smaller number opening a sentence is as often a count ("3 with chest pain, he said"), and "with"
        # only before what someone has ("with a", "with his"), never a condition that counts patients ("14 with covid")
        Pattern(
            "age and what is said of them",
            # (or after an emoji that ends the sentence before: "first day on the job 👷‍♀️ 17 and already better than")
            rf"(?:^|[.!?]\s+|[^\w\s.,;:!?'’\"“”()\[\]$£€%&*+/<=>@#-]\s*)(?P<span>{AGE_NUMBER})\s+(?:and|an|with(?=\s+(?:a|an|no|his|her|their)\s))\s+(?!a\s+half\b|(?:a\s+)?(?:bit|counting|more|change|"
            r"over|under|rising|climbing|done|dusted|finished|counted|completed|sorted|signed)\b)(?=[^.!?\n]{0,70}\b(?:she|he|her|his|him|man|woman|lady|girl|boy|lad|lass|kid|soul|person|guy|"
            # or what the person is doing: "16 and carrying so much"
            r"fella|bloke|gent)\b|(?:still\s+|already\s+)?(?!(?:no|some|any|every)thing\b)[a-z]{3,}ing\b"
            # or the state they are in, the clause ending there: "91 and bed-blocked.", "17 and pregnant, and", or how they
            # compare: "17 and already better than half the crew"
            r"|(?:still\s+|already\s+)?[a-z][a-z-]{2,}ed(?=\s*[.!?,;]|\s*$)|(?:still\s+|already\s+)?(?:pregnant|homeless|alone|widowed|"
            r"terminal|paralysed|paralyzed)\b|(?:still\s+|already\s+)?[a-z]{2,}er\b[^.!?\n]{0,30}?\bthan\b)",
            0.6,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        span = match.group("span")
        number = int(re.search(r"\d+", span).group())
        if not 0 < number <= 120:
            return False
        name = self.pattern_name(match)
        if name == "N going on N":
            # "88 going on 18", "13 going on 30": an age and one far from it; "38 going on 39" is a reading rising
            first, second = (int(n) for n in re.findall(r"\d+", span))
            if abs(first - second) < 5:
                return False
        before = text[max(0, match.start("span") - 160) : match.start("span")]
        if name == "N today":
            if number < 2 or not (_BIRTHDAY.search(text) or re.match(rf"\s+{OLD_AGE_WONDER}", text[match.end() :])):
                return False
            # "Mum, 90 today!": the writer's own family, when the post has spoken of no one else
            # "Happy birthday Mum, 70 today", "Happy birthday to me, 40 today": the writer's own or their family's
            if (_OWN_FAMILY_BEFORE.search(before) or AgeRecognizer._OWN_FAMILY_MENTION.search(before)) and not _OTHER_PEOPLE.search(before):
                return False
            if re.search(r"(?i)\bto\s+me\b|\bmy\s+(?:own\s+)?(?:birthday|bday)\b", before):
                return False
        if name == "event at N":
            if number < 12:  # "died at 4" reads as a clock time as often as an age
                return False
            event = re.search(_LIFE_EVENT, match.group(), re.IGNORECASE)
            head = text[max(0, match.start() + event.start() - 40) : match.start() + event.start()]
            if _OWN_SUBJECT.search(head):
                return False
        if name == "would have been N":
            # a thing's anniversary ("it would've been 10 next week") or the writer's own ("I'd have been 40",
            # "my dad would have been 80 today") is no one else's age
            head = text[max(0, match.start() - 40) : match.start()]
            if re.search(r"(?i)\b(?:it|that|this|which|there|we|i|you|they)\s*$", head) or re.search(
                    r"(?i)^(?:['’]d)", match.group()) and re.search(r"(?i)\b(?:i|we|you|it|that)$", head):
                return False
            if _OWN_FAMILY_BEFORE.search(head) and not _OTHER_PEOPLE.search(head):
                return False
            # someone must be who would have been it: a word for a person or a title ("Oul Mr Kerr", "the lad"), or a
            # name just before ("Edie'd have been 99"); "the old hall would have been 100" is a building
            clause = re.split(r"[.!?]\s+", head)[-1]
            if not (re.search(rf"(?i)\b{_SOMEONE}\b|\b(?:mr|mrs|ms|miss|dr|mx)\b", clause)
                    or re.search(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z'’-]+\s*$", clause)):
                return False
        if name == "age and what is said of them" and number < 13:
            return False
        if name == "only N and already":
            # the clause before speaks of a person ("she get so much talent"), not of a thing ("the set's done, only
            # 14 and already sold out" is a count)
            clause = re.split(r"[.!?\n]", text[: match.start()])[-1]
            if not re.search(rf"\b{_SOMEONE}\b", clause, re.IGNORECASE) or number < 2:
                return False
        if name in ("age opening a sentence", "age and what is said of them"):
            previous = re.split(r"[.!?]\s+", text[: match.start("span")].rstrip())
            previous = previous[-2] if len(previous) > 1 and not previous[-1].strip() else previous[-1]
            if not re.search(rf"\b{_PERSON}\b|\b(?:Mr|Mrs|Ms|Miss|Dr)\b", previous, re.IGNORECASE):
                return False
        return not _about_own_family(text, match.start(), match.group())

    def pattern_name(self, match: re.Match) -> str:
        """Which of PATTERNS found ``match`` (each is compiled from its own source text)."""
        return next((p.name for p in self.PATTERNS if p.regex == match.re.pattern), "")
