"""CourseCodeRecognizer (numbers/course_code.py): Course and module codes: "PSY101", "CS 201 lecture", "module
BIO 1010"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.numbers.course_code import CourseCodeRecognizer

COURSE = CourseCodeRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Marking PSY101 essays all weekend", "PSY101"),
        ("My CS 201 lecture ran over", "CS 201"),
        ("module BIO1010 starts Monday", "BIO1010"),
        # a tag with digits that are no year is still a class's code
        ("Exam week! #PSY101 #stressed", "PSY101"),
        ("Revision for #MATH2710 all night", "MATH2710"),
        # a year with no tag is a course's number too
        ("Marking MATH2010 scripts", "MATH2010"),
    ],
)
def test_course_codes(text, found):
    assert texts(COURSE, text) == [found]


@pytest.mark.parametrize("text", [
    # a tag of letters and a year: a public day, exam or tournament everyone posts about
    "Proud to be one of you. #IDM2024 #midwives", "Trust your preparation. #KCSE2024", "Watching the #WWDC2025 keynote tonight",
    "Got an RTX4090 at last", "ISO 9001 audit today", "Played MP3 files", "NHS 111 call"])
def test_not_course_codes(text):
    assert texts(COURSE, text) == []
