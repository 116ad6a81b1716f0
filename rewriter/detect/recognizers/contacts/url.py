"""Links, through Presidio's recognizer, run only when something link-like is present: its patterns cost
more than a millisecond per post, and most posts have no "://", "www." or "name.tld" at all."""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import UrlRecognizer


class GatedUrlRecognizer(UrlRecognizer):
    ORDER = 40
    TEXT_ONLY = True

    _GATE = re.compile(r"://|www\.|[A-Za-z0-9]\.[A-Za-z]{2}")

    def analyze(self, text, entities, nlp_artifacts=None):
        if not self._GATE.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts)
