"""Whose family member this is: "harper's mum", "roberto's daughter", "Tom's wife".

Lowercase dictionary words are accepted here ("harper" is in the dictionary) unless they are people
nouns themselves ("my friend's mum", "the patient's daughter") or function words, or follow an article
("the driver's son", "a farmer's wife")."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import ROLE_NOUNS, WORD, PersonRegexRecognizer

# Words for someone that are not a name, besides the role nouns: "everyone's mum", "the lady's son".
_PEOPLE_NOUNS = re.compile(
    rf"(?i:{ROLE_NOUNS}|else|dog|cat|pet|everyone|everybody|someone|somebody|anyone|nobody|one|other|person|lady|man|"
    r"woman|guy|girl|boy|family|neighbour|neighbor|friend|people|folks|others|kids|children|parents|staff)$"
)

# An article or determiner before a lowercase word makes it a noun: "the driver's son", "a farmer's wife".
_DETERMINER_BEFORE = re.compile(r"(?i:\b(?:the|a|an|this|that|our|my|your|his|her|their)\s+)$")

# A determiner and one or two words before a lowercase word make it the head of a noun compound.
_COMPOUND_BEFORE = re.compile(r"(?i:\b(?:the|a|an|this|that|our|my|your|his|her|their)\s+((?:[\w-]+\s+){1,2}))$")


class PossessiveNameRecognizer(PersonRegexRecognizer):
    ORDER = 750
    WHY = "A name followed by a family role identifies both people."
    PATTERNS = [
        Pattern("name's family member", rf"\b(?P<span>{WORD})['’]s\s+(?i:{vocab.alternation('family_nouns')})\b", 0.65),
        # "Hemi's whānau finally agreed": whānau, the Māori word for (extended) family that New Zealand English uses
        # as its own; kept out of family_nouns.txt, which the own-family rules read as kin in a list ("with my
        # whānau, my son Nikau" is the writer's own)
        Pattern("name's whānau", rf"\b(?P<span>{WORD})['’]s\s+(?i:wh[āa]nau)\b", 0.65),
    ]

    def trim(self, text, start, end, doc, starts):
        word = text[start:end]
        if word.lower() in FUNCTION_WORDS or lexicon.is_not_a_name(word) or _PEOPLE_NOUNS.match(word):
            return start, start
        if word.islower() and _DETERMINER_BEFORE.search(text[max(0, start - 8) : start]):
            return start, start
        compound = _COMPOUND_BEFORE.search(text[max(0, start - 40) : start]) if word.islower() else None
        if compound and not any(w.lower() in FUNCTION_WORDS for w in compound.group(1).split()):
            return start, start  # "the PTA chairman's son", "our bus driver's wife": the last noun of a compound
        return start, end
