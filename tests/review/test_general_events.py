"""A specific event said generally: an accident as "a serious accident", any other event as "a serious incident"."""

import pytest

from rewriter.review.general_events import general_event


@pytest.mark.parametrize("what", ["bus crash", "hit-and-run", "pile-up", "drowning"])
def test_an_accident_is_a_serious_accident(what):
    assert general_event(what) == "a serious accident"


@pytest.mark.parametrize("what", ["stabbing", "blaze", "floods", "avalanche", "explosion", ""])
def test_any_other_event_is_a_serious_incident(what):
    # the labelled drafts count the kind itself as pointing at one case ("lost her shop in a fire")
    assert general_event(what) == "a serious incident"
