"""The name a case or a client account goes by: "the Kestrel Downs water licence matter", "the Halvorsen
fraud trial", "the Kookaburra account". Writers name a matter after its party, its place or its client,
and an invented name of ordinary words ("Kestrel Downs", "Kookaburra") is one no other recognizer reads
as a name, so the slot itself says it: an article or possessive, one to three capitalised words, up to
three lowercase words of what the matter is about, then a word for a case or an account
(rewriter/data/case_name_nouns.txt). Names everyone knows are left: public bodies and courts ("the NMC
hearing", "the Family Court matter"), acronyms and shouting ("the ICC hearing", "the ONLY known case"),
holidays ("our Christmas appeal"), big places and countries ("the Glasgow nursery trial"), famous
things, and a charity's appeal ("the Red Cross appeal")."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern, RegexRecognizer
from ..support.public import PUBLIC_BODIES

_NOUNS = vocab.alternation("case_name_nouns")
_WORD = r"[A-Z][a-z][\w'’-]*"
_PUBLIC_NAMES = frozenset(w.lower() for w in (
    PUBLIC_BODIES | vocab.words("big_places") | vocab.words("countries") | vocab.words("metropolises")
    | vocab.words("us_states") | vocab.words("famous_things") | vocab.words("brands") | vocab.words("listed_companies")))
# Words that make the capitalised run an institution or a title, not a party: "the Family Court matter",
# "the Red Cross appeal", "the Supreme Court case", "the Court of Appeal".
_INSTITUTION_WORDS = frozenset({"court", "courts", "tribunal", "council", "office", "ministry", "department", "police",
                                "government", "cross", "crescent", "commission", "ombudsman", "service", "board"})


class CaseNameRecognizer(RegexRecognizer):
    ORDER = 925
    TEXT_ONLY = True
    ENTITY = "ORGANIZATION"
    WHY = "The name a case or account goes by identifies the people, place or client involved."
    PATTERNS = [
        Pattern(
            "name before a case noun",
            rf"\b(?:the|our|my|this|that|their|his|her)\s+(?P<span>{_WORD}(?:\s+{_WORD}){{0,2}})"
            rf"(?P<about>(?:\s+[a-z][a-z-]*){{0,3}}?)\s+(?:{_NOUNS})\b",
            0.6,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        name = match.group("span")
        words = name.split()
        if name.lower() in _PUBLIC_NAMES or any(w.lower() in _INSTITUTION_WORDS for w in words):
            return False
        if any(lexicon.is_not_a_name(w) or w.lower() in lexicon.FUNCTION_WORDS for w in words):
            return False  # "our Christmas appeal", "the Monday hearing", "the This case"
        if any(w in lexicon.FUNCTION_WORDS for w in match.group("about").split()):
            return False  # "the Kestrel Downs team made a case": a clause, not what the matter is about
        return not words[-1].endswith(("'s", "’s"))  # "the UK's second case": a possessive, not a case's name
