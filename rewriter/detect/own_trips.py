"""A town the writer goes to with their own family, or where their own relative makes a home: "Away to Kinsale for
the weekend with the mam", "Off to Rotorua with my partner and the dog", "told my brother to just buy the house in
Douglas". Thousands live in any town; in these words it is the writer's own weekend or a relative's house hunt,
and the people in the sentence are the writer's family, not anyone the writer serves.

A place guess (LOCATION, one or two capitalised words) goes only when:
- a word of going or a home stands right before it: "away to", "off to", "heading to", "trip to", "weekend in",
  "the house in", "moved to" ("from X" is where someone comes from, and stays);
- the writer's own relative or partner is in its sentence, said as theirs ("my brother", "me mam", "our Dave"
  aside, "with the mam", "the missus"); not "my kids" or "the family", which a teacher's pupils and a social
  worker's families are called too;
- and nothing else there makes it someone else's story: no one the writer serves near it, no other person named in
  the sentence, no incident in the post, no number before it (an address).
Also (session 50) where the writer's own relative is or works, said in one clause: "my mum taught in Gyumri for 30
years", "at my aunt's in Sigulda", "Dad rang the whole family in Peshawar", and the writer's own "back home in X".
A place the writer travels to alone ("I'm in Hernani at the conference", "France was fun to visit") is not read
here: a post about no one but the writer still holds the writer's whereabouts (see public45's withdrawn
own_whereabouts, which lowered synth GPE recall).
"""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .public_roads import _INCIDENT
from .work_talk import served_near

_PLACE_KINDS = frozenset({"LOCATION", "GPE"})
_SOMEONE_KINDS = frozenset({"PERSON", "HANDLE", "AGE", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS"})
_GOING_OR_HOME_BEFORE = re.compile(
    r"(?i)\b(?:away|off|going|goin|headed|heading|head|flying|flew|fly|drove|driving|drive|trip|weekend|holiday|"
    r"holidays|break|moved|moving|move|back|home|house|flat|place|cottage)\s+(?:\w+\s+){0,3}?(?:to|in|at|down\s+to|up\s+to)\s+$")
_RELATIVES = "|".join(sorted((w for w in vocab.words("family_nouns") if w not in {"kid", "kids", "children", "family", "carer",
                                                                                   "parent", "parents"}),
                             key=len, reverse=True))
# The writer's own relative or partner: "my brother", "me mam", "mi granny", "our Dave (me brother)", "with the mam".
_OWN_RELATIVE = re.compile(
    rf"(?i)\b(?:(?:my|me|mi|ma|our)\s+(?:own\s+|dear\s+|lovely\s+|little\s+|big\s+|wee\s+)?(?:{_RELATIVES}|parents|folks|"
    rf"other\s+half|fella|oul\s+fella|auld\s+fella)|the\s+(?:mam|mammy|missus|wife|hubby|oul\s+fella))\b")
_NUMBER_BEFORE = re.compile(r"\d[\w,]*\s+$")
# Where the writer's own relative is, or the writer's own home: "my mum taught in Gyumri", "at my aunt's in
# Sigulda", "my sister lives in Cork", "Dad rang the whole family in Peshawar", "all the teachers back home in
# Apia". The relative opens the clause that ends in "in X" (no comma or full stop between), so the place is
# theirs or the family's; "my client's mum lives in X" is no one's own relative ("client's" stands between), and
# "the whole family" alone is how a social worker speaks of the family they work with, so it counts only after
# the writer's own relative. "back home in X" is the writer's own home (a client's is "she went back home in X",
# refused by the third-person pronoun in its clause).
_CLAUSE_WORDS = r"(?:[\w'’-]+\s+){0,6}?"
_OWN_RELATIVE_THEN_IN = re.compile(
    rf"(?:(?i:\b(?:my|our|me|mi|ma)\s+(?:own\s+|dear\s+|lovely\s+|little\s+|big\s+|wee\s+)?(?:{_RELATIVES}|parents|folks))|"
    rf"(?<![\w'’])(?:Mum|Mam|Mom|Dad|Mammy|Mummy|Daddy|Nan|Nana|Gran|Granny)(?![\w'’-]))"
    rf"(?:['’]s)?\s+{_CLAUSE_WORDS}(?i:in|at)\s+$")
_OWN_HOME_IN = re.compile(r"(?i)\bback\s+home\s+(?:in|at)\s+$")
_THIRD_PERSON = re.compile(r"(?i)\b(?:he|she|they|his|her|their|him|them)\b")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, min(ends, default=len(text))


def is_own_trip_place(span: Span, text: str, spans: list[Span]) -> bool:
    if span.entity_type not in _PLACE_KINDS:
        return False
    name = span.text.strip()
    words = name.split()
    if not (1 <= len(words) <= 2) or not all(w[:1].isupper() for w in words):
        return False
    if _NUMBER_BEFORE.search(text, max(0, span.start - 12), span.start):
        return False
    left, right = _sentence(text, span.start, span.end)
    clause_start = _clause_start(text, span, left)
    if _own_relatives_place(text, span, clause_start):
        # the clause says whose place it is; someone named elsewhere in the sentence ("Abba", a festival read as
        # a name) does not make it theirs, someone named in the clause itself does
        left = clause_start
        right = _clause_end(text, span)
    elif not (_GOING_OR_HOME_BEFORE.search(text, max(0, span.start - 40), span.start)
              and _OWN_RELATIVE.search(text, left, right)):
        return False
    if served_near(text, span.start, span.end):
        return False
    if any(o is not span and o.entity_type in _SOMEONE_KINDS and left <= o.start < right for o in spans):
        return False  # someone named in the sentence: their story there
    return _INCIDENT.search(text) is None


# A clause ends at a comma, a colon, a bracket or a dash, and in a post at an emoji too ("Jāņi weekend 🌿🔥 sang
# till sunrise at my aunt's in Sigulda").
_CLAUSE_BREAK = re.compile("[,;:()—–.!?\n\U0001F000-\U0001FAFF\u2600-\u27BF]")


def _clause_start(text: str, span: Span, left: int) -> int:
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, max(left, span.start - 80), span.start)]
    return max([left, span.start - 80, *breaks])


def _clause_end(text: str, span: Span) -> int:
    m = _CLAUSE_BREAK.search(text, span.end)
    return m.start() if m else len(text)


def _own_relatives_place(text: str, span: Span, clause_start: int) -> bool:
    """Is the place the end of a clause that the writer's own relative opens, or "back home in"?"""
    if _OWN_RELATIVE_THEN_IN.search(text, clause_start, span.start):
        return True
    home = _OWN_HOME_IN.search(text, clause_start, span.start)
    return home is not None and _THIRD_PERSON.search(text, clause_start, span.start) is None


def outside_own_trips(spans: list[Span], text: str) -> list[Span]:
    if not any(s.entity_type in _PLACE_KINDS for s in spans):
        return spans
    return [s for s in spans if not is_own_trip_place(s, text, spans)]
