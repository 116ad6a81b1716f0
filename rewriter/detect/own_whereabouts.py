"""A listed place in a post about no one but the writer: "Tonight siu yeh at Mong Kok then back to Excel", "half of
London must've been at Taylor Swift", "Ma's after tellin the whole of Belfast", "#Trinidad #electrician", "Boxing
Day sales at Westfield were feral". A city, a district or a town (GeoNames through big_places.txt, towns.txt,
big_areas.txt, metropolises.txt; regions, travel places and landmarks) is where the writer is, goes or works; it
narrows down a client only when the post has a client in it.

So a name guess that is a listed place, as a whole name, goes when the post has no one in it: none of the people the
writer serves (the served lists the detector reads for times: "client", "patient", "a family", "my kids", "a
woman"), no other identifier left in the post (a name, an age, a ward; a time of day alone may stay), and nothing that makes the place someone's (support/public.py's
private context: "lives in", "our", "client", "from" after a person, "X branch", "X clinic") nor one site of the
writer's trade ("our X office", "the X team", "the X store").

Not: "a 9 yo from Staten Island" (a person served), "Jermaine ... the Peckham stabbing" (a person named), "our
Kitengela clinic" (a site), "Mr Delgado" (a title: only the model's and the proper-noun rule's guesses are read),
"Chippenham library closed tomorrow" (a place before a thing of it: a site), "the Doha team", "Assessed a 7-year-old
today in Grantham" (an age beside it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from .. import vocab
from ..spans import Span
from .recognizers.support.public import _SITE_AFTER, _core, _private_context

# The guesses read here: a capitalised word the model or the proper-noun rule took for a name. A name after a title,
# a role noun or a family word, or a named facility, is read by its own rule and stays.
_GUESS_SOURCES = frozenset({"language model (spaCy)", "proper noun name rule"})
_NAME_KINDS = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "NRP"})
_PLACE_LISTS = ("big_places", "big_places_named_like_people", "towns", "big_areas", "metropolises", "big_regions",
                "countries", "us_states", "travel_places", "landmarks")
# A place before a thing of it is a site of it ("Chippenham library", "the Swansea contact centre", "Boon Lay
# interchange"): a capitalised place before a lowercase noun, read with _SITE_AFTER's named sites.
_THING_OF_IT_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,1}(?i:library|interchange|roundabout|market|"
                                r"estate|stabbing|crash|fire|incident|case|road|parish|group|family|trial|court)\b")
# A capitalised word right before or after: the place is a piece of a longer name ("BBC Scotland", "Swansea City").
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![.!?]\s)(?<![.!?])\b[A-Z][\w&'’.-]*\s+$")
_CAPITAL_WORD_AFTER = re.compile(r"\s+[A-Z][\w&'’-]*")
# Someone unnamed is someone too: a story about them, not the writer's whereabouts.
_SOMEONE = re.compile(r"(?i)\b(?:someone|somebody|some\s+(?:guy|bloke|fella|lady|woman|man))\b")
_OUR_BEFORE = re.compile(r"(?i)\b(?:our|my|their|his|her)\s+(?:\w+\s+)?$")
# "from X" after anyone but the writer is where a person comes from: left to the private context, which reads it only
# after a person word; here any "from" keeps the place unless the writer says it of themselves ("I'm from", "ahm fae").
_FROM_BEFORE = re.compile(r"(?i)\b(?:from|fae|frae)\s+(?:the\s+)?$")
_WRITER_FROM_BEFORE = re.compile(r"(?i)\b(?:i|i['’]m|i\s+am|ahm|am|we['’]re|we\s+are)\s+(?:\w+\s+)?(?:from|fae|frae)\s+(?:the\s+)?$")


@functools.cache
def _places() -> frozenset[str]:
    return frozenset(w for name in _PLACE_LISTS for w in vocab.words(name))


def is_listed_place(name: str) -> bool:
    """A city, district, town, region, country, travel place or landmark, as written."""
    return _core(name) in _places()


def outside_own_whereabouts(spans: list[Span], text: str, someone_served: Callable[[str, int, int], bool]) -> list[Span]:
    """Spans minus the listed places of a post that has no one in it but the writer (see the module docstring).
    ``someone_served(text, left, right)`` says whether one of the people the writer serves is in text[left:right]."""
    places = [s for s in spans if _place_guess(s)]
    if not places:
        return spans
    place_ids = {id(s) for s in places}
    if any(id(s) not in place_ids and s.entity_type != "DATE_TIME" for s in spans):
        return spans  # a name of anyone else, an age, a ward, a sum: the place may be where their story is
    told = _without_tags_and_own_family(text)
    if someone_served(told, 0, len(told)) or _SOMEONE.search(told):
        return spans  # "my patient", "a family", "Someone at Hackney has been leaking the rota"
    gone = {id(s) for s in places if _writers_own(s, text)}
    return [s for s in spans if id(s) not in gone]


def _without_tags_and_own_family(text: str) -> str:
    """The post with its tags and the writer's own family blanked out: "#trainee", "#nursing" are topics, and "mi
    granny", "my mum" the writer's own people, none of them someone the writer serves."""
    return _OWN_FAMILY.sub(lambda m: " " * len(m.group(0)), _TAG.sub(lambda m: " " * len(m.group(0)), text))


_TAG = re.compile(r"(?<![\w&/#])#\w+")
_OWN_FAMILY = re.compile(rf"(?i)\b(?:my|mi|me|ma|our|wor)\s+(?:{vocab.alternation('family_nouns')})s?\b")


def _place_guess(span: Span) -> bool:
    return (span.entity_type in _NAME_KINDS and span.source in _GUESS_SOURCES
            and is_listed_place(span.text))


def _writers_own(span: Span, text: str) -> bool:
    """The place is not made someone's, nor one site, by the words around it."""
    before = text[max(0, span.start - 60) : span.start]
    if _CAPITAL_WORD_BEFORE.search(before) or _CAPITAL_WORD_AFTER.match(text, span.end):
        return False  # "BBC Scotland", "Leeds United": a piece of a longer name, read whole later (whole_runs.py)
    if _OUR_BEFORE.search(before[-20:]):
        return False  # "our Kitengela clinic", "my Leeds office"
    if _SITE_AFTER.match(text, span.end) or _THING_OF_IT_AFTER.match(text, span.end):
        return False  # "the Doha team", "Chippenham library"
    if _FROM_BEFORE.search(before) and not _WRITER_FROM_BEFORE.search(before):
        return False  # "a 9 yo from Staten Island"
    return not _private_context(text, span.start, span.end, person_slot=False)
