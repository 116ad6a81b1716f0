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
    if not _GOING_OR_HOME_BEFORE.search(text, max(0, span.start - 40), span.start):
        return False
    if _NUMBER_BEFORE.search(text, max(0, span.start - 12), span.start):
        return False
    left, right = _sentence(text, span.start, span.end)
    if not _OWN_RELATIVE.search(text, left, right):
        return False
    if served_near(text, span.start, span.end):
        return False
    if any(o is not span and o.entity_type in _SOMEONE_KINDS and left <= o.start < right for o in spans):
        return False  # someone named in the sentence: their story there
    return _INCIDENT.search(text) is None


def outside_own_trips(spans: list[Span], text: str) -> list[Span]:
    if not any(s.entity_type in _PLACE_KINDS for s in spans):
        return spans
    return [s for s in spans if not is_own_trip_place(s, text, spans)]
