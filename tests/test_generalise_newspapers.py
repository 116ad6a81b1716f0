"""A newspaper's name where a story appears is "the news", as a broadcaster's is, never dropped: "was in the
Herald last month" -> "was in the news last month" (dropping it read "in the last month", another meaning)."""

from __future__ import annotations

import pytest
from test_generalise_garble21 import gen  # tests/ is on the path


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("One of my pupils was in the [Herald] last month for her swimming.",
         "One of my pupils was in the news last month for her swimming."),
        ("Our lad made the [Clayton Gazette] again, proud coach here.", "Our lad made the news again, proud coach here."),
        ("The crash was all over the [Evening Echo].", "The crash was all over the news."),
    ],
)
def test_a_paper_where_a_story_appears_is_the_news(draft, expected):
    assert gen(draft, "ORGANIZATION") == expected


@pytest.mark.parametrize(
    "draft",
    [
        "Dinner with the [Herald] family tonight.",  # a family's name, no story in it
        "Parcel stuck at [Royal Mail] again.",  # no "in the" before it
    ],
)
def test_a_name_ending_in_a_papers_word_elsewhere_is_not_a_paper(draft):
    assert "the news" not in gen(draft, "ORGANIZATION")
