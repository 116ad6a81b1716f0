"""Shortcuts taken for speed in detection give the answers of the longer way (issue 11's budget)."""

from __future__ import annotations

import re

import pytest

from rewriter.detect.recognizers.support import set_phrases

TEXTS = [
    "Jack of all trades, master of paperwork. Jack said so himself.",
    "Bob's your uncle and Murphy's law, said Jack to Bob.",
    "Bob’s your uncles were here; jack in the boxes too. Sod's lawyer called.",
    "Met Jack and Bob at the Murphy's law firm. Peeping Tom Jones is a nosy parkerish man.",
    "Nothing to see here: Priya and Tom went to Leeds.",
    "x" * 50 + " jack-of-all-trades " + "y" * 50,
]


def _windowed(text: str, start: int, end: int) -> bool:
    left = max(0, start - 40)
    return any(left + m.start() <= start and end <= left + m.end()
               for m in set_phrases._NAME_IDIOMS.finditer(text, left, end + 40))


@pytest.mark.parametrize("text", TEXTS)
def test_a_set_phrase_is_found_in_every_window_exactly_as_before(text):
    # every span of whole words, and every span ending anywhere (the window's end can cut a word)
    words = [m.span() for m in re.finditer(r"\S+", text)]
    spans = {(a, b) for i, (a, _) in enumerate(words) for _, b in words[i : i + 4]}
    spans |= {(a, e) for a, _ in words for e in range(a + 1, min(len(text), a + 30))}
    for start, end in sorted(spans):
        assert set_phrases.inside_set_phrase(text, start, end) == _windowed(text, start, end), (start, end)


def test_a_post_with_no_set_phrase_is_searched_once():
    set_phrases._may_hold_set_phrase.cache_clear()
    text = TEXTS[4]
    for start in range(0, len(text) - 5, 3):
        assert not set_phrases.inside_set_phrase(text, start, start + 5)
    info = set_phrases._may_hold_set_phrase.cache_info()
    assert info.misses == 1 and info.hits > 5


PET_TEXTS = [
    "My dog Pretzel ate a sock. Pretzel is fine now.",
    "Pickle the cockapoo says hi",
    "walkies with Biscuit before work",
    "Mabel's vet bill was huge",
    "Luna the spaniel came in for her jabs at the clinic",
    "Spoke to Marcus about his dad's care plan today.",
    "Our new puppy Mabel, our DOG Rolo and my CAT's flea treatment",
    "Tom’s lead came off at the park",
]


def _own_pets_without_shortcut(text: str) -> frozenset[str]:
    from rewriter.detect.recognizers.support import not_people as n

    owned = {m.group("name") for m in n._OWNED_PET_NAMED.finditer(text)}
    named = {m.group("after_kind") or m.group("before_kind") for m in n._PET_NAMED.finditer(text)}
    if named <= owned or n._ANIMAL_WORK.search(text):
        return frozenset(owned)
    return frozenset(owned | named)


@pytest.mark.parametrize("text", PET_TEXTS + TEXTS)
def test_the_writers_own_pets_are_found_exactly_as_before(text):
    from rewriter.detect.recognizers.support import not_people

    not_people.own_pet_names.cache_clear()
    assert not_people.own_pet_names(text) == _own_pets_without_shortcut(text)


def test_a_post_with_an_animal_still_names_it():
    from rewriter.detect.recognizers.support import not_people

    assert not_people.own_pet_names(PET_TEXTS[0]) == {"Pretzel"}
    assert not_people.own_pet_names("Mabel's lead snapped again") == {"Mabel"}
