"""Names after a courtesy or professional title: "Dr. Okafor", "Mrs. Abernathy", "mr patel", "Prof Chen"."""

from __future__ import annotations

import re

from .... import vocab
from ..support.base import Pattern
from ..support.famous_names import famous_person
from ..support.lexicon import FUNCTION_WORDS, is_ordinary_word
from ..support.names import CAPITALISED_WORD, NAME_TITLES, PARTICLE, PARTICLES, WORD, PersonRegexRecognizer

# Titles after which even a lowercase dictionary word is a surname ("mr patel", "dr house").
_SHORT_TITLES = ("dr", "mr", "mrs", "ms", "mx", "miss", "prof")
_TITLE = "|".join(sorted(NAME_TITLES))
# "miss" the verb: the post misses something it names with a determiner or a pronoun ("Miss my gogo, miss sadza
# ne dovi"); then a lowercase "miss", or one opening a clause, is the verb everywhere in the post.
_MISSING = re.compile(r"\b(?i:miss)\s+(?i:my|our|the|your|you|u|it|him|her|them|this|that|these|those|home|having|being|seeing|everyone|everybody)\b")
_CLAUSE_START = re.compile(r"(?:^|[.!?,;:\n]|[^\w\s.,'’\"-])\s*$")
# After "miss", a big place or a country is missed, not addressed ("Miss Mombasa."); a word of another language
# in lowercase is the verb's object ("miss ko pa rin").
# What a person does, not a drink: "Dr Pepper saw my patient" is a doctor called Pepper.
_ACTS = re.compile(r"\s+(?:saw|sees|said|says|told|asked|rang|called|reviewed|came|is|was|will|wants|thinks|prescribed|"
                   r"referred|did|does|has|had|and\s+I|emailed|wrote|agreed)\b")
_BRANDS = vocab.words("brands") | vocab.words("listed_companies")
_PLACES = vocab.words("big_places") | vocab.words("countries") | vocab.words("big_regions")
_OTHER_WORDS = vocab.words("other_english_words") | vocab.words("other_english_words_more") | vocab.words("code_switch_words")


def _miss_the_verb(text: str, title_start: int, start: int, word: str) -> bool:
    """ "miss" before text[start:] is the verb, not the title Miss."""
    if text[title_start : title_start + 4].lower() != "miss":
        return False
    if word.rstrip(".,;:!?") in _PLACES:
        return True
    lowercase_title = text[title_start].islower()
    if word.islower() and (len(word) <= 2 or word in FUNCTION_WORDS or word in _OTHER_WORDS):
        return True
    # "Miss Chen's class. I miss my old job.": a surname no dictionary holds after "Miss" is still a person
    if not word.islower() and not is_ordinary_word(word):
        return False
    return (lowercase_title or _CLAUSE_START.search(text, max(0, title_start - 3), title_start) is not None) and bool(
        _MISSING.search(text))


# Titles shortened with a full stop that are also words ("Rev. Achebe", "Col. Dunmore", "Gen. Okoro").
_SHORT_FORMS_THAT_ARE_WORDS = frozenset({"rev", "col", "gen", "sen", "gov", "rep", "hon", "det", "sis", "bro", "cap", "fr"})


def _full_word_title(title: str) -> bool:
    """A title written out as a word ("sir", "nurse", "coach", "madam"), which a full stop after ends the
    sentence; not a short form ("Dr.", "Mrs.", "Prof.", "Rev."), which the full stop belongs to."""
    low = title.lower()
    return len(low) >= 3 and low not in _SHORT_FORMS_THAT_ARE_WORDS and low not in _SHORT_TITLES and is_ordinary_word(low)


class TitledNameRecognizer(PersonRegexRecognizer):
    ORDER = 700
    WHY = "A title followed by a name identifies a person."
    PATTERNS = [
        Pattern(
            "title and name",
            rf"\b(?i:{_TITLE})\b\.?\s+(?P<span>{WORD}(?:\s+(?:{PARTICLE}\s+)?{CAPITALISED_WORD}){{0,2}})",
            # above spaCy's 0.85: a title is strong evidence, and the model calls "Mr Okafor" a place
            0.9,
        ),
    ]

    def trim(self, text, start, end, doc, starts):
        first = re.match(WORD, text[start:end])
        title = re.search(r"(\w+)\.?\s*$", text[max(0, start - 12) : start])
        strict = title is not None and title.group(1).lower() in _SHORT_TITLES
        if title is not None and "." in title.group() and _full_word_title(title.group(1)):
            return start, start  # "You know who you are sir. Best claim ever": a word, then a full stop, then a new sentence
        if first and title is not None and _miss_the_verb(text, max(0, start - 12) + title.start(1), start, first.group()):
            return start, start  # "miss sadza ne dovi", "Miss Mombasa.": the verb, not the title
        if first and not first.group()[0].isupper() and not strict:
            return start, start
        if first and not first.group()[0].isupper() and title.group(1).isupper():
            return start, start  # "with MS last week": a title in capitals before a word in lower case is an acronym
        if first and first.group().lower() not in FUNCTION_WORDS and not first.group()[0].isupper():
            # "mr patel": after a title even a dictionary word is a surname, but only that word
            return start, start + first.end()
        start, end = super().trim(text, start, end, doc, starts)
        if title is not None and f"{title.group(1)} {text[start:end]}" in _BRANDS and not _ACTS.match(text, end):
            return start, start  # "a Dr Pepper", "Mr Kipling cakes": a brand named like a person
        if famous_person(text, start, end, text[start:end]):
            return start, start  # "a photo of Sir Edmund Hillary": a famous person, not one the writer knows
        # after the title, a second and third word belong to the name only when capitalised
        words = list(re.finditer(WORD, text[start:end]))
        for k, w in enumerate(words[1:], 1):
            if not w.group()[0].isupper() and w.group().lower() not in PARTICLES:
                return start, start + words[k - 1].end()
            if re.search(r"['’]s$", words[k - 1].group()):
                return start, start + words[k - 1].end()  # "Mrs Pemberton's BP": the name ends at its possessive
        return start, end
