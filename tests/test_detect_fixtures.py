"""Two sides with "v" between them in a post about sport are a fixture, public, not a case's parties
(detect/sports_teams.py, ``is_fixture``); with a word of the law in the post, or one side the writer's own
or a youth side, they stay. Names of private parties invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Night shift but the All Blacks v Wallabies match is on in the staff room, priorities 🏉",
    "Springboks vs Wallabies on Saturday 🏉 who's watching?",
    "Leinster v Munster in the final, the ward is split down the middle",
])
def test_a_fixture_in_a_post_about_sport_is_left(find, text):
    assert find(text, role="nurse") == []


@pytest.mark.parametrize("text, party", [
    ("Leinster v Munster Holdings: final hearing tomorrow, wish me luck", "Munster Holdings"),
    ("Castellan v Brightwater Homes settled this morning after the match I refereed", "Brightwater"),
    ("Our U12s v Oakfield Rovers on Saturday, come support the match", "Oakfield Rovers"),
])
def test_a_case_or_a_local_side_stays(find, text, party):
    found = " | ".join(t for t, _ in find(text, role="lawyer"))
    assert party in found, found


@pytest.mark.parametrize("text, side", [
    # a side by its result, in a post a ball game's emoji marks as sport
    ("Anyone else notice the Springboks winning makes the whole office more productive? Asking for a friend 🏉", "Springboks"),
    # a country beaten or played against in a post about sport: its national side
    ("Watched the Windies beat England yesterday with my own two boys. Voice GONE today 🏏", "England"),
])
def test_a_side_by_its_result_is_left(find, text, side):
    assert not any(side in t for t, _ in find(text, role="teacher"))


@pytest.mark.parametrize("text, party", [
    # a family winning something, no sport in the post
    ("So happy the Hendersons winning the raffle made Mr Henderson smile on the ward today", "Henderson"),
    # a country against a party in a case
    ("The claim against Kenya Airways Holdings by my client goes to court Friday ⚽", "Kenya"),
])
def test_a_family_or_a_case_in_that_shape_stays(find, text, party):
    assert any(party in t for t, _ in find(text, role="lawyer"))


@pytest.mark.parametrize("text", [
    # a fixture watched, no sport's word in its sentence
    "Long day on the ward. Home to watch Munster v Connacht with a curry, bliss",
    "Who's watching Pirates vs Sundowns tonight?? I swapped my shift for this 🙏",
    # the model takes the "vs" in with the first side
    "Anyone else watching Kaizer Chiefs vs Orlando Pirates later?? Snacks ready",
    # a name that is also a word (the word name rule's reading), beside a sport's word
    "Mayo v Kerry in the Connacht final and the staff room is split, my manager won't approve leave",
])
def test_a_fixture_watched_or_in_a_final_is_left(find, text):
    assert find(text, role="nurse") == [], find(text, role="nurse")


@pytest.mark.parametrize("text, party", [
    # two children by their given names, watched
    ("Watching Amara vs Jayden at chess club today", "Jayden"),
    # a case watched from the gallery: the law's words keep it a case
    ("Home to watch Okonkwo v Harlow Logistics, the trial is streamed from court", "Harlow"),
    # the writer's pupils in the sentence
    ("Kerry v Amara in the spelling final, both my students, so proud", "Amara"),
])
def test_two_people_watched_or_a_case_stays(find, text, party):
    found = " | ".join(t for t, _ in find(text, role="teacher"))
    assert party in found, found


@pytest.mark.parametrize("text", [
    "Night shift done and the Toon lost 2-1 to Fulham at Craven Cottage 😩 gutted #NUFC",
    "Leeds drew 1-1 with Everton at Goodison, the season is over for me 😂",
])
def test_the_side_a_result_was_against_is_left(find, text):
    assert find(text, role="nurse") == [], find(text, role="nurse")


@pytest.mark.parametrize("text, party", [
    # a given name a result was against: anyone
    ("I lost 3-0 to Dave at darts last night, gutted, the final is next week", "Dave"),
    # a pupil a result was against
    ("My student lost 2-1 to Villa Okafor in the chess final, gutted for him", "Okafor"),
    # the writer's own side's opponent
    ("Our U10s lost 3-0 to Oakfield Rovers in the league, proud of them anyway", "Oakfield"),
])
def test_a_person_or_a_local_side_a_result_was_against_stays(find, text, party):
    found = " | ".join(t for t, _ in find(text, role="teacher"))
    assert party in found, found
