"""The quit question names what would be lost truly (issue 12, walk6 #10): a draft that was rewritten with
nothing to change was called "a draft you have typed but not rewritten"."""

from __future__ import annotations

import pytest

from rewriter.tui.dialogs import Confirm

from .conftest import ready, review_done, wait_for

pytestmark = pytest.mark.anyio


async def test_quitting_after_a_rewrite_that_changed_nothing_does_not_say_not_rewritten(make_app):
    app = make_app(draft="")
    async with app.run_test(size=(120, 36)) as pilot:
        await ready(pilot, app)
        app.screen.editor.insert("Long day on the ward today.")  # typed, not opened from a file
        await wait_for(pilot, lambda: app.screen.checked, what="the check of the typing")
        await pilot.press("ctrl+r")
        await review_done(pilot, app)
        await pilot.press("escape")
        await wait_for(pilot, lambda: not hasattr(app.screen, "right"), what="the draft again")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, Confirm), what="the quit question")
        body = str(app.screen.query_one(".dialog-body").render())
        assert "draft you have typed" in body and "not copied or saved" in body, body
        assert "not rewritten" not in body, body
