"""Everyday words that open a sentence and are no one's name (session 38, keep38), so a rewrite keeps them:

- the -est form of a dictionary word ("Toughest", "Happiest", "Biggest"), whatever the tagger reads;
- a workplace acronym the small model calls an organisation ("the HoD", "AML checks", "the ECE").
Names of those shapes still are names: a superlative-looking given name the dictionary lists.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, word",
    [
        ("Toughest night shift I've had since training. Home now.", "Toughest"),
        ("Happiest discharge of the year today, she walked out on her own.", "Happiest"),
        ("Biggest mistake was not eating before the ward round.", "Biggest"),
        ("Told them the news today 🙏 Saddest call I've had to make.", "Saddest"),
    ],
)
def test_an_everyday_opener_is_no_name(find, text, word):
    assert not any(word in t for t, _ in find(text)), find(text)


def test_a_given_name_shaped_like_a_superlative_stays(find):
    assert any(t == "Ernest" for t, _ in find("Ernest rang the ward twice about his daughter today."))


@pytest.mark.parametrize(
    "text, word",
    [
        ("Taking it to the HoD first thing tomorrow.", "HoD"),
        ("The AML checks alone took an hour this morning.", "AML"),
        ("I was the only ECE in the room when it happened.", "ECE"),
    ],
)
def test_workplace_acronyms_are_no_organisation(find, text, word):
    assert not any(t == word for t, _ in find(text)), find(text)
