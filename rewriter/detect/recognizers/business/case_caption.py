"""Both parties of a court case: "Patterson v. Dunmore Logistics", "Smith vs Jones"."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer
from ..support.companies import COMPANY_WORD

# as written; those named like people too ("France", "Jordan"): the other side being a country says which it is
COUNTRIES = vocab.words("countries") | vocab.words("countries_named_like_people")
_VERSUS = re.compile(r"\s+vs?\.?\s+")
# A party's acronym: two to six capitals, perhaps a plural "s" ("HSA", "IFRS", "FSAs").
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")


def _side(words: list[str]) -> list[str]:
    """A side without the ordinary words that open its sentence ("Watching Ireland" -> "Ireland")."""
    while len(words) > 1 and lexicon.is_ordinary_word(words[0].lower()) and not lexicon.is_listed_as_name(words[0]):
        words = words[1:]
    return words


def _no_parties(first: list[str], second: list[str]) -> bool:
    """Two terms weighed against each other, or two countries playing: "HSA vs FSA", "GAAP vs IFRS" (a party
    is a person, a company or the Crown, named by name; two acronyms are two schemes, rules or bodies
    compared), "Ireland v France" (a match: a country's own case against another is public anyway)."""
    sides = (" ".join(first), " ".join(second))
    if all(len(s) == 1 and _ACRONYM.fullmatch(s[0]) for s in (first, second)):
        return True
    return all(s in COUNTRIES for s in sides)


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
        first, second = _VERSUS.split(match.group(0), maxsplit=1)
        return not _no_parties(_side(first.split()), _side(second.split()))
