"""A street with no house number, its type abbreviated: "sleeping out behind the Countdown on Grey St",
"the chippy on Pennine Rd", "near Elm St this morning", "our Dunmore Rd store", "the Larkspur Ave bar".
street_address.py takes a numberless street only by its full type ("Station Road", "off Mill Lane"), since
"St" alone is as often a saint; this reads the abbreviated types where the shape leaves no doubt (session 39:
"on Grey St" stayed in a post offered as clean). A named street narrows where a client sleeps, lives or
works to a few doors.

The street's name follows a word of where ("on", "off", "near", "behind", "outside", "corner of") or of whose
("our", "the": "our Dunmore Rd store"), never opens a sentence, and is one to three capitalised words before "St", "Rd", "Ave", "Ln", "Tce" or "Cres", and no
capitalised word follows the type ("St Helens", "St. Brendan's", "St John": a saint's name, a town or a
church). Highways are public_roads.py's; brands, landmarks and famous things by name are left alone, as
street_address.py leaves them."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer
from .street_address import _known_name


class AbbreviatedStreetRecognizer(GatedRegexRecognizer):
    ORDER = 801
    ENTITY = "STREET_ADDRESS"
    WHY = "An address points to where someone lives or works."
    SUGGESTION = "a local street"
    GATE = re.compile(r"\b(?:St|Rd|Ave|Ln|Tce|Cres)\b")
    PATTERNS = [
        Pattern(
            "named street, abbreviated type",
            r"\b(?i:on|off|along|down|up|behind|near|at|from|in|outside|by|past|corner\s+of|our|the|their|my)\s+(?P<span>(?:(?-i:[A-Z])[a-zà-ÿ'’-]+\s+){1,3}(?:St|Rd|Ave|Ln|Tce|Cres)\b)"
            r"(?!\s*(?-i:[A-Z])|['’]s\b|\w)",
            0.6,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        words = match.group("span").split()[:-1]
        if _known_name(match.group("span")):
            return False
        # "Thanks St": nothing; the street's name is no day, month or everyday acronym ("Monday St" is no street)
        return not any(lexicon.is_not_a_name(w) for w in words)
