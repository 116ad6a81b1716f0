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


@pytest.mark.parametrize("text, kept, gone", [
    ("Dem evict Mr Clovis again, 59 an livin inna di same yard since him born", "again, livin inna", "59"),
    ("Mi client Miss Hyacinth come fi her hearing. Shi 73 an she still a walk", "Shi older an she", "73"),
    ("Nan Kaur kept me up all night, 88 she is an still fitter than me", "all night, still fitter", "88"),
])
def test_the_rewrite_drops_or_bands_the_age_and_keeps_the_sentence(detector, text, kept, gone):
    from rewriter.generalise import generalise

    out = generalise(text, detector.detect(text, role="other"), "other").text
    assert kept in out and gone not in out, out


@pytest.mark.parametrize("text, kept", [
    ("Twins Ama and Esi (both 4) from our clinic said 'dada' today!", "twins from our clinic said"),
    ("Oul Mr Quigley would've been 100 next month, God rest him.", "would've been a year older next month"),
    ("Proud of my mentee Ruby, turning eighteen on Friday and off to uni", "having a milestone birthday"),
    ("Saw Cadoc this morning, the lad from the crash on the news. 15 and carrying all of it alone.", "news. Carrying all"),
])
def test_the_rewrite_of_the_other_new_age_forms_reads_right(detector, text, kept):
    from rewriter.generalise import generalise

    out = generalise(text, detector.detect(text, role="other"), "other").text
    assert kept in out, out
