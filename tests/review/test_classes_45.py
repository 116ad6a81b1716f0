"""Session 45's classes, found on fresh39a-d, fresh40a-d and fresh41a-d: an age few reach said before the person in
one hyphenated word; a first, an only or a last from a place or a group with what they did; a trouble counted within
a period beside one person; an incident told after "after the", "since the" with someone served in it, and one told
by its verb with its time and place; an employer's refusal or failure told by its staff. Each with the side that
must not be raised. Every name and text here is invented."""

from __future__ import annotations

import pytest
from review_helpers import kinds, phrases, span

# -- an age few reach, hyphenated before the person ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Sat with a 102-year-old lady on the ward today who still does the crossword in pen.", []),
        ("Our 99-yr-old resident beat me at dominoes again.", []),
        ("98-year-old Mrs Tolland told me my shoes were a disgrace.", [("Mrs Tolland", "PERSON")]),
    ],
)
def test_an_age_few_reach_said_before_the_person(text, spans):
    assert "rare_or_unique" in kinds(text, [span(text, part, kind) for part, kind in spans])


@pytest.mark.parametrize(
    "text",
    [
        "Restored a 100-year-old oak door for the chapel this week.",
        "My 97-year-old nan is a legend and I will hear nothing else.",
        "Our 96-year-old tortoise has woken up for spring.",
        "A 98-year-old recipe for parkin, shared with the whole staffroom.",
    ],
)
def test_a_things_age_the_writers_own_elder_or_a_pet_is_not(text):
    assert "rare_or_unique" not in kinds(text)


# -- a first, an only or a last from a place or a group ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So proud of my student. She is the first from Ballinroe village to get a place at medical school.",
        "Massive congrats to him, first lad from our Tuesday group to finish the apprenticeship.",
        "He's the only one from his island on the regional squad this year.",
    ],
)
def test_a_first_or_an_only_from_a_place_or_group(text):
    assert "rare_or_unique" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was the first from my village to go to university and I still can't believe it.",
        "The first flight from Lagos to land after the storm was ours.",
        "The last train from Leeds to York was cancelled again.",
        "First one from our team to finish the Tough Mudder: me!",
    ],
)
def test_the_writers_own_first_or_a_things_is_not(text):
    assert "rare_or_unique" not in kinds(text)


# -- a trouble counted within a period beside one person ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Mr Pellow came in shouting about his parking permit, 4th time this week.", [("Mr Pellow", "PERSON")]),
        ("Found Denzil asleep in the stairwell again at 6am. Third time this month.", [("Denzil", "PERSON")]),
        ("Our client Vantor Freight lost the backup drive, second time this quarter, and their manager Oskar shrugged.",
         [("Vantor Freight", "ORGANIZATION"), ("Oskar", "PERSON")]),
    ],
)
def test_a_trouble_counted_within_a_period_beside_one_person(text, spans):
    assert "venting" in kinds(text, [span(text, part, kind) for part, kind in spans])


@pytest.mark.parametrize(
    "text, spans",
    [
        ("3rd time this week I've burnt the toast. Send help.", []),
        ("Second time this week the printer jammed on the same page.", []),
        ("Third time this year Mrs Okoro's class won the reading cup, amazing work!", [("Mrs Okoro", "PERSON")]),
    ],
)
def test_the_writers_own_count_a_things_or_a_win_is_not(text, spans):
    assert "venting" not in kinds(text, [span(text, part, kind) for part, kind in spans])


# -- an incident after "after the", "since the", with someone served in its sentence --------------------------------


@pytest.mark.parametrize(
    "text, spans",
    [
        ("We found Mr and Mrs Dunmore a caravan after the fire. 80 and 77 and they lost everything.", [("Mrs Dunmore", "PERSON")]),
        ("My patient hasn't slept properly since the crash, bless her.", []),
        ("Rebuilt the garden wall for Auntie Grace after the floods.", [("Grace", "PERSON")]),
    ],
)
def test_an_incident_after_the_with_someone_served(text, spans):
    assert "news_event" in kinds(text, [span(text, part, kind) for part, kind in spans])


@pytest.mark.parametrize(
    "text",
    [
        "After the storm we had a lovely walk on the beach.",
        "After the fire alarm went off twice, the kids were giddy all afternoon.",
        "Before the storm, we got the washing in. Small victories.",
    ],
)
def test_weather_a_drill_or_a_forecast_with_no_one_served_is_not(text):
    assert "news_event" not in kinds(text)


# -- an incident told by its verb, dated and placed, beside someone served or at work -----------------------------


def test_an_incident_verb_dated_and_placed_beside_someone_at_work():
    text = "Our courier Tobi got mugged near Elm Parade last night and they took his van keys."
    assert "news_event" in kinds(text, [span(text, "Tobi", "PERSON")])
    assert phrases(text, "news_event", [span(text, "Tobi", "PERSON")]) == ["mugged"]


@pytest.mark.parametrize(
    "text",
    [
        "The ref robbed us on Saturday at Kingsholm, absolute scandal.",
        "My phone got robbed on Main Street last night, gutted.",
        "Got mugged off by the vending machine again today.",
    ],
)
def test_an_incident_verb_with_no_one_served_or_no_time_and_place_is_not(text):
    assert "news_event" not in kinds(text)


# -- an employer's refusal or failure told by its staff ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Two fainted in the packing hall this week and management STILL won't put in fans.", []),
        ("Brightwell Homecare has not paid us for two months and we're meant to smile.", [("Brightwell Homecare", "ORGANIZATION")]),
        ("Our ward is down three nurses and head office refuses to approve agency cover.", []),
    ],
)
def test_an_employers_refusal_told_by_its_staff(text, spans):
    assert "confidential_business" in kinds(text, [span(text, part, kind) for part, kind in spans])


@pytest.mark.parametrize(
    "text",
    [
        "The company still hasn't refunded me for the broken kettle.",
        "My toddler still won't sleep through, send coffee.",
        "The council refused to collect the green bin again.",
    ],
)
def test_a_customers_complaint_or_a_refusal_at_home_is_not(text):
    assert "confidential_business" not in kinds(text)


# -- a small place spoken of as its people -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, spans",
    [
        ("Huge well done to Marnie, 44, who finally passed her HGV test! Sheboygan, you raised a good one.", [("Marnie", "PERSON")]),
        ("Mrs Okoye came in with a cake for the whole surgery. Only in Ballykeel!", [("Mrs Okoye", "PERSON"), ("Ballykeel", "LOCATION")]),
        ("Her nan was in the waiting room roaring at the receptionist. Tullymore's too small for this carry on.",
         [("Tullymore", "LOCATION")]),
        ("Mr Hale from the chapel told the whole queue why he was in. Whole town'll know by teatime.", [("Mr Hale", "PERSON")]),
    ],
)
def test_a_small_place_spoken_of_as_its_people(text, spans):
    assert "small_community" in kinds(text, [span(text, part, kind) for part, kind in spans])


@pytest.mark.parametrize(
    "text, spans",
    [
        ("My mate Dave says Leeds deserves better than this team.", [("Dave", "PERSON")]),
        ("Took the kids for Margate's finest chips and a paddle.", []),
        ("Hail on the first day of summer, again. Only in Ballykeel!", [("Ballykeel", "LOCATION")]),
    ],
)
def test_a_big_place_a_shop_praised_or_no_one_in_the_post_is_not(text, spans):
    assert "small_community" not in kinds(text, [span(text, part, kind) for part, kind in spans])
