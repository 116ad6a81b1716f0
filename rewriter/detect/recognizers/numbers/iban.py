"""Presidio's IBAN recognizer behind a cheap gate (see support/gated.py for why).

Its patterns cost a noticeable share of a post's budget, and almost no post holds an IBAN. Every IBAN
starts with the two capital letters of a country code and two check digits ("GB82 WEST ..."): a post
without them could not have matched, and one with them gets exactly Presidio's answer.
"""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import IbanRecognizer

_MAYBE_IBAN = re.compile(r"[A-Z]{2}\d{2}")


class GatedIbanRecognizer(IbanRecognizer):
    ORDER = 70
    TEXT_ONLY = True

    def __init__(self) -> None:
        super().__init__(name="IbanRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not _MAYBE_IBAN.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
