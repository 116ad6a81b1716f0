"""Social media handles: "@mia.runs_2009", "@DrKaye". Not the middle of an e-mail address."""

from __future__ import annotations

from ..support.base import Pattern, RegexRecognizer


class HandleRecognizer(RegexRecognizer):
    ORDER = 1000
    TEXT_ONLY = True
    ENTITY = "HANDLE"
    WHY = "A social media handle identifies a person directly."
    PATTERNS = [
        Pattern("handle", r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.[A-Za-z]{2,}\b)", 0.85)
    ]
