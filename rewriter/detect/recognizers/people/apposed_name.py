"""A name set off by commas after the people it belongs to: "One of my guys, T-Bone, just finished his
hours", "my lads, Big Mikey, passed", "one of our regulars, Dot, turned 100". A worker's "my guys", "my
lads", "my girls", "our regulars" are the people in their care, and the name between the commas says which
one: a nickname as often as a name, which the small model misses when it has never seen it.

The people noun is a person or role word (rewriter/data/person_words*.txt, role_nouns*.txt,
informal_people_words.txt) or a group word (group_people_words.txt), after "my", "our", "his", "her" or
"their" and perhaps one word more ("my youngest client"); the name is one or two capitalised words followed by a comma. An everyday word there is no name
("my girls, Mum and Gran,", "our nurses, NHS heroes,"), unless it is a first name too ("Summer", listed in
common_word_names.txt) or a hyphenated nickname ("T-Bone"); famous people and public places stay."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.famous_names import is_listed_famous
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import FAMILY_NOUNS, PersonRegexRecognizer
from ..support.public import is_public_mention

_NOUNS = sorted(
    {w.lower() for name in ("group_people_words", "person_words", "person_words_more", "informal_people_words",
                            "role_nouns", "role_nouns_more") for w in vocab.entries(name)},
    key=len, reverse=True,
)
_NOUN = "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") + "s?" for w in _NOUNS) + ")"
_NAME_WORD = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*"
_FIRST_NAMES = vocab.words("common_word_names")


class ApposedNameRecognizer(PersonRegexRecognizer):
    ORDER = 748
    WHY = "A name set off by commas after 'one of my guys' or 'my client' says which person it is."
    PATTERNS = [
        Pattern(
            "name between commas after a people noun",
            rf"\b(?i:my|our|his|her|their)\s+(?:[a-z]+\s+)?(?i:{_NOUN}),\s+(?P<span>{_NAME_WORD}(?:\s+{_NAME_WORD})?)\s*,",
            0.86,  # above spaCy's 0.85: the commas, not the model's guess, are the evidence kept
        ),
    ]

    def trim(self, text, start, end, doc, starts):
        words = text[start:end].split()
        for word in words:
            low = word.lower()
            if low in FUNCTION_WORDS or low in FAMILY_NOUNS or lexicon.is_not_a_name(word) or len(word) < 2:
                return start, start
            if "-" not in word and lexicon.is_ordinary_word(word) and not lexicon.is_listed_as_name(word) \
                    and low not in _FIRST_NAMES and word not in _FIRST_NAMES:
                return start, start
        name = text[start:end]
        if is_listed_famous(name) or is_public_mention(text, start, end, "PERSON"):
            return start, start
        return start, end
