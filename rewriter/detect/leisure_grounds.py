"""A named park, beach, sports ground or promenade as where the writer spent their own free time: "Took the dog down
Tynemouth Longsands after four nights", "Our team's doing a walk round Sefton Park Saturday", "Watched the Windies
beat England at Kensington Oval", "sunrise flow at Venice Beach". A public ground by its kind word (data/
leisure_ground_words.txt), after a word of going, walking, running, watching or spending a day there: thousands use
it every week, and in these words it is the writer's outing, not where someone lives or a story happened.

The name is dropped, with any name guess inside it, only when:
- its last word is a kind of public ground or attraction ("Park", "Beach", "Zoo", "Sands", "Oval", "Stadium", "Gardens", "Common") and no
  capitalised word follows it ("Hollins Park Academy", "Kestrel Park Rehab", "Waltham Park Road" are a school, a
  clinic and a street); a holiday, retail, business or industrial park is a business, and a bay, a cove or a lake
  is more often a small town, so neither is read here;
- a word of the writer's outing stands right before it ("walk round", "took the dog down", "a day at", "watched
  ... at", "picnicking at", "brought my two to");
- and nothing in its sentence makes it someone else's story: no one the writer serves near it ("my client at
  Greenhill Park"), no other person named in its sentence ("Summer Ashworth-Kaur smashed her parkrun at Hollins
  Park"), no incident in the post ("the Riverside Park stabbing", data/review_incidents), no home ("lives by").
"""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .public_roads import _INCIDENT, _sentences_around
from .recognizers.support import lexicon
from .recognizers.support.not_people import is_own_pet
from .work_talk import served_near

_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "FACILITY", "GPE"})
_GROUND_WORDS = vocab.alternation("leisure_ground_words")
# The name: one to three capitalised words, then the ground's kind word.
_GROUND = re.compile(rf"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){{1,3}}(?:{_GROUND_WORDS})\b")
# A ground that is a business: "Polgrean Holiday Park", "Kingsmead Retail Park", "Dunmore Business Park".
_BUSINESS_GROUND = re.compile(r"(?i)\b(?:holiday|caravan|retail|business|industrial|science|technology|trading|office|"
                              r"home|mobile\s+home|residential|care|lodge)\s+park$")
_CAPITALISED_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")
# The writer's animal right before a name: "took the dog Biscuit down ...".
_PET_BEFORE = re.compile(r"(?i)\b(?:dog|dogs|cat|pup|puppy|pupper|doggo|horse|pony)\s+$")
# The writer's outing, right before the name.
_OUTING_BEFORE = re.compile(
    r"(?i)(?:\b(?:walk|walks|walked|walking|stroll|strolled|strolling|wander|wandered|run|ran|running|jog|jogged|"
    r"jogging|parkrun|cycle|cycled|cycling|swim|swam|swimming|dip|paddle|picnic|picnicking|picnicked|sunrise|sunset|"
    r"flow|yoga|day|days|afternoon|morning|evening|weekend|match|game|gig|concert|fireworks|"
    # a visit to a museum or a service in a cathedral: "the Vermeer exhibition at the ... Museum", "evensong at the ..."
    r"service|mass|evensong|exhibition|exhibit|tour|visit|visited|visiting)\b[^.!?\n]{0,20}|"
    r"\b(?:took|take|taking|takes|brought|bring|bringing|went|go|going|goes|gone|headed|heading|nipped|popped|off|"
    r"trip|dog|dogs|kids|pup|puppy)\b[^.!?\n]{0,30}|"
    r"\b(?:watched|watching|watch|saw|cheering|cheered)\b[^.!?\n]{0,40})"
    # ("ter", "tae": "to" as the Black Country, Yorkshire and Scots say it: "off ter Dudley Zoo")
    r"\b(?:at|in|on|round|around|along|down|to|ter|tae|through|across|up)\s+(?:the\s+)?$")
# Someone else in the ground's sentence: by a pronoun, or named, tagged or aged (the writer's own dog aside).
_THIRD_PERSON = re.compile(r"\b(?i:he|she|his|her|him|hers|they|their|them)\b")
_SOMEONE_KINDS = frozenset({"PERSON", "HANDLE", "AGE", "EMAIL_ADDRESS", "PHONE_NUMBER"})
_HOME_BEFORE = re.compile(r"(?i)\b(?:lives?|living|lived|house|home|flat|address|moved|staying|stays)\s+(?:\w+\s+){0,2}"
                          r"(?:on|off|at|in|by|near)\s+(?:the\s+)?$")


# A short lowercase word the model took in after the name: "[Ilkley Moor wi'] t'dog" (Yorkshire "with").
_TAKEN_IN_AFTER = re.compile(r"\s+[a-z][a-z'’]{0,3}")


def _ground_name(span: Span, text: str) -> re.Match | None:
    """The ground's whole name at the span: the span itself, or the span and the kind word after it."""
    m = _GROUND.match(text, span.start)
    if m is None or (m.end() < span.end and not _TAKEN_IN_AFTER.fullmatch(text, m.end(), span.end)):
        return None
    return m


def is_public_ground(span: Span, text: str, spans: list[Span]) -> bool:
    if span.entity_type not in _KINDS:
        return False
    m = _ground_name(span, text)
    if m is None or _BUSINESS_GROUND.search(m.group()):
        return False
    after = _CAPITALISED_AFTER.match(text, m.end())
    if after and not lexicon.is_not_a_name(after.group(1)):
        return False  # "Hollins Park Academy": a longer name; "Sefton Park Saturday" is the day
    if any(c.isdigit() for c in text[max(0, span.start - 6) : span.start]):
        return False  # "14 Sefton Park": an address
    if not _OUTING_BEFORE.search(text, max(0, span.start - 60), span.start):
        return False
    if _HOME_BEFORE.search(text, max(0, span.start - 40), span.start) or served_near(text, span.start, m.end()):
        return False
    left, right = _sentences_around(text, span.start, m.end())
    own_left = max(text.rfind(c, 0, span.start) for c in ".!?\n") + 1
    if _THIRD_PERSON.search(text, own_left, right):
        return False  # "smashing her 5k PB at the parkrun in ... Park": someone else's outing
    if any(o.entity_type in _SOMEONE_KINDS and left <= o.start < right and not (span.start <= o.start < m.end())
           and not is_own_pet(text, o.start, o.end) and not _PET_BEFORE.search(text, max(0, o.start - 12), o.start)
           for o in spans):
        return False  # someone named in its sentence (the writer's own dog aside): their story there
    return _INCIDENT.search(text) is None


def outside_leisure_grounds(spans: list[Span], text: str) -> list[Span]:
    grounds = [(s, _ground_name(s, text)) for s in spans if is_public_ground(s, text, spans)]
    if not grounds:
        return spans
    return [s for s in spans if not any(
        s is g or (s.entity_type in _KINDS and m.start() <= s.start and s.end <= m.end()) for g, m in grounds)]
