"""A small business named after its owner: "Mo's Kebab House", "Tina's Nails", "Dev's Motors", "Kasia's
Cleaning". The small model splits one into a place and a person ("Mo" + "Kebab House"), which made a rewrite
say "the area's someone VAT mess". The whole is one business (a client's), and the owner's name is a
person, reported too so that a later "Mo, mate," is the same person.

The owner is a capitalised word that can be a name: not a function, family, calendar or title word ("Mum's
Kitchen", "Today's Kitchen"), not an everyday word at a sentence's start ("Everyone's Cafe"), and not after
"St" ("St John's House" is a building); then up to two capitalised words and a trade word that ends small
businesses' names (rewriter/data/small_business_words.txt)."""

from __future__ import annotations

import re

from .... import vocab
from ..people.word_name import WORD_NAMES
from ..support import lexicon
from ..support.base import OwnRecognizer
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import FAMILY_NOUNS, NAME_TITLES

_TRADE = vocab.alternation("small_business_words")
OWNER_BUSINESS = re.compile(
    rf"(?<![\w'’-])(?P<owner>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)['’]s\s+"
    rf"(?P<rest>(?:[A-Z][\w&-]*\s+){{0,2}}(?:{_TRADE}))(?![\w'’-])"
)
_NOT_OWNERS = FAMILY_NOUNS | NAME_TITLES | vocab.words("months") | vocab.words("weekdays")
_SAINT_BEFORE = re.compile(r"(?i:\bst\.?|\bsaint)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n])\s*[\"“‘'(]*$")


class OwnerBusinessRecognizer(OwnRecognizer):
    ORDER = 955
    TEXT_ONLY = True
    ENTITY = "ORGANIZATION"
    ENTITIES = ("ORGANIZATION", "PERSON")
    NAMES_PEOPLE = True
    WHY = "A small business named after its owner points to that owner and the business."

    def analyze(self, text, entities, nlp_artifacts=None):
        if "'s" not in text and "’s" not in text:
            return []
        results = []
        for m in OWNER_BUSINESS.finditer(text):
            owner = m.group("owner")
            if not _can_be_owner(owner) or _SAINT_BEFORE.search(text, max(0, m.start() - 7), m.start()):
                continue
            if _SENTENCE_START.search(text, max(0, m.start() - 5), m.start()) and lexicon.is_ordinary_word(owner) \
                    and not (lexicon.is_listed_as_name(owner) or owner.lower() in WORD_NAMES):
                continue  # "Everyone's Cafe": an everyday word opening a sentence
            results.append(self.result(m.start(), m.end(), 0.9, owner))
            # the owner, here and wherever the post names them again ("Mo, mate,"), as written
            for again in re.finditer(rf"(?<![\w'’-]){re.escape(owner)}(?![\w-])(?!['’]s\s+{re.escape(m.group('rest'))})", text):
                results.append(self.result(again.start(), again.end(), 0.6, owner, entity="PERSON", why=_OWNER_WHY))
            results.append(self.result(m.start("owner"), m.end("owner"), 0.6, owner, entity="PERSON", why=_OWNER_WHY))
        return results


_OWNER_WHY = "The name of a small business's owner identifies a person."


def is_owner_business(name: str) -> bool:
    """ "Mo's Kebab House": the whole of ``name`` is a small business named after its owner."""
    return OWNER_BUSINESS.fullmatch(name) is not None


def _can_be_owner(word: str) -> bool:
    low = word.lower()
    return not (low in FUNCTION_WORDS or low in _NOT_OWNERS or lexicon.is_not_a_name(word))
