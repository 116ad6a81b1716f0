"""Notices (toasts) cover no text (issue 12, walk6 #8): not the draft being typed, not the rewrite being
edited, not the status bar; and, as before, never a dialog (test_small_things)."""

from __future__ import annotations

import pytest
from textual.widgets._toast import Toast

from .conftest import ready, review_done, wait_for

pytestmark = pytest.mark.anyio

LONG_DRAFT = "\n".join(f"Line {i}: a long night on the ward with Tom Reyes, who covered for me." for i in range(40))
NOTICES = [("Replaced with “a colleague”.", {}),
           ("tmux ignores the terminal clipboard (OSC 52) unless `set -g set-clipboard on` is in ~/.tmux.conf. "
            "No system clipboard was found. Instead, ctrl+s saves the text to a file.",
            {"title": "Text not copied", "severity": "warning"}),
           ("New draft. The previous one is gone.", {})]


def _shown(screen) -> list[Toast]:
    return [t for t in screen.query(Toast) if t.region.area]


def _covered(screen, *selectors: str) -> list[str]:
    """Which of the widgets named by ``selectors`` a notice on ``screen`` overlaps."""
    toasts = _shown(screen)
    return [s for s in selectors for t in toasts if t.region.overlaps(screen.query_one(s).region)]


@pytest.mark.parametrize("size", [(80, 24), (100, 32), (140, 40)])
async def test_notices_cover_neither_the_draft_nor_the_status(make_app, size):
    app = make_app(draft=LONG_DRAFT)
    async with app.run_test(size=size, notifications=True) as pilot:  # tests show none unless asked
        await ready(pilot, app)
        draft = app.screen
        draft.editor.move_cursor(draft.editor.document.end)  # typing at the end, the bottom line
        await pilot.pause(0.1)
        for message, options in NOTICES:
            app.notify(message, markup=False, **options)
        await wait_for(pilot, lambda: len(_shown(draft)) == len(NOTICES), what="the notices")
        await pilot.pause(0.1)
        assert _covered(draft, "#draft", "#legend", "#spans", "#status") == []
        editor = draft.editor
        cursor_row = editor.cursor_screen_offset.y
        assert editor.content_region.y <= cursor_row < editor.content_region.bottom, "the cursor stays in view"


async def test_notices_cover_neither_the_rewrite_being_edited_nor_the_original(make_app):
    app = make_app()
    async with app.run_test(size=(100, 32), notifications=True) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        review.right.focus()
        await pilot.press("end")
        await pilot.press(*" Thanks Kevin")
        for message, options in NOTICES:
            app.notify(message, markup=False, **options)
        await wait_for(pilot, lambda: len(_shown(review)) == len(NOTICES), what="the notices")
        await pilot.pause(0.1)
        assert _covered(review, "#rewrite", "#original", "#verdict", "#status") == []
