"""RoleInitialRecognizer (people/role_initial.py): A lone initial after a word for a client, patient or
relative: "Client L (late 20s) said...", "pt K was moved", "Mum B rang"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.role_initial import RoleInitialRecognizer


@pytest.mark.parametrize(
    "text, initial",
    [
        ("Client L (late 20s, ex-Royal Marine) said something in session today", "L"),
        ("pt K was moved to bay 2", "K"),
        ("Mum B rang again.", "B"),
    ],
)
def test_a_lone_initial_after_client_or_patient(text, initial):
    assert [text[r.start : r.end] for r in RoleInitialRecognizer().analyze(text, None)] == [initial]


@pytest.mark.parametrize(
    "text", ["the client I saw today", "Client ID 44 on the form", "our pupil Premium funding", "customer B2B sales", "patient A"]
)
def test_pronouns_labels_and_codes_are_not_initials(text):
    assert RoleInitialRecognizer().analyze(text, None) == []


def test_a_lone_initial_through_the_detector(find):
    assert ("L", "PERSON") in find("Client L (late 20s) said something in session today.")


@pytest.mark.parametrize(
    "text, initial",
    [
        ("Mr R is going to love his new chair", "R"),
        ("Mrs B.'s daughter rang the ward", "B."),
        ("what happened with Mrs. K at the home is still open", "K"),
        ("Mr J.W. came in again", "J.W."),
    ],
)
def test_a_lone_initial_after_a_title(text, initial):
    assert [text[r.start : r.end] for r in RoleInitialRecognizer().analyze(text, None)] == [initial]


@pytest.mark.parametrize("text", ["How am I meant to look Mrs O'Hare in the eye", "Mr D. Fairweather called", "Dr Who is on tonight"])
def test_a_title_before_a_surname_or_a_word_is_not_a_lone_initial(text):
    assert RoleInitialRecognizer().analyze(text, None) == []
