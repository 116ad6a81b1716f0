"""A name guess that took only part of a run of capitalised words, of a hyphenated name or of a name with its
nickname in quotes, read as the whole run.

The model and the name rules often take a piece of a name: "Back from Web Summit [Vancouver]", "[Notting Hill
Carnival]" read as "Notting [Hill Carnival]", "Big up [Shelly]-[Ann Fraser]-Pryce", "on [Thika] Rd",
"IRS [Direct File]", "[Paddy 'the] [Post]' [Nolan]". Replacing the piece leaves the rest of the name glued to
the replacement ("Web Summit someone", "Notting someone", "someone-Pryce", "someone else Rd", "IRS an
organisation"), and the rest may be as identifying as the piece ("Nolan" without "Paddy").

So a span is widened over the capitalised words it touches (one space or a hyphen away), over the hyphenated
pieces of its word ("Barnley-on-Sea"), and over a quoted nickname to the surname after it. Then the whole run
is judged: a public one (an event by its kind, "Web Summit Vancouver"; a listed public event, body or famous
person; what support/public.py reads as public) is no span at all; a private or unknown one is one span, so
that the replacement takes all of it ("Thika Rd" a road, "Paddy 'the Post' Nolan" one person).

Never across: a title, a role or kin word, a greeting ("Happy Birthday Ama", "Staff Nurse Okafor", "Aunty
Funmi": the generaliser says who they are), a sentence's first word when it is an everyday word ("Visited
Harlow Foods"), a time ("Thika Rd Tuesday night"), a word shouted in capitals ("Kemi STILL hasn't"), or, beside
a person, initials of a qualification or a role ("Ama Owusu RN", "our PM Dervla").
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .. import vocab
from ..kinds import kind
from ..spans import Span
from .recognizers.support import lexicon
from .recognizers.support.famous_names import is_listed_famous
from .recognizers.support.public import is_public_figure, is_public_mention, private_context

_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
_LIST = re.compile(r",|\s(?:and|&|or)\s")

# A capitalised word ("Summit", "O'Neill"), or initials in capitals ("IRS", "FC"); never past a full stop
# ("a conference in Dubai. The staffroom").
_CAP = r"[A-Z][\w'’]*"
_RIGHT_WORD = re.compile(r" (" + _CAP + r")(?![\w'’-])")
_LEFT_WORD = re.compile(r"(?<![\w'’.-])(" + _CAP + r") $")
# A number after a place's everyday word, its name before it ("Lekki Phase 1"; "Court 4" is a room, read by
# public_forms.py), not a score, a time or a count ("Celtic 2-0", "3 times").
_NUMBER_AFTER = re.compile(r" \d{1,3}(?![\w'’]|[-–:/.,]\d| ?(?:am|pm|times|x)\b)")
# Hyphenated pieces ending in a capitalised one: "-Pryce", "-on-Sea", "-under-Lyme", "-Mor"; never a
# lowercase ending ("Ebola-like", "Lambeth-ish": the generaliser reads those, fit.py hyphened_slot).
_LINK = r"(?:on|upon|under|le|la|de|du|des|en|sur|in|by|the|next|over|sub|am|an|bin|binti|al|el|ul|ud)"
_RIGHT_PIECES = re.compile(r"(?:[-–]" + _LINK + r")*[-–][A-Z][\w'’]*")
_LEFT_PIECES = re.compile(r"(?<![\w'’-])[A-Z][\w'’]*(?:[-–]" + _LINK + r")*[-–]$")
# A nickname in quotes between two names: "Paddy 'the Post' Nolan", "Tom “Tank” Ruddock".
_NICKNAMED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?:'[^'\n]{1,24}'|‘[^’\n]{1,24}’|\"[^\"\n]{1,24}\"|“[^”\n]{1,24}”)"
                        r" [A-Z][\w'’-]*(?![\w'’-])")

# An event by its kind inside the run: "Web Summit Vancouver", "Notting Hill Carnival 2025".
_EVENT_KINDS = frozenset(
    ("Congress Symposium Summit Conference Convention Expo Festival Fest Carnival Forum Colloquium Hackathon "
     "Eisteddfod Fringe Mela Biennale Olympiad Olympics Games Marathon Championships Cup").split())
_STREET_WORDS = frozenset(w.lower() for w in vocab.words("street_types")) | frozenset(
    "rd st ave hwy blvd tce cres ln dr".split())


@functools.cache
def _not_of_the_name() -> frozenset[str]:
    """Words that stand capitalised beside a name without being part of it, lowercase."""
    titles = {key.strip() for line in vocab.entries("name_titles") for key in line.rpartition(":")[0].split(",")}
    lists = ("titles", "role_nouns", "role_nouns_more", "job_titles", "kin_titles", "family_nouns", "person_words",
             "occupations", "kin_words_as_names", "function_words", "name_run_openers", "weekdays", "months",
             "name_honorifics_after", "words_after_a_name",
             # a word of another English or a thanks beside a name ("Mi deh yah Kemar", "Asante Wanjiru")
             "other_english_words", "other_english_words_more", "code_switch_words", "other_language_thanks",
             # a unit or a role by its initials, which the generaliser keeps ("Hartwell NICU", "our PM Dervla")
             "everyday_acronyms", "unit_nouns")
    return frozenset(w.lower() for name in lists for w in vocab.words(name)) | frozenset(t.lower() for t in titles) | {"i"}


@functools.cache
def _other_language_words() -> frozenset[str]:
    return (vocab.words("other_language_words") | vocab.words("other_language_words_swahili")
            | vocab.words("other_language_words_transliterated"))


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?\n:;\"“(" or not re.search(r"[\w,'’]", before[-1])


def _joins(word: str, text: str, at: int, person: bool, side: str) -> bool:
    """Is ``word`` (at ``at``) more of the name beside it?"""
    bare = word.removesuffix("'s").removesuffix("’s")
    low = bare.lower()
    if not bare or low in _not_of_the_name() or re.match(r"I['’]", bare):  # "Chale I'm so happy"
        return False
    if bare.isupper() and len(bare) > 1:
        if len(bare) > 5 or lexicon.is_ordinary_word(low):
            return False  # "Kemi STILL hasn't": shouted
        if person:
            return False  # "Ama Owusu RN", "our PM Dervla", "HOD Mr Teo": a qualification or a role, not more of the name
    if side == "left" and (word.endswith(("'s", "’s")) or _sentence_start(text, at) and (
            lexicon.is_common_word(low) or lexicon.is_dictionary_word(low) or low in _other_language_words())):
        # "Visited Harlow Foods", "Tola's Kitchen" read by the possessive's rules; "Nimetembelea Esther Nduku": a
        # verb of another language opening the sentence, which other_englishes.py cut off the name
        return False
    if len(bare) == 1 and not person:
        return False  # "the Zephyr X earbuds": a model's letter, read with the product by the generaliser
    return True


def _widened(span: Span, text: str) -> tuple[int, int]:
    start, end = span.start, span.end
    person = span.entity_type == "PERSON"
    while True:
        m = _RIGHT_PIECES.match(text, end) if text[end:end + 1] in "-–" else None
        if m and not text[m.end():m.end() + 1].isalnum():
            end = m.end()
            continue
        m = _RIGHT_WORD.match(text, end) if not text[:end].endswith(("'s", "’s")) else None  # "Mrs Dlamini's Grade 6s"
        if m and _joins(m.group(1), text, m.start(1), person, "right"):
            end = m.end()
            continue
        m = _NUMBER_AFTER.match(text, end)
        words = text[start:end].split()
        if m and span.entity_type == "LOCATION" and len(words) > 1 and lexicon.is_common_word(words[-1].lower()):
            end = m.end()  # "Lekki Phase 1", "Kitengela Block 4": the numbered part of a place is its name's
        break
    first = re.match(r"[\w'’]+", span.text)
    opened = first is not None and first.group().lower() in _not_of_the_name()  # "Nurse Olamide Bankole": a title opens it
    while start > 0 and not opened:
        m = _LEFT_PIECES.search(text, max(0, start - 40), start)
        if m:
            start = m.start()
            continue
        m = _LEFT_WORD.search(text, max(0, start - 40), start)
        if m and _joins(m.group(1), text, m.start(1), person, "left"):
            start = m.start()
            continue
        break
    return start, end


def _public_run(text: str, start: int, end: int, entity_type: str) -> bool:
    name = text[start:end]
    words = name.split()
    if any(w in _EVENT_KINDS for w in words[1:]) and not private_context(text, start, end):
        return True  # "Back from Web Summit Vancouver", "Notting Hill Carnival briefing"
    # a listed body or event is public only outside a client's or the writer's own context ("We won the Greater
    # Manchester Police contract"), which is_public_mention reads
    if entity_type == "LOCATION" and len(words) >= 2 and is_public_figure(text, start, end):
        # "finished Witi Ihimaera's latest": the model read the surname as a place; the run is a person's full name,
        # public by what the sentence does with it (support/public.py, _is_public_figure)
        return True
    return is_listed_famous(name) or is_public_mention(text, start, end, entity_type)


def whole_runs(spans: list[Span], text: str, role: str = "other") -> list[Span]:
    """The spans, each name widened to the whole run it is part of; a run that is public as a whole is dropped."""
    nicknamed = [m.span() for m in _NICKNAMED.finditer(text)] if ("'" in text or '"' in text or "‘" in text or "“" in text) else []
    out = []
    for span in spans:
        whole = next(((a, b) for a, b in nicknamed if a < span.end and span.start < b), None)
        if whole is not None and span.entity_type in _KINDS:
            # "Paddy 'the Post' Nolan": the name with its nickname is one person, whatever the model read
            out.append(replace(span.moved(*whole, text[whole[0]:whole[1]]), entity_type="PERSON"))
            continue
        if span.entity_type not in _KINDS:
            out.append(span)
            continue
        # a list the model read as one name ("IPC, CrPC and Evidence") is no piece of one name
        start, end = (span.start, span.end) if _LIST.search(span.text) else _widened(span, text)
        if (start, end) == (span.start, span.end):
            out.append(span)
            continue
        if _public_run(text, start, end, span.entity_type):
            continue
        widened = span.moved(start, end, text[start:end])
        last = text[start:end].split()[-1].rstrip(".").lower()
        if len(text[start:end].split()) > 1 and last in _STREET_WORDS and span.entity_type == "PERSON":
            # "Thika Rd": a road, whatever the model read
            place = kind("LOCATION")
            widened = replace(widened, entity_type="LOCATION", why=place.why, suggestion=place.suggestion_for(role))
        elif len(text[start:end].split()) > 1 and last in _NOT_A_PERSONS and span.entity_type == "PERSON":
            # "the Rose Marsden Centre", "Grace Academy": a place or a body named after someone, not the person
            body = kind("ORGANIZATION")
            widened = replace(widened, entity_type="ORGANIZATION", why=body.why, suggestion=body.suggestion_for(role))
        out.append(widened)
    return _a_person_by_given_name(out, spans, role)


# The last word of a run that makes it a place or an organisation's, whatever name opens it ("Jordan
# Logistics", "Grace Academy", "Thika Rd").
_NOT_A_PERSONS = frozenset(w.lower() for w in vocab.words("organisation_endings") | vocab.words("company_name_endings")
                           | vocab.words("unit_nouns")) | _STREET_WORDS | frozenset(w.lower() for w in _EVENT_KINDS)


def _a_person_by_given_name(out: list[Span], spans: list[Span], role: str) -> list[Span]:
    """"my supervisee [Anjali] [Raghunathan]" read as a person and a place: widened, both are the run
    "Anjali Raghunathan", and a run the person's guess opens is a person's name, unless its last word makes
    it a place's or an organisation's."""
    given = {(o.start, o.end) for o in spans if o.entity_type == "PERSON"}
    fixed = []
    for span in out:
        words = span.text.split()
        if (span.entity_type in ("LOCATION", "ORGANIZATION") and 2 <= len(words) <= 3
                and words[-1].lower() not in _NOT_A_PERSONS
                and any(a == span.start and b < span.end for a, b in given)):
            person = kind("PERSON")
            span = replace(span, entity_type="PERSON", why=person.why, suggestion=person.suggestion_for(role))
        fixed.append(span)
    return fixed
