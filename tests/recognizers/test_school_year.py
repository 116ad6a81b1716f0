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
    ],
)
def test_short_forms_a_pupil_by_year_and_irish_classes(find, text, year):
    assert (year, "AGE") in find(text)


def test_an_irish_primary_class(find):
    # the recognizer reads it; the detector reports it only where it could combine with something
    # (rewriter/detect/quasi.py): a teacher's own class alone points at no pupil
    assert texts(SCHOOL_YEAR, "the craic in 2nd class today") == ["2nd class"]
    assert ("2nd class", "AGE") not in find("the craic in 2nd class today")
    assert ("2nd class", "AGE") in find("Aoife in 2nd class is the only child in the parish with a cochlear implant")


@pytest.mark.parametrize("text", ["sent it 2nd class post", "got a 2nd class degree in history", "a 1st class stamp"])
def test_a_second_class_stamp_or_degree_is_no_school_year(find, text):
    assert [f for f in find(text) if f[1] == "AGE"] == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Mentoring a Year 9 at Oakfield High who wants to be a vet.", "Year 9"),
        ("Year 5 at Mossvale Primary smashed the spelling bee!", "Year 5"),
        ("Grade 2 at Saint-Laurent Elementary planted a garden.", "Grade 2"),
        ("The Form 4 boy who ran the whole marathon", "Form 4"),
        ("my JSS3 students aced the test", "JSS3"),
        ("our JHS 1 pupils sang", "JHS 1"),
        ("little Eilidh in P3 told me a secret", "P3"),
        ("pov your Year 7 is the one who set off the alarm", "Year 7"),
    ],
)
def test_school_years_at_a_named_school_by_name_and_by_other_systems(text, found):
    assert found in texts(SCHOOL_YEAR, text)


@pytest.mark.parametrize(
    "text",
    ["I'm in year 2 at uni and loving it", "Meet in Year 2 hall", "It all gets easier in year 2", "Year 3 of the plan starts now"],
)
def test_other_years_are_left(text):
    assert texts(SCHOOL_YEAR, text) == []


# Session 37: school years of Ghana, Nigeria, East Africa and the Caribbean said of one pupil ("SHS 2 girl", "Shanice
# in Form 4"), and "a Year 9 who" standing for the pupil. Every name here is invented.
@pytest.mark.parametrize("text, found", [
    ("Hope came to my office crying again, SHS 2 girl, scared to tell her parents.", "SHS 2"),
    ("Real proud of Tanisha in Form 4 who finally opened up to me.", "Form 4"),
    ("Working with a Year 9 who's got a condition so rare.", "Year 9"),
    ("Got a 9yo boy in Std 2 with a rare syndrome", "Std 2"),
])
def test_a_school_year_of_one_pupil_in_other_systems(text, found):
    assert found in texts(SCHOOL_YEAR, text)


@pytest.mark.parametrize("text", [
    "Year 9 maths is fun, fractions today!",  # a year group said generally
    "I teach Form 2 and Form 3 this year, loving it.",  # the writer's own classes
    "In Form 1 we learn about the water cycle.",
    "If you know you know: the one Year 8 who turns up with a violin case and no violin.",  # a type of pupil
])
def test_a_school_year_said_generally_is_left(text):
    assert texts(SCHOOL_YEAR, text) == []


# A school year after a word of another language, where English would put "in", "a" or "my" before it
@pytest.mark.parametrize("text, found", [
    ("Dokhtar-e Year 8 i ke hamishe shad bood, Mina, was diagnosed with asthma", ["Year 8"]),
    ("Ek Year 9 ka student, bahut tension mein hai", ["Year 9"]),
    ("Mi likkle man inna Year 2 have sickle cell", ["Year 2"]),
])
def test_a_school_year_after_a_word_of_another_language(text, found):
    assert [text[r.start : r.end] for r in SchoolYearRecognizer().analyze(text, None)] == found


@pytest.mark.parametrize("text", [
    "ABRSM Grade 5 theory results are out and I passed",  # an exam board's grade, after an acronym
    "Happy Year 7 induction day everyone",  # after an English word
    "We booked the Tesco Year 3 offer for the staff room",  # after a name inside the sentence
    "Starting Year 2 of my PhD next week",
])
def test_no_school_year_after_a_word_of_another_language(text):
    assert SchoolYearRecognizer().analyze(text, None) == []
