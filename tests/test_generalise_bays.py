"""A numbered bay is a part of a ward: "on bay 3" is said as "in a bay", never "on bed" (generalise/places.py).
A numbered bed keeps its preposition ("in bed 12" -> "in bed")."""

from __future__ import annotations

import pytest
from test_generalise_garble21 import gen  # tests/ is on the path


@pytest.mark.parametrize("draft, expected", [
    ("Lovely chat with the man on [bay 3] today.", "Lovely chat with the man in a bay today."),
    ("Moved her from [bay 4] to a side room", "Moved her from a bay to a side room"),
    ("The lady in [bed 12] finally slept.", "The lady in bed finally slept."),
])
def test_a_numbered_bay_or_bed_reads_as_a_place_on_the_ward(draft, expected):
    assert gen(draft, "FACILITY", role="nurse") == expected
