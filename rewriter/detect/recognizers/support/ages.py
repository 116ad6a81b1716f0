"""What the age recognizers share: the shape of an age, the words for a person it is read off, the
words that make a number a measurement instead, and the capitalised words a number follows that are
no one's name."""

from __future__ import annotations

from .... import vocab

# A person's age: one to three digits, never part of a longer number or a decimal.
AGE_NUMBER = r"(?<![\d.,£$€])\d{1,3}(?![\d.,]\d)"

# Words for a person, shared by the rules that read an age off one: "Their son, 17, came", "Lady on
# Lumley Rd was only 41." Each rule adds the few words only it can use. A few shared person words were
# never read so here ("the family was 4", "twins, 7,") and still are not, for the same results.
_NOT_READ_FOR_AN_AGE = {
    "teen", "teenager", "customer", "mother", "father", "twins", "triplets", "sibling", "siblings", "family", "person",
}
PERSON_WORDS = [w for w in vocab.entries("person_words") if w not in _NOT_READ_FOR_AN_AGE] + list(
    vocab.entries("person_words_more")
)
# Words that make the number a measurement, not an age: "his pain score was 7", "patient pain score, 7,".
MEASURE_WORDS = list(vocab.entries("measure_words"))

# Capitalised words a number follows that are no name: "Chapter (3)", "Monday, 5 people", "Ok, 3".
NOT_NAMES_BEFORE_A_NUMBER = (
    vocab.words("numbered_nouns")
    | vocab.words("weekdays")
    | vocab.words("months")
    | frozenset("in on at by for and but so then also yes no ok okay".split())  # words that start a sentence
)


def alternatives(words) -> str:
    """``words`` as a regular-expression alternation, longest first."""
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
