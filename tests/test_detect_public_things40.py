"""Public things that are not people, written as if private (issue 10, precision; session 40): a big place's trophy,
race or festival named by the place, a state of millions as a jurisdiction ("the great state of Georgia"), a holiday by its full
name in its own language or region with the wish before it, a listed body of a nation cut before the nation by the
model, a national service of Singapore, New Zealand, Northern Ireland or Quebec, and a file format in capitals. Each
class on both sides (and a stadium by the match played there or its stand): the same shape made a small place's, a person's, a client's or a home is still found. Fresh
wording, not the tuning sets'. Real Presidio engine (``find``)."""

from __future__ import annotations

import pytest


def _found(find, text):
    return [t for t, _ in find(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        # a big place's trophy, race or festival, named by the place
        ("Sweepstake sorted for the Adelaide Cup and every nurse on nights has a horse.", "Adelaide"),
        ("Perth Cup sweepstake done and my horse is already last.", "Perth"),
        # a state of millions as its people at large, or as a jurisdiction
        ("Thirty years a paramedic in the great state of Georgia and still love it.", "Georgia"),
        # a holiday by its full name in its own language or region, with the wish before it, and a thing of it after
        ("Bonne Fête nationale du Québec à toute l'équipe!", "Fête"),
        ("Feliz Día de los Muertos from all of us at the bakery.", "Muertos"),
        ("Our Día de Muertos ofrenda is up in the staff room.", "Muertos"),
        ("Happy Melbourne Cup Day from the whole surgery team!", "Melbourne"),
        # a listed body of a nation, the model cutting it before the nation
        ("Finally admitted by the Law Society of NI, the wee certificate is framed.", "Law Society"),
        # a nation's own service or body by its name
        ("Booked my booster through Singpass and it was painless, fair play.", "Singpass"),
        ("NTUC FairPrice had a queue out the door for mooncakes tonight.", "FairPrice"),
        ("Revenu Québec forms are due and I am drowning in receipts.", "Revenu"),
        ("Enfin l'examen du Barreau est fini, on fête ce soir!", "Barreau"),
        # a stadium beside a match of nations or a listed side, and a stadium's stand
        ("Wales v Ireland at the Principality on Saturday, the sweepstake is fierce.", "Principality"),
        ("Took the kids to see the Wallabies train at Ballymore and they were buzzing.", "Ballymore"),
        ("Sat in the Holte End with my brother for the derby, lost my voice.", "Holte"),
        # a vendor's certification, named by the vendor and the certified role
        ("Finally passed AWS Solutions Architect after three months of evenings.", "AWS"),
        # a file format in capitals
        ("Rewrote the whole export in JSON and it finally validates.", "JSON"),
    ],
)
def test_public_things_are_left_alone(find, text, word):
    assert not any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # a village's cup or show, no big place: a small event that may identify
        ("Our lads won the Thornbury Heath Cup, first time in forty years.", "Thornbury Heath"),
        # a town's "whole of" is a small community that talks, and a record held in a place is still found
        ("Chale, the whole of Tamale will know about the wedding by Friday.", "Tamale"),
        ("The only boy in the whole of Ohio with this syndrome started in my class.", "Ohio"),
        # a person named like a big place, in the possessive after a word of quantity
        ("Had lunch with the whole of Georgia's family after the christening.", "Georgia"),
        # a name after a holiday's wish that is no holiday
        ("Feliz cumpleaños Mariposa Quintanilla, from your nurses on ward 4.", "Mariposa"),
        # a body's name that is no listed body, before "of" and a nation
        ("Did my placement with the Harrowgate Trust of Scotland last spring.", "Harrowgate"),
        # a local pitch with a local side, and a park with no public side
        ("Our U12s v Ashby Juniors at Thornfield Park on Sunday, bring oranges.", "Thornfield Park"),
        ("Met the new family at Riverside Park for their son's football assessment.", "Riverside Park"),
        # a firm named after a brand, made the writer's client
        ("We just onboarded AWS Solutions Partners as a client for the migration.", "AWS Solutions"),
        # a national service made the writer's client
        ("Our client HealthHub wants the new booking screens by Friday.", "HealthHub"),
    ],
)
def test_private_things_in_the_same_shapes_are_still_found(find, text, word):
    assert any(word in t for t in _found(find, text))


@pytest.mark.parametrize("text, tag", [
    ("Daffodils on every desk today 🌼 #StDavidsDay", "#StDavidsDay"),
    ("Costume chaos but worth it #WorldBookDay #earlyyears", "#WorldBookDay"),
    ("Crêpes in the staff room #MardiGras", "#MardiGras"),
])
def test_an_observance_as_a_hashtag_is_one(text, tag):
    from rewriter.detect.observances import observance_regions

    start = text.index(tag)
    assert any(a <= start and start + len(tag) <= b for a, b in observance_regions(text))


@pytest.mark.parametrize("text", [
    "Lovely send-off for our resident today #SarahsDay",  # someone's day, no saint's
    "Proud of this lot #TeamOkafor",
])
def test_a_hashtag_of_a_name_is_no_observance(text):
    from rewriter.detect.observances import observance_regions

    assert observance_regions(text) == []
