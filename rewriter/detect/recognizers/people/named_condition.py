"""Rarer conditions named after a person or a feature: "Stiff Person Syndrome", "Wilson's disease",
"Hutchinson-Gilford progeria". With an age or a town they point to one patient; the small spaCy model
also takes them for organisations or people, which made rewrites say "with an organisation".
Conditions common enough to identify nobody (Alzheimer's, Parkinson's, Down syndrome...) are left out."""

from __future__ import annotations

from .... import vocab
from ....kinds import Detail
from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer


class NamedConditionRecognizer(GatedRegexRecognizer):
    ORDER = 610
    ENTITY = "DISTINCTIVE_DETAIL"
    WHY = "A named, rarer condition can point to one patient, especially with an age or a place."
    SUGGESTION = "a rare condition"
    DETAIL = Detail.RARE_CONDITION
    GATE_WORDS = ("disease", "syndrome", "disorder", "palsy", "dystrophy", "progeria", "ataxia", "chorea", "atrophy")
    # a capitalised word that does not start a common condition's name (or a sentence)
    _WORD = rf"(?!{vocab.alternation('common_condition_words')}\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    PATTERNS = [
        Pattern(
            "named condition",
            rf"\b(?P<span>(?:{_WORD}\s+){{0,2}}{_WORD}(?:['’]s)?\s+"
            r"(?i:disease|syndrome|disorder|palsy|dystrophy|progeria|ataxia|chorea|atrophy))\b",
            0.5,
        ),
    ]
