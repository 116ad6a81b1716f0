"""Names joined to a person already found are people too. A second-pass recognizer: it reads the people
the first pass named (see support/people.py, where the "and" rule lives, since the others of the second
pass read those names too).

- a capitalised word joined by "and" to a person: "Mason and Lily" when only "Lily" was found;
- a first name directly before a person's surname: "Autumn Reyes on delivery suite" when only "Reyes"
  was found (a first name that is also a word, which the model leaves out). The word must be able to be
  a first name: a name that is also a word (rewriter/data/common_word_names.txt, word_names.txt,
  virtue_names.txt), or one no dictionary knows as a word ("Patience Oyelaran", "Maha Cazares"); not an everyday word ("Yesterday Reyes called", "Producer James Sparks", "Judge
  Mortimer"), a title, role, family, calendar word or greeting (the name recognizers read "Dr Reyes",
  "Auntie Val", "Hi Manlio"), and not after an article ("the Autumn Reyes show" is a thing's name)."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import FAMILY_NOUNS, NAME_TITLES
from ..support.people import JOINED_NAME_SCORE, SecondPassRecognizer, first_pass_people, names_joined_by_and
from .word_name import NAMES_THAT_ARE_WORDS

# A capitalised word and one space, just before a person's span; the word before it, if any, to see
# whether an article makes the pair a thing's name.
_WORD_BEFORE = re.compile(r"(?:(?<![\w'’-])(?P<prior>[\w'’]+)\s+)?(?<![\w'’-])(?P<word>[A-Z][a-z]+(?:-[A-Z][a-z]+)?) $")
_NOT_FIRST_NAMES = (
    NAME_TITLES | FAMILY_NOUNS | vocab.words("address_words") | vocab.words("role_nouns") | vocab.words("role_nouns_more")
    | vocab.words("job_titles") | vocab.words("months") | vocab.words("weekdays")
    # greetings and thanks before a name: "Hi Manlio", "Cheers Okafor"
    | {"hi", "hello", "hey", "dear", "thanks", "thank", "cheers", "congrats", "congratulations", "morning", "evening",
       "night", "bye", "welcome", "yo", "love", "ta", "go", "well", "done"}
)
_ARTICLES = vocab.words("determiners") | {"a", "an", "the"}
_PLACES_AND_ORGANISATIONS = frozenset({"LOCATION", "ORGANIZATION", "FACILITY", "STREET_ADDRESS"})


def first_names_before(text: str, people, places=()) -> list[tuple[int, int]]:
    """(start, end of the person) for each person whose surname follows a first name left out of it; a
    word already found as a place or an organisation (``places``: "from Estonia Vsevolod") is no first name."""
    covered = [(s, e) for s, e, _ in people] + list(places)
    found = []
    for start, end, _score in people:
        m = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if m is None or any(s <= m.start("word") < e for s, e in covered):
            continue
        word = m.group("word")
        if _can_be_first_name(word) and _name_as_well(word) and (m.group("prior") or "").lower() not in _ARTICLES:
            found.append((m.start("word"), end))
    return found


def _can_be_first_name(word: str) -> bool:
    low = word.lower()
    return not (low in FUNCTION_WORDS or low in _NOT_FIRST_NAMES or lexicon.is_not_a_name(word) or len(word) < 2)


def _name_as_well(word: str) -> bool:
    # an everyday word counts only from the lists of names that are words ("Autumn", not "Judge", "Producer")
    return word.lower() in NAMES_THAT_ARE_WORDS or not lexicon.is_ordinary_word(word)


class CoordinatedNameRecognizer(SecondPassRecognizer):
    ORDER = 790  # its results go among the name recognizers'
    ENTITY = "PERSON"
    WHY = "A word joined to a person's name, by 'and' or as the first name before a surname, is a name too."

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results, nlp_artifacts, context=None):
        people = first_pass_people(other_raw_recognizer_results)
        places = [(r.start, r.end) for r in other_raw_recognizer_results if r.entity_type in _PLACES_AND_ORGANISATIONS]
        joined = names_joined_by_and(text, nlp_artifacts, people) + first_names_before(text, people, places)
        return list(raw_recognizer_results) + [self.result(s, e, JOINED_NAME_SCORE) for s, e in joined]

    def build_on(self, text, nlp_artifacts, people):
        return []  # enhance_using_context reads the places found too
