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


def test_a_small_setting_is_rewritten_by_its_kind_and_a_one_of_a_kind_shop_as_one_of_many():
    text = "Doing child protection in a town of 900 people where the family I'm investigating runs the only chippy."
    found = rewrites(text, "small_community")
    assert ("town of 900 people", "small town") in found
    assert ("the only chippy", "a chippy") in found
    assert ("team of 5", "small team") in rewrites("The team of 5 I manage has one new starter who is struggling.",
                                                   "small_community")
    # what has no general form is left for the writer to look at
    assert ("everyone knows everyone", None) in rewrites("One of my patients lives where everyone knows everyone.",
                                                          "small_community")


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


# Classes found in drafts by other writers (issue 11, writers c and d): readers who will know told as
# "whole town will know", "the whole of <place> will know", "half the town will remember her", "half the
# town's commenting"; a place by how little it has ("a town with one pub", "our wee school", "the only
# daycare in town"); a town's own page. Each sentence is new, written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "Saw a lad with a nasty burn at the surgery today. Whole village will know by teatime, his gran runs the shop.",
        "Delivered a baby in the back of a taxi, and the whole of Kilduff will know she's home by now.",
        "We lost our oldest resident last night. Half the town will remember her from the bakery.",
        "A client's husband posted about me and now half the village's commenting.",
        "GP in a town with one pub and a client walked in while I was having my tea.",
        "A mum at our wee school has asked me to keep an eye on her boy.",
        "Her daughter works at the only daycare in town, so I see her every morning.",
        "Somebody put my patient's story on the village facebook page and she's mortified.",
        # readers who saw it happen: "half the town watched me", "the whole street saw him"
        "Did CPR on a man outside the chippy and half the village watched me do it.",
        "My client fell off the stage at the gala and the whole estate saw it happen.",
    ],
)
def test_readers_who_will_know_and_a_place_by_how_little_it_has(text):
    assert "small_community" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I grew up in a town with one pub and I still love a quiet pint.",
        "Our town hosts the cycling race on Sunday, come and cheer with me.",
        "Half the town's coffee shops shut early on Sundays, which I'll never understand.",
        "I remember her first day at nursing school like it was yesterday.",
        "Half the town watched the fireworks from the harbour last night, gorgeous.",
        "Everyone saw the match on Saturday, what a finish.",
    ],
)
def test_the_writers_own_town_and_everyday_halves(text):
    assert "small_community" not in kinds(text)


def test_the_only_one_in_a_small_place_the_detector_took_whole():
    text = "Made up a special feed for the only baby in Glenarragh with this allergy."
    assert "small_community" in kinds(text, [span(text, "the only baby in Glenarragh", "DISTINCTIVE_DETAIL")])
    text = "Made up a special feed for the only baby in Manchester with this allergy."
    assert "small_community" not in kinds(text, [span(text, "the only baby in Manchester", "DISTINCTIVE_DETAIL")])


# One of a kind in a small named place, and a place by a landmark with no "the", found in drafts by other
# writers (issue 11, writer d). Each sentence is new, written for the class.
def test_one_of_a_kind_in_a_small_named_place():
    text = "Dr Okafor is the gentlest dentist in Ardnagh and he has been reported over nothing."
    assert "small_community" in kinds(text, [span(text, "Ardnagh", "LOCATION")])
    text = "Our lovely resident Nora has the kindest smile in Manchester and she knows it."
    assert "small_community" not in kinds(text, [span(text, "Manchester", "LOCATION")])
    text = "Sending love to Nora, the first in her family to go to university."
    assert "small_community" not in kinds(text)


def test_a_place_by_a_landmark_named_without_the():
    assert "small_community" in kinds("So proud of a lad from the farm out past Kilrea who passed his exams.")


def test_the_only_one_of_any_trade_in_a_small_place_the_detector_found():
    text = "Only vet in Glenmuir, and this week somebody's three-legged alpaca came in with colic."
    assert "small_community" in kinds(text, [span(text, "Glenmuir", "LOCATION")])
    big = "Only vet in Glasgow who still does house calls, apparently."
    assert "small_community" not in kinds(big, [span(big, "Glasgow", "LOCATION")])
    month = "The only time in March I saw the sun was at the bus stop."
    assert "small_community" not in kinds(month)


@pytest.mark.parametrize(
    "text, small",
    [
        ("The new consultant has made the rota everyone's problem. There are 3 of us on that unit.", True),
        ("One of our 5 agents resigned last month and the manager didn't even call her.", True),
        ("The new consultant has made the rota everyone's problem. There are 300 of us on that site.", False),
    ],
)
def test_a_small_team_by_its_number(text, small):
    assert ("small_community" in kinds(text)) is small


@pytest.mark.parametrize(
    "text, small",
    [
        ("The only deafblind teenager in the whole Tullyvane district. Her mum Aoife rang me in tears.", True),
        ("Our keeper is the only girl in the Kilcurran under-16 league. Her mum Aoife drives her to every game.", True),
        ("The only deafblind teenager in the whole Manchester area. Her mum Aoife rang me in tears.", False),
    ],
)
def test_the_only_one_in_a_named_district_or_league_the_detector_did_not_find(text, small):
    # the detector ran (it found the mother's name) but took the place for no place
    assert ("small_community" in kinds(text, [span(text, "Aoife", "PERSON")])) is small
