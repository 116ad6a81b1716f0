"""Both parties of a court case: "Patterson v. Dunmore Logistics", "Smith vs Jones"."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer
from ..support.companies import COMPANY_WORD
from ..support.landmark_cases import landmark_case

# Sides everyone knows: countries and big places (a fixture, "Ireland v France"), brands, listed companies and
# software ("iPhone vs Android", "Postgres vs MySQL").
_PUBLIC_SIDES = (vocab.words("countries") | vocab.words("countries_named_like_people") | vocab.words("big_places") | vocab.words("brands")
                 | vocab.words("listed_companies") | vocab.words("software_products"))
# A job said as its title ("Senior PM", "Staff Engineer", "Head Nurse"): its last word a role (an office acronym
# in capitals or a job noun), the words before it capitalised like a title. Either side such a title makes the
# "vs" a comparison of jobs ("L5 PM at Google vs Senior PM at Stripe"), never the parties of a case.
_ROLE_WORDS = vocab.words("job_titles") | vocab.words("occupations")
_ROLE_ACRONYMS = frozenset(w.upper() for w in vocab.words("role_acronyms"))
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}s?")
_CAPTION = re.compile(rf"(?P<a>{COMPANY_WORD}(?:\s+{COMPANY_WORD}){{0,3}})\s+vs?\.?\s+(?P<b>{COMPANY_WORD}(?:\s+{COMPANY_WORD}){{0,3}})")


def _public_side(side: str) -> bool:
    """An acronym ("HSA vs FSA", "NHS v BMA"), or a name everyone knows, after a verb opening the sentence
    ("Watching Ireland v France")."""
    words = side.split()
    while len(words) > 1 and words[0].lower().endswith("ing") and lexicon.is_ordinary_word(words[0]):
        words = words[1:]
    name = " ".join(words)
    return name in _PUBLIC_SIDES or all(_ACRONYM.fullmatch(w) for w in words)


def _job_title(side: str) -> bool:
    """ "Senior PM", "Staff Engineer", "L5 PM": a role said as a title, not a party."""
    words = side.split()
    last = words[-1]
    return last in _ROLE_ACRONYMS or (last.lower() in _ROLE_WORDS and not last.isupper())


class CaseCaptionRecognizer(RegexRecognizer):
    ORDER = 920
    TEXT_ONLY = True
    ENTITY = "ORGANIZATION"
    WHY = "The parties of a case identify the people or companies involved."
    PATTERNS = [
        Pattern("first party", rf"(?P<span>\b{COMPANY_WORD}(?:\s+{COMPANY_WORD}){{0,3}})\s+vs?\.?\s+{COMPANY_WORD}", 0.8),
        Pattern("second party", rf"\b{COMPANY_WORD}(?:\s+{COMPANY_WORD}){{0,3}}\s+vs?\.?\s+(?P<span>{COMPANY_WORD}(?:\s+{COMPANY_WORD}){{0,3}})", 0.8),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        side = match.group("span").split()
        if len(side) == 1 and len(side[0]) == 1:
            return False  # "R v Smith": the Crown is no one's secret
        if landmark_case(text, match.start("span"), match.end("span")):
            return False  # "Gideon v. Wainwright turned 60", "Rereading Dobbs v Jackson for a seminar": a landmark case
        # Two sides everyone knows make a comparison or a fixture, not a case: "HSA vs FSA", "Ireland v France"
        both = _CAPTION.match(text, match.start())
        if _job_title(match.group("span")) or (both is not None and (_job_title(both.group("a")) or _job_title(both.group("b")))):
            return False
        if both is not None and (_software_against_a_word(both.group("a"), both.group("b"))
                                 or _software_against_a_word(both.group("b"), both.group("a"))):
            return False
        return both is None or not (_public_side(both.group("a")) and _public_side(both.group("b")))


_SOFTWARE = vocab.words("software_products")


def _software_against_a_word(one: str, other: str) -> bool:
    """ "Rust vs Go", "Postgres vs Frobnix": a listed language, tool or app against one more word is a comparison of
    tools (one the list does not know, "Go" being too short a word to list); no court case has a piece of software
    for a party."""
    return one in _SOFTWARE and len(other.split()) == 1
