"""PlaceWithAGenericRecognizer (places/place_with_a_generic.py): a small place named by everyday words and a
geographic generic ("Dory Tickle", "Upper Gull Cove"), after a word that says a place follows. Every place
name here is invented unless it is a public town."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.place_with_a_generic import PlaceWithAGenericRecognizer

PLACE = PlaceWithAGenericRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in PLACE.analyze(text, None)]


@pytest.mark.parametrize("text, place", [
    ("Some day on the run out to Dory Tickle b'y, young one left her puffer on the bus", "Dory Tickle"),
    ("What a turn out for the fundraiser in Upper Gull Cove b'y!", "Upper Gull Cove"),
    ("Some proud of me little client from Seal Harbour who said 'Nan' today!", "Seal Harbour"),
    ("Detention cert done for a lad fae Heron Burn the day", "Heron Burn"),
    ("Home visit out past Stony Creek, no signal as usual", "Stony Creek"),
])
def test_a_small_place_with_a_generic(text, place):
    assert texts(text) == [place]


@pytest.mark.parametrize("text", [
    "Off to Coffs Harbour for the long weekend 🌊",  # a public town
    "We drove out to Cove Road for the job.",  # a street: the street rule's
    "Staying at the Harbour View Hotel tonight.",  # a hotel: the facility rules'
    "Pipeline at the Point 3 break was firing today",  # a number after it
    "Our team hit the Creek trail for 24/7 fundraising, top 10 finish!",  # no name before the generic
    "Got to the point where I just cried",  # lowercase: no name
])
def test_places_it_leaves(text):
    assert texts(text) == []
