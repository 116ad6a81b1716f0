"""AgeInWordsRecognizer (people/age_in_words.py): ages written out ("a ninety-four-year-old gentleman", "aged
eighty seven"), and number words read to their value (support/number_words.py)."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.age_in_words import AgeInWordsRecognizer
from rewriter.detect.recognizers.support.number_words import value_of

AGE = AgeInWordsRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in AGE.analyze(text, None)]


@pytest.mark.parametrize("text, age", [
    ("Lovely chat with a ninety-four-year-old gentleman on the ward today.", "ninety-four-year-old"),
    ("Ninety four yr old Bernard told me about the war.", "Ninety four yr old"),
    ("Mrs H, aged eighty-seven, still does the crossword", "aged eighty-seven"),
    ("she's a hundred and one years young and sharp as a tack", "a hundred and one years young"),
    ("a seventeen year old came in after a fall", "seventeen year old"),
])
def test_an_age_written_in_words_is_found(text, age):
    assert texts(text) == [age]


@pytest.mark.parametrize("text", [
    "A hundred years ago this hospital opened.",  # a count of years, no one's age
    "Ninety years of the club and still going",
    "My nan is ninety-four years old and still driving",  # the writer's own family
    "someone older than me took the shift",  # "one" inside a word is no number
    "twenty minutes late again, the bus is old",
])
def test_words_that_are_not_an_age_are_left(text):
    assert texts(text) == []


@pytest.mark.parametrize("text, value", [
    ("Ninety-four-year-old", 94), ("eighty seven", 87), ("a hundred and one", 101), ("fourteen", 14),
    ("one hundred and two", 102), ("seventy", 70), ("someone", None),
])
def test_number_words_are_read_to_their_value(text, value):
    assert value_of(text) == value


def test_the_age_in_words_is_generalised_as_a_band(detector):
    from rewriter.generalise import generalise

    text = "Ninety-four-year-old Bernard told me about the war."
    out = generalise(text, detector.detect(text, role="nurse"), "nurse").text
    assert out == "An older patient told me about the war.", out


@pytest.mark.parametrize("text, age", [
    ("So proud of my mentee Ruby, turning eighteen on Friday and off to uni", "turning eighteen"),
    ("Mr Oyelaran just turned ninety-two. Still does the crossword in pen.", "turned ninety-two"),
])
def test_a_birthday_told_in_words_is_an_age(text, age):
    assert texts(text) == [age]


@pytest.mark.parametrize("text", [
    "The cafe turns ten this month, come celebrate",  # a business's anniversary
    "She turned one corner and there it was",  # no clause end: no age
    "He turned three pages and gave up",  # a count
])
def test_turned_and_a_number_word_that_is_no_age(text):
    assert texts(text) == []
