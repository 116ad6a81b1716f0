"""Rarities that single someone out, made general where the post's point survives (issue 11: "a rare
condition into 'a rare condition', 'the only X in <small place>' into 'a X'").

    the writer's first of a kind:       "Diagnosed my first ever case of Fabry disease" -> "Diagnosed a case of ..."
                                        ("First case like this in my 12 years." stays: the writer's own experience,
                                        and the point of the post, while the story's details go elsewhere)
    only a few in a whole place:        "Only 3 people in the whole of Maryland have this" -> "Very few people have this"
    the only one of a group in a job,   "the only woman harbour master in the country" -> "one of very few women in
    across a whole country or state:    her line of work" (the job is what identifies her; that she is one of few
                                        in it is the point, and stays)

Where the sentence would lose its point, nothing is changed and the risk stays for the writer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..review import Risk
from .regions import region

# "my first ever case of", "our first-ever patient with", "the very first case of".
_FIRST_CASE = re.compile(
    r"(?i)\b(?:(?:my|our|the)\s+)?(?:very\s+)?first(?:[\s-]+ever)?\s+(?P<noun>case|patient|client|diagnosis)(?P<of>\s+(?:of|with)\b)"
)
# "the only woman harbour master in the country": a group, a job of one to three words, a wide scope.
_ONLY_IN_JOB = re.compile(
    r"(?i)\bthe\s+only\s+(?P<who>woman|female|lady|man|male|bloke|guy)\s+(?P<job>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}?)"
    r"\s+in\s+(?:the\s+(?:whole\s+)?|this\s+|our\s+|all\s+(?:of\s+)?(?:the\s+)?)?"
    r"(?P<scope>country|state|world|nation|province|region|territory|commonwealth|continent|[A-Z][a-z]+)\b"
)
# "Only 3 people in the whole of Maryland have this condition" -> "Very few people have this condition".
_ONLY_FEW = re.compile(
    r"(?i)\b(?P<only>only|just)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+handful\s+of)\s+"
    r"(?P<who>people|patients|kids|children|cases|women|men|families|babies|girls|boys|pupils|students)\s+"
    r"(?:in|across)\s+(?:the\s+)?(?:whole\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?|country|world|state|region|province|county|island|city)\b"
    r"(?=\s+(?:have|has|had|with|are|were|live|who)\b)"
)
_WOMEN = frozenset({"woman", "female", "lady"})


def _capital(text: str, start: int, words: str) -> str:
    before = text[:start].rstrip()
    opens = not before or before[-1] in ".!?\n" or text[start:start + 1].isupper()
    return words[:1].upper() + words[1:] if opens else words


def rarities(text: str, risks: Sequence[Risk], spans: Sequence = ()) -> list[Risk]:
    """The rarities of a post the review raised ``rare_or_unique`` on, each as a region with its general words;
    "only 3 people in the whole of X have" says its rarity itself, in any post with a risk or a detected span."""
    rare = next((r for r in risks if r.kind == "rare_or_unique" and not r.by_model), None)
    if rare is None:
        told = next((r for r in risks if not r.by_model), None)
        if told is None and not spans:
            return []
        template = Risk("rare_or_unique", 0, 0, "", "A rarity singles someone out.", "Drop the rarity.")
        return [region(template, text, m.start(), m.end(), _capital(text, m.start(), "very few " + m.group("who").lower()))
                for m in _ONLY_FEW.finditer(text)]
    out = []
    for m in _FIRST_CASE.finditer(text):
        out.append(region(rare, text, m.start(), m.start("of"), _capital(text, m.start(), "a " + m.group("noun").lower())))
    for m in _ONLY_FEW.finditer(text):
        out.append(region(rare, text, m.start(), m.end(), _capital(text, m.start(), "very few " + m.group("who").lower())))
    for m in _ONLY_IN_JOB.finditer(text):
        if m.group("scope")[0].isupper() and m.group("scope").lower() in ("i", "we"):
            continue
        women = m.group("who").lower() in _WOMEN
        words = f"one of very few {'women' if women else 'men'} in {'her' if women else 'his'} line of work"
        out.append(region(rare, text, m.start(), m.end(), words))
    return out
