"""Session 46 (recall46): identifiers of English posts that were offered as clean, each class beside a close harmless
case it must leave alone. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.lowercase_post_name import LowercasePostNameRecognizer
from rewriter.detect.recognizers.places.numbered_room import NumberedRoomRecognizer


def _texts(recognizer, text):
    return [text[r.start : r.end] for r in recognizer.analyze(text, None)]


# -- an age in words between commas after a name the detector found (apposed_ages.py) -------------------------


@pytest.mark.parametrize("text, age", [
    # a name that is a word too ("grace", "brook"): the age-in-an-aside rule reads no person in it, the detector does
    ("little grace, fourteen, rang me from the park at midnight. she is home now, thank god.", "fourteen"),
])
def test_an_age_in_words_after_a_found_name(find, text, age):
    assert (age, "AGE") in find(text)


@pytest.mark.parametrize("text", [
    "Thanks Tom, one of the best, for covering my shift.",
    "Chapter two, then bed. Long day.",
])
def test_a_number_word_after_a_name_that_is_no_age(find, text):
    assert not [t for t, k in find(text) if k == "AGE"]


# -- a lowercase name after someone's role, before what they did (lowercase_post_name.py) ----------------------


@pytest.mark.parametrize("text, names", [
    ("so our producer temesgen told the whole team in standup that my build broke the nightly again", ["temesgen"]),
    ("honestly my supervisor nkechi said the rota was fine and then changed it again at midnight", ["nkechi"]),
])
def test_a_lowercase_name_after_an_owned_role(text, names):
    assert _texts(LowercasePostNameRecognizer(), text) == names


@pytest.mark.parametrize("text", [
    "so our producer finally told the whole team in standup that my build broke the nightly again",
    "my supervisor literally laughed when i showed her the rota for next week lol not even joking",
])
def test_an_ordinary_word_after_an_owned_role(text):
    assert _texts(LowercasePostNameRecognizer(), text) == []


# -- a room by its bare number after who is in it (numbered_room.py) ------------------------------------------


@pytest.mark.parametrize("text, room", [
    ("Couple in 214 checked in under a made-up name and the wife rang reception an hour later 💀", "214"),
    ("The guest in 1108 rang down at 3am for a pineapple. Hospo life.", "1108"),
])
def test_someone_in_a_room_number(text, room):
    assert room in _texts(NumberedRoomRecognizer(), text)


@pytest.mark.parametrize("text", [
    "A man in 2019 walked into my clinic and changed my career.",
    "One patient in 100 gets this side effect, so we warn everyone.",
    "The lady in 200 metres of queue was me, at the post office.",
])
def test_a_number_after_someone_that_is_no_room(text):
    assert _texts(NumberedRoomRecognizer(), text) == []
