"""WordNameOwnThingRecognizer (people/word_name_own_thing.py): a first name that is also a word, opening a sentence
and then doing something to what is theirs ("on her second go", "his hamstring"), is a person; a word whose "her"
is the object, or in a clause of its own, stays a word."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        ("Grace finally cleared her overdue library fines, a new dawn.", "Grace"),
        ("Rich pulled his hamstring in the staff rounders match.", "Rich"),
        ("Jade (the new receptionist) dropped her phone in the sharps bin.", "Jade"),
    ],
)
def test_a_word_name_doing_something_to_what_is_theirs_is_a_person(find, text, name):
    assert (name, "PERSON") in find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Grace saved her that night, the chaplain says.", "Grace"),  # "her" the object, not the owner's
        ("Summer ended and took her long evenings with it.", "Summer"),  # "her" in a clause of its own
        ("Mum did her famous trifle for the ward party.", "Mum"),  # a family word
    ],
)
def test_a_word_that_owns_nothing_stays_a_word(find, text, word):
    assert not [t for t, kind in find(text) if word in t and kind == "PERSON"]
