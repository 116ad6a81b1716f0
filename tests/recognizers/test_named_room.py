"""NamedRoomRecognizer (places/named_room.py): a nursery's room or a school's class by its own name ("the
Hedgehog room", "Tōtara class") in a post about children; a room or class named by its kind ("the Baby room",
"my Pilates class"), or any named room in a post with no children in it, is not."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.places.named_room import NamedRoomRecognizer

ROOM = NamedRoomRecognizer()


def texts(text: str) -> list[str]:
    return [text[r.start:r.end] for r in ROOM.analyze(text, None)]


@pytest.mark.parametrize(
    "text, found",
    [
        ("Little Zubair from the Hedgehog room painted his first rainbow today", "Hedgehog room"),
        ("Such a lovely moment when Ana in Tōtara class read to the whole school", "Tōtara class"),
        ("Sports day for the kids (age 6, Puffins class) was chaos", "Puffins class"),
    ],
)
def test_a_named_room_in_a_childrens_post(text, found):
    assert texts(text) == [found]


@pytest.mark.parametrize(
    "text",
    [
        "The kids in the Baby room and the Toddler room both napped at once",
        "Back to my Pilates class tonight after a long week with the kids at school",
        "Pure class. My pupils smashed the French class quiz today.",
        "Booked the Harbour room for the board away-day next month.",
        "The class of 2024 at our school, you did it!",
        "My students loved the Chemistry class demo",
    ],
)
def test_a_kind_of_room_or_no_children_is_left(text):
    assert texts(text) == []
