"""A named park, beach or ground as the writer's own outing is public (detect/leisure_grounds.py); the same ground in
someone else's story, as a longer name's part, or as a business is still found. Real Presidio engine; every private
name here is invented."""

from __future__ import annotations

import pytest

from conftest import flagged_in


@pytest.mark.parametrize(
    "text, word",
    [
        ("Took the dog down Brackmoor Longsands after four nights. She ate a crab. I ate a 99.", "Brackmoor"),
        ("Our team's doing a walk round Farrowdale Park Saturday, bring ya dogs 🐕", "Farrowdale"),
        ("Watched the match at Kensington Oval yesterday with my own two boys. Voice GONE today.", "Kensington"),
        ("Brought my two, Saoirse and Fionn, to Emerald Park and I'm wrecked. Back on the ward tomorrow.", "Emerald"),
    ],
)
def test_a_ground_as_the_writers_outing_is_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # someone named in its sentence: their story there
        ("Massive well done to Summer Ashworth-Kaur who smashed her first parkrun at Hollins Park this morning!", "Hollins"),
        # someone served beside it
        ("Took my client for a walk round Wexley Park, first time out in months.", "Wexley"),
        # an incident there
        ("I was on when they brought in the lads from the Riverside Park stabbing, we walked round Riverside Park after.",
         "Riverside"),
        # a longer name: a school
        ("Went to Hollins Park Academy for the open evening.", "Hollins"),
        # a business
        ("Gorgeous home birth in a caravan, we went to Polgrean Holiday Park last night", "Polgrean"),
    ],
)
def test_the_same_ground_in_someone_elses_story_or_a_longer_name_is_still_found(find, text, word):
    assert flagged_in(find, text, word), find(text)


def test_a_ground_in_someone_elses_outing_by_a_pronoun_or_a_handle_is_still_found(find):
    text = "Shoutout to @fen.runs_2010 for smashing her 5k PB at Saturday's parkrun in Brackley Park!"
    assert flagged_in(find, text, "Brackley"), find(text)
