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


def _public_mention_as_before(text, start, end, entity_type):
    """is_public_mention as it read before its checks were put in cheapest-first order."""
    from rewriter.detect.recognizers.support import public as p

    if p.inside_set_phrase(text, start, end):
        return True
    name = p._core(text[start:end])
    if not name or p._private_context(text, start, end):
        return False
    if p.is_software_mention(text, start, end, name):
        return True
    if entity_type == "ORGANIZATION" and p._PERSON_OF_COMPANY.search(text[max(0, start - 40) : start]):
        return False
    after_place_word = p._PLACE_BEFORE.search(text[max(0, start - 30) : start]) is not None
    if (name in p.BIG_PLACES or name in p.BIG_REGIONS) and after_place_word:
        return True
    if name in p.BIG_PLACES and name not in p.BIG_PLACES_NAMED_LIKE_PEOPLE and p._SPOKEN_TO.match(text, end):
        return True
    if name in p.BIG_PLACES_NAMED_LIKE_PEOPLE and p._IN_OR_GOING_TO_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    if (name in p.BIG_REGIONS or name in p.COUNTRIES) and entity_type == "LOCATION":
        return True
    if name in p.BRANDS or name in p.PUBLIC_BODIES:
        return True
    if p._OFFICE.fullmatch(name) or p._inside_office(text, start, end):
        return True
    if entity_type == "ORGANIZATION" and p._NEWS_AFTER.match(text, end):
        return True
    words = name.split()
    if entity_type != "PERSON" or p._KNOWN_PERSONALLY_BEFORE.search(text[max(0, start - 40) : start]):
        return False
    work = p._PUBLIC_WORK_BEFORE.search(text[max(0, start - 40) : start])
    if work and (len(words) >= 2 or work.group("given")):
        return True
    possessive = text[start:end].endswith(("'s", "’s")) or text[end : end + 1] in "'’"
    return len(words) >= 2 and possessive and bool(p._PUBLIC_WORK_AFTER.match(text, end))


MENTIONS = [
    "flying to Lagos next week", "we lost Tesco, our biggest account", "our Leeds clinic is short-staffed",
    "I live in Bristol with Sam", "the Health Secretary said so", "Nvidia shares fell again",
    "sang Vera Lynn at the party", "listening to Brené Brown's podcast", "my friend Maya Angelou's talk",
    "Stefanie F. Schneider from Allianz called", "Lagos, I'm coming home!", "a talk in London by Simon Sinek",
    "bought it at Boots", "proud of Lagos today", "Simon Sinek's book changed me", "quoting Maya Angelou again",
    "a card from Florence", "King Charles visited", "our client Barclays", "my colleague Simon Sinek's talk",
    "moving our site from WordPress to Hugo", "Jack of all trades, our client Jack", "VLOOKUP broke for Sam",
]


def test_a_public_mention_is_judged_as_before():
    from rewriter.detect.recognizers.support.public import is_public_mention

    for text in MENTIONS:
        for m in re.finditer(r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*", text):
            for entity_type in ("PERSON", "LOCATION", "ORGANIZATION"):
                expected = _public_mention_as_before(text, m.start(), m.end(), entity_type)
                assert is_public_mention(text, m.start(), m.end(), entity_type) == expected, (text, m.group(), entity_type)
