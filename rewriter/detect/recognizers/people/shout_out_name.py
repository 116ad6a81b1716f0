"""Names a post cheers, in any case: "big up kemar and rushane fi passing PEP", "shout out to tajay and
shanique", "props to Deshawn", "congrats to ifeoma". A shout-out names the people it praises, and in a post
written in lowercase (as much Caribbean, West African and texting English is) the small model and the
proper-noun rule miss them. Only lowercase words are read here: capitalised, the model finds the names, and
what it leaves after a shout-out is as often a brand or a star ("Shoutout to Greggs", "props to LeBron").

The cue ("big up", "shout out to", "props to", "bless up", "congrats to", "well done to") is followed by the
people cheered, joined by "and", "&" or commas. A word there counts as a name only when no dictionary knows
it as a word ("kemar", "Tajay"): the cheered are as often a group ("big up all di pharmacists dem", "shout
out to the whole kitchen crew", "bless up Jamaica", "congrats to Faith Kipyegon"), and a word of another
English ("dem", "unnu") is dropped after detection by detect/other_englishes.py. Famous people and public
names stay (support/famous_names.py, support/public.py); a capitalised everyday word that is a name
("Summer") is left to the word-name rules, which read the verb after it."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.famous_names import is_listed_famous
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import WORD, PersonRegexRecognizer
from ..support.public import is_public_mention

# Public names written in lowercase as readily ("big up jamaica", "shoutout to greggs"): as listed, lowercased.
_PUBLIC = frozenset(
    w.lower()
    for name in ("brands", "listed_companies", "big_places", "countries", "metropolises", "us_states", "famous_people",
                 "platforms", "software_products", "festivals")
    for w in vocab.words(name)
)
_CUE = (
    r"\b(?i:big\s*up|bless\s+up|shout\s*-?\s*outs?\s+to|s/o\s+to|props\s+to|congrat(?:s|ulations)\s+to|"
    r"well\s+done\s+to)"
)
# up to three people, joined by "and", "&" or a comma
_PEOPLE = rf"(?P<span>{WORD}(?:(?:\s*,\s*|\s+(?:and|&)\s+){WORD}){{0,2}})"


class ShoutOutNameRecognizer(PersonRegexRecognizer):
    ORDER = 747
    WHY = "A post cheering someone by name identifies them."
    # above spaCy's 0.85, so that the shout-out, not the model's guess, is the evidence kept (the span veto
    # reads only the model's and the capitals rules' guesses)
    PATTERNS = [Pattern("name after a shout-out", rf"{_CUE}\s+{_PEOPLE}", 0.86)]

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for r in super().analyze(text, entities, nlp_artifacts):
            results.extend(self.result(s, e, r.score, text[s:e]) for s, e in _names_in(text, r.start, r.end))
        return results

    def trim(self, text, start, end, doc, starts):
        return start, end  # each word is judged alone in _names_in


def _names_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The words of text[start:end] that are names, up to the first that is not ("kemar and rushane fi",
    but "the whole crew and Deshawn" is no list of people: it stops at "the")."""
    found = []
    for m in re.finditer(rf"{WORD}|\S", text[start:end]):
        word = m.group()
        if word.lower() in ("and", "&", ","):
            continue
        if not word.islower() or not _unknown_name(word) or word in _PUBLIC:
            break
        s = start + m.start()
        if is_listed_famous(word) or is_public_mention(text, s, s + len(word), "PERSON"):
            break
        found.append((s, s + len(word)))
    return found


def _unknown_name(word: str) -> bool:
    low = word.lower()
    return (
        len(word) >= 3
        and low not in FUNCTION_WORDS
        and not lexicon.is_not_a_name(word)
        and not lexicon.is_ordinary_word(word)
        and not lexicon.is_dictionary_word(word)
    )
