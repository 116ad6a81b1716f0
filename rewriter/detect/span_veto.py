"""A veto on single name guesses: is this span a private identifier, or a public star, a brand, a dish, a word
of another English or language, a public event, the writer's own family?

The detector's PERSON/ORGANIZATION/LOCATION/NRP guesses rest on capitalisation (spaCy's model, the proper-noun
rules), and the rules that drop the public ones (public_figures.py, dishes.py, other_englishes.py...) know
only the words they list. A small classifier (spaCy's bag-of-words textcat, trained by
benchmarks/train_span_veto.py on every labelled draft's final spans, shipped in rewriter/models/span_veto)
reads one span at a time: its own words, its kind and source, its shape, the words around it in its sentence
(with their positions), the writer's role and a few cue words of the whole post. Where it is confident the
span identifies no one, the span goes; any other span (a contact, an address, a number, a watched word, an
age or a date, a name after a title...) is never read here.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np

from .. import vocab
from ..spans import Span
from .recognizers.support import lexicon
from .text_windows import last_end_before

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "span_veto"
LABEL = "PUBLIC"  # the span identifies no one
OTHER = "PRIVATE"
# At or above this P(PUBLIC) a candidate span goes: chosen by benchmarks/train_span_veto.py's folds (leaving
# one writer out, at most 1% of the spans that overlap a labelled identifier are vetoed).
THRESHOLD = 0.94

VETO_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
# spaCy's guesses and the rules that guess a name or a place from capitals and position alone (not from a
# title, a role, an age, a bed, a company ending...)
VETO_SOURCES = frozenset({"language model (spaCy)", "proper noun name rule", "sentence subject name rule",
                          "capitalised place rule", "name in context rule", "repeated name rule",
                          "coordinated name rule", "word name rule"})

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_SENTENCE_END = re.compile(r"[.!?\n]\s|\n")
_REACH = 3
AFFIXES = True
# Extra features tried in session 39 (train_span_veto.py --extra): how much of the span's sentence is outside the
# dictionary (a sentence in another language: "Salamat po sa lahat, Ate Nena"), whether a word of the span also
# appears in lowercase in the post (a common or borrowed word, not a name), and 2- and 4-letter endings (a
# language's morphology). Off unless the shipped model was trained with them.
EXTRA = False
_POST_CUES = vocab.words("own_people") | vocab.words("family_nouns") | {"my", "our", "i", "we", "today", "tonight"}


# Word lists whose membership the classifier reads as a feature of each word of a span ("IN_brands").
_LISTS = ("brands", "famous_people", "big_places", "countries", "festivals", "listed_companies", "landmarks",
          "other_english_words", "other_english_words_more", "code_switch_words", "software_products", "platforms",
          "public_events", "travel_places", "us_states", "word_names", "common_word_names", "pet_words",
          "occupations", "family_nouns", "name_titles")


@functools.cache
def _listed() -> dict[str, tuple[str, ...]]:
    found: dict[str, set[str]] = {}
    for name in _LISTS:
        for entry in vocab.entries(name):
            for w in _WORD.findall(entry.lower()):
                found.setdefault(w, set()).add(name)
            found.setdefault(entry.lower(), set()).add(name + "_whole")
    return {w: tuple(sorted(v)) for w, v in found.items()}


def candidate(span: Span) -> bool:
    """A span the veto may drop: a name-like guess from capitalisation."""
    return span.entity_type in VETO_KINDS and span.source in VETO_SOURCES


def _shape(word: str) -> str:
    if any(c.isdigit() for c in word):
        return "d"
    if word.isupper():
        return "X" if len(word) == 1 else "XX"
    if word[:1].isupper():
        return "Xx" if word[1:].islower() or not word[1:] else "XxX"
    return "x"


# How far either side of a span its sentence is read, at most: longer than any post's sentence, so that a pasted run
# of thousands of characters with no stop is not read whole for every name in it.
_SENTENCE_REACH = 600


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = last_end_before(_SENTENCE_END, text, start, floor=start - _SENTENCE_REACH)
    limit = min(len(text), end + _SENTENCE_REACH)
    m = _SENTENCE_END.search(text, end, limit)
    return left, (m.start() + 1 if m else limit)


def features(text: str, start: int, end: int, kind: str, source: str, role: str = "") -> list[str]:
    """The words the classifier reads for ``text[start:end]``."""
    body = text[start:end]
    words = _WORD.findall(body)
    out = ["BIAS", f"T_{kind}", "S_" + source.replace(" ", "_").replace("(", "").replace(")", ""),
           "SH_" + "_".join(_shape(w) for w in words[:3]), f"N_{min(len(words), 3)}"]
    listed = _listed()
    out.extend(f"IN_{n}" for n in listed.get(body.lower().strip(), ()) if n.endswith("_whole"))
    for w in words:
        low = w.lower()
        out.append(f"W_{low}")
        out.extend(f"IN_{n}" for n in listed.get(low, ()) if not n.endswith("_whole"))
        if AFFIXES and len(low) > 3:
            out.append(f"SUF_{low[-3:]}")
            out.append(f"PRE_{low[:3]}")
        out.append(("DICT" if lexicon.is_dictionary_word(low) else "NODICT")
                   + ("_NAME" if lexicon.is_listed_as_name(low) else ""))
    s0, s1 = _sentence(text, start, end)
    left = _WORD.findall(text, s0, start)[-_REACH:][::-1]
    right = _WORD.findall(text, end, s1)[:_REACH]
    for i in range(_REACH):
        out.append(f"L{i + 1}_{left[i].lower()}" if i < len(left) else f"L{i + 1}_NONE")
        out.append(f"R{i + 1}_{right[i].lower()}" if i < len(right) else f"R{i + 1}_NONE")
    before = text[max(0, start - 1) : start]
    after = text[end : end + 2]
    if before in "#@" and before:
        out.append(f"LP_{before}")
    if after[:1] in ("'", "’"):
        out.append("RP_poss")
    for w in role.lower().split()[:2]:
        out.append(f"ROLE_{w}")
    if EXTRA:
        out.extend(_extra(text, start, end, words, s0, s1))
    post_words = {w.lower() for w in _WORD.findall(text)}
    out.extend(f"P_{w}" for w in sorted(post_words & _POST_CUES))
    if "#" in text:
        out.append("P_hashtag")
    return out


def _extra(text: str, start: int, end: int, words: list[str], s0: int, s1: int) -> list[str]:
    out = []
    for w in words:
        low = w.lower()
        if len(low) > 4:
            out.append(f"SUF2_{low[-2:]}")
            out.append(f"SUF4_{low[-4:]}")
    around = [w.lower() for w in _WORD.findall(text, s0, start) + _WORD.findall(text, end, s1) if w[:1].islower()]
    if len(around) >= 3:
        foreign = sum(not lexicon.is_dictionary_word(w) for w in around) / len(around)
        out.append(f"FOREIGN_{min(int(foreign * 4), 3)}")
    lower_words = set(_WORD.findall(text[:start] + " " + text[end:]))
    if any(w.lower() in lower_words for w in words if w[:1].isupper()):
        out.append("LOWER_ELSEWHERE")
    return out


@functools.cache  # loaded on the first post with a candidate span in it
def _classifier():
    import spacy

    return spacy.load(MODEL_DIR)


@functools.cache
def _reader():
    """The shipped classifier read without thinc's layers (bag_of_words.py), and its label's column."""
    from .bag_of_words import BagOfWords

    nlp = _classifier()
    textcat = nlp.get_pipe("textcat")
    reader = BagOfWords.of(textcat.model, nlp.tokenizer)
    return None if reader is None else (reader, list(textcat.labels).index(LABEL))


def score(tokens: list[str]) -> float:
    """P(the span identifies no one) for the span whose features are ``tokens``."""
    from spacy.strings import hash_string

    read = _reader()
    if read is None:
        from spacy.tokens import Doc

        nlp = _classifier()
        return float(nlp.get_pipe("textcat")(Doc(nlp.vocab, words=tokens)).cats[LABEL])
    reader, column = read
    ids = np.fromiter((hash_string(t) for t in tokens), dtype=np.uint64, count=len(tokens))
    return float(reader.predict(ids)[column])


def is_listed_name(span: Span) -> bool:
    """Does the span hold a word the dictionary lists as a name ("Jennifer", "Grant Fell", "Elizabeth Hanson")?
    Such a span may be anyone's: the veto leaves it to the rules (own family, public performers...)."""
    return any(lexicon.is_listed_as_name(w.lower()) for w in _WORD.findall(span.text))


# Below this many words around the span in its sentence, or in the whole post, the classifier has too little to
# read (it learnt from drafts of 60-400 characters): "What's your name? Elizabeth Hanson", "mika: who are you?"
MIN_SENTENCE_WORDS = 2
MIN_POST_WORDS = 10


def enough_context(span: Span, text: str) -> bool:
    s0, s1 = _sentence(text, span.start, span.end)
    around = len(_WORD.findall(text, s0, span.start)) + len(_WORD.findall(text, span.end, s1))
    post = len(_WORD.findall(text, 0, span.start)) + len(_WORD.findall(text, span.end))
    return around >= MIN_SENTENCE_WORDS and post >= MIN_POST_WORDS


def vetoable(span: Span, text: str) -> bool:
    """A candidate the veto reads: a name guess, not a listed name, with enough words around it."""
    return candidate(span) and not is_listed_name(span) and enough_context(span, text)


def without_vetoed(spans: list[Span], text: str, role: str = "") -> list[Span]:
    """``spans`` minus the name guesses the classifier is confident identify no one, and those in which the
    token tagger (token_veto.py), reading the whole sentence, finds no private token."""
    from . import token_veto

    readable = [s for s in spans if vetoable(s, text)]
    if not readable or (THRESHOLD > 1.0 and token_veto.THRESHOLD <= 0.0):
        return spans
    gone = set()
    if THRESHOLD <= 1.0:
        gone = {id(s) for s in readable
                if score(features(text, s.start, s.end, s.entity_type, s.source, role)) >= THRESHOLD}
    rest = [s for s in readable if id(s) not in gone]
    if rest and token_veto.THRESHOLD > 0.0:
        verdicts = token_veto.vetoed(text, [(s.start, s.end) for s in rest])
        gone |= {id(s) for s, v in zip(rest, verdicts) if v}
    return [s for s in spans if id(s) not in gone]
