"""Class and form codes in a school: "parents of 4B", "my 10C class", "Jayden in 4B"."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


class ClassCodeRecognizer(GatedRegexRecognizer):
    ORDER = 330
    ENTITY = "REFERENCE_NUMBER"
    SUGGESTION = "a class"
    GATE = HAS_DIGIT
    _CLASS_WORDS = r"(?:class|form|tutor\s+group|set|group|reg(?:istration)?\s+group|homeroom)"
    PATTERNS = [
        # "parents of 4B", "children in 10C", "class 3R", "form 7K"
        Pattern(
            "class words and code",
            rf"(?i:\b(?:parents|children|kids|pupils|students|families|carers|teachers?)\s+(?:of|in|from)|"
            rf"\b{_CLASS_WORDS})\s+(?P<span>\d{{1,2}}-?[A-Z]{{1,2}})\b",
            0.7,
        ),
        # "Jayden in 4B asked", "Rowan from 9C", "a boy in 3C", "she's in 6R": a person, then "in" and the class. The word
        # before "in" is checked in ``accept`` (a name or a person word, not "Meet in 2B").
        Pattern(
            "person in class",
            r"\b(?P<who>[A-Za-z][\w'’-]*)\s+(?:(?:is|was|'s|’s)\s+)?(?:in|from)\s+(?P<span>\d{1,2}[A-Z]{1,2})\b(?![-/]\w)",
            0.65,
        ),
        # "my 4B class", "10C pupils", "4B's trip"
        Pattern(
            "code and class word",
            r"\b(?P<span>\d{1,2}[A-Z]{1,2})(?:['’]s)?\s+(?i:class|form|pupils|students|kids|children|parents|"
            r"trip|assembly|register)\b",
            0.7,
        ),
    ]
    # "5K run", "4G signal", "2FA", "10AM": a unit or technology, not a class
    NOT_CLASSES = re.compile(r"^\d+(?:K|G|GB|MB|TB|KB|AM|PM|FA|D|X|V|W|A|M|L|HP|MP)$")

    def _person_before(self, word: str) -> bool:
        """A name ("Jayden", not an everyday word like "Meet") or a person word before "in 4B"."""
        if word.lower() in self._PERSON_WORDS:
            return True
        return lexicon.looks_capitalised(word) and not lexicon.is_not_a_name(word) and (
            not lexicon.is_ordinary_word(word) or lexicon.is_listed_as_name(word)
        )

    def _name_mid_sentence(self, match: re.Match, text: str) -> bool:
        """A capitalised word inside a sentence before "in 9C" or "from 9C" is a name even when the
        dictionary knows it ("If Rowan from 9C", "Tanvi Kulkarni from 9B"); "Meet in 2B" opens a sentence."""
        who = match.group("who")
        before = text[: match.start("who")].rstrip()
        return (
            lexicon.looks_capitalised(who)
            and not lexicon.is_not_a_name(who)
            and bool(before)
            and before[-1] not in ".!?:;\n\"'‘“(-–—"
        )

    _NAMED_AS_CLASS = re.compile(rf"(?i:{_CLASS_WORDS})\s")

    # Words for a person that may stand before "in 4B" ("a boy in 3C"); pronouns with "is"/"was" too.
    _PERSON_WORDS = frozenset(
        "he she they him her boy girl kid child son daughter student pupil one someone everyone friend "
        "twins lad lass".split()
    )

    def accept(self, match: re.Match, text: str) -> bool:
        who = match.groupdict().get("who")
        if who is not None and not (self._person_before(who) or self._name_mid_sentence(match, text)):
            return False
        # "Form 7K" is a class whatever its letter; "kids in 4G areas" or "a 5K class" is not
        return self._NAMED_AS_CLASS.match(match.group()) is not None or not self.NOT_CLASSES.match(match.group("span"))
