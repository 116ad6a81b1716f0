"""A main road named for its traffic or as a race's route is public (detect/public_roads.py); the same road as
someone's home, a person served's journey, or where an incident happened is still found. Real Presidio engine."""

from __future__ import annotations

import pytest

from conftest import flagged_in


@pytest.mark.parametrize(
    "text, word",
    [
        ("Rains have started and half my 8am class is 'stuck in traffic on Kisoro Road' 😂 I'll wait.", "Kisoro"),
        ("The jam on Mbarara Road this morning! Reached work late with my tea going cold.", "Mbarara"),
        ("If your car has no insurance, we WILL find you 😂 Go slow on Great Lumbe Road this holiday.", "Lumbe"),
        ("Ran my first city marathon Sunday, legs in bits. To the crew cheering on the Tullyvar Road, yous are stars ⭐",
         "Tullyvar"),
    ],
)
def test_a_road_for_its_traffic_or_a_race_is_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # where an incident happened
        ("Still can't shake the crash on Kisoro Road, traffic backed up for miles.", "Kisoro"),
        # a person served's journey
        ("My patient was stuck in traffic on Kisoro Road for two hours and missed her slot.", "Kisoro"),
        # someone's home
        ("She lives on Kisoro Road, traffic outside all night, no wonder she can't sleep.", "Kisoro"),
        # a house number: an address
        ("Traffic was mad outside 14 Kisoro Road this morning.", "Kisoro"),
    ],
)
def test_the_same_road_as_a_home_a_journey_or_an_incidents_place_is_still_found(find, text, word):
    assert flagged_in(find, text, word), find(text)


def test_a_numbered_road_in_its_weather_is_left_alone_but_not_with_someone_on_it(find):
    text = "Och, snow on the A9 again and a stag standing in the road like he owned it. Highland ambulance life 🦌❄️"
    assert not flagged_in(find, text, "A9"), find(text)
    assert flagged_in(find, "Came off his motorbike on the A64 in the snow, poor lad.", "A64")
