"""Small places named by a word and a geographic generic: "the run out to Gannet Tickle", "the fundraiser in Lower
Skerry Cove", "my client from Puffin Harbour", "a lad fae Kinloch Burn". Outports, coves and hamlets are named so
(Newfoundland's tickles and coves, Scotland's burns and glens, Australia's creeks): each word is an everyday one a
dictionary knows, so the proper-noun rule (which takes unknown capitalised words after "in", "from" or "to") and
spaCy both pass them by, and a place of a few hundred people, with a story, is where the reader finds the person.

Only after a word that says a place follows ("to", "in", "from", "near", "fae"...), every word capitalised, the
generic last. A town big enough to be public (GeoNames' towns of 15,000 and more: "Coffs Harbour", "Byron Bay") is
left, as "Off to Taupo" is; so is a place that goes on into a business's or a building's name ("Cove Road",
"Harbour View Hotel" are the street and facility rules')."""

from __future__ import annotations

import re

from ..support.base import Pattern, RegexRecognizer
from ..support.public import BIG_PLACES, TOWNS

# The generics small places are named with (a shore, a stream, a hollow, a landing), capitalised as a name's last word
_GENERIC = (r"(?:Tickle|Cove|Harbour|Harbor|Creek|Brook|Bight|Inlet|Arm|Pond|Hollow|Gulch|Landing|Crossing|Narrows|"
            r"Gully|Glen|Burn|Point|Ridge|Springs|Flats|Sound|Hamlet|Outport|Bottom|Siding|Bend)")
_PLACE_WORD_BEFORE = (r"(?i:to|in|from|near|at|fae|frae|outside|round|around|past|through|of|into|towards|out\s+to|"
                      r"up\s+to|down\s+to|over\s+to|out\s+in|up\s+in|down\s+in)")


class PlaceWithAGenericRecognizer(RegexRecognizer):
    ORDER = 815
    TEXT_ONLY = True
    ENTITY = "LOCATION"
    WHY = "A small place, named, narrows down who this is about."
    PATTERNS = [
        Pattern(
            "place word, name and generic",
            rf"\b{_PLACE_WORD_BEFORE}\s+(?P<span>(?:(?:Lower|Upper|North|South|East|West|Little|Big|Old|New|Great|Middle)\s+)?"
            rf"[A-Z][a-z'’]{{2,}}(?:\s+[A-Z][a-z'’]{{2,}})?\s+{_GENERIC})\b(?!\s+[A-Z0-9])(?![’'-])",
            0.6,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        place = match.group("span")
        # a town big enough to be public ("Coffs Harbour", "Byron Bay"), or a city's own ("Darling Harbour" is Sydney's)
        return place not in TOWNS and place not in BIG_PLACES
