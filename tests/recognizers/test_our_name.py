"""OurNameRecognizer (people/our_name.py): a name after Northern English "our" or Geordie "wor" ("found our Baz
in the doorway again", "seeing our Hope ring the bell"); not a title, an everyday word, a word before a capital,
an acronym, a holiday or a family noun. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.our_name import OurNameRecognizer

OUR = OurNameRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in OUR.analyze(text, None)]


@pytest.mark.parametrize(
    "text, name",
    [
        # (the span takes its "our", so the rewrite replaces both: "found someone kipping")
        ("Found our Baz kipping behind the bus station again, soaked through.", "our Baz"),
        ("Loved seeing our Hope ring the bell on the unit today!", "our Hope"),
        ("Had a brew with wor Shaz at the drop-in, she's doing canny.", "wor Shaz"),
        ("Checked in on our Tracey, she's finally home.", "our Tracey"),
    ],
)
def test_a_name_after_our(text, name):
    assert texts(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Praying to our Lord for strength before the night shift.",
        "So proud of our Team this week, every shift covered.",
        "Fundraiser for our Hope Centre smashed its target!",
        "Huge thanks to our NHS staff working through the holidays.",
        "Had our Christmas do last night, great craic.",
        "Popped in to see our Nan after work, she sends her love.",
        "Our Lady of Lourdes chapel was packed.",
        "Big congrats to the nurses from our Kintampo dental unit on passing their exams!",  # a site's name
        "Patients from our Margao clinic keep asking about the new hours.",
        "Pancit in the staff room today, courtesy of our Filipino nurses!",  # a group described
        "Massive thanks to our Polish lads on the night shift.",
    ],
)
def test_a_word_after_our_stays(text):
    assert texts(text) == []
