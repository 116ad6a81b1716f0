"""Public places, shows and tools written as if private (issue 10, precision; session 39): a big city after the Scots
"tae" or "fae", a city named like a person as the next stop of a trip, a city's waterfront or promenade, a soap by its
binge, two tools compared ("Rust vs Zig"), and a product joined to a listed one. Each class on both sides: the same
shape made a person's, a client's or a home is still found. Fresh wording, not the tuning sets'. Real Presidio engine
(``find``)."""

from __future__ import annotations

import pytest


def _found(find, text):
    return [t for t, _ in find(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        # a big city after the Scots "tae" (to) or "fae" (from)
        ("Taking the weans tae Aberdeen for the weekend, nae laptop.", "Aberdeen"),
        ("Jist back fae Dundee an ma feet are deid.", "Dundee"),
        # a city named like a person, as the next stop after a public place
        ("Conference week: Manchester then Sydney, living out of a carry-on.", "Sydney"),
        # a city's public shore, where thousands walk
        ("Long walk along the Wellington waterfront before a double shift.", "Wellington"),
        ("Sunset on the Durban promenade after clinic, pure gold.", "Durban"),
        # a soap by its binge or omnibus, which the model reads as a street or a facility
        ("Night off: a full Coronation Street binge and a takeaway. Bliss.", "Coronation Street"),
        ("Nothing beats the Emmerdale Farm omnibus on a rest day.", "Emmerdale Farm"),
        # a language compared with another, which reads like a case's parties
        ("Lively debate on Rust vs Zig at the meetup, no winners.", "Zig"),
    ],
)
def test_public_places_shows_and_tools_are_left_alone(find, text, word):
    assert not any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # a person after "then" with no place before it
        ("Called the ward, then Sydney rang back about her mum's meds.", "Sydney"),
        # a private shore: a site of the writer's own after the city
        ("Our Wellington office moved the whole team to the new site.", "Wellington"),
        # a street without a show's viewing after it
        ("The patient from Coronation Street was readmitted on Tuesday.", "Coronation Street"),
        # two parties of a case, neither a listed tool
        ("Bundle for Okafor v Brennan goes to counsel tomorrow.", "Brennan"),
    ],
)
def test_people_sites_and_parties_in_the_same_shapes_are_still_found(find, text, word):
    assert any(word in t for t in _found(find, text))


def _span(text, word, kind="PERSON"):
    from rewriter.spans import Span

    start = text.index(word)
    return Span(start, start + len(word), word, kind, 0.85, "language model (spaCy)", "", "")


@pytest.mark.parametrize(
    "text, word, eatery",
    [
        # a meal had at a named place: a restaurant
        ("Team night out: yum cha at Golden Pearl Court after the audit", "Golden Pearl Court", True),
        ("Brunch tomorrow at Marlowe's Table? finally a free Sunday", "Marlowe", False),  # a possessive: someone's
        ("Dinner at Saffron Lane with the girls tonight 🥂", "Saffron Lane", True),
        ("Sat with her at lunch at Brookfield, small steps", "Brookfield", False),  # lunchtime at a school
        # a company's ending, business after it, or someone served in the sentence: a client's or employer's premises
        ("Lunch at Kestrel Freight with their finance lead, fingers crossed", "Kestrel Freight", False),
        ("Coffee at Halvorsen with the board at 9, wish me luck", "Halvorsen", False),
        ("Dinner at Fernleigh with my client to celebrate her settlement", "Fernleigh", False),
        # no meal before "at": no restaurant
        ("Two shifts at Mossgiel this week and I'm done in", "Mossgiel", False),
    ],
)
def test_a_restaurant_by_the_meal_had_there(text, word, eatery):
    from rewriter.detect.dishes import is_eatery

    assert is_eatery(_span(text, word), text) is eatery
