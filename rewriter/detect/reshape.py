"""Detection post-processing: detector spans reshaped into the units a replacement works on.

``check`` reports the detector's own spans; only the generaliser works on reshaped ones.
"""

from __future__ import annotations

import dataclasses
import re

from ..spans import Span
from .place_kinds import kind_of_place

_TOKEN_CHARS = re.compile(r"[\w.@/+:%~#=&?-]")


def _with(span: Span, text: str, start: int, end: int, entity_type: str | None = None) -> Span:
    return dataclasses.replace(span, start=start, end=end, text=text[start:end], entity_type=entity_type or span.entity_type)


def prepare_spans(text: str, spans: list[Span]) -> list[Span]:
    """Reshape detector spans into the units a replacement works on.

    * contacts, handles and links grow to the whole token they sit in ("mia.run" inside "@mia.runs_2009"),
      so no half of one is left behind;
    * "Ferreira at Oak Lodge" (a person and a place in one span) is split in two;
    * "Patterson v. Dunmore Logistics" becomes one case name.
    """
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.entity_type in ("URL", "EMAIL_ADDRESS", "HANDLE", "IP_ADDRESS"):
            start, end = span.start, span.end
            while start > 0 and _TOKEN_CHARS.match(text[start - 1]):
                start -= 1
            while end < len(text) and _TOKEN_CHARS.match(text[end]):
                end += 1
            while end > start and text[end - 1] in ".,:;!?)":  # sentence punctuation is not part of it
                end -= 1
            # "@mia.runs_2009" read as a link is a handle: a person, not a website
            kind = "HANDLE" if text[start] == "@" and "/" not in text[start:end] else None
            span = _with(span, text, start, end, kind)
        m = re.match(r"^(.+?)\s+(at|in|from|on)\s+([A-Z].+)$", span.text)
        if m and span.entity_type in ("PERSON", "FACILITY", "LOCATION") and kind_of_place(m.group(1)) is None \
                and m.group(1)[:1].isupper():
            a_end = span.start + len(m.group(1))
            b_start = span.start + m.start(3)
            out.append(_with(span, text, span.start, a_end, "PERSON"))
            kind_type = "FACILITY" if kind_of_place(m.group(3)) else "LOCATION"
            out.append(_with(span, text, b_start, span.end, kind_type))
            continue
        if out and re.fullmatch(r"\s+v(?:s|\.|s\.)?\s+", text[out[-1].end:span.start]) \
                and out[-1].entity_type in ("PERSON", "ORGANIZATION") and span.entity_type in ("PERSON", "ORGANIZATION"):
            out[-1] = _with(out[-1], text, out[-1].start, span.end, "CASE_NAME")
            continue
        if out and span.start < out[-1].end:  # grown spans may now overlap: keep the union
            out[-1] = _with(out[-1], text, out[-1].start, max(out[-1].end, span.end))
            continue
        out.append(span)
    return out
