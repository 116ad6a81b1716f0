"""A specific event said by its kind alone: which one it was goes, what happened stays."""

import pytest

from rewriter.review.general_events import general_event


@pytest.mark.parametrize(("what", "general"), [
    ("bus crash", "a serious accident"),
    ("hit-and-run", "a serious accident"),
    ("stabbing", "a stabbing"),
    ("blaze", "a fire"),
    ("break-in", "a break-in"),
    ("floods", "the floods"),
    ("explosion", "an explosion"),
])
def test_a_common_kind_of_event_is_said_by_its_kind(what, general):
    assert general_event(what) == general


@pytest.mark.parametrize("what", ["massacre", "rampage", "stampede", ""])
def test_a_kind_rare_enough_to_point_at_one_event_is_a_serious_incident(what):
    assert general_event(what) == "a serious incident"
