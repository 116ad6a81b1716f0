"""Where a person lives or works by a floor or a ward's code: "Mrs Duffy fae the 14th floor at Craigmount Court",
"Lives alone on 23/F" (Hong Kong's way of writing a floor), "Sister Collette on 6B needs to catch herself on".
With a block of flats, a lift or a rota, a floor or a ward code is enough for a neighbour or a colleague to know
who it is. A floor is read only where a person lives on it or comes from it ("our office on the 3rd floor has no
aircon" is the writer's own workplace); a code like "6B" only where a ward is what the post is about, and after
someone placed on it ("on 6B"), never "in 5G", "3D printing" or "a 2B pencil"."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

# Words of a hospital ward's day that make "on 6B" a ward: the staff, the rota, the beds.
_WARD_POST = re.compile(
    r"(?i)\b(?:ward|wards|sister|charge\s+nurse|nurses?|matron|hca|rota|shifts?|nights|earlies|lates|patients?|"
    r"bay|beds?|discharge[ds]?|admitted|obs|handover|consultant|registrar|reg|sho|fy1|fy2)\b"
)


class HomeFloorRecognizer(GatedRegexRecognizer):
    ORDER = 205
    ENTITY = "FACILITY"
    GATE = HAS_DIGIT
    PATTERNS = [
        # "fae the 14th floor at Craigmount Court", "lives on the 9th floor", "the lady from the 12th floor"
        Pattern(
            "floor lived on",
            r"\b(?i:lives?|living|lived|stays?|staying|fae|frae|from|moved\s+to|moved\s+up\s+to)\s+(?:(?i:alone|up)\s+)?"
            r"(?i:on\s+)?(?i:the\s+)?(?P<span>(?:[2-9]|[1-9]\d)(?i:st|nd|rd|th)\s+(?i:floor|storey|story))\b",
            0.7,
        ),
        # "Lives alone on 23/F", "the flat at 12/F": a floor written as Hong Kong addresses write it ("23/F here" alone
        # is an age and a sex, so the floor needs "on", "at" or "from" before it)
        Pattern(
            "floor as addresses write it",
            r"\b(?i:on|at|from|to|of)\s+(?P<span>\d{1,2}/F)\b(?![\w/])",
            0.7,
        ),
        # "Sister Collette on 6B", "the new HCA from 4C": a ward by its code, someone placed on it
        Pattern(
            "ward code",
            r"\b(?i:on|onto|from|fae|to|off)\s+(?P<span>(?:[1-9]|1\d)[A-F])\b(?![\w'’-])",
            0.65,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        span = match.group("span")
        if re.fullmatch(r"\d{1,2}[A-F]", span):
            if span.upper() == "3D" or not _WARD_POST.search(text):
                return False
        return True

    def result(self, start, end, score, matched, **meta):
        suggestion = "a hospital ward" if re.fullmatch(r"\d{1,2}[A-F]", matched) else "an upper floor"
        return super().result(start, end, score, matched, suggestion=suggestion, **meta)
