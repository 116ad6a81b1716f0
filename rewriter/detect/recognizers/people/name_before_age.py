""" "Maria, 34, said...", "Grace (7) asked...", "Will, aged 12, came in": a capitalised word with an age in
apposition is a person, even when the word is also in the dictionary (Maria, Grace, Rose, Will, Hope,
Faith, Mark), which the other name recognizers rightly distrust on their own.

The age recognizer (``age_after_name.AgeAfterNameRecognizer``) reads the same shape for the number; this
one reports the name, so a rewrite cannot drop the age and keep "Maria"."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.ages import NOT_NAMES_BEFORE_A_NUMBER, PERSON_WORDS, alternatives
from ..support.base import Pattern
from ..support.doc_tokens import is_proper, token_at
from ..support.names import CAPITALISED_WORD, PersonRegexRecognizer, acceptable_name
from .word_name import WORD_NAMES

# What may follow the age for it to be in apposition: the end of a clause, or the sentence going on.
_AGE_TAIL = r"(?=\s*[,.;:!?)]|\s*$|\s+(?:and|who|with|has|had|is|was|from|came|told|said|asked)\b)"

# Capitalised words numbered the same way that are not people: "Room, 12,", "Chapter (3)", "Item, 34,".
_NOT_NAMES = NOT_NAMES_BEFORE_A_NUMBER | vocab.words("numbered_nouns_in_apposition")


# the weather's words, for "(sunny, 18)" told of a day, not a child
_WEATHER = re.compile(r"(?i:forecast|weather|°|degrees|\btemp|\bwind|\brain|\bcloud|\bhigh\s+of|\blow\s+of)")
_PERSON_WORDS = frozenset(w.lower() for w in PERSON_WORDS)
_PERSON_BEFORE = re.compile(rf"\b(?i:{alternatives(PERSON_WORDS)})s?\s*\($")
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,2}")
_NOT_INITIALS = vocab.words("everyday_acronyms") | vocab.words("big_regions")


class NameBeforeAgeRecognizer(PersonRegexRecognizer):
    ORDER = 770
    WHY = "A name followed by an age identifies a person."
    PATTERNS = [
        # "Grace (34)", "Mark (34M)", "Rose (aged 9)", "Sunny (age 7, Otters class)"
        Pattern("name (age)", rf"\b(?P<span>{CAPITALISED_WORD})\s*\((?i:aged?\s*)?(?P<age>\d{{1,3}})\s?(?:[FM])?(?:\)|,\s)", 0.7),
        # "Pt JK, 34, post-op", "M, 34, agoraphobia", "(J.T., 24)": initials with an age, a case shared
        # without the name (see trim for the acronyms that are no one's)
        Pattern("initials, age,", rf"(?:^|(?<=[\s(\[\"“'‘]))(?P<span>(?:[A-Z]\.?){{1,2}}),\s(?i:aged\s)?(?P<age>\d{{1,2}}){_AGE_TAIL}", 0.65),
        # "Maria, 34, said", "Hope, 9.", "Will, aged 12, came in", "(Jade, now 18!!)"
        Pattern("name, age,", rf"\b(?P<span>{CAPITALISED_WORD}),\s(?i:aged?\s|now\s)?(?P<age>\d{{1,2}}){_AGE_TAIL}", 0.7),
        # Issue 10 (a private name in a form we miss): the same in lower case, a name and an age alone in
        # brackets after who they are: "the twins (sunny, 8) and her brother", "my new starter (priya, 16)".
        # A word for what someone is ("(resident, 89)") or the weather's ("Sat (sunny, 18)") is no name: see trim.
        Pattern("(name, age)", r"\((?P<span>[a-z][a-z'’-]{2,}),\s?(?i:aged?\s)?(?P<age>\d{1,2})\)", 0.65),
    ]

    def analyze(self, text, entities, nlp_artifacts=None):
        if not any(c.isdigit() for c in text):
            return []
        return super().analyze(text, entities, nlp_artifacts)

    def trim(self, text, start, end, doc, starts):
        word = text[start:end]
        if _INITIALS.fullmatch(word):
            # initials are no word of the language; only an everyday acronym or a region ("GP, 45", "UK, 34") is
            # no one's
            age = int(re.search(r"\d+", text[end : end + 12]).group())
            return (start, start) if word.replace(".", "") in _NOT_INITIALS or not 1 <= age <= 110 else (start, end)
        if word.islower():
            # "(sunny, 8)": a first name, or a word no dictionary has, and no weather said around it
            age = int(re.search(r"\d+", text[end : end + 12]).group())
            if (word in _NOT_NAMES or not 1 <= age <= 110 or _WEATHER.search(text, max(0, start - 60), end + 40)
                    or word in _PERSON_WORDS):
                return start, start
            if lexicon.is_ordinary_word(word) and word not in WORD_NAMES and not _PERSON_BEFORE.search(
                text, max(0, start - 30), start
            ):
                return start, start  # an everyday word ("sunny") is a name only right after a word for a person
            return start, end
        if word.lower() in _NOT_NAMES or not acceptable_name(word):
            return start, start
        age = int(re.search(r"\d+", text[end : end + 12]).group())
        if not 1 <= age <= 110:
            return start, start
        if lexicon.is_ordinary_word(word) and not lexicon.is_listed_as_name(word) and word.lower() not in WORD_NAMES:
            # "Hope, 9, told me" yes, "Overall, 12." no: an everyday word needs the tagger's proper noun,
            # an age in brackets, or the sentence to go on after the age as it does after an apposition
            tok = token_at(doc, starts, start) if doc is not None else None
            after = re.match(r"[^\d]*\d+\s?[FM]?\)?\s*,?\s*(\S)?", text[end:])
            in_brackets = text[end:].lstrip().startswith("(")
            goes_on = after is not None and after.group(1) is not None and after.group(1).islower()
            if not (in_brackets or goes_on or (tok is not None and is_proper(tok))):
                return start, start
        return start, end
