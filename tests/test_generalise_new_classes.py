"""The rewrite of the identifier classes added for issue 10's recall (real detector, then the generaliser):
workforce counts in a post about cuts, the size of a small place, birthday ordinals, "who's 79", "a girl
of 15", a school year standing for a pupil, bleeps and extensions, a nickname inside a name."""

from __future__ import annotations

import pytest

from rewriter.generalise.driver import generalise


@pytest.mark.parametrize(
    "text, role, expected",
    [
        ("The depot is closing. 35 of us, and nobody knows yet.", "other",
         "The depot is closing. Many of us, and nobody knows yet."),
        ("Our whole team of 7 is being cut in the spring.", "other", "Our whole team is being cut in the spring."),
        ("Restructure confirmed: we're cutting 180 roles next month.", "hr",
         "Restructure confirmed: we're cutting over a hundred roles next month."),
        ("Being the only vet in a town of 2,400 means everyone knows your business.", "vet",
         "Being a vet in a town of a few thousand means everyone knows your business."),
        ("The whole village of 300 came to the funeral.", "priest", "The whole village of a few hundred came to the funeral."),
        ("Our town (pop 350) has one GP.", "gp", "Our town (pop a few hundred) has one GP."),
        ("happy 97th to the loveliest lady on our unit", "care worker", "happy milestone birthday to the loveliest lady on our unit"),
        ("A boy of 13 from the estate was brought in.", "paramedic", "A boy from the estate was brought in."),
        ("He's only 15 and already caring for his mum.", "social worker", "He's only a teenager and already caring for his mum."),
        ("Mentoring a Year 9 at Oakfield High who wants to be a vet.", "teacher",
         "Mentoring a pupil at a local school who wants to be a vet."),
        ("On call tonight, bleep 5521 if you need me", "doctor", "On call tonight, the bleep if you need me"),
    ],
)
def test_new_classes_are_rewritten_to_read_right(detector, text, role, expected):
    spans = detector.detect(text, role=role)
    assert generalise(text, spans, role).text == expected


def test_a_nickname_inside_a_name_goes_with_the_name(detector):
    text = "Farewell to Bernard 'Bernie' Achterberg after 30 years on the crew."
    spans = detector.detect(text, role="paramedic")
    out = generalise(text, spans, "paramedic").text
    assert "Bernie" not in out and "Achterberg" not in out and "Bernard" not in out


def test_a_share_of_a_workforce_keeps_what_it_is_a_share_of(detector):
    text = "They're cutting 25% of the Leeds office next month."
    assert generalise(text, detector.detect(text, role="hr"), "hr").text == "They're cutting part of the Leeds office next month."


def test_now_and_an_age_in_an_aside_goes_with_its_commas(detector):
    text = "A lad I supported years ago, now 20, sent me a card."
    assert generalise(text, detector.detect(text, role="social worker"), "social worker").text == (
        "A lad I supported years ago sent me a card."
    )
