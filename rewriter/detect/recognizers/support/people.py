"""The second pass: recognizers that read what the others found.

Most recognizers read the text and spaCy's doc. Three build on the people the others found instead:
the other mentions of a name ("starring Borkowski" after "Maciej Borkowski": ``RepeatedNameRecognizer``),
a capitalised word joined by "and" to a person (``CoordinatedNameRecognizer``), and the company after
a person and "of" (``PersonOfCompanyRecognizer``). They are ``SecondPassRecognizer``s: the first pass
asks them nothing, and once every recognizer has run they get the others' results, through Presidio's
own hook for recognizers that read related results, ``enhance_using_context`` (see
``detect/analysis.py``, step 3; Presidio's AnalyzerEngine calls it the same way).

The people they build on are the PERSON results of the recognizers whose ``NAMES_PEOPLE`` says they
name people (spaCy's people after our checks, the name recognizers': not a lone initial such as
"pt K"), in the order the recognizers ran, and the names joined to those by "and".
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from .... import vocab
from . import lexicon
from .base import NAMED_PERSON, OwnRecognizer
from .doc_tokens import is_proper, is_sentence_initial, token_at, token_starts
from .famous_names import is_famous_name
from .lexicon import FUNCTION_WORDS
from .names import WORD
from .public import BRANDS, is_public_mention

# A person's span in the text and the score it was found with.
Person = tuple[int, int, float]

# Scored below the evidence it builds on, and above spaCy's guess at an unknown capitalised word.
JOINED_NAME_SCORE = 0.6


_SENTENCE_END = re.compile(r"[.!?\n]")


def told_after_in_sentence(text: str, person_end: int, start: int, writer: re.Pattern, reach: int = 120) -> bool:
    """Is text[start:] told of the person ending at ``person_end``: after them, in their sentence, within ``reach``
    characters, with no word of the writer's (``writer``: each recognizer's own first person) between?"""
    if person_end > start or start - person_end > reach:
        return False
    between = text[person_end:start]
    return _SENTENCE_END.search(between) is None and writer.search(between) is None


def first_pass_people(results: list[RecognizerResult]) -> list[Person]:
    """The people the first pass named, in the order found."""
    return [
        (r.start, r.end, r.score)
        for r in results
        if r.entity_type == "PERSON" and r.recognition_metadata and r.recognition_metadata.get(NAMED_PERSON)
    ]


# First names that are also everyday words ("Summer", "Hope", "Rich"): see people/word_name.py.
_COMMON_WORD_NAMES = vocab.words("common_word_names")
_BEFORE_AND = re.compile(rf"(?<![\w'’])({WORD})\s+and\s+$")
_AFTER_AND = re.compile(rf"\s+and\s+({WORD})(?![\w'’])")


def names_joined_by_and(text: str, nlp_artifacts, people: list[Person]) -> list[tuple[int, int]]:
    """Capitalised words joined by "and" to one of ``people`` that are names too: "Mason and Lily" when
    only "Lily" was found. An everyday word the dictionary never lists with a capital counts
    mid-sentence ("Tom and Rose"), or at the start when tagged a proper noun ("Lily and Mason"; not
    "Pens and Sam"). Each word once, none inside a person already found, and none that ends or begins
    a famous name ("Burna Boy and Wizkid") or is a listed brand the post does not make a client ("Ozempic and
    Mounjaro questions")."""
    if not people or " and " not in text:
        return []
    doc = getattr(nlp_artifacts, "tokens", None)
    covered = [(s, e) for s, e, _ in people]
    joined = []
    for start, end, _score in people:
        before = _BEFORE_AND.search(text, max(0, start - 40), start)
        after = _AFTER_AND.match(text, end)
        for m in filter(None, (before, after)):
            s, e = m.span(1)
            if any(cs <= s < ce for cs, ce in covered) or not _name_like(m.group(1), s, doc):
                continue
            if is_famous_name(text, s, e, m.group(1)):
                continue  # "Burna Boy and Wizkid": the word is part of a famous name, not a name joined on
            if m.group(1) in BRANDS and is_public_mention(text, s, e, "ORGANIZATION"):
                # "fielding Ozempic and Mounjaro questions", "Xero and Sage": a listed brand beside a word taken for
                # a name is a product, unless the post makes it a client or employer (read by is_public_mention).
                # Not a place: "the Leeds and Doncaster sites" may be a company's own.
                continue
            covered.append((s, e))
            joined.append((s, e))
    return joined


def _name_like(word: str, start: int, doc) -> bool:
    if not lexicon.looks_capitalised(word) or lexicon.is_not_a_name(word) or word.lower() in FUNCTION_WORDS:
        return False
    if lexicon.is_ordinary_word(word) and not lexicon.is_listed_as_name(word):
        if doc is None:
            return False
        # mid-sentence a capital says it is a name ("Tom and Rose"); at the start, the tagger can, or the
        # word is a common first name joined to a person ("Summer and Rich settled in", where the tagger
        # reads a season): a pair of people names both ("Pens and Sam" is no pair of people)
        tok = token_at(doc, token_starts(doc), start)
        return tok is not None and (not is_sentence_initial(doc, tok.i) or is_proper(tok)
                                    or word.lower() in _COMMON_WORD_NAMES)
    return True


def people_named(text: str, nlp_artifacts, people: list[Person]) -> list[Person]:
    """Every person the post names: the first pass's ``people``, then the names joined to them by "and"."""
    joined = names_joined_by_and(text, nlp_artifacts, people)
    return people + [(s, e, JOINED_NAME_SCORE) for s, e in joined]


class SecondPassRecognizer(OwnRecognizer):
    """A recognizer that answers from the first pass's people, not from the text alone."""

    def analyze(self, text, entities, nlp_artifacts=None):
        return []  # the first pass: nothing found yet to build on

    def enhance_using_context(
        self, text, raw_recognizer_results, other_raw_recognizer_results, nlp_artifacts, context=None
    ):
        people = first_pass_people(other_raw_recognizer_results)
        return list(raw_recognizer_results) + self.build_on(text, nlp_artifacts, people)

    def build_on(self, text: str, nlp_artifacts, people: list[Person]) -> list[RecognizerResult]:
        """This recognizer's results, given the people the first pass named (in the order found)."""
        raise NotImplementedError
