"""Session 37's classes of post-level risks the fresh sets' writers told and the review missed, or raised on a
harmless post (issue 11), each with a near-miss on the other side. Every name here is invented."""

from __future__ import annotations

import pytest
from review_helpers import kinds, span


# -- health told of one pupil: a school year in another school system, self-harm by its noun, opening up ---------


@pytest.mark.parametrize(
    "text",
    [
        "Marisol came to my office again, JSS 3 girl, pregnant and terrified.",
        "A Grade 7 boy told me today he has diabetes and nobody at home knows.",
    ],
)
def test_a_pupil_by_a_school_year_of_another_system(text):
    assert "health_detail" in kinds(text)


def test_a_school_year_alone_is_no_one():
    assert "health_detail" not in kinds("Teaching Form 4 biology tomorrow: diabetes and the pancreas.")


def test_self_harm_by_its_noun_of_a_named_pupil():
    text = "So proud of Delphine in my form who finally opened up to me bout the cutting."
    assert "health_detail" in kinds(text, [span(text, "Delphine", "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "Proud of Delphine, who is on the cutting edge of pastry.",
        "Delphine edited the cutting room scenes all week.",
    ],
)
def test_cutting_of_a_thing_is_no_harm(text):
    assert "health_detail" not in kinds(text, [span(text, "Delphine", "PERSON")])


def test_kept_from_their_family_points_to_one():
    assert "health_detail" in kinds("A girl came in crying, pregnant and scared to tell her parents.")
    assert "health_detail" not in kinds("A girl came in crying about her exam, scared to tell her parents.")


def test_a_fragment_goes_on_with_the_person_before_it():
    text = "wee Corrie on the ward made me a card today. chemo round 3 done 💪"
    assert "health_detail" in kinds(text, [span(text, "Corrie", "PERSON")])
    near = "Lovely card from Corrie today. I finished my chemo nursing module 💪"
    assert "health_detail" not in kinds(near, [span(near, "Corrie", "PERSON")])


# -- a small place by a hedged size; readers told they know who ----------------------------------------------


def test_a_small_place_by_a_guessed_size_and_readers_who_know():
    assert "small_community" in kinds("Weirdest claim ever for a goat in a hot tub. Town of about 400 so you know who I'm on about 😂")
    assert "small_community" not in kinds("Weirdest claim ever for a goat in a hot tub. Town of about 40,000 people.")


# -- harmless: a complaint at a thing, the workplace loved, a head that is the writer's own -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "It's 8am, the photocopier's jammed AGAIN and you've got Year 10 at 9 😭",
        "Love the kids, hate the forms. #fostering",
        "the baby room at 3pm is pure CHAOS 😂 someone's eating crayons. love my job tho",
        "Thanks all for putting up with me moaning all term. Cake the size of my head tonight.",
    ],
)
def test_a_complaint_at_a_thing_or_at_the_writer_s_own_is_no_venting(text):
    assert "venting" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My head changed the rota AGAIN without telling anyone.",
        "Love the kids, hate the new deputy head.",
        "My head said to stop moaning about the rota. Useless.",
    ],
)
def test_a_complaint_at_someone_from_work_is_still_venting(text):
    assert "venting" in kinds(text)


# -- the writer's own repeated feeling shouted; a court's calendar -------------------------------------------------


def test_the_writer_s_own_feeling_shouted_is_no_venting():
    text = "Read Paper Lanterns with my Year 8 form for the 5th year and I STILL cry at the end."
    assert "venting" not in kinds(text)
    near = "I STILL haven't heard back from my manager about the rota."
    assert "venting" in kinds(near)


def test_a_court_s_vacation_is_the_system_not_a_case():
    assert "ongoing_case" not in kinds("High Court vacation starts and every advocate I know is off with the family 😂")
    assert "ongoing_case" in kinds("My client's custody hearing is next week, before the court vacation.")


# -- an acquisition still to come; a clip shared by how to watch it; a family's case by its name ------------------


def test_an_acquisition_still_to_come_that_staff_have_not_heard():
    assert "confidential_business" in kinds(
        "Big news: Birchfold Care will be acquired by Tallow Health in Q2. Staff, I know you haven't heard yet!")
    assert "confidential_business" not in kinds("Read a good book on how firms get acquired and what it means for staff.")


def test_a_clip_of_someone_served_told_by_how_to_watch_it():
    text = "Our resident Perpetua, 94, danced at the harvest social today 💃 Watch till the end! 🥹"
    assert "photo" in kinds(text, [span(text, "Perpetua", "PERSON")])
    assert "photo" not in kinds("My cat learned to open the fridge. Watch till the end 😂")


def test_a_family_s_case_by_its_name():
    assert "ongoing_case" in kinds("Two years on the Dunleavy family case and the kids are finally going home today.")
    assert "ongoing_case" not in kinds("Two years on the family support team and I still love it.")


# -- a record held in the writer's workplace; a placing in a named competition --------------------------------------


def test_a_record_within_the_ward_and_a_published_placing():
    text = "Happy birthday to our longest stayer Mr Ivor Penhale, 91 today and still beating me at cards in bay 2 🎂"
    assert "rare_or_unique" in kinds(text, [span(text, "Ivor Penhale", "PERSON")])
    assert "rare_or_unique" in kinds("The lad in bed 4 says he's a champion axeman. Turns out he's the 2021 Tasman Chop runner up.")
    assert "rare_or_unique" not in kinds("Our youngest started school today and I cried more than she did.")
    assert "rare_or_unique" not in kinds("Our longest day of the year: 14 hours on the ward.")


# -- "the only one in this house": the writer's own household is no small place ------------------------------


def test_the_only_one_in_the_writers_own_house_is_no_small_place():
    text = "My dog Pickle is the only one in this house who gets my job: nap when you can, comfort whoever's crying 🐶"
    assert "small_community" not in kinds(text)


def test_the_only_one_in_the_village_still_is():
    text = "She's the only one in the village with that condition and everyone knows her."
    assert "small_community" in kinds(text)
