"""Rarer conditions by their Greek and Latin names: "fibrodysplasia ossificans progressiva",
"epidermolysis bullosa", "osteogenesis imperfecta". With an age or a town they point to one patient,
as a named syndrome does; the small spaCy model took the first word for an organisation, which made
rewrites say "an organisation ossificans progressiva". A medical term followed by a Latin qualifier
no English dictionary lists: common conditions are named in English ("brittle bone disease") or are
dictionary words ("arthritis"), and are left alone."""

from __future__ import annotations

import re

from ....kinds import Detail
from ..support.gated import GatedRegexRecognizer
from ..support.not_people import MEDICAL_ENDINGS, is_latin_qualifier, is_medical_term


class LatinConditionRecognizer(GatedRegexRecognizer):
    ORDER = 607
    ENTITY = "DISTINCTIVE_DETAIL"
    WHY = "A named, rarer condition can point to one patient, especially with an age or a place."
    SUGGESTION = "a rare condition"
    DETAIL = Detail.RARE_CONDITION
    GATE = re.compile("|".join(MEDICAL_ENDINGS) + r"\b")

    def find(self, text, nlp_artifacts=None):
        results = []
        for m in re.finditer(r"\b[a-z]{7,}\b", text):
            if not is_medical_term(m.group()):
                continue
            end = m.end()
            for q in re.finditer(r"\s+([a-z]{5,})\b", text[end : end + 40]):
                if q.start() != end - m.end() or not is_latin_qualifier(q.group(1)):
                    break
                end = m.end() + q.end()
            if end > m.end():
                results.append(self.result(m.start(), end, 0.5, text[m.start() : end]))
        return results
