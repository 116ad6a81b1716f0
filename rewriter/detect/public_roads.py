"""A main road named for its traffic, or as the route of a race or a parade: "half my class is stuck in traffic on
Thika Road", "the jam on Entebbe Road this morning!", "Go slow on Great East Road this holiday", "Ran my first Belfast
Marathon ... cheering on the Ormeau Road", "snow on the A9 again". Thousands travel such a road every day; in these words it is where the
traffic is, not where someone lives or where a story happened.

The road's name is dropped, with any name guess inside it, when its sentence or the one before says one of
data/road_traffic_words ("traffic", "jam", "go slow", "marathon"), and:
- no house number is in it ("14 Thika Road" is an address) and it is no one's home ("lives on", "her house on");
- no one the writer serves is near it ("a patient stuck in traffic on Thika Road": the person's journey), no one
  is on it in its sentences ("came off his motorbike on the A64 in the snow, poor lad"), and the post tells no
  incident ("the crash on Thika Road", data/review_incidents): the road is then where it happened.
"""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .work_talk import served_near

_TRAFFIC = re.compile(
    r"(?i)\b(?:" + "|".join(r"[\s-]+".join(re.escape(w) for w in e.split()) for e in vocab.entries("road_traffic_words")) + r")\b")
_INCIDENT = re.compile(
    r"(?i)\b(?:" + "|".join(r"[\s-]+".join(re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in e.split())
                           for e in vocab.entries("review_incidents")) + r")\b")
# A road by its type word, no number: "Thika Road", "the Bruce Highway", "Marine Drive".
_ROAD = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:Road|Rd|Highway|Hwy|Drive|Avenue|Expressway|Motorway|"
                   r"Freeway|Bypass|Boulevard)\.?")
_HOME_BEFORE = re.compile(r"(?i)\b(?:lives?|living|lived|house|home|flat|address|moved|staying|stays)\s+(?:\w+\s+){0,2}(?:on|off|at|in)\s+(?:the\s+)?$")
# Someone on the road in the same sentences: a person by a word for one, or "his"/"her" things.
_SOMEONE_ON_IT = re.compile(
    r"(?i)\b(?:lad|lass|man|woman|bloke|fella|guy|girl|boy|kid|child|toddler|baby|driver|rider|biker|motorcyclist|"
    r"cyclist|pedestrian|his|her|their)\b")
_NAME_KINDS = frozenset({"STREET_ADDRESS", "LOCATION", "PERSON", "ORGANIZATION", "FACILITY"})


def _sentences_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span's sentence and the one before it."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n")
    left = max(text.rfind(c, 0, max(0, left)) for c in ".!?\n") + 1 if left > 0 else 0
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, min(ends, default=len(text))


# A numbered main road: "the A9", "M62", "I-95", "SH2" (a junction on one says where: not this).
_NUMBERED = re.compile(r"(?:[Tt]he\s+)?(?:[AMN]\d{1,4}(?:\(M\))?|I-\d{1,3}|SH\s?\d{1,3}|(?:Route|Highway|Hwy|Interstate)\s+\d{1,4})")


def is_public_road(span: Span, text: str) -> bool:
    if span.entity_type not in ("STREET_ADDRESS", "LOCATION"):
        return False
    name = span.text.strip(" '’\"”.,!?")
    if not (_NUMBERED.fullmatch(name) or (_ROAD.fullmatch(name) and not any(c.isdigit() for c in name))):
        return False
    left, right = _sentences_around(text, span.start, span.end)
    if not _TRAFFIC.search(text, left, right):
        return False
    if _HOME_BEFORE.search(text, max(0, span.start - 40), span.start) or served_near(text, span.start, span.end):
        return False
    if _SOMEONE_ON_IT.search(text, left, right):
        return False  # "came off his motorbike on the A64 in the snow, poor lad": someone's story on the road
    return _INCIDENT.search(text) is None


def outside_public_roads(spans: list[Span], text: str) -> list[Span]:
    roads = [s for s in spans if is_public_road(s, text)]
    if not roads:
        return spans
    return [s for s in spans if s not in roads and not (
        s.entity_type in _NAME_KINDS and any(r.start <= s.start and s.end <= r.end for r in roads))]
