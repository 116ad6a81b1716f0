"""Which child someone is having: "Mama Chidinma's 5th baby arrived", "her eighth pregnancy", "their
third set of twins". With the day of the post it points to one family on the unit or in the village.
Not the writer's own ("my 3rd baby", "our second child"): the writer's own life."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer

_ORDINAL = (
    r"(?:[1-9]\d?(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)"
)
# births only: "the 5th child in the family to go to uni" is an achievement, not a birth
_CHILD = r"(?:baby|babies|pregnancy|grandchild|grandbaby|delivery|set\s+of\s+twins)"


class BirthOrderRecognizer(GatedRegexRecognizer):
    ORDER = 605
    ENTITY = "DISTINCTIVE_DETAIL"
    GATE = re.compile(r"(?i)bab|pregnan|grand|delivery|twins")
    WHY = "Which child someone is having narrows it to one family."
    PATTERNS = [Pattern("ordinal child", rf"(?i)\b(?P<span>{_ORDINAL})\s+{_CHILD}\b", 0.5)]
    # the writer's own family: "my 3rd baby", "our second child", "I'm having my fifth"
    _OWN = re.compile(r"(?i)\b(?:my|our|i['’]m|i\s+am|we['’]re)\s+(?:[\w'’-]+\s+)?$")

    def accept(self, match: re.Match, text: str) -> bool:
        return self._OWN.search(text, max(0, match.start() - 25), match.start()) is None
