"""A town the writer goes to with their own family, or where their own relative makes a home, names no one
(detect/own_trips.py); with someone the writer serves or another person named in the sentence it stays. Places
real, people invented."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Shift done. Heading down to Clonakilty with me brother for the races, back Monday",
    "Told my sister to stop waiting and just buy the flat in Bantry, she's been dithering for years",
])
def test_a_town_of_the_writers_own_family_is_left(find, text):
    assert find(text, role="nurse") == [], find(text, role="nurse")


@pytest.mark.parametrize("text, place", [
    # someone the writer serves in the sentence
    ("Shift done. Heading down to Clonakilty with my client for the court visit, back Monday", "Clonakilty"),
    # another person named in the sentence
    ("Off to Bantry with my brother, Ciaran Moloney is driving us", "Ciaran Moloney"),
])
def test_a_town_in_someone_elses_story_stays(find, text, place):
    found = " | ".join(t for t, _ in find(text, role="social worker"))
    assert place in found, found


def test_my_kids_is_not_read_as_the_writers_family():
    from rewriter.detect.own_trips import _OWN_RELATIVE
    assert _OWN_RELATIVE.search("with my kids") is None and _OWN_RELATIVE.search("with the family") is None
    assert _OWN_RELATIVE.search("with the mam") and _OWN_RELATIVE.search("me brother")
