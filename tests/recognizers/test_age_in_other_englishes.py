"""AgeInOtherEnglishesRecognizer (people/age_in_other_englishes.py): an age told with no copula, "an" for
"and", or the number before "she is". Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.age_in_other_englishes import AgeInOtherEnglishesRecognizer

AGE = AgeInOtherEnglishesRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in AGE.analyze(text, None)]


@pytest.mark.parametrize("text, age", [
    ("Mi client Miss Hyacinth come fi her hearing. Shi 73 an she still a walk from Greenwich Town!", "73"),
    ("Dem evict Mr Clovis again, 59 an livin inna di same yard since him born", "59"),
    ("Caught di likkle yute dem pon CCTV 🙄 14 an swear him a big man", "14"),
    ("Nan Kaur in bay 3 had me runnin all night, 88 she is an still fitter than me", "88"),
    ("Him 16 an got a baby pon di way, lawd", "16"),
])
def test_an_age_in_other_englishes(text, age):
    assert texts(text) == [age]


@pytest.mark.parametrize("text", [
    "Got paid 18 an hour at the new place, not bad",  # "an" before a vowel sound: a rate
    "Bus came at 10:45 an we reach late",  # a clock time after a colon
    "We scored 21 an still lost the final",  # a score: a verb before the number
    "Rota tonight: 6 an me on the floor",  # the writer joining a count
    "My grandad, 92 an still out on his bike",  # the writer's own family
    "Took 2 an left the rest",  # too small for an age told this way
])
def test_numbers_that_are_no_age_are_left(text):
    assert texts(text) == []
