"""Presidio's IP address and IBAN recognizers behind a cheap gate (see gated.py for why).

Both run several long patterns over the whole post, together about 0.1 ms per 280-character post, and
almost no post holds either. The gates are necessary conditions of every pattern, so a post that
passes the gate gets exactly Presidio's answer and one that fails it could not have matched.
"""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import IbanRecognizer, IpRecognizer

# Every IPv4 pattern has a digit, a dot and a digit; every IPv6 one has "::" or two hex digits
# around a colon ("fe80::1", "2001:db8:...").
_MAYBE_IP = re.compile(r"\d\.\d|::|[0-9A-Fa-f]:[0-9A-Fa-f]")
# Every IBAN starts with two capital letters of a country code and two check digits ("GB82 WEST ...").
_MAYBE_IBAN = re.compile(r"[A-Z]{2}\d{2}")


class GatedIpRecognizer(IpRecognizer):
    TEXT_ONLY = True
    def __init__(self) -> None:
        super().__init__(name="IpRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not _MAYBE_IP.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)


class GatedIbanRecognizer(IbanRecognizer):
    TEXT_ONLY = True
    def __init__(self) -> None:
        super().__init__(name="IbanRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not _MAYBE_IBAN.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
