"""news_event's region is the event and no more (session 38, keep38): the writer's own words around it stay.

- the nearest determiner before the incident word starts the event ("took the call for that pile-up ..." is
  about "that pile-up", never "the call for that pile-up"), so the writer's part in it is not cut away;
- a name ending a sentence ends there ("... the Evening Gazette. Smells like a cover-up") and no event runs
  across the full stop;
- an incident word qualifying the noun after it ("fire safety talk", "crash course") names no event.
"""

from __future__ import annotations

import pytest
from review_helpers import rewrites


def _events(text):
    return [phrase for phrase, _ in rewrites(text, "news_event")]


def test_the_event_starts_at_its_own_determiner():
    text = ("Answered the call for that pile-up on the M62 on Friday night, the one with the minibus. "
            "I can still hear the driver's wife on the line.")
    found = _events(text)
    assert found and all(p.startswith("that pile-up") for p in found), found
    # near miss: with no phrase-opening word between, the determiner before the words is still the event's
    text2 = "Treated two lads from the Kilbraid minibus crash on the M62 last night. Long shift."
    assert any("crash" in p for p in _events(text2)), _events(text2)


@pytest.mark.parametrize(
    "text",
    [
        "Management told us not to speak to the Evening Gazette. Smells like a cover-up. I was on that shift.",
        "My old client moved to the Wirral. Flood ruined her kitchen last winter and she was raging.",
    ],
)
def test_no_named_event_runs_across_a_full_stop(text):
    assert not any("." in p.rstrip(".") for p in _events(text)), _events(text)


def test_a_short_title_with_a_full_stop_still_names_the_event():
    text = "Nursed one of the lads from the St. Brennan's pile-up all night. He's stable."
    assert any("pile-up" in p for p in _events(text)), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Me and Aoife at the Glenbrack Primary fire safety talk today, the kids were brilliant.",
        "Ran the Ashcombe Academy crash course for new drivers again, I love that one.",
    ],
)
def test_an_incident_word_that_qualifies_a_noun_is_no_event(text):
    assert _events(text) == []


def test_a_named_fire_is_still_an_event():
    # near miss: "fire" ending its phrase is the event
    text = "Spent the night with two families from the Glenbrack Primary fire. Awful."
    assert any("fire" in p for p in _events(text)), _events(text)
