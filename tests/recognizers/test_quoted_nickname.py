"""QuotedNicknameRecognizer (people/quoted_nickname.py): a nickname in quotes between a first name and a
surname, or after "we call", "known as", "goes by", or a role."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.quoted_nickname import QuotedNicknameRecognizer

NICK = QuotedNicknameRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in NICK.analyze(text, None)]


@pytest.mark.parametrize(
    "text, nick",
    [
        ("Farewell to Bernard 'Bernie' Achterberg after 30 years.", "Bernie"),
        ("Shout out to Kateryna “Kat” Moroz-Lee for the cover.", "Kat"),
        ("Patrick 'Big Paddy' Tierney fixed the boiler again.", "Big Paddy"),
        ("the regular we call 'Sailor' came in again", "Sailor"),
        ("a client who goes by 'Wolf' finished his course", "Wolf"),
        ("our porter 'Tank' is retiring", None),  # porter is no listed role: nothing found
        ("our dispatcher 'Tank' talked him through it", "Tank"),
        # opening a sentence, then what they are, where they are from, or what they said
        ("'Tiny' (6ft2, rugby captain) asked me to proofread his letter.", "Tiny"),
        ("Known him since he was a kid. 'Smudge' from the Bellfield flats got lifted again.", "Smudge"),
    ],
)
def test_quoted_nicknames(text, nick):
    assert any(nick in found for found in texts(text)) if nick else texts(text) == []


def test_a_nickname_inside_a_name_is_found_with_the_whole_name():
    assert texts("Farewell to Bernard 'Bernie' Achterberg after 30 years.") == ["Bernard 'Bernie' Achterberg"]


@pytest.mark.parametrize(
    "text",
    [
        "I said 'Hello' and walked off.",
        "The film 'Jaws' is on tonight.",
        "She called it 'Brilliant' on the form.",
        "my client 'loves' the new system",
        "'Wicked' (the musical) opened last night.",
        "Dinner party chat. 'Policy' is apparently not a job description.",
        "'Agile' from the top down never works.",
    ],
)
def test_other_quoted_words_are_not_nicknames(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    "text, nick",
    [
        # people calling someone by a nickname, in any case with its article
        ("the practice owner (we all call him 'the walrus') told us no pay rise", "the walrus"),
        ("the couple i call 'the Jam Jar people' had their best session", "the Jam Jar people"),
        ("the one everyone calls 'the Boss Lady' cut our hours", "the Boss Lady"),
        ("to my client who goes by Otter: so proud of you", "Otter"),
        ("PC 'Crumpets' on our team got told off", "Crumpets"),
        ("Crewed with 'Sprocket' again. 12hr shift", "Sprocket"),
        ("That fella 'Dai Pills' we all know was in again", "Dai Pills"),
    ],
)
def test_nicknames_given_by_the_people_around(text, nick):
    assert nick in texts(text)


@pytest.mark.parametrize(
    "text",
    [
        "we call it 'routine maintenance' here",
        "we call them 'the dailies' in our team",
        "what we call 'a good day' on the ward",
        "The year goes by so fast. Time goes by Friday",
        "Working with 'Agile' is hard",
        "I went with 'Option B' in the end",
    ],
)
def test_things_called_by_a_name_are_not_nicknames(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("Our little 'Professor' in Class 2 (the one who knows every flag) got his results", ["Professor"]),
        ("my wee 'Tank' from the Tuesday group finally spoke up", ["Tank"]),
        # a thing in quotes after the endearment, and a professor unquoted, are no nicknames
        ("Our little 'Wellbeing' event is back on Friday.", []),
        ("The professor said the public lecture would run long.", []),
    ],
)
def test_an_endearment_and_a_quoted_word_before_where_they_are_is_a_nickname(text, found):
    assert texts(text) == found
