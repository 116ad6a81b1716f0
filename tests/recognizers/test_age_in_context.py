"""AgeInContextRecognizer (people/age_in_context.py): an age told with no age word, read off the words around
the number. Every name here is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.age_in_context import AgeInContextRecognizer

AGE = AgeInContextRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in AGE.analyze(text, None)]


@pytest.mark.parametrize("text, age", [
    ("Penblwydd hapus to our Mr Ifor Rhydderch, 91 today and still beating me at cards in bay C 🎂", "91"),
    ("Our Mrs Dilworth on the ward, 88 going on 18, tried to escape again", "88 going on 18"),
    ("Mrs Farrant passed away peacefully last night at 97. She taught half the town to swim.", "97"),
    ("An employee told me he's been diagnosed with early-onset Parkinson's at 41. How do I support him?", "41"),
    ("Tyrelle in my class (7) asked why his dad don't pick him up no more", "(7)"),
    ("Si Lola Remedia (101!) still walks to the health centre every month", "(101!)"),
    ("One a di yute dem sen mi a friend request pon IG 😬 him a 14. Advice?", "him a 14"),
    ("Counselling the classmates from the crash. 6th formers, all 17. Some cyaan talk yet.", "17"),
    ("Our only resident who's 106 — yes, the oldest in the county — had visitors fighting today", "who's 106"),
    ("Represented young Marlie in court this morning. 15, in care since she was 4, and so articulate.", "15"),
])
def test_an_age_tied_to_a_person_by_the_words_around_it(text, age):
    assert age in texts(text)


@pytest.mark.parametrize("text", [
    "Busy shift, we saw 40 today, and still the waiting room was full.",  # a count, no birthday
    "Happy birthday Mum, 70 today 🎂",  # the writer's own family
    "My dad died at 80, and I still miss him every day.",  # the writer's own family
    "I was diagnosed with endometriosis at 29, so this campaign matters to me.",  # the writer's own
    "The patient died at 3 this morning, family were with him.",  # a clock time
    "Temp 38 going on 39 all night, finally broke.",  # a reading rising, not an age and a feeling
    "The kids in my class (all 28 of them) loved the trip.",  # a count in brackets
    "Our players, all 12 of them, trained in the rain.",  # a count of the group
    "Results are in. 14, she said, was the highest score.",  # no person in the sentence before
])
def test_a_number_the_words_around_do_not_tie_to_a_person_is_left(text):
    assert texts(text) == []


@pytest.mark.parametrize("text, rewrite", [
    ("Our only resident who's 106 had visitors today.", "who's elderly"),
    ("One a di yute dem sen mi a friend request, him a 14.", "him a teenager"),
    ("Mrs Farrant passed away peacefully last night at 97. Rest easy.", "in old age"),
])
def test_the_rewrite_keeps_the_sentence(detector, text, rewrite):
    from rewriter.generalise import generalise

    out = generalise(text, detector.detect(text, role="nurse"), "nurse").text
    assert rewrite in out, out
    assert not any(n in out for n in ("106", "14", "97")), out
