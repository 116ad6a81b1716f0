"""AgeInAnAsideRecognizer (people/age_in_an_aside.py): a bare age in an aside about one person: closing the
sentence after a word for them, guessed, a list of children's ages, before an occupation, or "N years" as Indian
English tells it. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.age_in_an_aside import AgeInAnAsideRecognizer

AGE = AgeInAnAsideRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in AGE.analyze(text, None)]


@pytest.mark.parametrize("text, age", [
    ("Mrs K. came back a third time this week for the morning-after pill for her daughter, 14. I'm worried.", "14"),
    ("Room 12 checked in a lady with bruises and a little boy maybe 5, paid cash, asked us not to tell.", "5"),
    ("A lass about 15 or so was sleeping in the bus shelter again", "15"),
    ("A dad, Bashir, came in with his 4 kids, 12, 9 and 5. His wife's residency was cancelled.", "12, 9 and 5"),
    ("Detention cert done for a lad fae Kinloch the day, 23, fisherman, convinced the boat wis bugged.", "23"),
    ("Yesterday Ramesh's son Bablu fell from the roof, 9 years, wrist fracture. Whole village came.", "9 years"),
    ("Mr Rao had a last wish, dosa from the corner shop. He ate two bites and smiled. 71 years only, too early.", "71 years"),
])
def test_a_bare_age_in_an_aside(text, age):
    assert texts(text) == [age]


@pytest.mark.parametrize("text", [
    "Picked up my daughter, 15.",  # the writer's own family
    "Met a man about 6 foot tall at the door.",  # a height after the guess
    "A guy about 20 minutes late, again",  # a time after the guess
    "Got 3 kids, 2 dogs and a cat lol.",  # counts of things
    "My kids, 4 and 7, loved it.",  # the writer's own children
    "Shift report: beds 4, 12, nurse in charge Sam.",  # bed numbers, no one the sentence is about
    "He worked there, 11 years, no raise.",  # years of service: no child in the sentence
    "We finished the project. 10 years only, we said.",  # no one spoken of
    "Our top 10, 24/7 helpline, call it.",  # neither an age nor an aside
    "Final score 3, 2 and 1 in the three rounds.",  # scores
])
def test_numbers_that_are_no_age_are_left(text):
    assert texts(text) == []


@pytest.mark.parametrize("text, kept, gone", [
    ("Room 12 checked in a lady with bruises and a little boy maybe 5, paid cash.", "a little boy, paid cash", "5"),
    ("A dad, Bashir, came in with his 4 kids, 12, 9 and 5. His wife's residency was cancelled.", "his 4 kids. His", "12"),
    ("Yesterday Ramesh's son Bablu fell from the roof, 9 years, wrist fracture.", "from the roof, wrist fracture", "9"),
    ("Mr Rao had a last wish. He ate two bites and smiled. 71 years only, too early.", "smiled. So young, too early.", "71"),
    ("Mrs K. came back for the morning-after pill for her daughter, 14. I'm worried.", "for her daughter. I'm", "14"),
])
def test_the_rewrite_drops_the_aside_and_keeps_the_sentence(detector, text, kept, gone):
    from rewriter.generalise import generalise

    out = generalise(text, detector.detect(text, role="other"), "other").text
    assert kept in out and gone not in out, out
