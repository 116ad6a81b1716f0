"""A nursery's room or a school's class by its own name: "Little Archie from the Koala room", "in Kowhai
class at Pennydale", "(age 7, Otters class)", "the Penguins room at Seren Fach". Nurseries and primary
schools name their rooms and classes after animals, trees and birds, and a parent or colleague knows at once
which children are meant: the room and the nursery together narrow a child to a dozen (session 39: such a
room stayed in posts offered as clean).

Only in a post about young children or pupils (a nursery, a school, kids, a class, an educator), and only the
word right after "the", "our", "my", "in", "from", "of", "to" or a comma, so a sentence's opening word ("Pure
class.") is no name. The word is no kind of room or class ("the Baby room", "the staff room", "my Pilates
class": rewriter/data/room_kind_words.txt), no school subject ("the Chemistry class": course_subjects.txt),
and no day, month, language or everyday name (lexicon.is_not_a_name: "the Tuesday class", "my English
class"). Hospital wards and wings are named_unit.py's."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer

_KIND_WORDS = frozenset(w.lower() for w in vocab.words("room_kind_words") | vocab.words("course_subjects"))

# what makes a post a nursery's or a school's: its children, its rooms and classes, its staff
_CHILDREN = re.compile(
    r"(?i)\b(?:nursery|nurseries|pre-?school|day\s?care|childcare|child\s+care|cr[eè]che|kindy|kindergarten|kinder|"
    r"early\s+years|ece|eyfs|toddlers?|little\s+ones|wee\s+ones|tamariki|kids|kiddos|children|child|pupils?|"
    r"students?|school|educators?|teachers?|teaching|key\s?worker|little\s+[A-Z][a-z]+|age\s+\d|\d+\s*(?:yo|yrs?|years?)\s+olds?)\b"
)


class NamedRoomRecognizer(GatedRegexRecognizer):
    ORDER = 229
    ENTITY = "FACILITY"
    SUGGESTION = "a room"
    GATE_WORDS = ("room", "class")
    PATTERNS = [
        Pattern(
            "named room or class",
            r"(?:\b(?i:the|our|my|in|from|of|to|into|at)\s+(?:(?i:the)\s+)?|[,(]\s*)"
            r"(?P<span>[A-Z][a-zāēīōū'’]{2,}\s+(?:room|class|Room|Class))\b(?!\s+(?i:of|action|act|divide|system)\b)",
            0.6,
        ),
    ]

    def result(self, start, end, score, matched="", entity=None, why=None, **meta):
        # "the Koala room" -> "a room"; "Kowhai class" -> "a class"
        meta.setdefault("suggestion", "a class" if matched.lower().endswith("class") else "a room")
        return super().result(start, end, score, matched, entity, why, **meta)

    def accept(self, match: re.Match, text: str) -> bool:
        name = match.group("span").split()[0]
        low = name.lower().rstrip("'’s") if name.lower().endswith(("'s", "’s")) else name.lower()
        if low in _KIND_WORDS or low.rstrip("s") in _KIND_WORDS or lexicon.is_not_a_name(name):
            return False
        return _CHILDREN.search(text) is not None
