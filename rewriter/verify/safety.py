"""Safety: nothing identifying survives. The detector finds nothing in the candidate, no original span's
text and no token of a detected name is still there after normalisation, and no name or number appears
that the draft did not have."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import vocab
from ..detect.foreign_sentences import article_or_title_of_another_language
from ..detect.place_kinds import FACILITY_KINDS
from ..spans import Span
from ..text import canonical
from .words import STOPWORDS, digit_runs, words_in

# Words that may stay even when they were part of a span: the kinds of things, not which one. (Every
# check that reads this also lets STOPWORDS stay.)
GENERIC_WORDS = frozenset(
    {key for keys, _ in FACILITY_KINDS for phrase in keys for key in phrase.split()}
    | vocab.words("company_words")
    | vocab.words("titles")
    | vocab.words("generic_name_words")
    # a job title in capitals taken into a name ("our GC Marcus" -> "our GC"): who someone is, not who
    | vocab.words("role_acronyms")
    # the words before a name that say who someone is ("Aunty Funmi", "Judge Mortimer"): the rewrite keeps
    # them ("my aunty", "the judge") and they identify nobody on their own
    | {word.strip().lower() for row in vocab.entries("name_titles") for word in row.split(":")[0].split(",")}
    # the kind of business a name ends in ("Greenway Pharmacy" -> "a pharmacy")
    | {word.strip() for row in vocab.entries("business_kinds") for word in row.split(":")[0].split(",")}
)

# The last words of landforms and crossings ("the Third Mainland Bridge" -> "a bridge"): a place's kind, which the
# rewrite keeps; a surname of the same spelling ("Mrs Hill") is still a name's word.
PLACE_KIND_WORDS = frozenset(vocab.meanings("landform_words"))

# First names that are also everyday words: a leak only when written as a name (capitalised mid-sentence).
WORD_NAMES = vocab.words("word_names")


def _contains_words(haystack: str, needle: str) -> bool:
    """Whole-word containment on canonical text."""
    if not needle:
        return False
    return re.search(r"(?<![a-z0-9])" + re.escape(needle) + r"(?![a-z0-9])", haystack) is not None


def _capitalised_as_name(candidate: str, word: str) -> bool:
    """Is ``word`` written with a capital somewhere other than a sentence start in ``candidate``?"""
    for m in re.finditer(r"\b" + re.escape(word) + r"\b", candidate, re.IGNORECASE):
        found = m.group(0)
        if not found[:1].isupper():
            continue
        before = candidate[: m.start()].rstrip()
        if before and before[-1] not in ".!?:\n\"'(":
            return True
    return False


def identifying_tokens(span: Span) -> list[str]:
    """The words of a span that on their own still point at someone or something."""
    tokens = []
    kind = span.kind
    raw = re.findall(r"[^\W\d_][\w'’-]*", span.text)
    for word in raw:
        token = canonical(word).strip("'’-")
        token = re.sub(r"['’]s$", "", token)
        is_name_word = kind.is_name and token in WORD_NAMES
        if len(token) < 2 or token in GENERIC_WORDS or (token in STOPWORDS and not is_name_word) or (
                token in PLACE_KIND_WORDS and not kind.is_name):
            continue
        if len(token) == 2 and word.islower() and len(raw) > 1:
            continue  # "na" of a Tagalog phrase taken for a name points at no one alone: not every "na" must go
        if kind.is_name or (kind.is_proper and word[:1].isupper()):
            tokens.append(token)
    # An article or a title of another language taken into a name ("La Núria de 4t", Catalan's article before a
    # name; "Mme Ntsane") is not what names the person while another word of the span does: as a token it would be
    # struck wherever the post says it ("després de la quimio", Sesotho "mme", and).
    named = [t for t in tokens if not article_or_title_of_another_language(t)]
    return named if named else tokens


def leaks(candidate: str, spans: Iterable[Span]) -> list[str]:
    """What of the original spans survives in ``candidate`` (text, name tokens, numbers)."""
    found: list[str] = []
    canon = canonical(candidate)
    digits = digit_runs(candidate)
    for span in spans:
        phrase = canonical(span.text)
        if not span.kind.is_name and _only_generic(span.text):
            continue  # "Court" in "Court report": the kind of thing, which a rewrite may keep
        if span.kind.is_name and phrase in WORD_NAMES | STOPWORDS:
            if _capitalised_as_name(candidate, phrase):  # "Will" the name, not "will" the verb
                found.append(f"the name '{span.text}' is still there")
            continue
        if _contains_words(canon, phrase):
            found.append(f"'{span.text}' ({span.entity_type}) is still there")
            continue
        for token in identifying_tokens(span):
            if token in WORD_NAMES | STOPWORDS and span.kind.is_name:
                if _capitalised_as_name(candidate, token):
                    found.append(f"the name '{token.capitalize()}' is still there")
                    break
            elif _contains_words(canon, token):
                found.append(f"'{token}' from '{span.text}' is still there")
                break
        else:
            kept = sorted(digit_runs(span.text) & digits)
            if kept:
                found.append(f"the number {kept[0]} from '{span.text}' is still there")
    return found


def _only_generic(text: str) -> bool:
    if re.search(r"\d", text):
        return False
    parts = [re.sub(r"['’]s$", "", canonical(w)) for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    return bool(parts) and all(w in GENERIC_WORDS or w in STOPWORDS for w in parts)


def added_details(candidate: str, draft: str) -> list[str]:
    """Names and numbers in ``candidate`` that ``draft`` did not have: a model must not invent them."""
    reasons = []
    draft_words = set(words_in(draft))
    new_numbers = sorted(digit_runs(candidate) - digit_runs(draft))
    if new_numbers:
        reasons.append(f"adds the number {new_numbers[0]}")
    for m in re.finditer(r"\b[A-Z][a-zA-Z'’-]+", candidate):
        word = m.group(0)
        before = candidate[: m.start()].rstrip()
        if not before or before[-1] in ".!?:\n\"'(-—":
            continue  # a capital at a sentence start says nothing
        key = canonical(word)
        key = re.sub(r"['’]s$", "", key)
        if key not in draft_words and key not in ("i", "i'm", "i've", "i'd", "i'll"):
            reasons.append(f"adds the name '{word}'")
            break
    return reasons


def remaining(final_spans: list[Span]) -> list[str]:
    return [f"'{s.text}' still looks identifying ({s.entity_type})" for s in final_spans]
