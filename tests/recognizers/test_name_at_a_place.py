"""NameAtAPlaceRecognizer (people/name_at_a_place.py): names known by where the person belongs, said
the informal way ("lol priya at work told a patient", "Kai from Walton Vale youth club got his trial")."""

from __future__ import annotations

import pytest


def names(detector, text):
    return [s.text for s in detector.detect(text) if s.entity_type == "PERSON"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("lol priya at work told a patient his gums were 'giving haunted house'", "priya"),
        ("so proud, aarav from work just passed his driving test", "aarav"),
        ("Kai from Walton Vale youth club got his academy trial!! Made up for ya la", "Kai"),
        ("Gemma from St Anne's youth club did a sponsored walk.", "Gemma"),
    ],
)
def test_a_name_by_where_they_belong_is_found(detector, text, name):
    assert name in names(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "bro at work told me to chill",
        "Someone at work said I look tired.",
        "lol everyone at work laughed.",
        "Withdrew from Oakfield Academy today.",
        "Transferred from Green Lane school in May.",
        "News from Walton Vale youth club: we won the cup!",
    ],
)
def test_other_words_there_are_no_names(detector, text):
    assert names(detector, text) == []


def test_the_rewrite_says_someone(detector):
    from rewriter.generalise import generalise

    text = "lol priya at work told a patient his gums were 'giving haunted house'"
    out = generalise(text, detector.detect(text, role="dental nurse"), "dental nurse").text
    assert "priya" not in out.lower(), out
