"""Session 38's recall classes (the fresh37 blind drafts' false "clean" posts), each on both sides: a name before a
dotted clock time, a child the writer looks after called "my kid", a word-name subject owning "his"/"her" thing, a
lowercase name told "if you see this", a chain's store or branch by its number, an age told with its coming day."""

from __future__ import annotations

import pytest
from conftest import flagged_in

from rewriter.detect.own_family import children_served_names
from rewriter.detect.recognizers.support.software import is_versioned_product


# -- a dotted clock time after a name is when, not a release ---------------------------------------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("Why are Priyanka Venkat's 6.45pm 'small asks' always due first thing?", "Priyanka Venkat"),
        ("Tomasz Wierzbicki's 7.15am standups have broken me", "Tomasz Wierzbicki"),
    ],
)
def test_a_name_before_a_dotted_clock_time_is_a_person(find, text, name):
    assert any(name in t and kind == "PERSON" for t, kind in find(text))


def test_a_product_before_a_dotted_release_is_still_public():
    text = "Finally on Kubernetes 1.29 after a week of yak shaving"
    start = text.index("Kubernetes")
    assert is_versioned_product(text, start, start + len("Kubernetes"), "Kubernetes")
    text = "Tomasz Wierzbicki's 7.15am standups"
    assert not is_versioned_product(text, 0, len("Tomasz Wierzbicki's"), "Tomasz Wierzbicki")


def test_a_possessive_before_a_clock_time_reads_as_the_part_of_the_day(floor):
    out = floor("Honestly Tomasz Wierzbicki's 7.15am standups have broken me.", "engineer")
    assert "Wierzbicki" not in out and "7.15" not in out
    assert "morning standups" in out and "in the morning standups" not in out


def test_its_5pm_is_no_possessive(floor):
    out = floor("Made it to Friday and it's 5pm somewhere, team drinks in the garden.", "engineer")
    assert "it's afternoon somewhere" not in out


# -- "my kid" is a client where the writer looks after other people's children ---------------------------------

@pytest.mark.parametrize(
    "text, role",
    [
        ("Mentee check-in: my kid Jaylen aced the mock interview at the bank today.", None),
        ("My kid Kezia (14) moved in three weeks ago and finally laughed at dinner.", "foster carer"),
        ("Big day, my boy Tayo started at his new school, so proud.", "residential care worker"),
    ],
)
def test_a_child_the_writer_looks_after_is_not_the_writers_own(find, text, role):
    name = next(n for n in ("Jaylen", "Kezia", "Tayo") if n in text)
    assert name in children_served_names(text, role)
    assert flagged_in(find, text, name, role)


@pytest.mark.parametrize(
    "text, role",
    [
        ("My kid Kezia lost her first tooth and the tooth fairy was broke.", "nurse"),
        ("My daughter Kezia baked for the whole house today.", "foster carer"),  # a daughter is the writer's own
        ("My kid Kezia is at respite this weekend so I slept 10 hours.", None),  # a parent's own child
    ],
)
def test_the_writers_own_child_stays_their_own(find, text, role):
    assert children_served_names(text, role) == set()
    assert not flagged_in(find, text, "Kezia", role)


# -- a word-name opening a sentence and doing something to what is theirs -------------------------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("Practice was brutal. Faith rolled her ankle on the last drill.", "Faith"),
        ("Mark finally sat his driving theory after four cancellations!", "Mark"),
        ("Ruby (our new Saturday girl) lost her keys twice in one shift.", "Ruby"),
    ],
)
def test_a_word_name_doing_something_to_what_is_theirs_is_a_person(find, text, name):
    assert (name, "PERSON") in find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Night shift was grim. Faith carried her through, she says.", "Faith"),  # "her" the object
        ("Spring arrived and brought her blossom to the car park.", "Spring"),  # "her" in another clause
        ("Hope is a strange thing to hold on to in this job.", "Hope"),  # no deed, no "her"
    ],
)
def test_a_word_that_owns_nothing_stays_a_word(find, text, word):
    assert not flagged_in(find, text, word)


# -- a lowercase name told "if you see this" -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("Great interview today. anyway tunde if you see this, check your inbox", "tunde"),
        ("siobhan if you're reading this, your charger is in my locker", "siobhan"),
    ],
)
def test_a_lowercase_name_told_to_read_this_is_a_person(find, text, name):
    assert (name, "PERSON") in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "guys if you see this, the rota changed again",
        "bestie if you're reading this, coffee is on me",
        "lads if you see this, training is at 7",
    ],
)
def test_what_readers_are_called_is_no_name(find, text):
    assert find(text) == []


# -- a chain's store or branch by its number ---------------------------------------------------------------

@pytest.mark.parametrize(
    "text, code",
    [
        ("Stocktake at Store 3318 went sideways again.", "Store 3318"),
        ("Whoever did the close at our depot 47 left the shutter up.", "depot 47"),
        ("Transferred to branch no. 0219 from Monday, nervous!", "branch no. 0219"),
    ],
)
def test_a_store_or_branch_by_its_number_is_a_workplace(find, text, code):
    assert (code, "FACILITY") in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "We store 60 boxes of stock in the back room and none are labelled.",
        "Went round the shop 3 times looking for oat milk.",
    ],
)
def test_store_or_shop_with_a_count_is_no_site(find, text):
    assert not [k for _, k in find(text) if k == "FACILITY"]


# -- an age told with the birthday's day ------------------------------------------------------------------------

def test_an_age_told_with_its_coming_day_is_an_age(find):
    text = "Popped in on Morag Duthie, 99 on Friday, and she wants a ceilidh."
    assert ("99", "AGE") in find(text)


def test_a_phone_line_after_a_verb_is_no_age(find):
    text = "Gavin rang, 101 on Friday was engaged for an hour."
    assert ("101", "AGE") not in find(text)


def test_a_possessive_time_before_a_day_reads_as_the_part_of_the_day(floor):
    out = floor("Priyanka Venkat's 6.45pm Thursday 'small asks' have to stop.", "engineer")
    assert "in the evening" not in out and "evening" in out and "6.45" not in out


def test_a_word_for_a_person_served_opening_a_sentence_is_no_name(find):
    # "Guy" here is a guy, not a Guy: the words for the people served are no given names in this slot
    assert not flagged_in(find, "Rough call. Guy put a chisel clean through his palm at the allotment.", "Guy")
