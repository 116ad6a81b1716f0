"""The writer's own family, named: "My daughter Ava started Reception today", "our son Max". Issue 10: the
writer's own life and family are not what a confidentiality check is for, so these names are left alone,
wherever the post mentions them again. Someone else's family ("her daughter Ava", "my client's son Max")
and the people a professional serves stay names."""

from __future__ import annotations

import re

from .. import vocab
from .recognizers.support.names import WORD

_OWN_FAMILY_NAME = re.compile(
    rf"(?<![’'\w])(?i:my|our)\s+(?i:{vocab.alternation('family_nouns')})s?\s*,?\s+(?P<name>{WORD})"
)


def own_family_names(text: str) -> frozenset[str]:
    """First names the writer gives their own family in ``text``, in any case ("my son max")."""
    if "my" not in text.lower() and "our" not in text.lower():
        return frozenset()
    return frozenset(m.group("name") for m in _OWN_FAMILY_NAME.finditer(text))
