"""The two figures the detector spans since session 38 (recognizers places/service_reach.py and
business/downtime.py), read through the deterministic rewrite: the remoteness and the scale stay, the exact
distance and length go, and a post with neither is left word for word. Invented sentences."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Only optician for 70 miles, so Saturday clinics are rammed.", "70 miles", "Only optician for miles"),
        ("our ticketing platform was down for 11 hours and the phones never stopped",
         "11 hours", "down for several hours"),
        ("Somebody's bad deploy took down the client portal for 4 hrs today.", "4 hrs", "for several hours"),
    ],
)
def test_the_figure_is_made_vague(floor, text, gone, kept):
    out = floor(text, "other")
    assert gone not in out
    assert kept in out


@pytest.mark.parametrize(
    "text",
    [
        "Ran 10 km before my shift and I'm still buzzing.",
        "The wifi on the train was down for 2 hours, so I finally read my book.",
    ],
)
def test_a_journey_or_the_writers_own_wifi_is_left(floor, text):
    assert floor(text, "other") == text
