"""A cheap gate in front of a recognizer's patterns, so most posts skip them at almost no cost.

Detection has a budget of a few milliseconds per post for everything, and most posts have no digit,
no weekday and no "Project ...". A recognizer whose every pattern needs a digit (say) checks for one
with a single fast search (about 2 µs on a 280-character post) before running its patterns (tens of µs).
"""

from __future__ import annotations

import re
from typing import ClassVar

from .base import RegexRecognizer

HAS_DIGIT = re.compile(r"\d")


class GatedRegexRecognizer(RegexRecognizer):
    # Every one so far reads only the text; a subclass whose find() reads nlp_artifacts must say False.
    TEXT_ONLY = True
    # A regex that must be found somewhere in the text for any pattern to have a chance. None: no gate.
    GATE: ClassVar[re.Pattern | None] = None
    # Or lowercase words of which at least one must appear in the lowercased text.
    GATE_WORDS: ClassVar[tuple[str, ...]] = ()

    def analyze(self, text, entities, nlp_artifacts=None):
        if self.GATE is not None and not self.GATE.search(text):
            return []
        if self.GATE_WORDS:
            lowered = text.lower()
            if not any(word in lowered for word in self.GATE_WORDS):
                return []
        return _outermost(self.find(text, nlp_artifacts))

    def find(self, text, nlp_artifacts=None):
        """The recognizer's own work; by default every pattern of PATTERNS."""
        return RegexRecognizer.analyze(self, text, None, nlp_artifacts)


def _outermost(results: list) -> list:
    """Two patterns of one recognizer may find the same text, or one inside the other ("3 March 2024"
    and "March 2024"): keep the widest, at the best score among those it covers."""
    kept: list = []
    for result in sorted(results, key=lambda r: (r.start, -(r.end - r.start), -r.score)):
        outer = next((k for k in kept if k.start <= result.start and result.end <= k.end), None)
        if outer is None:
            kept.append(result)
        else:
            outer.score = max(outer.score, result.score)
    return kept
