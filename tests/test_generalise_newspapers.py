"""A newspaper's name where a story appears is "the local paper", never dropped: "was in the Herald last
month" -> "was in the local paper last month" (dropping it read "in the last month", another meaning)."""

from __future__ import annotations

import pytest
from test_generalise_garble21 import gen  # tests/ is on the path


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("One of my pupils was in the [Herald] last month for her swimming.",
         "One of my pupils was in the local paper last month for her swimming."),
        ("Our lad made the [Clayton Gazette] again, proud coach here.", "Our lad made the local paper again, proud coach here."),
        ("The crash was all over the [Evening Echo].", "The crash was all over the local paper."),
    ],
)
def test_a_paper_where_a_story_appears_is_the_local_paper(draft, expected):
    assert gen(draft, "ORGANIZATION") == expected


@pytest.mark.parametrize(
    "draft",
    [
        "Dinner with the [Herald] family tonight.",  # a family's name, no story in it
        "Parcel stuck at [Royal Mail] again.",  # no "in the" before it
    ],
)
def test_a_name_ending_in_a_papers_word_elsewhere_is_not_a_paper(draft):
    assert "local paper" not in gen(draft, "ORGANIZATION")
