"""A name after a title, an honorific or a kin word of another language, the way "Mrs Keller" or "Auntie Funmi" is
said in English: "Hoje a dona Glorinha teve alta", "Frau Keller ruft wieder an", "Domnul V. are 62 de ani", "leo
mwalimu Otieno alikuja", "Mama Nkechi brought puff-puff", "la tía Lupe vino", "Bi. Amina", "Ibu Sari datang lagi".
The words are listed in other_language_person_titles.txt. The span is the title and the name, as spaCy and the
English title rules give them ("Frau Keller", "Mrs Pennington"), so the rewrite replaces the person whole.

Several of those words are ordinary words too ("Mama", "Don", "Pan", "Bi", "Herr" inside German compounds), so the
word after must be a name: capitalised (or an initial, "Domnul V."), and either a given name or surname any of the
project's lists holds, or a word that is no common word of English or of another language (other_language_words
and the other lists foreign_sentences reads), no place and no brand ("Pan Am", "Bi Pride", "Mama Africa", "Don
Quixote" stay). The writer's own family ("my tía Lupe", "our Mama Grace") is left to own_family's reading, as kin
titles are."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.famous_names import famous_person
from ..support.names import CAPITALISED_WORD, PersonRegexRecognizer
from ..support.public import BRANDS

_TITLES = "|".join(
    re.escape(w) for w in sorted(vocab.entries("other_language_person_titles"), key=len, reverse=True)
)
_PLACES = vocab.words("big_places") | vocab.words("countries") | vocab.words("big_regions") | vocab.words("metropolises")
# Where a titled name is a place named after someone ("at Baba Yara", the stadium), unless it is their own ("at Mama
# Zodwa's spaza")
_AT_A_PLACE = re.compile(r"(?i)\b(?:at|in|into|near|outside|opposite)\s+(?:the\s+)?$")
# An initial for the name, as a surname is shortened: "Domnul V.", "Frau K."
_INITIAL = r"[^\W\d_a-zß-ÿ]\.(?!\w)"


def _common_word_of_a_language(word: str) -> bool:
    # imported here: foreign_sentences reads the recognizers' support modules at import
    from ...foreign_sentences import common_other_language_words, without_accents

    return without_accents(word) in common_other_language_words()


_FUNCTION_WORDS = vocab.words("other_language_function_words")


_FAMILY = vocab.words("family_nouns")


def title_is_english_word(title: str) -> bool:
    """ "Don", "Pan", "Baba", "Mama", "Bi": a title that is an everyday English word too, or an English family word,
    or two letters, which English posts write as many other things."""
    low = title.lower().rstrip(".")
    return lexicon.is_common_word(low) or low in _FAMILY or len(low) <= 2


def name_after_title(word: str, title: str) -> bool:
    """A capitalised word after a title is a name: a given name or surname the dictionary lists with a capital, or a
    word that is no common English word, no common word of another language ("Herr Doktor", "Frau Nachbarin"), no
    function word of one, and names no place or brand. After a title that is an English word too ("Mama", "Pan",
    "Bi"), the word must also be no English dictionary word at all ("Mama Bear", "Bi Curious")."""
    if len(word) < 2 or word.isupper() and len(word) > 3:
        return False  # "Mama ICU": an acronym
    if word in BRANDS or word in _PLACES or lexicon.is_not_a_name(word):
        return False
    if lexicon.is_listed_as_name(word):
        return True
    low = word.lower()
    if lexicon.is_common_word(low) or low in _FUNCTION_WORDS or _common_word_of_a_language(word):
        return False
    return not (title_is_english_word(title) and lexicon.is_ordinary_word(low))


class OtherLanguageTitledNameRecognizer(PersonRegexRecognizer):
    ORDER = 701
    WHY = "A title or a kin word of another language ('dona', 'Frau', 'mwalimu') comes before someone's name."
    # The title word is matched in any case ("dona", "Dona"); the name after it must be capitalised
    PATTERNS = [
        Pattern(
            "other language title and name",
            rf"(?<![\w'’.-])(?<!\b[Mm]y\s)(?<!\b[Oo]ur\s)(?P<span>(?i:{_TITLES})\s+"
            rf"(?:{_INITIAL}|{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD})?))",
            0.7,
        ),
    ]

    def trim(self, text, start, end, doc, starts):
        head = re.match(r"\S+\s+", text[start:end])
        name_start = start + head.end()
        name = text[name_start:end]
        if re.fullmatch(_INITIAL, name):
            return start, end  # "Domnul V."
        owner = re.search(r"['’]s\b", name)
        if owner:
            end = name_start + owner.start()  # "Mama Zodwa's spaza": the name ends at its possessive
            name = text[name_start:end]
        words = name.split()
        title = head.group().strip()
        if title.rstrip(".").isupper() and len(title.rstrip(".")) <= 3:
            return start, start  # "goin to HR. Gert embarrassin": a short title in capitals is an acronym (HR, BI)
        if not name_after_title(words[0], title):
            return start, start
        if len(words) > 1 and not name_after_title(words[1], title):
            end = name_start + len(words[0])
        if owner and re.match(r"['’]s\s+(?=[^\W\d_a-zß-ÿ])", text[end:]):
            return start, start  # "Mama Lou's Catfish Kitchen": a business named after someone, not them
        if _AT_A_PLACE.search(text, 0, start) and not owner:
            return start, start  # "watch the Black Stars at Baba Yara": a place named after a person, not them
        if famous_person(text, name_start, end, text[name_start:end]):
            return start, start  # "Don Quixote", "Madame Tussauds": a famous name, no one the writer knows
        return start, end
