"""The writer's own workplace named in a post that tells nothing confidential and vents at no one:

- a career move of their own: "after 6 years at Deloitte I'm starting a new chapter with KPMG", "Excited to share
  I've joined Halvorsen Marine as a graduate engineer", "Started a new job as Data Analyst at Lumen Labs": the writer says
  it of themselves, under their own name, as everyone on a professional network does;
- where the jobs the writer advertises are based (session 50): "hiring for 3 junior dev roles, hybrid, Bristol based",
  "London-based role, DM me": a big place before "based", in a post that hires; not "a Leeds-based client";
- an office of their employer in a big city or region: "half of our Bangalore office is on leave": a city of
  millions holds hundreds of such offices, and the post names no one in it (a post that names someone is where
  they work: "Our director at the Kumasi office, Mr Asamoah, ...").

Both stay flagged when the post keeps something quiet, tells of lay-offs, closures or other business news, or vents
(the review's cue lists: review_secrecy, review_unannounced, review_business_events, review_complaint_words,
review_anger, review_inside_wrongdoing): then the employer or the site is what makes the story findable ("our Lagos
office is closing and nobody's been told"). And they stay beside someone the writer serves ("my client at Deloitte")
or a client, a contract or an account ("we won the KPMG contract").
"""

from __future__ import annotations

import functools
import re

from .. import vocab
from ..spans import Span
from .recognizers.support.public import BIG_PLACES, BIG_REGIONS, METROPOLISES, client_context
from .work_talk import served_near

_KINDS = frozenset({"ORGANIZATION", "PERSON", "LOCATION", "FACILITY"})
_QUIET_OR_VENTED_LISTS = ("review_secrecy", "review_unannounced", "review_business_events", "review_complaint_words",
                          "review_anger", "review_inside_wrongdoing")


@functools.cache
def _quiet_or_vented() -> re.Pattern:
    entries = sorted({e.lower() for name in _QUIET_OR_VENTED_LISTS for e in vocab.entries(name)}, key=len, reverse=True)
    phrases = [r"[\s\-]+".join(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w).replace("'", "['’]?")
                              for w in e.split()) for e in entries if "<n>" not in e]
    return re.compile(r"(?i)(?<![\w'’])(?:" + "|".join(phrases) + r")(?![\w'’])")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, min(ends, default=len(text))


# The writer's own move to a new job, said of themselves in the span's sentence: "I'm starting a new chapter
# with", "I've joined", "Started a new job as ... at" (the sentence opening on the verb is the writer's). Not
# "left" or "leaving" alone, which as often opens a grievance ("I've since left Kernow Labs. Find a team where..."),
# nor someone else's ("Congratulations to Ifeoma on her new role at").
_OWN_MOVE = re.compile(
    r"(?i)\b(?:i|i['’]m|i\s+am|i['’]ve|i\s+have|i['’]ll|i\s+will)\s+(?:\w+\s+){0,3}?(?:join(?:ing|ed)?|"
    r"(?:start(?:ing|ed)?|begin(?:ning)?)\s+(?:a\s+new|my\s+new|at|with)|accepted|promoted)\b"
    r"|(?:^|[.!?\n]\s*)(?:started|starting|joined|joining)\s+(?:a\s+new\s+(?:job|role|chapter|position)|my\s+new)\b"
    r"|\bmy\s+new\s+(?:role|job|position)\b")
# Right before the name: where the move is from or to ("after 6 years at", "with", "joining", "leaving").
_MOVE_BEFORE = re.compile(r"(?i)\b(?:at|with|join(?:ing|ed)?)\s+(?:the\s+)?$")
_OFFICE_AFTER = re.compile(r"\s+(?i:office|offices)\b")
_OUR_BEFORE = re.compile(r"\b(?i:our)\s+$")


def _own_move(span: Span, text: str) -> bool:
    if span.entity_type != "ORGANIZATION" or not _MOVE_BEFORE.search(text, max(0, span.start - 12), span.start):
        return False
    left, right = _sentence(text, span.start, span.end)
    return _OWN_MOVE.search(text, left, right) is not None


def _city_office(span: Span, text: str) -> bool:
    name = span.text.removesuffix("'s").removesuffix("’s")
    return ((name in METROPOLISES or name in BIG_REGIONS) and _OFFICE_AFTER.match(text, span.end) is not None
            and _OUR_BEFORE.search(text, max(0, span.start - 6), span.start) is not None)


_BASED_AFTER = re.compile(r"[ \t]*[-–]?[ \t]*(?i:based)\b(?![ \t]+(?:[a-z]+[ \t]+)?(?i:client|clients|customer|customers|"
                         r"family|families|patient|patients|firm|company|supplier|charity|school))")
_HIRING = re.compile(r"(?i)\b(?:hiring|we['’]re\s+recruiting|recruiting\s+for|job\s+(?:opening|alert|ad)|vacanc(?:y|ies)|"
                     r"apply\s+(?:now|here|via|today)|now\s+hiring|open\s+roles?|#\w*jobs?)\b")


def _advertised_base(span: Span, text: str) -> bool:
    """A big place the writer's advertised jobs are based in: "hiring ..., Bristol based"."""
    name = span.text.strip()
    return ((name in METROPOLISES or name in BIG_REGIONS or name in BIG_PLACES) and _BASED_AFTER.match(text, span.end) is not None
            and _HIRING.search(text) is not None)


def outside_own_workplace(spans: list[Span], text: str) -> list[Span]:
    # an office in a post that names a person is where that person works ("Our director at the Kumasi office, Mr
    # Asamoah, has 14 files on his desk")
    people = any(s.entity_type == "PERSON" and s.source != "language model (spaCy)" or s.entity_type == "PERSON"
                 and " " in s.text for s in spans)
    own = [s for s in spans if s.entity_type in _KINDS and (_own_move(s, text) or (_city_office(s, text) and not people)
                                                              or _advertised_base(s, text))
           and not client_context(text, s.start, s.end) and not served_near(text, s.start, s.end)]
    if not own or _quiet_or_vented().search(text):
        return spans
    return [s for s in spans if s not in own]
