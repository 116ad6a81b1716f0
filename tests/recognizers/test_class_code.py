"""ClassCodeRecognizer (numbers/class_code.py): Class and form codes in a school: "parents of 4B", "my 10C
class", "Jayden in 4B"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.numbers.class_code import ClassCodeRecognizer

CLASS = ClassCodeRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Reminder for parents of 4B: swimming on Wednesday", "4B"),
        ("my 10C class were wild", "10C"),
        ("Form 7K won the quiz", "7K"),
    ],
)
def test_class_codes(text, found):
    assert texts(CLASS, text) == [found]


@pytest.mark.parametrize("text", ["Ran a 5K class at the gym", "kids in 4G signal areas", "the 2FA group chat"])
def test_not_class_codes(text):
    assert texts(CLASS, text) == []


@pytest.mark.parametrize(
    "text, code",
    [
        ("Jayden in 4B asked me if I was sad today.", "4B"),
        ("a boy in 3C cried today", "3C"),
        ("she is in 6R now and loving it", "6R"),
    ],
)
def test_a_class_code_after_a_person_and_in(find, text, code):
    assert (code, "REFERENCE_NUMBER") in find(text)


@pytest.mark.parametrize("text", ["Meet in 2B at noon.", "We live in 5G land now.", "Flat in 2B is empty."])
def test_in_and_a_code_without_a_person_is_no_class(find, text):
    assert [f for f in find(text) if f[1] == "REFERENCE_NUMBER"] == []


@pytest.mark.parametrize(
    "text, code",
    [("So proud of Tomasz from 8R today", "8R"), ("Well done Idris Okafor from 10B!", "10B"), ("The girls of Class 5-A won", "5-A")],
)
def test_a_class_code_after_a_name_and_from_or_a_hyphen(text, code):
    assert code in texts(CLASS, text)


@pytest.mark.parametrize("text", ["Flights from 2B gate are delayed", "We moved Tuesday from 4G to 5G"])
def test_from_and_a_code_without_a_name_is_no_class(text):
    assert texts(CLASS, text) == []
