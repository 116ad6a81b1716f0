"""LowercasePostNameRecognizer (people/lowercase_post_name.py): in a post written all in lowercase, a word no
dictionary knows that owns something or did something is a name. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.lowercase_post_name import LowercasePostNameRecognizer

NAMES = LowercasePostNameRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in NAMES.analyze(text, None)]


@pytest.mark.parametrize("text, names", [
    ("reception class was wild today 🙃 kaydence bit jaylen's arm at snack time and i had to ring both mums", ["kaydence", "jaylen"]),
    ("so proud of my lot today. then tiernan finished a whole reading book on his own, cried a bit ngl", ["tiernan"]),
    ("home visit done, told mrs k ammara-jade's new meds start monday and she said thanks love", ["ammara-jade"]),
])
def test_a_name_owning_or_doing_something_in_an_all_lowercase_post(text, names):
    assert texts(text) == names


@pytest.mark.parametrize("text", [
    "Today Kaydence bit Rowan's arm at snack time and I had to ring both mums",  # capitals: other rules read it
    "ngl spotify's wrapped called me out today, 400 hours of sea shanties during marking season",  # a platform
    "the lasagne's gone everywhere in the staffroom fridge again, who did this, i am begging",  # a word
    "night shift done. i've charted everything and we're handing over at 8, see you all tomorrow",  # contractions
    "covering st columba's ward tonight and it already feels like a long one, send biscuits",  # a saint's ward
    "my nan's garden is so pretty today 🌸",  # too short, and a word for family
])
def test_words_capitals_platforms_and_saints_are_left(text):
    assert texts(text) == []


def test_the_rewrite_generalises_both_children(detector):
    from rewriter.generalise import generalise

    text = "reception class was wild today 🙃 kaydence bit jaylen's arm at snack time and i had to ring both mums"
    out = generalise(text, detector.detect(text, role="teacher"), "teacher").text
    assert "kaydence" not in out and "jaylen" not in out, out
