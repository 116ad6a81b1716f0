"""Capitalised words ending in a company-type word: "Vandelay Industries", "Stark Retail",
"Abt Associates", "Smith & Sons", "Dunmore Logistics Ltd", "48 Factoring Inc"."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer
from ..support.companies import COMPANY_WORD, capitalise_words

_LEAD = rf"(?:{COMPANY_WORD}|\d{{1,4}})"  # "48 Factoring Inc"
# Words that end a company's name ("Care" and "Health" are left to the facility recognizers), and the
# longer ones in capitals, for names typed in capitals ("BRACKENRIDGE PARTNERS").
_SUFFIXES = vocab.alternation("company_name_endings")
_SUFFIXES_UPPER = "|".join(w.upper() for w in vocab.entries("company_name_endings") if w.isalpha() and len(w) > 3)

# The dot after an abbreviation belongs to the name ("Shepherd Ltd."), a full stop after a word does not.
_ABBREV_DOT = r"(?:(?<=Ltd)\.|(?<=Inc)\.|(?<=Co)\.|(?<=Corp)\.|(?<=Bros)\.|(?<=S\.A)\.|(?<=B\.V)\.|(?<=N\.V)\.)?"

# Suffixes that make a company name even after ordinary words ("Overture Technologies").
_STRONG_SUFFIXES = vocab.words("strong_company_words")


class CompanyNameRecognizer(RegexRecognizer):
    ORDER = 900
    TEXT_ONLY = True
    ENTITY = "ORGANIZATION"
    WHY = "Naming a company can reveal a client, employer or customer."
    PATTERNS = [
        Pattern(
            "words and company word",
            rf"(?P<span>\b{_LEAD}(?:[ \t]+(?:&[ \t]+)?{COMPANY_WORD}){{0,3}}[ \t]+(?:(?:&|and)[ \t]+)?(?:{_SUFFIXES}|{_SUFFIXES_UPPER})\b{_ABBREV_DOT}"
            rf"(?:,?\s+(?:Ltd|Inc|LLC|LLP|PLC|GmbH|AG)\b\.?)?)",
            0.88,
        ),
        # "Smith & Sons", "Jones & Co."
        Pattern("name and sons", rf"(?P<span>\b{COMPANY_WORD}\s+&\s+(?:Sons|Co\b\.?|Daughters|Partners|Associates))", 0.75),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        words = match.group("span").split()
        lead = words[0]
        # "The Group", "Our Services", "Global Tech": ordinary words alone do not make a company name
        names = [w for w in words[:-1] if w not in ("&", "and") and not lexicon.is_ordinary_word(w.strip(".,"))]
        strong = words[-1].strip(".") in _STRONG_SUFFIXES
        if lead.lower() in ("the", "a", "an", "our", "my", "your", "their", "this", "that", "in", "at", "for", "with"):
            return (bool(names) or strong) and len(words) > 2
        if strong and not lexicon.is_not_a_name(lead):
            return True  # "Overture Technologies", "Stark Retail": the suffix alone says company
        return bool(names) or len(words) >= 3 or lead[0].isdigit()

    def analyze(self, text, entities, nlp_artifacts=None):
        results = super().analyze(text, entities, nlp_artifacts)
        if text.islower():
            # a post typed all in lowercase ("praxon systems", "ashgrove insurance"): read it with each
            # word capitalised, which keeps every offset when no letter changes length
            titled = capitalise_words(text)
            if len(titled) == len(text):
                results += [r for r in super().analyze(titled, entities, nlp_artifacts) if _trim_ordinary_lead(text, r)]
        # "The Shepherd Ltd.": leave out a leading article
        fixed = []
        for r in results:
            m = re.match(r"(?:The|A|An|Our|My)\s+", text[r.start : r.end])
            if m and r.end - r.start > m.end():
                r.start += m.end()
            fixed.append(r)
        return fixed


def _trim_ordinary_lead(text: str, result) -> bool:
    """Drop everyday words from the front of a lowercase match ("recorded for praxon systems" ->
    "praxon systems"); False when no unknown word is left before the company-type word."""
    while True:
        m = re.match(r"(\S+)\s+", text[result.start : result.end])
        if not m:
            return False
        if not lexicon.is_ordinary_word(m.group(1)):
            return True
        result.start += m.end()
