"""What the app says is true (issue 12, walk6 #10): the quit question called a draft rewritten with nothing
to change "a draft you have typed but not rewritten"; an edited rewrite's summary still named the method
that made it ("unchanged (nothing needed changing)") beside "1 identifier remains"."""

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


async def test_an_edited_rewrite_is_not_said_to_be_what_the_method_made(make_app):
    # walk6 #10: "method: unchanged (nothing needed changing)" beside "✗ not clean: 1 identifier remains"
    app = make_app(draft="Long day on the ward today.")
    async with app.run_test(size=(140, 36)) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        summary = lambda: str(review.query_one("#review-summary").render())  # noqa: E731
        assert "edited by you" not in summary()
        review.right.focus()
        await pilot.press("end", *" Thanks Kevin Pearce")
        await wait_for(pilot, lambda: "not clean" in summary(), what="the verdict on the edit")
        assert "edited by you" in summary(), summary()
