"""A sentence that signposts a public service: tells the reader to call, text or reach out to it, says it is free or
open day and night, gives to it, or thanks it, trains or qualifies with it as a member ("Breathing Space is there
on 0800 83 85 87 if ye need a blether", "raised a few bob for Mind", "CPD with the Law Society", "Thanks Chartered
Accountants Ireland for the torture"). A helpline, a national charity or a profession's body named there is pointed
at for everyone; a client, an employer or a site is not signposted so (support/public.py's private and client
contexts read those, and win).
"""

from __future__ import annotations

import re

# The cue families, each a way of pointing the public at a service: reaching it, its hours and price, giving to it,
# belonging or training with it, thanking it, or reading what it publishes.
SIGNPOST = re.compile(
    r"(?i)\b(?:"
    # reach it
    r"call|calls|calling|ring|text|texts|phone|contact|reach\s+out|talk\s+to|speak\s+to|helplines?|hotlines?|"
    # its hours and price
    r"free|freephone|24/7|24\s*(?:hrs?|hours)|any\s*time|day\s+or\s+night|confidential|"
    # giving
    r"donat\w*|rais(?:e|ed|es|ing)|fundrais\w*|sponsor\w*|in\s+aid\s+of|charity|charities|appeal|"
    # belonging, training, qualifying
    r"members?|membership|CPD|training|trained|course|webinar|conference|exams?|qualif\w+|chartered|admitted|"
    # thanks
    r"thanks|thank\s+you|shout\s*-?\s*outs?|shoutout|big\s+ups|kudos|props|grateful|"
    # what it publishes
    r"reminder|resources?|leaflets?|guidance|report|research|campaign"
    r")\b"
    # a number: a line's number or short code ("on 0800 83 85 87", "Hotline 1553"), not a year, a sum or a share
    r"|(?<![\w£$€.,/])(?!(?:19|20)\d\d\b)\d{3,}(?:[ -]\d{2,})*\b(?![.,]\d|%)")


def sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around text[start:end] (its own punctuation inside the span is no end)."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, min(ends, default=len(text))


def signposted(text: str, start: int, end: int) -> bool:
    """A signposting cue in the sentence of text[start:end], outside the name itself (the name's own "Helpline" or
    "Chartered" is no cue)."""
    left, right = sentence_of(text, start, end)
    return bool(SIGNPOST.search(text[left:start]) or SIGNPOST.search(text[end:right]))
