"""Names in a post written all in lowercase, as phones and fast typists write: "today ellie-mae cut lucas's fringe w
the craft scissors". With no capital anywhere, capitals cannot tell a name from a word, so the slot does: a word no
dictionary knows that owns something ("lucas's fringe") or does something ("ellie-mae cut", "jaxon threw") is a
pupil's, patient's or client's name (issue 10: lowercase names in context).

Only in a post with no capitalised word at all (acronyms such as "TA" or "PE" allowed), so an ordinary post, where a
lowercase word is a word, is never read this way; and never a word the dictionary, the everyday terms, the
platforms, the medicines or the big places know ("tiktok's algorithm", "ozempic's price", "london's buses")."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer

# A lowercase word, or two joined by a hyphen as double first names are ("ellie-mae", "mary-kate")
# (no apostrophe inside: "i've", "we're", "y'all" are the writer's words)
_WORD = r"[a-z]{3,}(?:-[a-z]{2,})?"
# A past form that tells what someone did: "-ed" words and the common irregular ones ("cut", "threw", "bit")
_IRREGULAR = sorted(lexicon.IRREGULAR_FORMS | vocab.words("common_past_forms"), key=len, reverse=True)
# (and the verbs whose past is their present, which those lists leave out: "ellie-mae cut", "he hit"; and "bit")
_SAME_FORM_PASTS = "cut hit put shut hurt quit split spread bit".split()
_DID = rf"(?:[a-z]{{2,}}ed|{'|'.join(re.escape(w) for w in _IRREGULAR + _SAME_FORM_PASTS if w.isalpha() and w.islower())})"
# What stands before a subject: the start, a time word, a joining word, or the end of a clause
_BEFORE_SUBJECT = r"(?:^|[.!?,;:)]\s*|[^\w\s]\s+|\b(?:today|tonight|yesterday|then|and|but|so|when|while|because|cos|coz|bc)\s+)"
# Words that make what follows a noun, not a name: "the driver's son", "my nan's dog"; or a saint a ward, a school
# or a church is named after ("st brigid's ward"), which the place rules read
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|my|our|his|her|their|your|this|that|these|those|every|each|one|st|saint|mt|mount)\.?\s+)$"
)
_PLACES = frozenset(
    w.lower() for name in ("big_places", "countries", "metropolises", "us_states") for w in vocab.words(name)
)
_BRANDS = frozenset(w.lower() for w in vocab.words("brands"))
# Someone's own colleague or client by their role, before the name: "our producer dawit told the whole team", "my
# supervisor tendai said", "her caseworker ama rang" (occupations.txt and the role nouns, one word each). The role
# says a person follows; the verb after says the word is that person, the subject, not a thing ("our producer
# finally agreed" has an ordinary word there).
_ROLE_WORDS = sorted(
    {w.lower() for name in ("occupations", "role_nouns", "job_titles") for w in vocab.entries(name) if w.isalpha()},
    key=len, reverse=True,
)
_OWNED_ROLE = rf"\b(?:my|our|his|her|their)\s+(?:[a-z]+\s+)?(?:{'|'.join(_ROLE_WORDS)})\s+"
# A capitalised word anywhere: a post with one is written with capitals, and other rules read its names
_CAPITALISED = re.compile(r"\b[A-Z][a-z]")


class LowercasePostNameRecognizer(GatedRegexRecognizer):
    ORDER = 782
    ENTITY = "PERSON"
    NAMES_PEOPLE = True
    WHY = "In a post written all in lowercase, this word is used as someone's name."
    PATTERNS = [
        # "lucas's fringe", "jaxon's mum": an unknown word owning something
        Pattern("name's thing", rf"(?<![\w-])(?P<span>{_WORD})['’]s\s+[a-z]", 0.6),
        # "today ellie-mae cut", "and jaxon threw": an unknown word opening a clause before what it did
        Pattern("name did", rf"{_BEFORE_SUBJECT}(?P<span>{_WORD})\s+(?:just\s+|then\s+|finally\s+)?{_DID}\b", 0.6),
        # "our producer dawit told the whole team": an unknown word after someone's role, before what it did
        Pattern("role name did", rf"{_OWNED_ROLE}(?P<span>{_WORD})\s+(?:just\s+|then\s+|finally\s+|also\s+)?{_DID}\b", 0.6),
    ]

    def find(self, text, nlp_artifacts=None):
        if _CAPITALISED.search(text) or len(text.split()) < 8:
            return []
        return super().find(text, nlp_artifacts)

    def accept(self, match: re.Match, text: str) -> bool:
        word = match.group("span")
        if _DETERMINER_BEFORE.search(text, max(0, match.start("span") - 8), match.start("span")):
            return False
        first = word.split("-")[0]
        for piece in (word, first):
            if (lexicon.is_ordinary_word(piece) or lexicon.is_dictionary_word(piece) or lexicon.is_not_a_name(piece)
                    or lexicon.is_everyday_term(piece) or piece in lexicon.PLATFORMS or piece in lexicon.MODERN_WORDS
                    or piece in lexicon.MEDICINES or piece in lexicon.HASHTAG_CLIPPINGS or piece in _PLACES
                    or piece in _BRANDS):
                return False
        return True
