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


@pytest.mark.parametrize("text, age", [
    ("Shout out to the Mensah sisters (both 8) who read at assembly", "(both 8)"),
    ("Our new intake, twins Kofi and Kwame (both 15!), start Monday", "(both 15!)"),
    ("Miss Ettie would've been 104 next week, we still set her chair out", "104"),
    ("The lad from the estate wud have been 19 today. Still raw.", "19"),
    ("Colleague collapsed on shift and they found a rare heart defect at 31", "31"),
    ("Spent the morning with Dougal, he lost his job in the spring. 58 and the gentlest soul on my books.", "58"),
    ("Adaeze told me her dad has left and her mum is ill. 16 with her whole house on her shoulders.", "16"),
])
def test_ages_told_in_brackets_of_both_after_a_death_a_finding_or_opening_a_sentence(text, age):
    assert age in texts(text)


@pytest.mark.parametrize("text", [
    "The squad (all 22 of them) came to the final",  # a count in brackets
    "The old hall would have been 100 next year, now it's flats",  # no person
    "It would've been 10 next week since we opened",  # a thing's anniversary
    "My mam would have been 75 today, miss her",  # the writer's own family
    "I found a great podcast at 7 this morning",  # no condition, and a clock
    "Ward round with Dr Ansah, he was brilliant. 12 with flu on his list alone.",  # a count opening a sentence
    "Handover from Jo, she was shattered. 20 and counting on the waiting list.",  # a count rising
])
def test_brackets_anniversaries_and_counts_are_left(text):
    assert texts(text) == []


def test_an_age_opening_a_sentence_before_what_the_person_is_doing():
    text = "Saw Cadoc this morning, the lad from the crash on the news. 15 and carrying all of it alone."
    assert "15" in texts(text)
    # a count rising, or "nothing" (no verb), after a number opening a sentence is no age
    assert texts("Spoke to the ward manager, she was frank. 30 and rising on the list.") == []
    assert texts("The rota is a mess, she says. 14 and nothing to show for it.") == []


@pytest.mark.parametrize("text, age", [
    # the state the person is in, the clause ending there
    ("Mr Dempsey's care package has sat for 3 weeks and he's stuck on the ward. 89 and bed-blocked. I'm raging.", "89"),
    ("Met the new girl at the drop-in today. 16 and pregnant, and nobody at home knows.", "16"),
    # how they compare, after an emoji that closed the sentence before
    ("Our apprentice on her first day at the site 👷‍♀️ 16 and already faster on the saw than half the crew.", "16"),
])
def test_an_age_opening_a_fragment_of_what_the_person_is(text, age):
    assert texts(text) == [age]


@pytest.mark.parametrize("text", [
    "Ran the new rota past her this morning. 20 and done, thank god.",  # a count of tasks, done
    "Audited the files with him today. 14 and finished by noon.",  # the same, finished
    "Sorted the stockroom with him today. 30 boxes and better than last week.",  # a count of things
    "Long night with her on the ward 😴 8 and exhausted, the lot of us.",  # too small: a headcount as often
    "Checked the ward with her. 24 and signed off by the doctor.",  # a count signed off
])
def test_a_count_opening_a_fragment_is_left(text):
    assert texts(text) == []


def test_the_rewrite_of_an_age_after_an_emoji_opens_the_sentence(detector):
    from rewriter.generalise import generalise

    text = "Our apprentice Keira on her first day at the Larchfield job 👷‍♀️ 16 and already faster than half the crew."
    out = generalise(text, detector.detect(text, role="other"), "other").text
    assert "👷‍♀️ Already faster than half the crew." in out and "16" not in out, out


# an aside of "only" and a number, then "and already/still", after a clause about a person (session 50, fresh49
# "she get so much talent, only 14 an already mo betta than me")
@pytest.mark.parametrize(
    "text, age",
    [
        ("she get so much talent, only 14 an already mo betta than me", "14"),
        ("he runs the whole choir, just 15 and still going", "15"),
    ],
)
def test_only_n_and_already_after_a_person(text, age):
    assert age in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "the tickets went fast, only 14 and already sold out",  # a count of things
        "she came third, only 1 and already out",  # too small for an age told this way
    ],
)
def test_only_n_and_already_of_a_thing_is_left(text):
    assert texts(text) == []
