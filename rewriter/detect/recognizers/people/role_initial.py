"""A lone initial after a word for a client, patient or relative: "Client L (late 20s) said...",
"pt K was moved", "Mum B rang", or after a title: "Mr P is going to be chuffed", "Mrs O.'s son", "(Ms T,
nursery teacher, 34)", "Mr D.W.". Notes name someone so, and colleagues can tell who it is. Not "A" or "I"
("patient A" is a label, "I" the writer), and never a letter inside a longer code."""

from __future__ import annotations

from ..support.base import Pattern, RegexRecognizer


class RoleInitialRecognizer(RegexRecognizer):
    ORDER = 730
    TEXT_ONLY = True
    ENTITY = "PERSON"  # an initial, not a name: the second pass does not build on it (NAMES_PEOPLE)
    WHY = "An initial after a word like 'client' or 'patient' can tell colleagues who this is."
    PATTERNS = [
        Pattern(
            "role and initial",
            r"\b(?i:client|patient|pt|resident|service\s+user|young\s+person|student|pupil|child|mum|mom|dad|"
            r"carer|tenant|customer|defendant|claimant)\s+(?P<span>[B-HJ-Z]\.?)(?=[\s,;:!?)]|\.(?:\s|$)|$)",
            0.6,
        ),
        # a title and an initial alone ("Mr P", "Mrs. H", "Dr P", "Mr D.W."); with a surname after it
        # ("Mr D. Fairweather") it is the titled name's
        Pattern(
            "title and initial",
            r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?P<span>[A-Z](?:\.[A-Z])*\.?)"
            r"(?=[\s,;:!?)]|['’]s\b|$)(?!\s+(?:[A-Z][a-z]|[A-Z]\.))",
            0.6,
        ),
    ]
