"""The name of the place the writer's people work or meet, known by the words before it even when its
words are ordinary ones spaCy passes over: "Everyone at the Corner Bean is SO proud", "the regulars at Pine
& Willow", "Topping out at Riverside Quarter today", "Vendors at the Oak Farm viewing". A small cafe, a
building site or a house for sale is a handful of people. Public places and big names are left ("everyone
at the NHS", "the staff at Tesco")."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer
from ..support.public import BIG_PLACES, BIG_REGIONS, BRANDS, LANDMARKS, PUBLIC_BODIES, is_public_mention

# One to three capitalised words of a name, "&" or "and" between ("Pine & Willow").
_WORD = r"[A-Z][a-z'’-]+"
_NAME = rf"(?P<span>{_WORD}(?:\s+(?:&\s+|and\s+)?{_WORD}){{0,2}}(?:\s+(?:FC|AFC|RFC|CC|GAA))?)(?![\w'’-])"
# The people of a workplace, then "at": "everyone at", "the regulars at", "the whole crew at".
_PEOPLE_AT = (
    r"(?i:\b(?:everyone|everybody|all|the\s+(?:whole\s+)?(?:lads|girls|crew|regulars|residents|"
    r"customers|volunteers|gang|family|squad))\s+at\s+(?:the\s+)?)"
)
# Work on a building or a sale named by its development or house: "topping out at", "the ... viewing".
_SITE_AT = r"(?i:\b(?:topping\s+out|topped\s+out|on\s+site|site\s+visit|handover|snagging|ground[\s-]?breaking)\s+at\s+(?:the\s+)?)"
_SALE_AFTER = r"(?=\s+(?i:viewing|viewings|valuation|open\s+house|completion|listing|sale|exchange|vendors?|buyers?)\b)"

_NOT_NAMES = vocab.words("weekdays") | vocab.words("months")
# (a team or staff "at" a name is the writer's employer, which the organisation rules name as one)
_COMPANY_WORDS = vocab.words("company_words") | {w.lower() for w in vocab.words("strong_company_words")}


class WorkplaceNameRecognizer(RegexRecognizer):
    ORDER = 225
    TEXT_ONLY = True
    ENTITY = "FACILITY"
    WHY = "Naming the place where this happened narrows down who it is about."
    PATTERNS = [
        Pattern("people at a place", rf"{_PEOPLE_AT}{_NAME}", 0.55),
        Pattern("work on a site", rf"{_SITE_AT}{_NAME}", 0.55),
        Pattern("a house for sale", rf"\b(?i:the)\s+{_NAME}{_SALE_AFTER}", 0.55),
    ]

    # What the rewrite says for a site being built ("Topping out at a new development today"); the others
    # take the facility's own words for the writer's role ("Everyone at a local cafe").
    _SUGGESTIONS = ("", "a new development", "")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for (regex, score), suggestion in zip(self._compiled, self._SUGGESTIONS):
            for m in regex.finditer(text):
                if self.accept(m, text):
                    start, end = m.span("span")
                    meta = {"suggestion": suggestion} if suggestion else {}
                    results.append(self.result(start, end, score, text[start:end], **meta))
        return results

    def accept(self, match: re.Match, text: str) -> bool:
        name = match.group("span")
        words = re.findall(r"[A-Za-z'’-]+", name)
        if any(w.lower() in _NOT_NAMES for w in words) or lexicon.is_not_a_name(words[0]):
            return False
        if words[-1].lower() in _COMPANY_WORDS:
            return False  # "everyone at Kilima Freight": a company, which the organisation rules name as one
        if len(words) == 1 and lexicon.is_ordinary_word(words[0]):
            return False  # "everyone at Work", "the Team viewing"
        if name in BIG_PLACES or name in BIG_REGIONS or name in BRANDS or name in LANDMARKS or name in PUBLIC_BODIES:
            return False  # "everyone at Tesco", "the team at Manchester"
        start, end = match.span("span")
        return not is_public_mention(text, start, end, "ORGANIZATION")
