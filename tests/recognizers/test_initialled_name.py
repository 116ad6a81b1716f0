"""InitialledNameRecognizer (people/initialled_name.py): Names with an initial: "Noah P.", "Ravil G Yefimov",
"Vide A."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.initialled_name import InitialledNameRecognizer


@pytest.mark.parametrize(
    "text, name",
    [
        ("Especially Noah P. who read aloud for the first time!", "Noah P."),
        ("Have you been to a Ravil G Yefimov concert before?", "Ravil G Yefimov"),
    ],
)
def test_names_with_initials(find, text, name):
    assert any(name in found and kind == "PERSON" for found, kind in find(text))


def test_an_initial_after_a_dictionary_word_is_no_name():
    rec = InitialledNameRecognizer()
    assert rec.analyze("Plan B and Vitamin D, then Section A.", ["PERSON"], None) == []
