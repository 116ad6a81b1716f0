"""Session 22: harmless posts that were given a post-level risk because the family in them was taken for
someone the writer serves: the writer's own family in the possessive "me" of Northern English, Irish, Scots
and Australian speech ("me own mam", "me nan"), a kin word repeated bare after the writer called it theirs
("my mam's had a fall ... Mam's home now"), the family at a family occasion ("the family reunion"), the
writer as a parent ("I'm a proud engineer dad"), and the reader's own family in a reminder to everyone
("check your kids' red books"); and a song or a match on the radio taken for a story in the news. Each class beside a post of the same words whose family is someone else's,
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


# -- the writer's own family, told by what is already theirs or by how they speak of themselves --------------


@pytest.mark.parametrize(
    "text",
    [
        "My mum sent me the pics from the family reunion, we look like a tribe 😂",
        "Asked for a week off because my mam's had a fall. Mam's home now with a new hip and giving out about the hospital tea.",
        "Obligatory pic of my daughter's first robot because I'm a proud engineer mum 🤖 it works better than our microservices.",
    ],
)
def test_the_writers_own_family_is_no_one_served(text):
    assert not kinds(text) & {"client_contact", "health_detail", "photo"}


@pytest.mark.parametrize(
    "text",
    [
        "Met the family at their home today, mum sent me the pics of the bruises afterwards.",
        "Spoke to a dad at pick-up who sent me photos of his son's injuries.",
    ],
)
def test_a_family_or_a_parent_the_writer_serves_still_counts(text):
    assert {"client_contact", "photo"} <= kinds(text)


def test_a_bare_kin_word_is_the_writers_only_after_they_called_it_theirs():
    text = "My mam's had a fall. Mam's home now."
    assert Post(text).is_own(text.index("Mam's"), text.index("Mam's") + 3)
    assert not Post("Mr Reid's daughter rang again. Mum's on the ward still.").own


# -- public law, a title held in a court, a case played ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Supreme Court judgment on the Water Act this morning is worth reading in full, not just the headlines. The dissent is superb.",
        "The Supreme Court's ruling on the nondelegation doctrine will keep admin law professors busy for a decade. Thread 🧵",
        "Civics with my Year 11s today: we watched the livestreamed High Court hearing on the constitutional challenge everyone's talking about.",
        "Proud to have been admitted as an Advocate of the High Court of Uganda today. Thank you to my parents 🙏🏾",
        "Took my class to a mock trial at the town hall. They were brilliant as the jury - very strict about evidence!",
    ],
)
def test_public_law_a_title_or_a_case_played_is_no_live_case(text):
    assert not kinds(text) & {"ongoing_case", "news_event"}


@pytest.mark.parametrize(
    "text",
    [
        "My client's hearing on the Immigration Act appeal is next week, fingers crossed.",
        "Giving evidence at the High Court on Thursday in the Hale custody case, so nervous.",
        "Sat on the jury for a robbery trial this week, it's still going and I can't sleep.",
    ],
)
def test_a_case_the_writer_or_someone_served_is_in_is_still_live(text):
    assert "ongoing_case" in kinds(text)


# -- a word for people at work naming a thing or a field ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Lionesses' ACL injuries weren't just 'bad luck' - load management matters. Strength train, ladies! 💪",
        "Thought leadership, but make it short: burnout is not a personal failing. It's an organisational design problem.",
        "Full moon, 5 births, no sleep. Classic. Coffee from the hospital cafe tastes like regret but I love this job 💜",
    ],
)
def test_a_work_word_naming_a_thing_is_no_one_from_work(text):
    assert not kinds(text) & {"health_detail", "venting"}


def test_the_work_word_alone_is_still_someone_from_work():
    assert Post("Management are useless again, the board never listens.").workplace
    assert "venting" in kinds("Management are useless again, the board never listens to a word we say 🙄")
    assert Post("The hospital have cut our hours again.").workplace
