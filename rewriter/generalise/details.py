"""Distinctive details: "with Stiff Person Syndrome" -> "with a rare condition", "our Head of
Procurement" -> "a senior colleague", a detail about a person -> the person, anything else -> "something
unusual"."""

from __future__ import annotations

import re

from .. import vocab
from ..kinds import Detail
from ..spans import Span
from .context import Context, Replacing
from .english import space_after, with_article

PERSON_WORDS = vocab.words("person_words")

_ONE_PERSON_TITLE = re.compile(
    r"(?i:deputy\s+|assistant\s+|interim\s+)?(?:Head|Director|Chief|VP|Vice\s+President|Lead|Manager|Matron|Principal|"
    r"head|director|lead)\s+of\b"
)


# "the only therapist in Ballykeel", "the first set of triplets EVER born on our unit": the words that
# make someone one of a kind, before the noun that stays, and what may follow it.
_RARITY = re.compile(r"(?i)^(?:the\s+)?(?:only|first|sole|one and only|first ever)\s+(?:ever\s+)?")
_RARITY_TAIL = re.compile(r"(?i)\s+(?:ever|in|on|at|born|to|from|for|who|that|across|since)\b")
_NAMED_PLACE_TAIL = re.compile(r"\s+in\s+(?:the\s+)?[A-Z]")
_GENERIC_PLACE_TAIL = re.compile(r"\s+(?:in|on|at)\s+(?:a|an)\s+(?:town|village|hamlet|island|school|practice|surgery|team|ward|unit)")


def without_rarity(text: str) -> str | None:
    """"the only therapist in Ballykeel" -> "a therapist in a small town", "the first set of triplets
    EVER born on our unit" -> "a set of triplets": the noun without what makes it one of a kind; None
    when ``text`` does not say so."""
    m = _RARITY.match(text)
    if not m:
        return None
    rest = text[m.end():]
    tail = _RARITY_TAIL.search(rest)
    noun = rest[:tail.start()] if tail else rest
    if not re.fullmatch(r"[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}", noun):
        return None  # no plain noun: "the only Okafor", "the first 3"
    place = " in a small town" if tail and _NAMED_PLACE_TAIL.match(rest, tail.start()) else ""
    if tail and _GENERIC_PLACE_TAIL.fullmatch(rest, tail.start()):
        place = rest[tail.start():]  # "the only nurse in a village" -> "a nurse in a village": nothing named
    return with_article("a " + noun) + place


_ORDINAL = re.compile(
    r"(?i)[1-9]\d?(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
)


def distinctive_span(ctx: Context, span: Span) -> Replacing:
    if _ORDINAL.fullmatch(span.text):  # "the mum's 5th baby" -> "the mum's baby"
        return span.start, span.end + space_after(ctx.text, span.end), ""
    plain = without_rarity(span.text)
    if plain is not None:
        return ctx.article_phrase(span, plain)
    if span.detail is Detail.RARE_CONDITION:  # "with Stiff Person Syndrome" -> "with a rare condition"
        return ctx.article_phrase(span, "a rare condition")
    if _ONE_PERSON_TITLE.match(span.text):  # "our Head of Procurement was walked out"
        start, _ = ctx.absorb_left(span.start, r"\b(our|my|their|his|her|the|your)\s+(?:(?:new|acting|interim)\s+)?")
        return start, span.end, "a senior colleague"
    words = set(re.findall(r"[a-z]+", span.text.lower()))
    if words & PERSON_WORDS:
        ctx.mention(span)
        return ctx.article_phrase(span, ctx.person.indefinite if ctx.person.article else "someone")
    return ctx.article_phrase(span, "something unusual")
