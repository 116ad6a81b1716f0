"""SentenceSubjectNameRecognizer (people/sentence_subject_name.py): A name at the start of a sentence or line,
known by what follows it: "Timotea lives on...", "Danial, can I please...", a transcript's speaker label
"Ella: What a wife."."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        ("Timotea lives on the corner.", "Timotea"),
        ("Ella: What a week.\nMika: Tell me about it.", "Mika"),
    ],
)
def test_names_known_by_their_context(find, text, name):
    assert (name, "PERSON") in find(text)


@pytest.mark.parametrize("text", ["Mobile:723 813 266", "Home: jo@example.com", "ph: 0049 30 901820", "Work: www.example.com"])
def test_a_contact_field_label_is_no_speaker(find, text):
    assert all(kind != "PERSON" for _, kind in find(text))


def test_a_name_labelling_a_number_is_still_a_name(find):
    assert ("Ella", "PERSON") in find("Ella: 07700 900123")
