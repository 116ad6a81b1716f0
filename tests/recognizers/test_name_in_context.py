"""NameInContextRecognizer (people/name_in_context.py): Names known by the phrase that introduces them, in
any case."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        ("jenny from the Tuesday group made me cry", "jenny"),
        ("emma from my thursday evening group brought me flowers today", "emma"),
        ("my name is vitoria", "vitoria"),
        ("Sometimes people call me Csanád", "Csanád"),
        ("Hi Manlio, I'm contacting you about a problem", "Manlio"),
        ("Mehrudin shouted at Todd: what are you doing?", "Todd"),
    ],
)
def test_names_known_by_their_context(find, text, name):
    assert (name, "PERSON") in find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("customer from Hollins Farm Supplies rang FOUR times about the same invoice", "FOUR"),
        ("Thank you Mom, thank you all of you", "Mom"),
    ],
)
def test_emphasis_and_own_family_are_no_names(find, text, word):
    assert not [s for s, _ in find(text) if s == word], find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("'Big Dom' in facilities has been reported again.", "Big Dom"),
        ("“Shaz” from accounts sorted my pay in ten minutes.", "Shaz"),
        ("'Little Mo' on reception is an absolute legend.", "Little Mo"),
    ],
)
def test_a_nickname_in_quotes_before_a_department_is_a_colleague(find, text, name):
    assert (name, "PERSON") in find(text)


@pytest.mark.parametrize(
    "text",
    [
        "'Agile' in IT is just a buzzword now.",  # a term in quotes
        "'Lean' in operations means fewer staff.",  # a term in quotes again
    ],
)
def test_a_term_in_quotes_is_no_nickname(find, text):
    assert not any(kind == "PERSON" for _, kind in find(text))


def test_a_greeting_closed_by_an_emoji_names_someone(find):
    # names invented
    assert ("jorvan", "PERSON") in find("One of our young people just followed my Insta (hi jorvan 👋). Blocking you now")


@pytest.mark.parametrize("text", ["hi all 👋 new here", "thanks guys 🙏 means a lot", "hey team 👋 quick one", "thanks mum 🙏",
                                  "Rare. Cheers NZ 🍷", "morning lagos ☀️ lets go"])
def test_a_greeting_to_a_group_or_own_family_before_an_emoji_names_no_one(find, text):
    assert not [s for s, kind in find(text) if kind == "PERSON"], find(text)



@pytest.mark.parametrize("text, word", [("Can I post it to the group page? His nan said ok.", "ok"), ("Mum said yes to the trip", "yes")])
def test_what_was_said_in_lower_case_is_no_one(find, text, word):
    assert not [s for s, _ in find(text) if s == word], find(text)


def test_a_name_after_said_is_still_found(find):
    assert ("Gladys", "PERSON") in find("'Not today,' said Gladys to Logan on bay 2")
