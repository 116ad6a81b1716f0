"""A name after a word people are called by, in any case: "sister hargreaves on nights", "(nanny peg, 91,",
"Auntie Val", "my cousin Dev".

The title recognizer reads the courtesy titles ("mr patel"); these words are family, affectionate and
nursing titles (rewriter/data/address_words.txt), which also stand alone ("my sister works nights"). So
the word after one is a name only when it looks like one: capitalised (and not a word that starts a new
thought: "my sister When..."), or in lowercase either unknown to the dictionary ("hargreaves") or followed
by an age ("peg, 91,")."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import WORD, PersonRegexRecognizer

_ADDRESS_WORDS = vocab.alternation("address_words")
_AGE_AFTER = re.compile(r"\s*(?:,\s*|\(\s*)(?:aged?\s+|now\s+)?\d{1,3}\s*(?:yo\b|y/?o\b)?\s*[,)]")


class AddressedNameRecognizer(PersonRegexRecognizer):
    ORDER = 705
    WHY = "A name after a word people are called by ('sister', 'nanny', 'auntie') identifies a person."
    PATTERNS = [
        Pattern("address word and name", rf"\b(?i:{_ADDRESS_WORDS})\s+(?P<span>{WORD})\b(?![’'-])", 0.6),
    ]

    def trim(self, text, start, end, doc, starts):
        word = text[start:end]
        low = word.lower()
        if low in FUNCTION_WORDS or len(word) < 2 or lexicon.is_not_a_name(word) or lexicon.is_not_a_name(word.capitalize()):
            return start, start
        if word[0].isupper():
            if lexicon.is_ordinary_word(word) and not lexicon.is_listed_as_name(word) and low not in _LOWER_OK:
                # "my sister Works at...", "Nurse Practitioner": a capitalised everyday word needs an age too
                return (start, end) if _AGE_AFTER.match(text, end) else (start, start)
            return start, end
        if len(word) >= 3 and not lexicon.is_ordinary_word(word) and not lexicon.is_dictionary_word(word):
            return start, end  # "sister hargreaves": no dictionary knows it
        if _AGE_AFTER.match(text, end):
            return start, end  # "nanny peg, 91,"
        return start, start


# Everyday words that are common first names, taken capitalised after an address word ("Auntie Hope").
_LOWER_OK = vocab.words("common_word_names")
