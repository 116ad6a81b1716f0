"""An age in words between commas right after a name the detector found: "little brook, fifteen, on the phone to
me", "Mama Ruth, ninety-one, still sharp", "Kai, seven, told the class".

The recognizers read such an age in an aside after a word that is a person by itself (age_of_a_person.py: a person
word, a name no dictionary lists in lowercase, "jayden, 15"), since a number after an ordinary word is as often a
count ("Chapter, two"). A name that is a word too ("brook", "grace", "hope"), written in lowercase, is no person to
that rule; read after a span the detector already holds as a person, the number between commas is that person's age
as plainly (session 46, fresh44d: "little brook, fifteen, on the phone to me ... from the bus shelter" was
offered as clean with "fifteen" in it). "one" is left: "Tom, one of the regulars," is no age.
"""

from __future__ import annotations

import re

from ..kinds import kind
from ..spans import Span
from .recognizers.support.number_words import NUMBER_IN_WORDS, value_of

SOURCE = "age in words after a name"
_PERSON_KINDS = frozenset({"PERSON"})
# ", fifteen," / ", ninety-one." / ", seven and ..." right after the name
_AGE_AFTER = re.compile(
    rf"[ \t]*,[ \t]*(?:(?:now|only|just|aged)[ \t]+)?(?P<age>{NUMBER_IN_WORDS})(?=[ \t]*[,.;:!?)]|[ \t]+(?:and|who|with|from|today|now)\b)",
    re.IGNORECASE,
)


def ages_after_names(text: str, spans: list[Span], role: str = "other") -> list[Span]:
    """AGE spans for a number in words in apposition right after a detected person's name."""
    if "," not in text:
        return []
    out: list[Span] = []
    for s in spans:
        if s.entity_type not in _PERSON_KINDS:
            continue
        m = _AGE_AFTER.match(text, s.end)
        if m is None:
            continue
        a, b = m.span("age")
        value = value_of(text[a:b])
        if value is None or not 2 <= value <= 110 or any(o.start < b and a < o.end for o in [*spans, *out]):
            continue
        found = kind("AGE")
        out.append(Span(start=a, end=b, text=text[a:b], entity_type="AGE", score=0.65, source=SOURCE,
                        why=found.why, suggestion=found.suggestion_for(role)))
    return out
