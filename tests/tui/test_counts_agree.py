"""The legend under the draft and the status bar say the same thing (issue 12, walk6 #10): after one risk
was marked checked the status bar said "1 thing to review" and the legend "to review 2"; and an emptied
draft is never shown with the last verdict ("✓ verified clean") while its check is on the way."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rewriter.config import Config

from .conftest import NEWS_DRAFT, ready, wait_for

pytestmark = pytest.mark.anyio


def _legend(app) -> str:
    return str(app.screen.query_one("#legend").render())


def _status(app) -> str:
    return app.status.as_text().plain


async def test_the_legend_counts_what_is_left_to_review_as_the_status_bar_does(make_app):
    app = make_app(draft=NEWS_DRAFT)
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot, app)
        draft = app.screen
        assert len(draft.risks) == 2, draft.risks
        assert "2 things to review" in _status(app) and "to review 2" in _legend(app)
        draft.acknowledge(draft.risks[0])
        await pilot.pause()
        assert "1 thing to review" in _status(app), _status(app)
        assert "to review 1" in _legend(app) and "checked 1" in _legend(app), _legend(app)
        draft.acknowledge(draft.risks[1])
        await pilot.pause()
        assert "to review" not in _status(app), _status(app)
        assert "to review" not in _legend(app) and "checked 2" in _legend(app), _legend(app)


async def test_an_emptied_draft_says_type_or_paste_at_once_not_the_last_verdict(make_app):
    config = Config()
    config = replace(config, app=replace(config.app, debounce_ms=5000))  # the check of the emptied draft waits
    app = make_app(draft="Long day on the ward.", config=config)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "verified clean" in _status(app), timeout=30, what="the first check")
        app.screen.editor.clear()
        await pilot.pause()
        assert "verified" not in _status(app) and "Paste or type a draft" in _status(app), _status(app)
        assert "nothing identifying found" not in _legend(app) and "Paste or type a draft" in _legend(app)
