"""ServedDurationRecognizer (people/served_duration.py): how long a named person's story has run."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, length",
    [
        ("Uncle Tobias came back for his check-up after 9 years and brought cake", "9 years"),
        ("Shoutout to my client Marisel who finally got her housing voucher after 7 years.", "7 years"),
        ("Met Auntie Wanjiru today, who has run a tea stall near the market for 30 yrs.", "30 yrs"),
    ],
)
def test_a_length_after_a_named_person_in_the_sentence_is_theirs(find, text, length):
    assert (length, "FIGURE") in find(text)


@pytest.mark.parametrize(
    "text, length",
    [
        ("I've been nursing for 30 years and still love it", "30 years"),  # the writer's own, no one named
        ("Told Marisel I would be off for 3 weeks. Back after 2 weeks anyway", "3 weeks"),  # the writer between
        ("Marisel is 8 years old today", "8 years"),  # an age
        ("Marisel came in. We waited 6 years for this building.", "6 years"),  # another sentence
    ],
)
def test_the_writers_own_length_an_age_or_another_sentence_is_left(find, text, length):
    assert (length, "FIGURE") not in find(text)


def test_the_rewrite_keeps_the_size_of_the_length_not_the_count(detector):
    sizes = {s.text: s.suggestion for s in detector.detect("Been tutoring Marisel for 2 years and Tobias came back after 9 years.")
             if s.entity_type == "FIGURE"}
    assert sizes == {"2 years": "a few years", "9 years": "many years"}
