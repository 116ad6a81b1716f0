"""news_event: a story in the news, told by someone who was part of it, raises a risk; news the writer
only watched, and "news" in other senses, does not."""

from __future__ import annotations

import pytest
from review_helpers import kinds, rewrites


@pytest.mark.parametrize(
    "text",
    [
        "Treated the lad from the Kilmore bus crash you've all seen on the news. Proud of the team.",
        "One of my students was at the concert that's all over the news. She's home safe but shaken.",
        "The patient from the fire on Harcourt Road last night is stable. Rough shift.",
        "The video of the man on the ward roof went viral and now he's on my caseload.",
        "My client was in the local paper again this week and it's undoing months of work.",
        "That stabbing outside the chip shop on Friday? The victim was one of my old pupils.",
        "We had three of them in resus after the Dunmore Street pile-up. Reporters were outside all night.",
        "Yesterday's explosion at the mill: I nursed two of the workers through the night.",
        # a police officer's own case: the working words say the writer is in the story
        "Forensics came back on the warehouse fire that was all over the Gazette. Exactly who we thought.",
        "We arrested a second man over the robbery on the news last week. Long night.",
    ],
)
def test_a_public_story_with_someone_in_it(text):
    assert "news_event" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Good news! My nan's hip op went well and she's home.",
        "No news is good news when you're waiting on exam results.",
        "Watching the news about the floods abroad, heartbreaking.",
        "Subscribe to our newsletter for monthly practice tips.",
        "Big news: I passed my driving test!",
        "The fire alarm went off during my lesson and the kids loved it.",
        "Read a great article on burnout in the nursing press today.",
        "Read in the Echo that burglaries are down this year, good work all round.",
    ],
)
def test_news_as_a_word_or_the_writers_own_viewing(text):
    assert "news_event" not in kinds(text)


def test_the_rewrite_names_the_event_generally_and_drops_the_exposure():
    text = "Treated the lad from the Kilmore bus crash you've all seen on the news. Proud of the team."
    found = dict(rewrites(text, "news_event"))
    assert found["the Kilmore bus crash"] == "a serious accident"
    assert found["you've all seen on the news"] == ""


def test_a_whole_sentence_of_exposure_is_dropped_whole():
    text = "Looked after the boy from the Millbrook fire today. It was all over the news. He's doing well."
    assert ("It was all over the news.", "") in rewrites(text, "news_event")
    text = "So proud of the lad from my class. It's been all over the news. He finally passed."
    assert ("It's been all over the news.", "") in rewrites(text, "news_event")


def test_exposure_the_post_cannot_lose_is_left_to_the_writer():
    text = "My patient was on the news last night and now everyone on the ward knows."
    assert rewrites(text, "news_event") == [("on the news", None)]


def test_a_longer_name_that_starts_like_an_outlet_is_no_outlet():
    text = "The Court of Appeal's judgment in the Post Office Horizon cases is essential reading for every trainee."
    assert "news_event" not in kinds(text)
    assert "news_event" in kinds("Our patient from bed 4 is in the Post this morning.")


def test_a_video_going_round_with_someone_served_in_it():
    text = "If you've seen the video of the fight outside the school gates, that's one of my students."
    assert "news_event" in kinds(text)


# Classes found in drafts by other writers (issue 11, writers c and d): a story's reach said as "every
# paper", "the national news", "going around on TikTok", "the documentary", "the media outside",
# "the news keeps calling it". Each sentence is new, written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "The fire at our care home has been in every paper and I was on the night shift.",
        "The story of my old pupil hit the national news this morning, proud of her.",
        "That clip of my player fainting is going around on TikTok, please stop sharing it.",
        "Did anyone watch the documentary on the hostel? I worked there for six years.",
        "Yes, that was my goalkeeper who got stretchered off. The media outside the ground were relentless.",
        "The news keeps calling it negligence and I was the nurse on that night.",
    ],
)
def test_a_story_s_reach_told_another_way(text):
    assert "news_event" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Watched a great documentary about octopuses with my kids, highly recommend.",
        "If you watched the final last night, what a goal from the striker.",
        "The national news tonight was all about the budget.",
    ],
)
def test_public_news_watched_and_commented_on(text):
    assert "news_event" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Still on the cordon at the Harlow Road chemical spill, nine hours in.",
        "Expert witness in the Dunmore arson trial next week. Not saying more.",
        "Giving evidence next month about the stabbing outside the Crown Inn.",
        "We got there first at the Tarrant Hill rollover. Still thinking about it.",
    ],
)
def test_a_named_or_placed_event_the_writer_took_part_in(text):
    assert "news_event" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harlow Road chemical spill looked awful on the telly last night.",
        "The Supreme Court judgment on the Rwanda policy is worth reading in full, not just the headlines.",
        "Spill kits are now on every ward: the robbery drill is next.",
    ],
)
def test_an_event_watched_news_commented_on_or_an_incident_word_alone(text):
    assert "news_event" not in kinds(text)
