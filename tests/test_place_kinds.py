"""What kind of place a name says it is (rewriter/data/facility_kinds.txt)."""

from __future__ import annotations

import pytest

from rewriter.detect.place_kinds import FACILITY_KINDS, kind_of_place


def test_every_row_has_keys_and_a_kind():
    assert FACILITY_KINDS
    for keys, kind in FACILITY_KINDS:
        assert keys and all(k and k == k.strip().lower() for k in keys)
        assert kind.startswith(("a ", "an ")), kind


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Oak Lodge", "a care home"),
        ("Ward 7", "a hospital ward"),
        ("Oakfield Primary", "a local school"),
        ("Northgate Hotels", "a hotel"),  # a plural key matches too
        ("Court Road", "a local street"),  # the street row comes before the court row
        ("Leeds Crown Court", "a court"),
        ("Marcus", None),
        # a bay with its number is a bed space; a name ending in "Bay" is a stretch of coast
        ("Bay 3", "a bed"),
        ("side bay", "a bed"),
        ("Marina Bay", None),
        ("Byron Bay", None),
    ],
)
def test_kind_of_place(name, kind):
    assert kind_of_place(name) == kind
