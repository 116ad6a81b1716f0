"""small_community: a small place or group in a story about someone raises a risk; the writer's own
background and big places do not."""

from __future__ import annotations

import pytest
from review_helpers import kinds, rewrites, span


@pytest.mark.parametrize(
    "text",
    [
        "One of my patients lives in a tiny village where everyone knows everyone.",
        "A client from our little town told me something today that broke my heart.",
        "We're a school of 60 pupils, so when one boy's dad was arrested everyone knew.",
        "The only Polish family in the village asked me to help with the forms.",
        "Everyone in town knows her, she ran the post office for thirty years. Now she's my patient.",
        "The team of 5 I manage has one new starter who is really struggling.",
        "If you're from Ballyrush you probably know exactly which family I mean. Third referral this year.",
        "Visited a resident on the Brackenhill estate again today.",
    ],
)
def test_a_small_setting_in_a_story_about_someone(text):
    assert "small_community" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I grew up in a small town and I still love the quiet.",
        "Village fete this weekend, come along!",
        "Moved to a city of 2 million and I miss the sea.",
        "Migrated the whole estate to TLS 1.3 this weekend.",
        "A town of 80,000 and only one swimming pool, come on council.",
    ],
)
def test_the_writers_own_place_and_big_places(text):
    assert "small_community" not in kinds(text)


def test_the_only_one_in_a_group_is_rewritten_as_one_of_many():
    text = "She's the only deaf girl in year 9 and she smashed it."
    assert ("the only deaf girl in year 9", "a deaf girl") in rewrites(text, "small_community")
    text = "He is the only autistic boy in his class and the others adore him."
    assert ("the only autistic boy in his class", "an autistic boy") in rewrites(text, "small_community")


@pytest.mark.parametrize(
    "text",
    [
        "Practising as the only therapist in Ballykeel means I bump into clients in the shop every week.",
        "Only ambo station for 80km so when I got to the pub everyone already knew it was old Col's heart again.",
        "The head at St Aidan's (all 180 of us know who) has been suspended and staff have been told nothing.",
    ],
)
def test_the_only_one_by_trade_and_readers_who_already_know(text):
    spans = [span(text, "Col", "PERSON")] if "Col" in text else []
    assert "small_community" in kinds(text, spans)


@pytest.mark.parametrize(
    "text",
    [
        "Not naming names but the family on the corner by the chapel have had social services round three times this month.",
        "Home carer here. The old gent out past the creamery told me his son hasn't visited since Easter.",
        "The lady who runs the post office came to see me about her memory. Half the town relies on her.",
        "Popped into the shop after my shift and the whole queue was asking about the lad who was airlifted.",
        "As a GP in a parish this size I see my patients at mass every Sunday.",
        "Working somewhere with one school, one shop and one GP means everyone asks me why a kid is off.",
        "Pop. 900 and I'm the only counsellor for 50 miles. Guess who my client's ex-husband is?",
    ],
)
def test_a_place_by_its_landmarks_its_size_or_its_talk(text):
    assert "small_community" in kinds(text)


def test_a_named_place_beside_someone_served_unless_it_is_a_big_one():
    text = "A lad from Drumlea came in again today, third time this month."
    assert "small_community" in kinds(text, [span(text, "Drumlea", "LOCATION")])
    for place in ("Lisbon", "Aldi", "M62", "the moon"):
        text = f"A lad from {place} came in again today, third time this month."
        assert "small_community" not in kinds(text, [span(text, place, "LOCATION")])
