"""Reading a long draft around a span without reading it from its start for every span.

A long draft (a pasted export, a 1 MB file) has thousands of names; a rule that finds the sentence around each
one by scanning from the draft's start reads the draft once per name, which grows with the square of its length.
"""

from __future__ import annotations

import re


def last_end_before(pattern: re.Pattern, text: str, pos: int, step: int = 512, floor: int = 0) -> int:
    """Where the last match of a one-character ``pattern`` before ``pos`` ends (``floor`` where none at or after
    it): read backwards a window at a time, so a long draft's many names do not each read the draft from its
    start; a ``floor`` bounds the reading where a run with no match would otherwise be read to its start."""
    floor = max(0, floor)
    lo = pos
    while lo > floor:
        lo = max(floor, lo - step)
        found = None
        for found in pattern.finditer(text, lo, pos):
            pass
        if found is not None:
            return found.end()
        pos = lo
    return floor
