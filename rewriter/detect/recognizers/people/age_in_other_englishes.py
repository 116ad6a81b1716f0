"""Ages told the way other Englishes tell them, with no age word and no "is": "Shi 68 an she nuh fraid" and
"refuse im appeal again, 64 an livin yah since 1971" (Jamaican English: no copula, "an" for "and"), "91 she is an
still sharper than me" (the number first, as Indian and West Midlands English put it). Each is an exact age
that, with a named court, ward or estate, singles one person out (issue 10: ages in their written forms).

"an" before a word that starts with a consonant sound is "and": standard English writes "an" only before a
vowel sound ("15 an hour", "2 an hr", "3 an MRI" are never ages and never match). The number must open a
clause (after a comma, a full stop, an emoji) or follow a pronoun with no verb ("shi 68", "him 15"), as an age
told of someone does; "we scored 15 an still lost" has a verb before the number and is left."""

from __future__ import annotations

import re

from ..support.ages import AGE_NUMBER
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer
from .age import _about_own_family

# Where a clause opens: the start, a comma or a dash, a colon and a space (never "10:30"), a full stop, or an emoji or symbol ending what came
# before ("😂📸 15 an think him bad")
_CLAUSE_OPENS = r"(?:^|[,;(—–]\s*|:\s+|\s-\s|[.!?]\s+|[^\w\s.,;:!?'’\"“”()\[\]$£€%&*+/<=>@#-]\s*)"
# A pronoun told with an age and no verb between: Jamaican and West African English "shi 68", "him 15"
_PRONOUN = r"\b(?:shi|she|he|him|her|im|har|dem)\s+"
# "an" as "and": before a lowercase word that opens with a consonant sound. "h" opens "hour", "honest",
# "heir" said with a vowel ("15 an hour"), so an h-word never counts; nor does "one" ("an one"). The writer
# joining a number ("12 an me on nights") is a count of people, not an age.
_AN_AND = r"\s+an\s+(?=(?!h)(?!(?:one|me|mi|my|us|we)\b)[b-df-np-tv-z][a-z'’]*\b)"
# What "N she is" is followed by when it tells an age: the end of the clause or "an(d) still", "already"
# ("n" is "and" as the Black Country and texting write it: "94 she is n still makes a better brew")
_SHE_IS_END = r"(?=\s*[.,;:!?)]|\s*$|\s+(?:an|and|n|but|still|already|now|yaar|innit)\b)"


class AgeInOtherEnglishesRecognizer(GatedRegexRecognizer):
    ORDER = 108
    ENTITY = "AGE"
    GATE = HAS_DIGIT
    FLAGS = re.IGNORECASE
    PATTERNS = [
        # "Shi 68 an she nuh fraid", "him 15 an tink him bad": a pronoun, the age, "an" for "and"
        Pattern("pronoun N an", rf"{_PRONOUN}(?P<span>{AGE_NUMBER}){_AN_AND}", 0.7),
        # "appeal again, 64 an livin yah since 1971", "📸 15 an think him bad": the age opening a clause
        Pattern("N an opening a clause", rf"{_CLAUSE_OPENS}(?P<span>{AGE_NUMBER}){_AN_AND}", 0.65),
        # "till 4am, 91 she is an still sharper than me": the age first, then the pronoun and "is"
        Pattern(
            "N she is",
            rf"{_CLAUSE_OPENS}(?P<span>{AGE_NUMBER})\s+(?:she|he)\s+(?:is|was|be)\b{_SHE_IS_END}",
            0.7,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        number = int(match.group("span"))
        # one or two are too often a count or a clock ("1 an di rest", "2 an dem gone") and a baby is told in
        # months; past 115 no one is
        if not 3 <= number <= 115:
            return False
        return not _about_own_family(text, match.start("span"), match.group("span"))
