"""The named matters of a story, made general (issue 11: "turns a named event into a general one").

    a live case by what it is about:    "the Fraserburgh fishing quota case" -> "the case"
                                        "till the custody hearing Thursday" -> "till the hearing Thursday"
                                        "the Chief's land matter" -> "the Chief's matter"
    a named works project:              "we've won the Thika Road flyover redesign" -> "... a major roads project"
    an event by its year:               "Since the 2019 floods I've had three referrals" -> "Since the floods ..."
                                        "the 2016 bus crash" -> "a serious accident"

Only in a post the review raised the matching risk on (a live case, confidential business); words that
say which stage or which one of the writer's cases it is ("next", "final", "first") stay. A name inside the
phrase is swallowed with it ("my Marlow County case" -> "my case").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import vocab
from ..review import Risk
from ..review.general_events import general_event
from .regions import region

_DET = r"(?P<det>(?i:the|a|an|my|our|his|her|their|this|that|its)|[A-Z][\w'’-]*['’]s|[a-z]+['’]s)"
# Up to three words that say what the case is about, then the case noun.
_CASE = re.compile(  # a lookahead: "represent her in a boundary dispute" is tried from "her" and from "a"
    r"\b(?=" + _DET + r"\s+(?P<about>(?:(?!(?:case|hearing|trial|matter|dispute|tribunal|inquest)\b)[\w'’-]+\s+){1,3}?)"
    r"(?P<noun>case|hearing|trial|matter|dispute|tribunal|inquest)\b(?![\w'’-])"
    r"(?!\s+(?:scenario|study|studies|law|notes?|load|file|worker|manager|conference|officer|bundle|papers|list|murder|killing|ruling|verdict|judgment|judgement|date|room)\b))"
)
# Words before the case noun that say which one, not what about: they stay.
_WHICH = frozenset({"next", "final", "first", "last", "new", "old", "same", "other", "current", "big", "whole", "own",
                    "second", "third", "full", "main", "preliminary", "initial", "early", "latest", "court",
                    # a workplace's own process, the point of an HR post and no pointer to anyone's story
                    "grievance", "disciplinary", "misconduct", "capability", "appeal"})
_FUNCTION = frozenset(vocab.words("function_words") | vocab.words("function_words_more"))

_WORKS = (r"flyover|overpass|bridge|bypass|by-pass|interchange|highway|motorway|expressway|freeway|ring\s+road|road|"
          r"railway|rail\s+line|rail\s+link|metro|tram(?:way)?|airport|terminal|port|harbour|harbor|dam|stadium|pipeline|"
          r"tunnel|station|hospital|campus|mall|waterfront|dual\s+carriageway")
_PROJECT = (r"redesign|upgrade|project|contract|tender|expansion|build|rebuild|refurbishment|refurb|extension|works|"
            r"construction|development|scheme|redevelopment|widening|design")
# "the Thika Road flyover redesign", "the new airport terminal contract", "the bypass tender".
_NAMED_WORKS = re.compile(
    r"(?i)\b(?:the|our|this|that)\s+(?:(?:new|proposed|planned|big|huge|major)\s+)?"
    r"(?:(?-i:[A-Z][\w'’-]*)\s+){1,3}(?P<works>(?:(?:" + _WORKS + r")\s+){1,2})(?P<what>" + _PROJECT + r")\b(?![\w-])"
)


_INCIDENT_WORDS = "|".join(sorted(map(re.escape, vocab.entries("review_incidents")), key=len, reverse=True))
# "the 2019 floods", "that 2016 bus crash", "the 2021 Kilnacarrig fire": a year that says which one.
_DATED_EVENT = re.compile(
    r"(?i)\b(?P<det>the|that|this)\s+(?:(?:19|20)\d\d|(?:19|20)\d\d/\d\d)\s+(?P<words>(?:[\w'’-]+\s+){0,2}?)(?P<what>" + _INCIDENT_WORDS + r")\b(?![\w-])"
)
# Events of nature or of a place, said plainly once their year goes: "the floods", "the fire".
_NATURE = re.compile(r"(?i)flood|storm|fire|blaze|earthquake|quake|tornado|hurricane|cyclone|typhoon|tsunami|landslide|avalanche|drought|"
                     r"wildfire|bushfire|outbreak|lockdown")
_ACCIDENT_WORDS = re.compile(r"(?i)crash|collision|pile|accident|derail|crush|hit\s+and\s+run|rollover|smash|capsiz")
_STORY_RISKS = frozenset({"news_event", "small_community", "ongoing_case", "rare_or_unique"})


def dated_events(text: str, risks: Sequence[Risk]) -> list[Risk]:
    """An event named by its year, in a post with a story risk the rules raised, as a general one: the year and any
    words between it and the event go ("the 2019 floods" -> "the floods"; "the 2016 coach crash" -> "a serious
    accident")."""
    told = next((r for r in risks if r.kind in _STORY_RISKS and not r.by_model), None)
    if told is None or not re.search(r"(?:19|20)\d\d", text):
        return []
    out = []
    for m in _DATED_EVENT.finditer(text):
        what = m.group("what")
        if _NATURE.match(what) and not _ACCIDENT_WORDS.search(what):
            out.append(region(told, text, m.start(), m.end(), f"{m.group('det')} {what}"))
        else:
            words = general_event(what)
            out.append(region(told, text, m.start(), m.end(), words[:1].upper() + words[1:] if m.group("det")[0].isupper() else words))
    return out


def named_matters(text: str, risks: Sequence[Risk]) -> list[Risk]:
    """A live case said by what it is about, a works project by its name: each as a region of ``text``
    with its general words."""
    out: list[Risk] = []
    case = next((r for r in risks if r.kind == "ongoing_case" and not r.by_model), None)
    if case is not None:
        for m in _CASE.finditer(text):
            words = m.group("about").split()
            dropped = [w for w in words if w.lower() not in _WHICH]
            if not dropped or any(w.lower() in _FUNCTION for w in words):
                continue  # "the next hearing"; "the case of ...": nothing said about what it is
            if any(re.search(r"(?i)(?:['’]s|s['’])$", w) for w in words):
                continue  # "my client's trial": a possessor says whose case, not what about; dropped it made it the writer's
            kept = [w for w in words if w.lower() in _WHICH]
            if kept and words.index(kept[-1]) > words.index(dropped[0]):
                continue  # "the land court case": a kept word after a dropped one; leave it whole
            rest = " ".join([*kept, m.group("noun")])
            if m.group("det").lower() in ("a", "an"):
                det = m.group("det")[:1] + ("n" if rest[:1].lower() in "aeiou" else "")
                out.append(region(case, text, m.start("det"), m.end("noun"), det + " " + rest))
            else:  # the determiner stays as written: a name's "Dean's" is the name's rewrite to make
                out.append(region(case, text, m.start("about"), m.end("noun"), rest))
    business = next((r for r in risks if r.kind == "confidential_business" and not r.by_model), None)
    if business is not None:
        for m in _NAMED_WORKS.finditer(text):
            what = m.group("what").lower()
            noun = "contract" if what in ("contract", "tender") else "project"
            works = m.group("works").lower()
            field = ("roads" if re.search(r"flyover|overpass|bridge|pass|interchange|way|road|carriageway", works) else
                     "rail" if re.search(r"rail|metro|tram|station", works) else "construction")
            out.append(region(business, text, m.start(), m.end(), f"a major {field} {noun}"))
    return out
