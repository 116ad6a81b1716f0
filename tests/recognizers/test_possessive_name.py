"""PossessiveNameRecognizer (people/possessive_name.py): Whose family member this is: "harper's mum",
"roberto's daughter", "Tom's wife"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, name", [("saw harper's mum at the gate", "harper")])
def test_names_known_by_their_context(find, text, name):
    assert (name, "PERSON") in find(text)


def test_other_peoples_kids_name_no_one(find):
    assert find("Now off to teach 30 other people's kids. Wish me luck!") == []
