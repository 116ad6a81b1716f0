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
from .word_name import NAMES_THAT_ARE_WORDS, NOT_LOWERCASE_NAMES

# Public names written in lowercase as readily ("big up jamaica", "shoutout to greggs"): as listed, lowercased.
_PUBLIC = frozenset(
    w.lower()
    for name in ("brands", "listed_companies", "big_places", "countries", "metropolises", "us_states", "famous_people",
                 "platforms", "software_products", "festivals")
    for w in vocab.words(name)
)
_CUE = (
    r"\b(?i:big\s*up|bless\s+up|shout\s*-?\s*outs?\s+to|s/o\s+to|props\s+to|congrat(?:s|ulations)\s+to|"
    r"well\s+done\s+to|so\s+proud\s+of)"
)
# the writer's own, with a word of fondness, before a name in the list: "thabo, lerato and my naughty sipho"
_MINE = r"(?:(?:my|our)\s+(?:[a-z]+\s+)?)?"
# up to three people, joined by "and", "&" or a comma
_PEOPLE = rf"(?P<span>{WORD}(?:(?:\s*,\s*|\s+(?:and|&)\s+){_MINE}{WORD}){{0,2}})"
# A name that is also a word ("grace", "faith") is cheered only when "who" follows it: "shoutout to grace who
# finally told her mum", not "shout out to hope" or "props to summer for the sunshine".
_WHO_AFTER = re.compile(r"\s+who\b")


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
    mine = None  # where "my" stands before the next name: "my naughty sipho" is one span, said as one person
    words = list(re.finditer(rf"{WORD}|\S", text[start:end]))
    for n, m in enumerate(words):
        if m is None:
            continue
        word = m.group()
        if word.lower() in ("and", "&", ","):
            continue
        if word in ("my", "our") and found:
            # "my naughty sipho": the writer's own, and perhaps a word of fondness, before a later name
            rest = [w.group() for w in words[n + 1 : n + 3] if w is not None]
            if rest and _unknown_name(rest[0]):
                mine = start + m.start()
                continue
            if len(rest) == 2 and lexicon.is_ordinary_word(rest[0]) and _unknown_name(rest[1]):
                words[n + 1] = None  # the word of fondness goes with the name
                mine = start + m.start()
                continue
            break
        named = word.islower() and word not in _PUBLIC and (
            _unknown_name(word)
            or (not found and word in NAMES_THAT_ARE_WORDS and _WHO_AFTER.match(text, start + m.end())))
        if not named:
            break
        s = start + m.start()
        if is_listed_famous(word) or is_public_mention(text, s, s + len(word), "PERSON"):
            break
        found.append((s if mine is None else mine, s + len(word)))
        mine = None
    return found


def _unknown_name(word: str) -> bool:
    low = word.lower()
    return (
        len(word) >= 3
        and low not in FUNCTION_WORDS
        and not lexicon.is_not_a_name(word)
        and not lexicon.is_ordinary_word(word)
        and not lexicon.is_dictionary_word(word)
        and low not in NOT_LOWERCASE_NAMES
    )
