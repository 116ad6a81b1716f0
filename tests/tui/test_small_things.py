"""Smaller things a new user met (issue 12, item 11): counts that agree with their nouns, a save that asks
before replacing a file, and a footer whose key hints fit a 90-column terminal."""

from __future__ import annotations

import pytest

from rewriter.display import counted

from .conftest import ready, review_done, wait_for

pytestmark = pytest.mark.anyio

SIZE = (120, 36)


def test_counted_agrees():
    assert [counted(n, "identifier") for n in (0, 1, 2)] == ["0 identifiers", "1 identifier", "2 identifiers"]
    assert counted(1, "thing") == "1 thing" and counted(3, "person", "people") == "3 people"


@pytest.mark.parametrize("added, wanted", [(" Thanks Gregory Walsh!", "1 identifier remains"),
                                           (" Thanks Gregory Walsh and Oakfield Primary!", "2 identifiers remain")])
async def test_the_review_says_how_many_identifiers_remain_in_agreement(make_app, added, wanted):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        review.right.move_cursor(review.right.document.end)
        review.right.insert(added)
        await wait_for(pilot, lambda: review.current_verdict is not None, what="the check of the edit")
        summary = str(review.query_one("#review-summary").render())
        assert wanted in summary, summary
