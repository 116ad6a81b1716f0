"""Rarer conditions named after a person or a feature: "Stiff Person Syndrome", "Wilson's disease",
"Hutchinson-Gilford progeria". With an age or a town they point to one patient; the small spaCy model
also takes them for organisations or people, which made rewrites say "with an organisation".
Conditions common enough to identify nobody (Alzheimer's, Parkinson's, Down syndrome...) are left out."""

from __future__ import annotations

import re

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


# Eponyms that are a condition, not a person, before a condition word ("Bell's palsy", "Lewy body"), and
# those that are one on their own too ("early Parkinson's", "Guillain-Barré"): lists in rewriter/data/.
_EPONYM = vocab.alternation("eponymous_conditions")
_EPONYM_ALONE = vocab.alternation("eponymous_conditions_alone")
_CONDITION_WORDS = (
    r"disease|syndrome|palsy|body|bodies|dementia|lymphoma|phenomenon|disorder|chorea|sarcoma|cyst|contracture|"
    r"tumou?r|encephalopathy|o?esophagus|ulcer|thyroiditis|sign|type"
)
_EPONYMOUS_CONDITION = re.compile(
    rf"(?:(?:{_EPONYM}|{_EPONYM_ALONE})(?:['’]s?)?\s+(?i:{_CONDITION_WORDS})\b"
    rf"|(?:{_EPONYM_ALONE})(?:['’]s)?(?![\w'’-]))"
)
# A title or a capitalised word before the eponym makes it a person's surname ("Dr Parkinson", "Sam Bell");
# so does a family or person noun after its possessive ("Parkinson's mum", "Huntington's team").
_NAME_BEFORE = re.compile(r"(?<![\w'’])[A-Z][\w.-]*\s+$")
_PERSON_AFTER = re.compile(rf"['’]s\s+(?i:{vocab.alternation('family_nouns')}|{vocab.alternation('person_words')}|team|office|clinic|house|place)\b")


def is_eponymous_condition(text: str, start: int, end: int) -> bool:
    """ "early Lewy body", "early Parkinson's", "Bell's palsy", "Down syndrome": the span (or its first
    word) is a surname that names a condition here, so it is no person, place or organisation. The common
    ones identify nobody; the rarer ones are this module's recognizer's (it reads the whole phrase)."""
    m = _EPONYMOUS_CONDITION.match(text, start)
    if m is None or m.end() < min(end, start + len(text[start:end].split()[0])):
        return False
    if _NAME_BEFORE.search(text, max(0, start - 30), start) and not _SENTENCE_START.search(text, 0, start):
        return False
    return not _PERSON_AFTER.match(text, start + len(re.match(r"[\w-]+", text[start:end]).group()))


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n])\s*\S+\s+$")
