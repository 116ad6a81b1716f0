"""Distinctive details: "with Stiff Person Syndrome" -> "with a rare condition", "our Head of
Procurement" -> "a senior colleague", a detail about a person -> the person, anything else -> "something
unusual"."""

from __future__ import annotations

import re

from .. import vocab
from ..kinds import Detail
from ..spans import Span
from .context import Context, Replacing

PERSON_WORDS = vocab.words("person_words")

_ONE_PERSON_TITLE = re.compile(
    r"(?:Deputy\s+|Assistant\s+|Interim\s+)?(?:Head|Director|Chief|VP|Vice\s+President|Lead|Manager|Matron|Principal)\s+of\b"
)


def distinctive_span(ctx: Context, span: Span) -> Replacing:
    if span.detail is Detail.RARE_CONDITION:  # "with Stiff Person Syndrome" -> "with a rare condition"
        return ctx.article_phrase(span, "a rare condition")
    if _ONE_PERSON_TITLE.match(span.text):  # "our Head of Procurement was walked out"
        start, _ = ctx.absorb_left(span.start, r"\b(our|my|their|his|her|the|your)\s+")
        return start, span.end, "a senior colleague"
    words = set(re.findall(r"[a-z]+", span.text.lower()))
    if words & PERSON_WORDS:
        ctx.mention(span)
        return ctx.article_phrase(span, ctx.person.indefinite if ctx.person.article else "someone")
    return ctx.article_phrase(span, "something unusual")
