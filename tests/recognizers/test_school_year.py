"""SchoolYearRecognizer (people/school_year.py): A school year or grade about a person: "a girl in year 9", "my
year 3 kids", "6th grade"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.school_year import SchoolYearRecognizer

SCHOOL_YEAR = SchoolYearRecognizer()


def texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("the only deaf girl in year 9", "year 9"),
        ("Proud of my year 3 kids today", "year 3"),
        ("She's a Year 10 student", "Year 10"),
        ("He's in grade 6 now", "grade 6"),
        ("Her daughter is in Year 10", "Year 10"),
        ("my student's son is in year 9", "year 9"),
        ("my 6th grade class", "6th grade"),
        ("a sixth-grader asked me", "sixth-grader"),
    ],
)
def test_school_years_about_a_person(text, found):
    assert found in texts(SCHOOL_YEAR, text)


@pytest.mark.parametrize(
    "text",
    [
        "in year 2 of my degree",
        # the writer's own child: the writer's own life (issue 10)
        "My daughter is in Year 10",
        "My son is in Year 9 and already taller than me",
        "our eldest starts in year 7 on Monday",
        "the year 9 of 10 went badly",
        "passed a grade 5 piano exam",
        "this year 3 things changed",
        "If you're a new teacher: it gets easier in year 2, I promise.",
    ],
)
def test_years_that_are_not_school_years(text):
    assert texts(SCHOOL_YEAR, text) == []


@pytest.mark.parametrize(
    "text, year",
    [
        ("three disclosures incl one from a yr 8 girl at the academy", "yr 8"),
        ("A Year 11 from my form just messaged me on Snapchat", "Year 11"),
        ("the craic in 2nd class today", "2nd class"),
    ],
)
def test_short_forms_a_pupil_by_year_and_irish_classes(find, text, year):
    assert (year, "AGE") in find(text)


@pytest.mark.parametrize("text", ["sent it 2nd class post", "got a 2nd class degree in history", "a 1st class stamp"])
def test_a_second_class_stamp_or_degree_is_no_school_year(find, text):
    assert [f for f in find(text) if f[1] == "AGE"] == []
