"""Money and figures: "$12.5M" -> "a significant sum", "a $12.5M write-down" -> "a large write-down",
"Q4 numbers" -> "quarterly numbers", "revenue fell 18%" -> "revenue fell sharply", "30% of revenue" -> "a
large share of revenue"."""

from __future__ import annotations

import re

from ..spans import Span
from .context import Context, Replacing
from .english import FUNCTION_WORDS, is_sentence_start, next_word


def money_span(ctx: Context, span: Span) -> Replacing:
    nxt = next_word(ctx.text, span.end)
    if nxt and nxt[0].islower() and nxt.lower() not in FUNCTION_WORDS:  # "$12.5M write-down"
        start, m = ctx.absorb_left(span.start, r"\b(a|an)\s+")
        if m or ctx.text[start - 2:start].strip() in ("", ",", ":"):
            return start, span.end, "a large"
        if _DETERMINER_BEFORE.search(ctx.text, max(0, span.start - 12), span.start):
            return span.start, span.end, "large"  # "the $12.5M deal", "our £2m contract"
        # otherwise the amount is what a verb or a preposition takes ("worth $45m signed today")
    return ctx.article_phrase(span, "a significant sum")


_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|this|that|our|their|his|her|its|my|your|whose)\s+$")


def figure_span(ctx: Context, span: Span) -> Replacing:
    period = re.match(r"(?i)(q[1-4]|h[12]|fy\s?\d{2,4})\b", span.text)
    if period:  # "Q4 numbers" -> "quarterly numbers"
        word = {"q": "quarterly", "h": "half-year", "f": "annual"}[period.group(1)[0].lower()]
        if is_sentence_start(ctx.text, span.start):
            word = word.capitalize()
        return span.start, span.end, word + span.text[period.end():]
    ranged = _FROM_BEFORE.search(ctx.left(span.start)) and _TO_FIGURE_AFTER.match(ctx.text, span.end)
    if ranged:  # "cut the budget from 10% to 8%" -> "cut the budget significantly", never "from a notable change to..."
        start = ctx.cursor + _FROM_BEFORE.search(ctx.left(span.start)).start()
        return start, _TO_FIGURE_AFTER.match(ctx.text, span.end).end(), "significantly"
    start, m = ctx.absorb_left(span.start, r"\b(up|down|by|rose|fell|grew|dropped|increased|decreased|cut|jumped|climbed)\s+")
    if m:
        return span.start, span.end, "sharply" if m.group(1).lower() in ("down", "fell", "dropped", "decreased", "cut") else "significantly"
    percent = re.fullmatch(r"\d[\d.,]*\s?(?:%|per\s?cent)", span.text.strip(), re.IGNORECASE)
    changed = _CHANGED_OBJECT_BEFORE.search(ctx.left(span.start)) if percent else None
    if changed and not any(word.lower() in FUNCTION_WORDS for word in changed.group(2).split()):  # "cut bonus 30%" -> "cut bonus sharply", "raise prices 10%" -> "raise prices significantly"
        return span.start, span.end, "sharply" if changed.group(1).lower().startswith(("cut", "slash", "reduc", "lower")) else "significantly"
    if percent and re.match(r"\s+of\b", ctx.text[span.end:]):
        # "30% of revenue gone" -> "a large share of revenue gone"
        return ctx.article_phrase(span, "a large share")
    count = re.match(r"a number of (\w+)$", span.suggestion or "")
    if count and re.search(r"(?i)\b(?:all|both|every|each|the|those|these|our|their|my)\s+$", ctx.text[: span.start]):
        # "all 14 branches" -> "all branches", "the 120 people" -> "the people": the count just goes
        return span.start, span.end, count.group(1)
    own = span.suggestion if span.suggestion and span.suggestion != "a notable change" else ""
    if own.startswith(("a ", "an ")) and _OWN_DETERMINER.search(ctx.text[: span.start]):
        # "the whole town of 900" -> "the whole small town": the text has its own determiner
        return span.start, span.end, own.split(" ", 1)[1]
    if own and not own.startswith(("a ", "an ")):
        # the recognizer's own words for the slot: "40 of us" -> "many of us", "team of 6" -> "team"
        return span.start, span.end, own[0].upper() + own[1:] if is_sentence_start(ctx.text, span.start) else own
    return ctx.article_phrase(span, own if own.startswith(("a ", "an ")) else "a notable change")


# A change from one figure to another: "from 10% to 8%", "from £2m to £3.5m".
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_TO_FIGURE_AFTER = re.compile(r"(?i)\s+to\s+[£$€]?\d[\d.,]*\s?(?:%|per\s?cent|[km]\b|million\b|bn\b)?")
# A verb of change and its object right before a percentage: "cut bonus 30%", "raising our prices 10%".
_CHANGED_OBJECT_BEFORE = re.compile(
    r"(?i)\b(cut|cuts|cutting|slash(?:ed|es|ing)?|reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)?|rais(?:e|ed|es|ing)|"
    r"increas(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|boost(?:ed|s|ing)?)\s+(?:(?:the|our|their|my|his|her|its|all)\s+)?"
    r"([a-z]+(?:\s+[a-z]+)?)\s+(?:by\s+)?$"
)
_OWN_DETERMINER = re.compile(r"(?i)\b(?:all|both|every|each|the|those|these|our|their|my|his|her|your|whole|entire)\s+$")
