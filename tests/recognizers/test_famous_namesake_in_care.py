"""A private person who shares a lesser-known public figure's name (English Wikipedia's biographies, Pantheon below
its most-read tier): in a sentence that tells a care story about the name (a health word, someone served, a place
of care, an age beside it) the name stays flagged, since recall comes first. The same name beside the figure's
public work, and a household name in a care sentence, stay public."""

import pytest
from conftest import flagged_in

from rewriter.detect.recognizers.support import famous_names


@pytest.mark.parametrize(
    "text, name",
    [
        ("Visited David Seaman at home today, his leg ulcer is healing nicely.", "David Seaman"),
        ("Lovely chat with David Seaman on the ward today, 84 and sharp as a tack.", "David Seaman"),
        ("Katherine Mansfield's dressing changed again, the wound looks much better.", "Katherine Mansfield"),
        ("Took Viktor Frankl's bloods at 7, he was admitted overnight.", "Viktor Frankl"),
    ],
)
def test_a_lesser_known_name_in_a_care_story_stays_flagged(find, text, name):
    assert flagged_in(find, text, name, role="district nurse")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Watching David Seaman save that penalty in 96 still gives me chills.", "David Seaman"),
        ("Rereading Viktor Frankl's Man's Search for Meaning on my lunch break.", "Viktor Frankl"),
        # a household name stays public in a care sentence: no private person is likelier
        ("Even Florence Nightingale would have struggled on the ward today.", "Florence Nightingale"),
    ],
)
def test_the_name_beside_public_work_or_a_household_name_stays_public(find, text, name):
    assert not flagged_in(find, text, name, role="district nurse")


def test_household_names_are_not_in_the_lesser_known_tier():
    assert "Florence Nightingale" not in famous_names._LESSER_KNOWN
    assert "David Seaman" in famous_names._LESSER_KNOWN
