"""Dates and times: "on Sunday" -> "recently", "next Monday" -> "soon", "every Tuesday" -> "every week",
"at Saturday's parkrun" -> "at a recent parkrun", "my thursday evening group" -> "my group"."""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .context import Context, Replacing
from .english import possessive_after, sentence_around, space_after, time_run_end

# Words after which a date or time means the future, so "recently" would be wrong.
FUTURE_CUES = re.compile(
    r"\b(will|'ll|going to|gonna|due|next|upcoming|tomorrow|reminder|remember|bring|don't forget|"
    r"can't wait|cannot wait|looking forward|ships|launches|starts|begins|scheduled|expected|planned)\b",
    re.IGNORECASE,
)

VAGUE_TIME = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|recently|last night|this (?:morning|afternoon|evening|week|weekend))\b",
    re.IGNORECASE,
)


# "on Tuesdays": a weekday in the plural is a routine.
_EVERY_WEEKDAY = re.compile(r"(?i)\b(" + "|".join(day + "s" for day in vocab.entries("weekdays")) + r")\b")


def date_span(ctx: Context, span: Span) -> Replacing:
    start, end = span.start, span.end
    lower = span.text.lower()
    sentence = sentence_around(ctx.text, start, end)
    future = bool(FUTURE_CUES.search(sentence)) or lower.startswith(("next", "tomorrow", "this coming"))
    poss = possessive_after(ctx.text, end)
    if poss:  # "at Saturday's parkrun" -> "at a recent parkrun"
        start, _ = ctx.absorb_left(start, r"\b(the|a|an|this|last|next)\s+")
        return start, end + poss, "an upcoming" if future else "a recent"
    if ctx.is_modifier(start, end):  # "my thursday evening group" -> "my group"
        end = time_run_end(ctx.text, end)  # "my Tues 9am seminar": the time goes with the day
        return start, end + space_after(ctx.text, end), ""
    end = time_run_end(ctx.text, end)  # "Tuesday 9am" is one time: one replacement
    if re.match(r"(?i)(every|each)\s", lower) or _EVERY_WEEKDAY.search(lower):
        start2, _ = ctx.absorb_left(start, r"\b(on)\s+")
        return start2, end, "every week"
    # the preposition goes with the date: "on Sunday", "since Friday", "due Friday"
    start2, m = ctx.absorb_left(start, r"\b(on|at|by|since|until|till|from|last|next|this|before|after|due)\s+")
    prep = m.group(1).lower() if m else ""
    rest = sentence.replace(span.text, " ")
    if prep in ("", "on", "at", "last", "this") and VAGUE_TIME.search(rest):
        # "quit today, on Friday" -> "quit today": the sentence already says when, vaguely enough
        start3, _ = ctx.absorb_left(start2, r"\s*,?\s*")
        return start3, end, ""
    if prep == "since":
        return start2, end, "for days"
    if prep == "due":
        return start2, end, "due soon"
    if prep in ("until", "till", "by", "before"):
        return start2, end, prep + " then" if prep != "by" else "soon"
    if future:
        if re.search(r"(?i)\b(next|tomorrow)\b", lower) or prep == "next":
            return start2, end, "soon"
        return start2, end, "this week"
    if prep == "from":
        return start2, end, "from a while ago"
    return (start2 if m else start), end, "recently"
