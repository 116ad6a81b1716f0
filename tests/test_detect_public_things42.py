"""Public things still taken for private ones (issue 10, precision; session 42): a feast day wished by its saint or
by "day of ..." in the writer's other language ("Bonne Saint-Jean", "Feliz Día de Reyes", "Dydd Gŵyl Dewi"), a
song's title in quotes that the model took with its closing quote, and a nation's cheer ("Majulah Singapura",
"Pakistan Zindabad").
Each class on both sides: the same shape made a person's, a client's or a site is still found. Fresh wording, not
the tuning sets'. Real Presidio engine (``find``)."""

from __future__ import annotations

import pytest

from rewriter.detect.observances import wished_feast_regions


def _found(find, text):
    return [t for t, _ in find(text)]


@pytest.mark.parametrize(
    "text, feast",
    [
        ("Joyeuse Sainte-Catherine à toute l'équipe!", "Joyeuse Sainte-Catherine"),
        ("Feliz San Juan, familia! Off to the beach after shift.", "Feliz San Juan"),
        ("Feliz Dia dos Pais to all the dads on nights", "Feliz Dia dos Pais"),
        ("Dydd Gŵyl Dewi hapus, everyone in the depot!", "Dydd Gŵyl Dewi"),
    ],
)
def test_wished_feast_days(text, feast):
    assert feast in [text[a:b] for a, b in wished_feast_regions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Happy birthday Sarah, from all of us!",  # a person wished well
        "Bonne chance Marie for the exam tomorrow",  # no day, no saint
        "Feliz San Juan Hospital open day, come along",  # a site named for a saint
        "Happy St Mary's, the new ward opens today",  # an English saint's name is as often a school or a hospital
    ],
)
def test_no_feast_without_a_day_or_saint(text):
    assert wished_feast_regions(text) == []


@pytest.mark.parametrize(
    "text, word",
    [
        # a feast wished in another language
        ("Bonne Saint-Jean à tous! Pharmacy shut today so it's a picnic by the river.", "Saint-Jean"),
        ("Feliz Día de Reyes a todos 👑 the night crew brought rosca to the station.", "Reyes"),
        # a song in quotes, the closing quote taken with it
        ("Storytime then we played Nina Simone 'Feeling Good' while tidying up the carpet.", "Feeling Good"),
        # a nation's cheer
        ("National Day rehearsal done, the kids did so well 🇸🇬 Majulah Singapura!", "Singapura"),
        ("Green and white balloons all over the pharmacy today. Pakistan Zindabad!", "Zindabad"),
    ],
)
def test_public_things_are_left_alone(find, text, word):
    assert not any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # a person after a wish is still a person
        ("Happy retirement Gwenllian Pritchard, the ward won't be the same.", "Gwenllian"),
        # a site named for a saint
        ("Handover at Saint-Jean Clinic ran late, the family were upset again.", "Saint-Jean"),
        # a possessive's apostrophe after a quoted title is no closing quote of the title
        ("Played 'Shine' at Marcus' leaving do on the unit, he cried.", "Marcus"),
        # a cheer for a person, not a nation
        ("Sports day relay went brilliantly, Forza Marcello! you flew round that bend.", "Marcello"),
    ],
)
def test_private_things_are_still_found(find, text, word):
    assert any(word in t for t in _found(find, text))
