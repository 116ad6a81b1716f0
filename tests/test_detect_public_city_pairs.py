"""Big cities named as travel or news with no word of going there, and a big city's airport or main station (session 33, issue 10, precision;
support/public.py's _city_beside_a_place_or_flown): a city beside another public place ("Lagos or Leeds",
"Toronto → Vancouver") or after "flew" or "booked" names no one, whatever kind the model gives it. The other
side: a city that is a common surname, a pair whose other half is no place, a person's home or a site of the
writer's own, and a small or invented place beside a city, are still found. Real Presidio engine."""

from __future__ import annotations

import pytest

from conftest import flagged_in


@pytest.mark.parametrize(
    "text, word",
    [
        # two places side by side: travel, moving abroad, the weather, news
        ("Staff room chat again today about moving abroad. Lagos or Leeds, the struggle is real either way.", "Leeds"),
        ("Flew Toronto → Vancouver for the conference and the mountains made me cry on landing.", "Toronto"),
        ("Flew Toronto → Vancouver for the conference and the mountains made me cry on landing.", "Vancouver"),
        ("Storm warning tonight for Cork and Galway, please don't drive through floods.", "Cork"),
        ("Rotterdam vs Antwerp for a weekend away? Asking for a very tired nurse.", "Rotterdam"),
        # a big city's airport or main station, in the news
        ("A year on from the outage and I still think about every blue screen at Sydney Airport on the news.",
         "Sydney Airport"),
        # a city after a verb of flying or booking
        ("Finally booked Lisbon for our anniversary, pastéis de nata every morning and no on-call.", "Lisbon"),
    ],
)
def test_cities_in_travel_or_news_are_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # the other half of the pair is a person, not a place
        ("Is there a better crafted pop song on this list? Torpy and Salinas were precision engineers.", "Salinas"),
        # a city that is a common surname stays a possible person beside a place ("Preston", "Bolton")
        ("Leeds and Preston were both on the call with me this morning about the audit.", "Preston"),
        # an invented village beside a city is still a small place
        ("My client moved between Glenmurray and Leeds twice this year, poor thing.", "Glenmurray"),
        # a person's home and the writer's own sites are still found
        ("My patient lives in Leeds and Bradford is where her daughter works.", "Leeds"),
        ("Our Leeds and Bradford clinics are merging next month, big changes for the team.", "Leeds"),
        # one person from a city, with their story
        ("The lad from Leeds or Bradford with the rare condition came back in today.", "Leeds"),
        # the writer's shift at a city's airport is a workplace; a small town's station is a small place
        ("Did a night shift at Sydney Airport medical centre and I am so tired.", "Sydney"),
        ("Waiting at Glenmurray Station for my client again, third time this week.", "Glenmurray"),
        # a person booked, named like a city that is a common surname
        ("Finally booked Hamilton for the wedding photos, she is amazing with nervous brides.", "Hamilton"),
    ],
)
def test_people_homes_sites_and_small_places_beside_a_city_are_still_found(find, text, word):
    assert flagged_in(find, text, word), find(text)
