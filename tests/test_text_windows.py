"""Reading a long draft around a span (rewriter/detect/text_windows.py): the last stop before a position, found by
reading backwards a window at a time, and never further back than a floor where one is given."""

from __future__ import annotations

import re

from rewriter.detect.text_windows import last_end_before

_STOP = re.compile(r"[.!?\n]")


def test_the_last_stop_before_a_position_is_found_across_windows():
    text = "First line. " + "word " * 400 + "Name here"
    pos = text.index("Name")
    assert last_end_before(_STOP, text, pos, step=64) == text.index(".") + 1


def test_with_no_stop_the_start_of_the_text_is_returned():
    text = "no stops at all in this run " * 50
    assert last_end_before(_STOP, text, len(text) - 1, step=64) == 0


def test_a_floor_bounds_the_reading_of_a_run_with_no_stop():
    text = "Earlier. " + "a run with no stop " * 100
    pos = len(text) - 5
    # the stop lies before the floor: the floor is where the reading ends
    assert last_end_before(_STOP, text, pos, step=64, floor=pos - 300) == pos - 300
    # with the stop inside the reach it is still found
    assert last_end_before(_STOP, text, pos, step=64, floor=5) == text.index(".") + 1
