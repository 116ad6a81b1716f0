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
