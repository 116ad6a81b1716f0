"""Landmark court cases by their parties' names: "Gideon v. Wainwright turned 60", "Rereading Dobbs v Jackson
for a seminar", "my favourite judgment: Donoghue v Stevenson". A lawyer or a law teacher names these as others
name a famous book; the parties are in every casebook, and naming them identifies no client.

A case the writer works on is named the same way ("Settled Okonkwo v Harlow Logistics this morning", "our client
in Haverford v. Lindqvist Dental"), so a case is a landmark only where the post says it is studied, taught or
celebrated (data/landmark_case_cues.txt) and says nothing of a case of the writer's own (data/own_case_cues.txt:
a client, a hearing, a trial, a filing, a date ahead; or "our"/"my" just before the case). The tuning
sets hold 4 landmark cases named so, all harmless, and 12 cases of the writers' own, each with one of the
own-case words.
"""

from __future__ import annotations

import re

from .... import vocab

# "A v. B", "A v B", each side up to four capitalised words ("Brown v. Board of Education"); a sports fixture
# ("Wales v England") is the same shape, and a team is public anyway.
_SIDE = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’.-]*){0,3}"
_CASE = re.compile(rf"(?<![\w'’-]){_SIDE}\s+v\.?\s+{_SIDE}")
_LANDMARK_CUE = re.compile(rf"(?i)\b{vocab.alternation('landmark_case_cues')}\b")
_OWN_CASE_CUE = re.compile(rf"(?i)\b{vocab.alternation('own_case_cues')}\b")
# "our Dunmore v Price", "my big Sandhu v Meller": the case said as the writer's own, just before it
_OWN_BEFORE = re.compile(r"(?i)\b(?:our|my|we|we're|we['’]re\s+in|in\s+our|in\s+my)\s+(?:[\w'’-]+\s+)?$")


def _case_at(text: str, start: int, end: int) -> re.Match | None:
    """The case name "A v B" that holds text[start:end], if any."""
    for m in _CASE.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if m.start() <= start and end <= m.end() + 2:  # the model may take "'s" after it
            return m
    return None


def landmark_case(text: str, start: int, end: int) -> bool:
    """text[start:end] is part of a court case's name ("Gideon v. Wainwright") in a post that calls it a landmark
    the writer studies, teaches or celebrates, and says nothing of a case of the writer's own."""
    m = _case_at(text, start, end)
    if m is None:
        return False
    if _OWN_CASE_CUE.search(text) or _OWN_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return False
    return _LANDMARK_CUE.search(text) is not None


def landmark_case_ends_at(text: str, at: int) -> bool:
    """A landmark case's name ends just before ``at`` (its age is the case's: "Gideon v. Wainwright turned 60")."""
    head = text[:at].rstrip()
    m = re.search(rf"{_SIDE}\s+v\.?\s+{_SIDE}$", head)
    if m is None:
        return False
    start = m.start()
    # the widest case name ending here
    for c in _CASE.finditer(text, max(0, len(head) - 120), len(head)):
        if c.end() == len(head):
            start = c.start()
            break
    return landmark_case(text, start, len(head))
