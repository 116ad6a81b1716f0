"""The app in an 80- and a 100-column terminal (issue 12, walk-through 2): the review's summary line and
pane titles whole, the texts most of the screen, the list's key hint a few rows (pilot, real detector,
stand-in pipeline; the picture is test_snapshots.py's test_review_at_80_by_24)."""

from __future__ import annotations

import pytest
from textual.widgets import Label

from .conftest import NEWS_DRAFT, ready, review_done

pytestmark = pytest.mark.anyio


def whole(label: Label) -> bool:
    return len(str(label.render())) <= label.content_size.width


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_review_header_is_whole_and_the_texts_have_most_of_the_screen(make_app, size):
    app = make_app(draft=NEWS_DRAFT)
    async with app.run_test(size=size) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        await pilot.pause()
        summary = review.query_one("#review-summary")
        said = str(summary.render())
        assert summary.size.height == 1 and len(said) <= summary.content_size.width, said
        assert said.startswith("⚑ no identifiers; 1 thing to review") and "polished by the" in said, said
        titles = list(review.query(".pane-title").results(Label))
        assert len(titles) == 2 and all(whole(t) for t in titles), [str(t.render()) for t in titles]
        assert review.left.size.height >= size[1] // 2
        await pilot.resize_terminal(120, 36)  # wider: the line says more again
        await pilot.pause()
        assert "method: polished by the language model" in str(summary.render())


async def test_the_lists_key_hint_takes_a_few_rows_at_80_columns(make_app):
    app = make_app(draft=NEWS_DRAFT)
    async with app.run_test(size=(80, 24)) as pilot:
        await ready(pilot, app)
        await pilot.pause()
        hint = app.screen.query_one("#spans-hint")
        assert hint.size.height <= 3, str(hint.render())
        assert all(f"{key} {what}" in str(hint.render()) for key, what in [("a", "apply"), ("i", "ignore")])
        assert app.screen.editor.size.height >= 24 // 2
