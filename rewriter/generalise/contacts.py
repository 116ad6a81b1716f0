"""E-mail addresses, phone numbers and links: "reach me at jo@x.com" -> "reach me by e-mail", "call
07700 900123" -> "call us", "see oakfield.org" -> "see our website"."""

from __future__ import annotations

import re

from ..spans import Span
from .context import Context, Replacing


def contact_span(ctx: Context, span: Span) -> Replacing:
    how = {"EMAIL_ADDRESS": "by e-mail", "PHONE_NUMBER": "by phone", "URL": "online"}[span.entity_type]
    start, m = ctx.absorb_left(span.start, r"\s+\b(at|on|to|via|through|from)\s+")
    if m:
        return start, span.end, " " + how
    if re.search(r"(?i)\b(call|ring|phone|text|email|e-mail|contact|message|visit|see|check)\s+$", ctx.left(span.start)):
        return span.start, span.end, {"URL": "our website"}.get(span.entity_type, "us")
    return span.start, span.end, {"EMAIL_ADDRESS": "an e-mail address", "PHONE_NUMBER": "a phone number", "URL": "a website"}[span.entity_type]
