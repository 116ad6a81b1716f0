"""A listed place in a post about no one but the writer is the writer's own whereabouts and goes
(detect/own_whereabouts.py); the same place beside someone served, someone unnamed, another identifier, a site of
the writer's trade or a person's origin is still found. Real Presidio engine; every private name here is invented."""

from __future__ import annotations

import pytest

from conftest import flagged_in


@pytest.mark.parametrize(
    "text, word",
    [
        ("Half of Wigan must have been at the fireworks last night, took me an hour to get out the car park. Worth it.",
         "Wigan"),
        ("Done with the quarter's audits. Cheap eats in Hackney tonight and a long lie-in tomorrow, no alarms.", "Hackney"),
        ("Kebab at Sliema after the late shift, legs gone. Bed.", "Sliema"),
        # (a city the earlier rules already read as travel stays public)
        ("Rota's out and I've got the weekend off!! Road trip to Swindon to see the outlet sales, wish me luck 😅", "Swindon"),
    ],
)
def test_a_listed_place_in_a_post_about_the_writer_is_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # someone served in the post
        ("Discharged my patient home to Sliema today after nine weeks. Proud of him.", "Sliema"),
        # someone unnamed
        ("Someone at Hackney has been leaking the rota again, I know exactly who.", "Hackney"),
        # another identifier beside it: an age
        ("Assessed a 7-year-old today at Gweru, newly arrived and so brave.", "Gweru"),
        # a person's origin
        ("Lovely lad came in today, originally from Wigan, made us all laugh.", "Wigan"),
        # a site of the writer's trade
        ("The Ipswich branch is closing in March and nobody has been told yet.", "Ipswich"),
        # a place before a thing of it: an event there
        ("Still can't shake the Tamale market fire, worst night I've had on shift.", "Tamale"),
    ],
)
def test_the_same_place_in_someone_elses_story_or_as_a_site_is_still_found(find, text, word):
    assert flagged_in(find, text, word), find(text)
