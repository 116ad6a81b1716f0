"""E-mail addresses, phone numbers and links: "reach me at jo@x.com" -> "reach me by e-mail", "call
07700 900123" -> "call us", "see oakfield.org" -> "see our website"."""

from __future__ import annotations

import re

from ..spans import Span
from .context import Context, Replacing


# Before an address or number, a noun that already names it: "her number 0412 555 718" -> "her
# number", "and email kayleigh.b@..." -> "and email" (a label's "Mobile: 07700 900123" keeps a value).
_NAMED_BEFORE = re.compile(
    r"(?i)(?:\b(?:number|no\.|mobile|cell|phone number|address|whatsapp)|\b(?:and|her|his|my|their|your|an?)\s+e-?mail)[ \t]+$"
)
# The clause already says how: "keeps emailing me from jo@x.com" needs no "by e-mail".
_SAYS_HOW = {"EMAIL_ADDRESS": re.compile(r"(?i)e-?mail|gmail|inbox"), "PHONE_NUMBER": re.compile(r"(?i)\b(?:call|ring|phon|text)")}


def contact_span(ctx: Context, span: Span) -> Replacing:
    how = {"EMAIL_ADDRESS": "by e-mail", "PHONE_NUMBER": "by phone", "URL": "online"}[span.entity_type]
    if _NAMED_BEFORE.search(ctx.left(span.start)):
        return span.start, span.end, ""
    start, m = ctx.absorb_left(span.start, r"\s+\b(at|on|to|via|through|from)\s+")
    if m:
        clause = re.split(r"[.!?\n]", ctx.left(start))[-1]
        says_how = _SAYS_HOW.get(span.entity_type)
        return start, span.end, "" if says_how and says_how.search(clause) else " " + how
    if re.search(r"(?i)\b(call|ring|phone|text|email|e-mail|contact|message|visit|see|check)\s+$", ctx.left(span.start)):
        return span.start, span.end, {"URL": "our website"}.get(span.entity_type, "us")
    return span.start, span.end, {"EMAIL_ADDRESS": "an e-mail address", "PHONE_NUMBER": "a phone number", "URL": "a website"}[span.entity_type]
