"""A health condition the detector took for a name ("with MND", "someone with Fatal Familial Insomnia"):
the language model reads the capitals of a condition's name as an organisation or a person, and the
rewrite said "with an organisation". Whatever kind the detector gave it, a condition is replaced as a
condition: one common enough to identify nobody ("MND", "Cystic Fibrosis") as "a health condition", as the
story rewrite says someone else's condition; a rarer one named with a condition's word at its end
("Fatal Familial Insomnia", "Batten Disease") as "a rare condition". The writer's own ("my MS") stays."""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .context import Context
from .stories import _CLINICAL_CONDITION, _CONDITION, _NOT_CLINICAL

_ACRONYMS = vocab.words("condition_acronyms")
_COMMON_OPENERS = vocab.words("common_condition_words")
_DETERMINERS = vocab.words("determiners") | {"a", "an", "the"}
# The last word of a condition's name: "Syndrome", "Disease", a listed condition ("Insomnia"), a clinical
# ending ("Encephalopathy").
_CONDITION_END = re.compile(r"(?i)syndrome|disease|disorder|palsy|dystrophy|ataxia|chorea|atrophy|progeria|deficiency")
# The words before a condition's short name that say it is one: "with MND", "has CF", "diagnosed with ALS",
# "her MS", "living with ME"; a firm is worked at, for or with in other words.
_SLOT = re.compile(r"(?i)(?:\bw/|\b(?:with|has|had|have|having|got|gets|developed|diagnosed|dx|suffers|suffering|"
                   r"died|dying|passed|his|her|their|my|our)(?:\s+(?:with|from|of|early|advanced|late[\s-]stage|"
                   r"severe|terminal|progressive))*)\s+$")
# A title before the name makes it someone's: "Mr Whitlow", "PC Angina".
_TITLE_BEFORE = re.compile(r"(?i)\b(?:" + vocab.alternation("titles") + r"|pc|dc|sgt|cllr)\.?\s+$")
# The writer's own condition is theirs to tell: "my MS", "I have CF", "I was diagnosed with ALS".
_OWN = re.compile(r"(?i)(?:\b(?:my|our)\s+|\b(?:i|i['’]ve|i['’]m|i\s+was|i\s+have|i\s+had|we)\s+(?:[\w'’]+\s+){0,3})$")


def condition_kind(ctx: Context, span: Span) -> str | None:
    """"common", "rare" or None: whether ``span`` (a name of any kind) names a health condition here."""
    text = re.sub(r"['’]s$", "", span.text.strip())
    if not text or span.entity_type not in ("PERSON", "ORGANIZATION", "LOCATION"):
        return None
    left = ctx.text[max(0, span.start - 40):span.start]
    if text in _ACRONYMS:
        return "common" if _SLOT.search(left) else None
    words = text.split()
    if not all(w[:1].isupper() for w in words):
        return None  # a condition the model takes for a name is written in capitals
    slot = _SLOT.search(left) is not None and not _TITLE_BEFORE.search(left)
    if _CONDITION.fullmatch(text) and (len(words) > 1 or slot):
        return "common"  # "Cystic Fibrosis"; "w/ Ebola-like sx" (a one-word name alone may be a surname: "Mr Whitlow")
    if words[0].lower() in _DETERMINERS:
        return None  # "The Vanguard Group", "The Heart Foundation": a name with an article is no condition
    last = words[-1]
    # a generic noun ends a condition's name anywhere ("Batten Disease"); a listed condition's word only where
    # the words before say a condition ("with Fatal Familial Insomnia"), since it may be a surname ("PC Dan Whitlow")
    if len(words) < 2 or not (_CONDITION_END.fullmatch(last) or slot and (
            _CONDITION.fullmatch(last) or _CLINICAL_CONDITION.fullmatch(last) and not _NOT_CLINICAL.fullmatch(last))):
        return None
    if re.sub(r"['’]s?$", "", words[0]) in _COMMON_OPENERS:
        return "common"  # "Motor Neurone Disease", "Crohn's Disease"
    return "rare"  # "Fatal Familial Insomnia", "Batten Disease", "Moyamoya Vasculopathy"


def condition_span(ctx: Context, span: Span):
    """"with MND" -> "with a health condition", "with Fatal Familial Insomnia" -> "with a rare condition";
    the writer's own stays as written."""
    kind = condition_kind(ctx, span)
    if _OWN.search(ctx.text[max(0, span.start - 40):span.start]) and kind == "common":
        return span.start, span.end, span.text
    return ctx.article_phrase(span, "a rare condition" if kind == "rare" else "a health condition")
