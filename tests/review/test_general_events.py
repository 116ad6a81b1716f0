"""A specific event said by its kind alone: which one it was goes, what happened stays."""

import pytest

from rewriter.review.general_events import general_event


@pytest.mark.parametrize(("what", "general"), [
    ("bus crash", "a serious accident"),
    ("hit-and-run", "a serious accident"),
    ("blaze", "a fire"),
    ("floods", "the floods"),
    ("wildfire", "a wildfire"),
])
def test_a_common_kind_of_event_is_said_by_its_kind(what, general):
    assert general_event(what) == general


@pytest.mark.parametrize("what", ["stabbing", "robbery", "shooting", "explosion", "massacre", ""])
def test_a_crime_or_a_rarer_event_is_a_serious_incident(what):
    # the labelled drafts count "the teenager from a stabbing" as still pointing at one case
    assert general_event(what) == "a serious incident"
