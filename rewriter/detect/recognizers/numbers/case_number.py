"""Court and case numbers built of digit and letter groups: "2024-FC-01187", "22-CV-4471", "CR/2023/0456",
"SK22F00456", "SC24/00781". The parties' names ("Patterson v. Dunmore") are people and organisations, found by other
recognizers."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer


class CaseNumberRecognizer(GatedRegexRecognizer):
    ORDER = 300
    ENTITY = "REFERENCE_NUMBER"
    SUGGESTION = "a case"
    GATE = HAS_DIGIT
    PATTERNS = [
        # groups of digits and capitals joined by - or /, at least one letter group and 4+ digits in all; a group
        # may be letters then digits, as Scottish and Commonwealth courts and police forces write a court, a
        # year or a series ("SC24/00781", "HCCC/E217/2023", a Home Office "HO/B1234567"), and then five digits or
        # more (see accept)
        Pattern("groups joined by dashes or slashes",
                r"\b(?:\d{2,4}|[A-Z]{1,5}|[A-Z]{1,4}\d{1,4})(?:[-/](?:\d{1,8}|[A-Z]{1,5}|[A-Z]{1,4}\d{1,8})){1,4}\b(?![-/]\w)",
                0.7),
        # the same groups run together, as English courts write them ("SK22F00456": court, year, type,
        # serial); a product code rarely goes letters, digits, letters and then three or more digits
        Pattern("groups run together", r"\b[A-Z]{1,4}\d{2,4}[A-Z]{1,3}\d{3,8}\b", 0.65),
        # an office's letters then a long serial, as immigration and benefits offices number a case or a
        # receipt ("IOE0912345678", "EAC2290012345"); a product or a model never runs to eight digits
        Pattern("letters then a long serial", r"\b[A-Z]{2,4}\d{8,12}\b", 0.6),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        token = match.group()
        digits = sum(c.isdigit() for c in token)
        letters = sum(c.isalpha() for c in token)
        # "COVID-19", "A-1", "UK-US" are not case numbers; pure digit groups are dates or phones
        if re.search(r"[A-Z]\d", token):
            # a group of letters then digits: "M25/A14", "PS5/XB1" are roads and products, a reference has more
            return digits >= 5 and letters >= 1
        return digits >= 4 and letters >= 1

    # "case 22-CV-4471": the label goes with the number, so "a case" can replace both
    _LABEL_BEFORE = re.compile(
        r"(?i:\b(?:case|claim|docket|matter|appeal|ref(?:erence)?|file)\s*(?:no\.?|number|#)?\s*[:#.]?\s*)$"
    )

    def find(self, text, nlp_artifacts=None):
        results = []
        for result in super().find(text, nlp_artifacts):
            label = self._LABEL_BEFORE.search(text, max(0, result.start - 20), result.start)
            if label is not None:
                result.start = label.start()
            results.append(result)
        return results
