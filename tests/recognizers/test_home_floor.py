"""HomeFloorRecognizer (places/home_floor.py): the floor a person lives on or comes from, and a ward by its code.
Every name here is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.home_floor import HomeFloorRecognizer

FLOOR = HomeFloorRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in FLOOR.analyze(text, None)]


@pytest.mark.parametrize("text, found", [
    ("Mrs Agnew fae the 12th floor at Glenbrae Court has been askin for me all week.", "12th floor"),
    ("Called again for Mr Chan, lives alone on 19/F, nobody checks on him.", "19/F"),
    ("Sister Bronagh on 7C needs to sort the rota out. 4 nights in a row again.", "7C"),
    ("the lady who lives on the 9th floor rang the desk again", "9th floor"),
])
def test_a_floor_lived_on_or_a_ward_code(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize("text", [
    "Our office on the 3rd floor has no aircon again, melting.",  # the writer's own workplace
    "Printed the bracket on the 3D printer, back on 5G now.",  # a printer and a network
    "23/F here, anyone else starting nursing in September?",  # an age and a sex, not a floor
    "Sketching on 2B paper all weekend, bliss.",  # a pencil's grade, no ward in the post
])
def test_other_floors_and_codes_are_left(text):
    assert texts(text) == []


def test_the_rewrite_says_a_floor(detector):
    from rewriter.generalise import generalise

    text = "Called again for Mr Chan, lives alone on 19/F, nobody checks on him."
    out = generalise(text, detector.detect(text, role="paramedic"), "paramedic").text
    assert "lives alone on an upper floor," in out, out


def test_a_floor_before_who_is_said_as_a_floor_not_a_person(detector):
    from rewriter.generalise import generalise

    text = "Covering the estate fire inquiry. The resident from the 14th floor who dialled 999 first told me the alarms never went off."
    out = generalise(text, detector.detect(text, role="journalist"), "journalist").text
    assert "The resident from an upper floor who dialled" in out, out
