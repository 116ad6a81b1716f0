"""The cheap checks that let a recognizer skip work never skip a match: each agrees with the full
check it stands in front of."""

from __future__ import annotations

import re

import pytest

from rewriter.detect.recognizers.people import proper_noun_name
from rewriter.detect.recognizers.places import street_address
from rewriter.detect.recognizers.support import lexicon
from rewriter.detect.recognizers.support.names import NAME_SHAPE

STREETS = [
    "Send it to Koskikatu 25, Helsinki.",
    "6750 Koskikatu 25 Apt. 864",
    "She moved to Hammarvägen 15 last spring.",
    "Loorenstrasse 149. Erzsébet tér 19.",
    "Office: Keizersgracht 123, Amsterdam",
    "Meet at 14 Crown Street at 3pm, 2 of us.",
    "Shift 3 of 4 on ward 7, 20 patients.",
    "Koskikatu is a street; no number here 25 later.",
]


@pytest.mark.parametrize("text", STREETS)
def test_the_ending_then_number_check_is_found_wherever_the_pattern_matches(text):
    pattern = next(p for p in street_address._PATTERNS if p.name == street_address._NEEDS_ENDING_THEN_NUMBER)
    matches = re.search(pattern.regex, text) is not None
    assert not matches or street_address._ENDING_THEN_NUMBER.search(text) is not None


def test_the_street_recognizer_finds_as_much_with_and_without_the_check():
    recognizer = street_address.StreetAddressRecognizer()
    for text in STREETS:
        gated = [(r.start, r.end, r.score) for r in recognizer.analyze(text, None)]
        recognizer_all = street_address.StreetAddressRecognizer()
        recognizer_all._without_ending_then_number = recognizer_all._compiled  # no skipping
        assert gated == [(r.start, r.end, r.score) for r in recognizer_all.analyze(text, None)]


WORDS = ["Todd", "Mehrudin", "Fortaleza", "Healing", "Software", "NHS", "jacob", "Phone:0490", "Monday",
         "McDonald", "LinkedIn", "Ó", "Grace", "Opencounter", "Sooo", "4B", "Dr.", "Kópavogur"]


@pytest.mark.parametrize("word", WORDS)
def test_a_word_is_a_name_candidate_by_spelling_as_before(word):
    before = (
        lexicon.looks_capitalised(word)
        and not lexicon.is_not_a_name(word)
        and NAME_SHAPE.fullmatch(word) is not None
        and not lexicon.is_ordinary_word(word)
    )
    assert proper_noun_name._could_be_name(word) == before
