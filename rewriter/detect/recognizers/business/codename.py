"""Codenames: "Project Falcon", "Operation Nightfall", "codenamed Bluebird". An NDA is broken by "Project
Falcon ships Monday" as surely as by a client's name."""

from __future__ import annotations

import re

from .... import vocab
from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer


class CodenameRecognizer(GatedRegexRecognizer):
    ORDER = 500
    ENTITY = "CODENAME"
    GATE_WORDS = ("project", "operation", "program", "initiative", "code", "internally")
    PATTERNS = [
        Pattern("Project and name", r"\b(?:Project|Operation|Programme|Program|Initiative)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?", 0.9),
        Pattern("codenamed", r"(?i:\b(?:code[\s-]?name(?:d)?|internally\s+(?:called|known\s+as))\s+)(?P<span>['\"“]?[A-Z][\w-]*['\"”]?)", 0.8),
    ]
    # "Project Manager", "Programme Lead": a job or a document, not a codename
    NOT_CODENAMES = vocab.words("not_codenames")

    def find(self, text, nlp_artifacts=None):
        results = []
        for regex, score in self._compiled:
            for m in regex.finditer(text):
                if "span" in regex.groupindex:
                    start, end = m.span("span")
                else:
                    # "Project Manager" is a job: drop trailing ordinary words, keep "Project Falcon" of
                    # "Project Falcon Team", and skip the match if only "Project" is left
                    words = list(re.finditer(r"\S+", m.group()))
                    while len(words) > 1 and words[-1].group().lower() in self.NOT_CODENAMES:
                        words.pop()
                    if len(words) < 2:
                        continue
                    start, end = m.start(), m.start() + words[-1].end()
                results.append(self.result(start, end, score, text[start:end]))
        return results
