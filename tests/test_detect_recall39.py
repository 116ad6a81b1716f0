"""Session 39's recall classes (the fresh38 blind drafts' false "clean" posts), each on both sides with wording
written for these tests: a day and month with no year after a word of dating ("born 03/11"), a staff count beside
the size of the place it serves ("38 beds, 41 staff"), a nursery's or school's named room or class ("the Koala
room"), a coach's or teacher's "my 11-yr-old" of a child they coach, a pregnancy's stage said in another language ("6 months hapū"), and "only one" scoped with
another language's "in" ("Only one sa Region VIII")."""

from __future__ import annotations

import pytest
from conftest import flagged_in

from rewriter.review import Reviewer
from rewriter.review.reviewer import RULES


# -- a day and month with no year, after a word that dates it ----------------------------------------------------

@pytest.mark.parametrize(
    "text, date",
    [
        ("Welcome to the world little Tobiah, born 21/09 at 02:40 weighing 7lb 1oz!", "21/09"),
        ("Mrs Adeyemi's tribunal got put back to 4/22 again, third time this year.", "4/22"),
        ("Tamsin Okafor was admitted on 17/08 with her second bleed this year.", "17/08"),
    ],
)
def test_a_day_and_month_after_a_dating_word_is_a_date(find, text, date):
    assert any(date in t and kind == "DATE_TIME" for t, kind in find(text))


@pytest.mark.parametrize(
    "text, shape",
    [
        ("Mr Okafor rated the ward's shepherd's pie 7/10 and asked for seconds.", "7/10"),
        ("Half the class, Priya Shah included, thinks 3/4 of a cake is more than 6/8 of one.", "3/4"),
        ("Ruth Ibe told me the crisis line runs on 24/7 staffing.", "24/7"),
        ("1/2 thread on Harriet Oyelaran's brilliant talk at the RCN congress", "1/2"),
    ],
)
def test_a_score_a_share_or_a_thread_counter_is_no_date(find, text, shape):
    assert not any(shape in t for t, _ in find(text))


# -- the staff beside the size of the place ----------------------------------------------------------------------

def test_a_staff_count_beside_a_bed_count_is_a_figure(find):
    text = "So proud of Willowmere Court: 52 beds, 47 staff and not one agency shift this quarter."
    assert flagged_in(find, text, "47 staff")


def test_a_staff_count_beside_residents_is_a_figure(find):
    text = "Flu has hit Rosebank Lodge, 14 residents and 6 carers off this week."
    assert flagged_in(find, text, "6 carers")


@pytest.mark.parametrize(
    "text",
    [
        "Only 3 staff on the late shift again, I'm running on fumes.",
        "My two kids and 5 teachers from my old school came to the fundraiser.",
    ],
)
def test_a_staff_count_alone_is_a_rota_not_a_place(find, text):
    assert not any("staff" in t or "teachers" in t for t, _ in find(text))


# -- a nursery's or school's room or class by its own name -------------------------------------------------------

@pytest.mark.parametrize(
    "text, room",
    [
        ("Little Zubair from the Hedgehog room painted his first rainbow today 🌈 so proud of our wee ones", "Hedgehog room"),
        ("Such a lovely moment when Ana in Tōtara class read to the whole school at assembly", "Tōtara class"),
        ("Sports day for the kids (age 6, Puffins class) was chaos and sunshine", "Puffins class"),
    ],
)
def test_a_named_room_or_class_in_a_childrens_post_is_a_place(find, text, room):
    assert flagged_in(find, text, room)


@pytest.mark.parametrize(
    "text, words",
    [
        ("The kids in the Baby room and the Toddler room both napped at once, a miracle", ("Baby room", "Toddler room")),
        ("Back to my Pilates class tonight after a long week with the kids at school", ("Pilates class",)),
        ("Pure class. My pupils smashed the French class quiz today.", ("Pure class", "French class")),
        ("Booked the Harbour room for the board away-day next month.", ("Harbour room",)),
    ],
)
def test_a_kind_of_room_or_a_room_outside_a_childrens_post_is_left(find, text, words):
    found = find(text)
    assert not any(w in t for w in words for t, _ in found)


# -- "my 11-yr-old" of a child the writer coaches or teaches -----------------------------------------------------

def test_a_coachs_my_9yo_of_the_swimmer_they_coach_is_an_age(find):
    text = "Massive shoutout to my 9-yr-old Keira Mbeki who smashed her 50 fly PB!! been coaching her since she was 5."
    assert any("9-yr-old" in t and kind == "AGE" for t, kind in find(text, "coach"))


@pytest.mark.parametrize(
    "text",
    [
        "So proud of my 9-yr-old Lottie, first swimming badge today! Pizza night 🍕",
        "Coaching him this season at the club has been a joy, my 9-year-old son is a natural.",
    ],
)
def test_the_writers_own_child_stays_own(find, text):
    assert not any("year-old" in t or "yr-old" in t for t, _ in find(text, "coach"))


# -- a pregnancy's stage in another language ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, stage",
    [
        ("Met Mereana at the bus stop again, she's 7 months hapū and sleeping in her car.", "7 months"),
        ("Si Ate Joy na taga-Tondo, 5 months buntis na pero nagtitinda pa rin.", "5 months"),
    ],
)
def test_a_pregnancys_stage_in_another_language_is_a_clinical_value(find, text, stage):
    assert flagged_in(find, text, stage)


def test_a_hapu_as_a_kin_group_is_no_pregnancy(find):
    text = "Our hapū met at the marae, 6 months of planning for the new wharekai done."
    assert not flagged_in(find, text, "6 months")


# -- "only one" scoped in another language -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def reviewer():
    return Reviewer(rules=[rule() for rule in RULES], model=False)


def test_only_one_with_another_languages_in_is_a_rarity(reviewer):
    text = "Yung client namin, na-diagnose with Wilson's disease. Only one sa Mindanao this year daw."
    assert "rare_or_unique" in {r.kind for r in reviewer.review(text, [])}


def test_only_one_then_an_english_word_is_no_rarity(reviewer):
    text = "Only one na lang ang natira sa pizza, sino kukuha?"
    assert "rare_or_unique" not in {r.kind for r in reviewer.review(text, [])}
