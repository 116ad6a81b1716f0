"""The writer's own family, named: "My daughter Ava started Reception today", "our son Max". Issue 10: the
writer's own life and family are not what a confidentiality check is for, so these names are left alone,
wherever the post mentions them again. Someone else's family ("her daughter Ava", "my client's son Max")
and the people a professional serves stay names.

A relative called by a family title ("Mum, Dad, Aunty Funmi", "Uncle Tunde drove down") is the
writer's own too: a title of address is what one calls one's own aunt or uncle. Not after someone
else's possessive ("her Uncle Tunde", "my client's Aunty Funmi"), and not in a sentence about the
people the writer serves, where "Aunty" may be a respectful name for a patient or a resident."""

from __future__ import annotations

import re

from .. import vocab
from .recognizers.support.names import WORD

_OWN_FAMILY_NAME = re.compile(
    rf"(?<![’'\w])(?i:my|our)\s+(?i:{vocab.alternation('family_nouns')})s?\s*,?\s+(?P<name>{WORD})"
)


# Family titles used as a title of address before a first name, as written with a capital.
_FAMILY_TITLE = re.compile(
    rf"(?<![\w'’])(?:Aunty|Auntie|Aunt|Uncle|Nana|Nanna|Nan|Nanny|Gran|Granny|Grandma|Grandad|Grandpa|Grampa|Cousin)"
    rf"\s+(?P<name>[A-Z][\w'’-]*)"
)
# Someone else's possessive just before the title: "her Uncle Tunde", "my client's Aunty Funmi".
_OTHERS_BEFORE = re.compile(r"(?i:\b(?:his|her|their|your|whose)|['’]s)\s+$")
_PEOPLE_SERVED = re.compile(rf"\b(?i:{vocab.alternation('own_people')})s?\b")


def _titled_relatives(text: str) -> set[str]:
    """ "Aunty Funmi" and "Funmi" for each relative called by a family title in the writer's own voice."""
    found = set()
    for m in _FAMILY_TITLE.finditer(text):
        if _OTHERS_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue
        sentence_start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        sentence_end = min((i for i in (text.find(c, m.end()) for c in ".!?\n") if i >= 0), default=len(text))
        if _PEOPLE_SERVED.search(text, sentence_start, sentence_end):
            continue
        found |= {m.group(), m.group("name")}
    return found


def own_family_names(text: str) -> frozenset[str]:
    """First names the writer gives their own family in ``text``, in any case ("my son max"), and their
    relatives by title, whole and by first name ("Aunty Funmi", "Funmi")."""
    titled = _titled_relatives(text)
    if "my" not in text.lower() and "our" not in text.lower():
        return frozenset(titled)
    return frozenset(m.group("name") for m in _OWN_FAMILY_NAME.finditer(text)) | titled
