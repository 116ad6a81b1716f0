"""Social media handles: "@mia.runs_2009", "@DrKaye". Not the middle of an e-mail address, and not a national
public body's own account, written as its listed name and perhaps its nation ("@MOH_Kenya", "@NHSEngland",
"@WHO"): an account the whole country writes to names no one. Nor a chat's mention of a whole channel ("@channel",
"@here", data/group_mentions.txt)."""

from __future__ import annotations

import re

from .... import vocab
from ..support.base import Pattern, RegexRecognizer
from ..support.public import BIG_REGIONS, COUNTRIES, COUNTRIES_NAMED_LIKE_PEOPLE, PUBLIC_BODIES

# A handle's words: split at "_" and ".", and where a capital follows a lowercase letter or ends a run of capitals
# ("NHSEngland" -> "NHS", "England").
_PIECE = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")
_NATIONS = BIG_REGIONS | COUNTRIES | COUNTRIES_NAMED_LIKE_PEOPLE
# A workplace chat's mention of a whole channel ("@channel who took the last oat milk??", "@here"): no one.
_GROUP_MENTIONS = frozenset(w.lower() for w in vocab.words("group_mentions"))


def public_body_account(handle: str) -> bool:
    """ "@MOH_Kenya", "@NHSEngland", "@WHO": a listed public body's name, alone or with its nation's."""
    pieces = [p for part in re.split(r"[_.]", handle.lstrip("@")) if part for p in _PIECE.findall(part)]
    if not pieces or len(pieces) > 3:
        return False
    bodies = [p for p in pieces if p in PUBLIC_BODIES and len(p) >= 3]
    if bodies and all(p in PUBLIC_BODIES or p in _NATIONS for p in pieces):
        return True
    # a listed body of two or three words written as one ("@HealthNZ": "Health NZ", "@SocialWorkEngland"): its
    # words in order, all of them
    return len(pieces) >= 2 and " ".join(pieces) in PUBLIC_BODIES


class HandleRecognizer(RegexRecognizer):
    ORDER = 1000
    TEXT_ONLY = True
    ENTITY = "HANDLE"
    WHY = "A social media handle identifies a person directly."
    PATTERNS = [
        Pattern("handle", r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@]|\.[A-Za-z]{2,}\b)", 0.85)
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        return not public_body_account(match.group()) and match.group()[1:].lower() not in _GROUP_MENTIONS
