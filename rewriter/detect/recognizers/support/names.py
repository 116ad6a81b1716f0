"""What the name recognizers share: the shape of a word of a name, the words that may be one, the
role nouns that introduce one, and a base class that checks every word of a match.

spaCy's small English model finds "Gregory Walsh" but misses "my colleague Will", "mr patel",
"Noah P.", "emma from my thursday group" and most names it has not seen; each recognizer in
``people/`` reads one kind of evidence for a name, and most of them build on ``PersonRegexRecognizer``.
"""

from __future__ import annotations

import re

from .... import vocab
from . import lexicon
from .base import RegexRecognizer
from .doc_tokens import is_proper, token_at, token_starts
from .lexicon import FUNCTION_WORDS
from .set_phrases import inside_set_phrase

# A word of a name: letters with inner apostrophes or hyphens ("O'Neill", "Jean-Luc", "Ó Briain").
WORD = r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*"
# The same, capitalised (checked again in code, since re has no Unicode uppercase class).
CAPITALISED_WORD = r"(?=[^\W\d_a-zß-ÿ])" + WORD
# Particles inside names: "Willemine ten Pas", "Ludwig van Beethoven", "Maria da Silva".
PARTICLE = vocab.alternation("name_particles")
PARTICLES = vocab.words("name_particles")
# A word of a place's name, as facilities are named: "St Mary's", "Oakfield", "Leeds".
PLACE_NAME_WORD = r"(?:St\.?|[A-Z][\w'’-]*)"
NAME_SHAPE = re.compile(rf"{WORD}\.?")


def _plural_alternation(words: list[str]) -> str:
    """``words`` as a regular expression alternation in their order, a singular and its plural as one
    branch ("colleague", "colleagues" -> ``colleagues?``, one test per position instead of two), a space
    in an entry matching any run of spaces ("line manager")."""
    present = set(words)
    branches = []
    for word in words:
        if word.endswith("s") and word[:-1] in present:
            continue  # taken with its singular
        branch = re.escape(word).replace(r"\ ", r"\s+")
        branches.append(branch + "s?" if word + "s" in present else branch)
    return "(?:" + "|".join(branches) + ")"


# Role, family and relationship nouns that are followed by a name in posts ("my colleague Will"), the
# shared ones first ("client" is tried before "client company"). The name rules have never read a name
# after the few below, and still do not, for the same results.
_NO_NAME_AFTER = {
    "graduate", "team-mate", "mam", "gran", "service-user", "learner", "counselor", "surgeon", "paramedic",
    "caregiver", "receptionist", "headteacher", "principal", "dentist", "pharmacist",
}
ROLE_NOUNS = _plural_alternation(
    [w for w in vocab.entries("role_nouns") if w not in _NO_NAME_AFTER] + list(vocab.entries("role_nouns_more"))
)

# Courtesy and professional titles before a name ("Dr. Okafor", "Cllr Hughes"): the shared ones, with the
# local government and church abbreviations, and without "Lady" and "Lord", which the name rules never read.
NAME_TITLES = (vocab.words("titles") - {"lady", "lord"}) | {"revd", "cllr", "councillor"}

# "my colleague Will", "her sister May": capitalised, these are names.
_NAMES_THAT_ARE_FUNCTION_WORDS = frozenset({"will", "may"})
# "Mom", "Dad", "Uncle": the writer's own family, called by what they are to the writer.
FAMILY_NOUNS = vocab.words("family_nouns")


# Phrases whose object is a person, not a place: "so proud of Ethan", "let go of Samantha", "sit with
# Mr Okafor", "shoutout to Priya". ("visited" and "called" are left out: "visited Lisbon", "a town called Hope".)
_PERSON_SLOT = re.compile(
    r"\b(?i:proud\s+of|let\s+go\s+of|(?:sit|sat|sitting|sits)\s+with|shout-?outs?\s+to|shout\s+outs?\s+to|"
    r"thanks\s+to|thank\s+you\s+to|congratulations\s+to|congrats\s+to|(?:talked|talking|talk|spoke|speak|speaking)\s+(?:to|with)|"
    r"met|met\s+with|hugged|hug)\s+$"
)


def in_person_slot(text: str, start: int) -> bool:
    """True when the word at ``start`` is the object of a phrase that takes a person ("proud of Ethan")."""
    return _PERSON_SLOT.search(text[max(0, start - 40) : start]) is not None


def acceptable_name(word: str, tok=None) -> bool:
    """A word that a strong context may call a name: never a function word; a dictionary word only
    when capitalised or tagged as a proper noun ("Will" after "my colleague" yes, "tired" no)."""
    w = word.lower()
    if len(w) < 2 or lexicon.is_not_a_name(word) or lexicon.is_emphasis(word):
        return False  # "ICU", "AGAIN"
    if w in FAMILY_NOUNS and not lexicon.is_listed_as_name(w):
        return False  # "thank you Mom": the writer's own family, no one's name
    if w in FUNCTION_WORDS and not (word[0].isupper() and w in _NAMES_THAT_ARE_FUNCTION_WORDS):
        return False
    if word[0].isupper() or not lexicon.is_ordinary_word(w):
        return True
    return tok is not None and is_proper(tok)


# The attribute of a text's nlp_artifacts that holds, by recognizer name, what ``regex_spans`` gave for
# the text, found ahead by the helper process (detect/offload.py).
PREMATCHED = "rewriter_prematched"


class PersonRegexRecognizer(RegexRecognizer):
    """Regex recognizers for people: the named group ``span`` of each pattern is the name, and each of
    its words is checked (``trim``); the second pass builds on what they find."""

    ENTITY = "PERSON"
    NAMES_PEOPLE = True
    # Its patterns read only the text (``trim`` reads the doc): the helper process may find their matches
    # while spaCy runs here. Together these scans cost about 0.2 ms a post. False for a subclass whose
    # analyze does not go through this one's.
    PREMATCH = True

    def regex_spans(self, text: str) -> list[list[tuple[int, int]]]:
        """For each pattern, in order, the group ``span`` of each of its matches in ``text``."""
        return [[m.span("span") for m in regex.finditer(text)] for regex, _ in self._compiled]

    def analyze(self, text, entities, nlp_artifacts=None):
        doc = getattr(nlp_artifacts, "tokens", None)
        starts = token_starts(doc) if doc is not None else []
        prematched = getattr(nlp_artifacts, PREMATCHED, None)
        found = prematched.get(self.name) if prematched else None
        if found is None or len(found) != len(self._compiled):
            found = self.regex_spans(text)
        results = []
        for (regex, score), spans in zip(self._compiled, found):
            for start, end in spans:
                start, end = self.trim(text, start, end, doc, starts)
                if start >= end or inside_set_phrase(text, start, end):
                    continue  # "it's Murphy's Law": a set phrase names no one, whatever the context
                results.append(self.result(start, end, score, text[start:end]))
        return results

    def trim(self, text: str, start: int, end: int, doc, starts) -> tuple[int, int]:
        """Keep the leading run of words that pass ``acceptable_name``; drop the rest."""
        last = start
        for w in re.finditer(WORD, text[start:end]):
            tok = token_at(doc, starts, start + w.start()) if doc is not None else None
            word = w.group()
            if len(word) == 1 or lexicon.is_not_a_name(word):
                break
            if not (acceptable_name(word, tok) or word.lower() in PARTICLES):
                break
            last = start + w.end()
        # a trailing particle is not part of the name
        while last > start:
            tail = re.search(rf"\s*\b{PARTICLE}$", text[start:last])
            if not tail:
                break
            last = start + tail.start()
        return start, last
