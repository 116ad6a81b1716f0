"""Session 22: harmless posts that were given a post-level risk because the family in them was taken for
someone the writer serves: the writer's own family in the possessive "me" of Northern English, Irish, Scots
and Australian speech ("me own mam", "me nan"), and the reader's own family in a reminder to everyone
("check your kids' red books"). Each class beside a post of the same words whose family is someone else's,
which keeps its risk. Every name is invented."""

from __future__ import annotations

import pytest
from review_helpers import kinds

from rewriter.review.context import Post


# -- the writer's own family, in the possessive "me" -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Took me own mam to Scarborough for her 80th at the weekend, chips on the pier and she didn't moan once 😂 back on nights tomorrow",
        "Me nan turned 90 today and she still refuses to use a stick, stubborn as anything ❤️",
    ],
)
def test_the_writers_own_family_in_the_possessive_me_is_no_one_served(text):
    assert "venting" not in kinds(text)


def test_me_before_a_family_word_is_the_writers_own():
    assert Post("Took me own mam to the coast.").own
    assert Post("Me da's birthday today.").own


def test_me_as_the_object_of_telling_is_not_a_possessive():
    # "told me mum was ...": the family of someone else, told to the writer
    assert not Post("The lad's sister told me mum was on her way in.").own
    assert not Post("She gave me dad's number for the forms.").own
    assert not Post("The head keeps sending me kids' files over WhatsApp.").own


def test_someone_elses_mam_moaning_is_still_venting():
    assert "venting" in kinds("His mam has moaned at me every single visit this week, she's a nightmare 🙄")


# -- the reader's own family, in a reminder to everyone ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Public health reminder: measles cases are rising. Check your kids' red books and catch up on MMR if anything was missed.",
        "Half term tip: get your little ones to catch up on their reading with a comic, it counts!",
    ],
)
def test_the_readers_own_family_in_a_reminder_is_no_one_served(text):
    assert "client_contact" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "One of the kids in my class added me on Facebook last night.",
        "Your client added me on Facebook, can you have a word?",
    ],
)
def test_someone_served_getting_in_touch_still_counts(text):
    assert "client_contact" in kinds(text)


# -- a song or a match on the radio, in a list of the day's things ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cawl on the specials board and rarebit flying out the kitchen. Shirley Bassey came on the radio and the whole line sang along 😂",
        "First frost on site today. Chili at the camp kitchen and a Jets loss on the radio. Classic Tuesday 🌲",
    ],
)
def test_a_song_or_a_match_on_the_radio_is_no_story(text):
    assert "news_event" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The lad I had in my class last year came on the radio this morning talking about the crash.",
        "Finished my shift and my patient from bed 3 and the crash on the radio was all anyone talked about.",
    ],
)
def test_someone_served_on_the_radio_is_still_news(text):
    assert "news_event" in kinds(text)
