"""rare_or_unique: a rarity, a first, an only or a record said of someone in the post raises a risk;
the writer's own firsts, compliments and everyday "only"s do not."""

from __future__ import annotations

import pytest
from review_helpers import kinds, rewrites, span

from rewriter.kinds import Detail


@pytest.mark.parametrize(
    "text",
    [
        "Met a patient today with an extremely rare genetic condition. Fascinating clinic.",
        "She's the only deaf girl in year 9 and she smashed her exam.",
        "Delivered triplets last night! Mum and babies all doing well.",
        "One of my clients is one of only 40 people in the world with this.",
        "He's the youngest person ever to pass grade 8 piano at our school, and one of my students.",
        "First case of measles I've seen in 15 years, in a toddler from the next town over.",
        "A client has a condition that affects less than 1 in a million people.",
        "The oldest resident in the county turned 109 on our unit today.",
        # "the only" someone by their job or kind, with where they are the only one
        "Client is the only female firefighter at her station and is struggling.",
        "One of my students is the only Polish speaker in his class.",
        "My client's husband is the only electrician on the island, so everyone waits for him.",
    ],
)
def test_a_rarity_about_someone(text):
    assert "rare_or_unique" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A rare day off, so I'm in the garden with a coffee.",
        "Only 5 minutes until the bell and the kids know it.",
        "The only thing I want after a night shift is toast.",
        "The only water in the house was from the tap, said the client.",
        "I'm the only teacher at my school who still uses chalk.",
        "My first ever marathon done! Legs are jelly.",
        "My nan is one in a million, honestly.",
        "You're one in a million, thanks for covering my shift.",
        "First day back after the holidays, the kids were lovely.",
        "I'm the only one on my team who remembers the old system.",
        "Steak cooked rare, chips, a quiet evening: bliss.",
    ],
)
def test_everyday_firsts_onlies_and_rares(text):
    assert "rare_or_unique" not in kinds(text)


def test_a_rate_standing_apart_is_dropped_and_one_before_its_people_is_made_vague():
    dropped = "A client has a condition (less than 1 in a million) that nobody had heard of."
    assert ("less than 1 in a million", "") in rewrites(dropped, "rare_or_unique")
    vague = "A client has a condition that affects 1 in 50,000 children."
    assert ("1 in 50,000 children", "very few children") in rewrites(vague, "rare_or_unique")


def test_a_named_rare_condition_from_the_detector_becomes_a_rare_condition():
    text = "A patient of mine has Stiff Person Syndrome and is the bravest person I know."
    spans = [span(text, "Stiff Person Syndrome", "DISTINCTIVE_DETAIL", "a rare condition", Detail.RARE_CONDITION)]
    assert ("Stiff Person Syndrome", "a rare condition") in rewrites(text, "rare_or_unique", spans)
    # the suggestion's words alone are no such signal: the detector says so in the span's detail
    plain = [span(text, "Stiff Person Syndrome", "DISTINCTIVE_DETAIL", "a rare condition")]
    assert ("Stiff Person Syndrome", None) in rewrites(text, "rare_or_unique", plain)


def test_a_one_person_title_is_not_a_rarity():
    text = "Our Head of Procurement said the client would be fine with it."
    spans = [span(text, "Head of Procurement", "DISTINCTIVE_DETAIL", "a senior colleague")]
    assert "rare_or_unique" not in kinds(text, spans)


@pytest.mark.parametrize(
    "text",
    [
        "Lovely birthday party at the home today for Harold — he turned 100!!",
        "Selfie with my fave patient before discharge, 101 years young and sharper than all of us!",
        "Chemo with a patient for a rare sarcoma last spring, and she found me on Instagram.",
        "Pulled an all-nighter on what'll be the biggest acquisition in Irish agri-tech if it closes.",
    ],
)
def test_a_record_age_a_rare_clinical_word_and_a_deals_record(text):
    spans = [span(text, "Harold", "PERSON")] if "Harold" in text else []
    assert "rare_or_unique" in kinds(text, spans)


def test_the_writers_own_age_and_a_compliment_are_no_record():
    assert "rare_or_unique" not in kinds("My dad turned 100 and we threw him a party.")


# Classes found in drafts by other writers (issue 11, writers c and d): a rarity told as a count ("one of
# like 30 people worldwide", "the one child in the county with"), a record or a first with its scope ("in
# 9 yrs", "in the history of the school", "in the province", "a county record"), "a miracle baby", "the last
# surviving", "there can't be many". Each sentence is new, written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "My patient is one of like 40 people worldwide with this gene change.",
        "Dispensed for the one child in the county with this enzyme disorder.",
        "Our clinic saw the region's first case of diphtheria in 12 yrs this morning.",
        "One of my students is the first girl in the history of the school to win the maths olympiad.",
        "Representing a client in the first trial of its type in the province.",
        "My 15yo swimmer just broke the county record in the 100 back.",
        "Proud to have delivered the miracle baby from the twin unit, she's home now.",
        "He's the last surviving Lancaster crew member in the county and I'm his carer.",
        "A young man I see has a dad with early-onset Huntington's. There can't be many families here with it.",
    ],
)
def test_a_rarity_told_by_count_record_or_scope(text):
    assert "rare_or_unique" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # an awareness day tells of a condition, not a person
        "It's Rare Disease Day! If you've never heard of Fabry disease, go and read about it today.",
        "Huntington's awareness week: it's rare, maybe 1 in 10,000, and families need support. Please share.",
        "First time in 5 yrs I've had a whole weekend off. Bliss.",
    ],
)
def test_awareness_posts_and_the_writers_own_firsts(text):
    assert "rare_or_unique" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Haven't seen tetanus in 30 years of practice and then this week, a sheep farmer from up the valley.",
        "In 25 years I've met one client with a genuine case of it. She's a nurse now.",
        "Never seen a patient with a rash like this irl before today.",
        "First baby born on the island in 40 years and I was the midwife who caught her.",
    ],
)
def test_a_rarity_measured_by_a_career(text):
    assert "rare_or_unique" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I hadn't seen my brother in 10 years until Sunday. A patient asked why I was grinning.",
        "First weekend off in 5 years and it's raining.",
        "Never seen traffic like it on the M6 this morning, a patient had to wait.",
    ],
)
def test_a_career_rarity_of_the_writers_own_or_of_nothing_served(text):
    assert "rare_or_unique" not in kinds(text)
