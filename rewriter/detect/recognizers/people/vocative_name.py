"""A name the writer speaks to, opening a sentence: "Aled, mate, try doing 14 sets of obs", "Shanice,
you've earned every bit of this", "Kelechi, if you're reading this". spaCy's small model misses a name
at the start of a sentence when it has not seen it, and the proper-noun rule does not trust the first word
of a sentence. A word that is not an everyday English word, followed by a comma and the words people
are spoken to with (you, mate, love, thanks, if you're reading...), is someone the readers may know.

Everyday words are left to the word-name rule ("Summer, if you ever see this") and the rest stay words
("Anyway, if you're debugging", "Parents, please check"); public names stay public ("Rihanna, if you
reading this", "Sydney, you were wild tonight"). Over the labelled drafts such a word was a leak 20 times
and in a harmless post 4 times (a singer, a city, a software product, a term of endearment).
"""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.famous_names import is_listed_famous
from ..support.base import Pattern
from ..support.names import WORD, PersonRegexRecognizer
from .word_name import given_name
from ..support.public import BIG_PLACES, BIG_REGIONS, COUNTRIES, METROPOLISES, is_public_mention

_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF"
# What follows a name spoken to: the comma, then being addressed.
_ADDRESSED = (
    r",\s+(?:mate|love|hun|babe|darling|buddy|pal|bro|sis|lad|you|your|you['’]re|you['’]ve|you['’]ll|thank|thanks|"
    r"please|pls|my\s+(?:love|dear|friend)|if\s+you)\b"
)


# What a post says to the one reader it hopes sees it: "if you see this", "if you're reading this", "if u read this".
_TOLD_TO_READ = r"(?i:if[ \t]+(?:you|u|ya)(?:[ \t]*(?:['’]re|r|are))?[ \t]+(?:see|seeing|read|reading|ever\s+see|ever\s+read)[ \t]+this)\b"


# Words the dictionary also lists with a capital that are no one's name when spoken to: God, the calendar, kin.
_NEVER_SPOKEN_NAMES = (vocab.words("months") | vocab.words("weekdays") | vocab.words("family_nouns")
                       | {"sir", "god", "lord", "jesus", "christ", "santa", "kids", "nana", "mum", "mam", "mom", "dad"})
_NAME = rf"(?-i:[A-Z]){WORD}"


class VocativeNameRecognizer(PersonRegexRecognizer):
    ORDER = 777
    WHY = "A person the post speaks to by name can be identified by that name."
    PATTERNS = [
        Pattern(
            "name spoken to, opening a sentence",
            rf"(?:^|(?<=[.!?])\s+|(?<=[.!?][)\"'’”])\s+|(?<=\n)|(?<=[{_EMOJI}])\s*)(?P<span>(?-i:[A-Z]){WORD})(?={_ADDRESSED})",
            0.55,
        ),
        # "Bluey's gonna be right, Tama!", "Great work today, Sione!": a name after a comma, closing an
        # exclamation, is the one cheered on (a city or a team cheered is public: is_public_mention)
        Pattern(
            "name spoken to, closing an exclamation",
            rf"(?<=\w),[ \t]+(?P<span>{_NAME})(?=[ \t]*!)",
            0.5,
        ),
        # "Brent buddy, call me first next time", "Sione mate, you legend": a name and the word friends are
        # called by, opening a sentence
        Pattern(
            "name and mate, opening a sentence",
            rf"(?:^|(?<=[.!?])\s+|(?<=\n)|(?<=[{_EMOJI}])\s*)(?P<span>{_NAME})(?=[ \t]+(?:mate|buddy|pal|bro|babe|hun|my[ \t]+(?:man|dude|guy))\b[ \t]*,"
            # and then spoken to: "you", a request ("call me", "please", "don't"); "Chur bro, swell was pumping" is
            # slang for thanks, and what follows is no address
            r"[ \t]*(?i:you|your|you['’]re|u|ur|call|ring|text|stop|please|pls|don['’]?t|come|get|sort|try|just|let['’]?s|next\s+time|we|i['’]m|i)\b)",
            0.55,
        ),
        # "anyway marcus if you see this, update your LinkedIn", "tunde if you're reading this": a name in lowercase, as
        # texting writes it, then the words a post says to the one person it hopes will read it (no comma needed);
        # in lowercase only a given name of the project's name lists counts (see _LOWERCASE_SPOKEN_TO)
        Pattern(
            "lowercase name told to read this",
            rf"(?:^|(?<=[.!?])\s+|(?<=\n)|(?<=[{_EMOJI}])\s*|(?<![\w'’])(?i:anyway|anyways|so|oh|and|also|ps|p\.s\.|btw|but)\s+)"
            rf"(?P<span>(?-i:[a-z]){WORD})(?=,?[ \t]+{_TOLD_TO_READ})",
            0.5,
        ),
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        return [
            r for r in super().analyze(text, entities, nlp_artifacts)
            if (_a_name_to_speak_to(text[r.start:r.end]) if not text[r.start:r.end].islower() else _lowercase_spoken_to(text[r.start:r.end]))
            and not is_listed_famous(text[r.start:r.end])
            and not is_public_mention(text, r.start, r.end, "PERSON")
            and not (_CHEERED.match(text, r.end) and text[r.start:r.end] in _CHEERED_PLACES)
        ]


# "What a match, England!", "Come on, Leinster!": a country, region or city cheered on is no one.
_CHEERED = re.compile(r"[ \t]*!")
_CHEERED_PLACES = BIG_PLACES | BIG_REGIONS | COUNTRIES | METROPOLISES


def _a_name_to_speak_to(word: str) -> bool:
    """No everyday word, or an everyday word the dictionary also lists as a given name ("Sal, buddy, it's
    your boiler", "Brent buddy, call me": a sal is a tree, a brent a goose), never God, a day or kin."""
    low = word.lower()
    if not lexicon.is_ordinary_word(low):
        return True
    return lexicon.is_listed_as_name(word) and low not in _NEVER_SPOKEN_NAMES


def _lowercase_spoken_to(word: str) -> bool:
    """A lowercase word spoken to is a name only when it is a given name of the project's name lists and no
    dictionary word ("marcus", "chioma"); "lads", "bestie", "hun", "mate" are what readers are called."""
    return given_name(word.capitalize()) and word not in _NEVER_SPOKEN_NAMES
