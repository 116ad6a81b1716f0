"""A performer or a player named beside their public work: "Burna Boy playlist loaded", "Night shift playlist:
Winky D, Jah Prayzah", "respect to Stormzy for that surprise set", "Bob Marley pon di speaker". The famous
names list holds full names from WordNet and Wikipedia's Vital Articles; today's one-name artists and the stars
of other Englishes are not on it, but the words around them say what they are: music played, a gig, a new album,
a tour, a name on the radio or the speakers (sport is left alone: a hat-trick is as often a pupil's).

A capitalisation guess (spaCy, the proper-noun, initialled-name and sentence-subject rules) goes when a word of
public work stands close to it, and nothing near makes it someone the writer knows or serves: a served person
("client", "student"), the writer's own word ("my", "our", "his"), a school or care setting ("assembly",
"class", "ward", "choir", "talent show": "Jayden sang a song in assembly" is a pupil), the name doing what a
pupil does ("Amara sang", "Tom played", "Amara, she loved it") or the work made for them ("a playlist for Amara").
"""

from __future__ import annotations

import re

from ..spans import Span
from .recognizers.support import lexicon
from .work_talk import served_near

_SOURCES = frozenset({"language model (spaCy)", "proper noun name rule", "initialled name rule",
                      "sentence subject name rule"})
_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
_REACH = 45
# Public work: music played or bought, a gig, a new album, a tour. Not sport: the players writers name are as
# often their own team's ("U14 girls ... Brooklyn Tate with the hat trick"); not a bare "album" (of photos).
_PUBLIC_WORK = re.compile(
    r"(?i)\b(?:playlists?|new\s+(?:single|album)|mixtape|on\s+repeat|spotify|apple\s+music|(?:pon|on)\s+(?:di|the)\s+speaker|"
    r"surprise\s+set|headlin\w+|world\s+tour|stadium\s+tour|concert\s+(?:tickets|tix)|grammys?|afrobeats?|dancehall|amapiano|"
    r"artiste?s?|rappers?)\b"
)
# A setting where the people named are the writer's own: a school, a ward, a choir.
OWN_SETTING = re.compile(
    r"(?i)\b(?:assembly|class|classroom|school|ward|choir|talent\s+show|recital|nativity|sports\s+day|pupils?|"
    r"kids?|child|children|son|daughter|grandson|granddaughter|nephew|niece|year\s+\d+|p\d|my|our|his|her|their|girls|boys|"
    r"team|squad|club|fc|u\d+|under-?\d+)\b"
)
# The name doing what someone the writer knows does: "Amara sang", "Tom played us a song".
_ACTS_AFTER = re.compile(r"\s+(?:sang|sings|played|plays|performed|wrote|made|did|asked|told|said)\b|,?\s+(?:she|he|they)\b")
# Someone the work is made for or shared with: "a playlist for Amara", "listened with Tom".
_FOR_BEFORE = re.compile(r"\b(?i:for|with|from|gave|sent|showed|helped)\s+$")


# Music on: "Bob Marley playing, curry goat on the stove", "Fela on in the background". A full name only: "Tom
# playing." is a child at play.
_PLAYING_AFTER = re.compile(r"\s+(?:playing|blasting|on)(?=\s*(?:[,.!;…]|$|in\s+the\s+background|on\s+the\s+(?:radio|speaker)|loud))")


# Music on, the name alone before the pause: "Alcaraz on the radio, bliss", "Shaggy pon di radio.", "Sarah G
# on the speakers, let's go!", "Kishore Kumar on loop". Not "Tom on the radio again asking for porters" (a
# colleague on a two-way radio), and a lone word the dictionary lists as a given name ("Tom on the radio.")
# is left to the rest.
_ON_AIR_AFTER = re.compile(
    r"\s+(?:(?:on|pon)\s+(?:the\s+|di\s+|mi\s+|my\s+)?(?:radio|speakers?|aux)|on\s+loop|at\s+full\s+volume)(?=\s*(?:[,.!;…]|$|\W*\s*$))"
)


# A release by the name right before: "when Drake dropped Take Care", "Adele released her new album": a work's
# title of two capitalised words or more, or the kind of work (a pupil "dropped Maths" or "dropped his bag").
_RELEASED_AFTER = re.compile(
    r"\s+(?:dropped|drops|released|releases)\s+(?:(?:his|her|their|a|the)\s+(?:new\s+|latest\s+|debut\s+)?"
    r"(?:album|single|mixtape|ep)\b|[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)+(?!\s+(?:at|off|to|from|home|in|on)\b))")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, min(ends, default=len(text))


def is_public_performer(span: Span, text: str) -> bool:
    if span.source not in _SOURCES or span.entity_type not in _KINDS or not span.text[:1].isupper():
        return False
    left, right = max(0, span.start - _REACH), min(len(text), span.end + _REACH)
    full = len(span.text.split()) >= 2
    if not (_PUBLIC_WORK.search(text, left, right) or (full and _PLAYING_AFTER.match(text, span.end))
            # a given name may be a pupil's ("Amara dropped Further Maths"), and so may a full name: one word no list
            # gives as a name only, a stage name ("Drake", "Rihanna")
            or (_RELEASED_AFTER.match(text, span.end) and not full and not lexicon.is_listed_as_name(span.text))
            or (_ON_AIR_AFTER.match(text, span.end) and (full or not lexicon.is_listed_as_name(span.text)))):
        return False
    # the setting is read within the name's sentence: "my hand don tire. Jollof and Fela on repeat" is no own setting
    left, right = _sentence(text, span.start, span.end)
    if (OWN_SETTING.search(text, max(left, span.start - 30), min(right, span.end + 30)) or _ACTS_AFTER.match(text, span.end)
            or _FOR_BEFORE.search(text, max(0, span.start - 10), span.start)):
        return False
    return not served_near(text, span.start, span.end)


def outside_public_performers(spans: list[Span], text: str) -> list[Span]:
    return [s for s in spans if not is_public_performer(s, text)]
