"""Presidio's IP address recognizer behind a cheap gate (see support/gated.py for why).

It runs several long patterns over the whole post, and almost no post holds an address. Every IPv4
pattern has a digit, a dot and a digit; every IPv6 one has "::" or two hex digits around a colon
("fe80::1", "2001:db8:..."): a post without them could not have matched, and one with them gets exactly
Presidio's answer.
"""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import IpRecognizer

_MAYBE_IP = re.compile(r"\d\.\d|::|[0-9A-Fa-f]:[0-9A-Fa-f]")


class GatedIpRecognizer(IpRecognizer):
    ORDER = 50
    TEXT_ONLY = True

    def __init__(self) -> None:
        super().__init__(name="IpRecognizer")

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not _MAYBE_IP.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
