"""The writer's own workplace in a post that keeps nothing quiet and vents at no one (detect/own_workplace.py): a
career move of their own, an office in a big city. Both sides: the same names in a confidential or venting post,
beside someone served or as a client are still found. Real Presidio engine. Every firm's name is invented."""

from __future__ import annotations

import pytest

from conftest import flagged_in


@pytest.mark.parametrize(
    "text, word",
    [
        ("Thrilled to share that after 6 years at Halvorsen Partners I'm starting a new chapter with Brightloop "
         "Consulting in Toronto 🎉 Grateful to every mentor. Onward! #NewRole", "Brightloop"),
        ("Thrilled to share that after 6 years at Halvorsen Partners I'm starting a new chapter with Brightloop "
         "Consulting in Toronto 🎉 Grateful to every mentor. Onward! #NewRole", "Halvorsen"),
        ("Started a new job as Senior Data Analyst at Lumen Labs this week!", "Lumen Labs"),
        ("Diwali week means half of our Bangalore office is on leave and the other half is eating sweets 😄", "Bangalore"),
    ],
)
def test_the_writers_own_move_and_a_big_citys_office_are_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # kept quiet or business news
        ("Not announced yet but after 6 years at Halvorsen Partners I'm leaving, they're cutting the whole audit team.",
         "Halvorsen"),
        ("Our Bangalore office is closing next month and nobody has been told yet.", "Bangalore"),
        # vented at
        ("After 6 years at Halvorsen Partners I'm leaving. The management there are useless and incompetent.", "Halvorsen"),
        # someone else's move; a past employer left, which opens a grievance as often
        ("Congratulations to Ifeoma Nwachukwu on her new role as Data Engineer at Kudipath! Three rounds, she's in.",
         "Kudipath"),
        ("When the CTO is the founder's brother, code review means he merges whatever he wants. I've since left "
         "Kernow Labs. Find a team where feedback flows both ways.", "Kernow"),
        # an office where a named person works
        ("Our Kumasi office manager Mr Asamoah has had 14 files on his desk since March because nobody has seen him.",
         "Kumasi"),
        # a client's
        ("I'm joining the Brightloop Consulting account next week, our biggest client.", "Brightloop"),
    ],
)
def test_the_same_names_kept_quiet_vented_at_or_a_clients_are_still_found(find, text, word):
    assert flagged_in(find, text, word), find(text)
