"""Snapshots of the app's main states (pytest-textual-snapshot), on the real detector and a stand-in
pipeline so the pictures are the same on every run. Update with: pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from rewriter.config import AppConfig, Config

from .conftest import NEWS_DRAFT, RISKY_DRAFT, ready, review_done, wait_for

SIZE = (110, 30)


def no_blink(app) -> None:
    for area in app.screen.query("TextArea"):
        area.cursor_blink = False
        # Lines drawn in the blink's "off" phase are cached on a key that no longer tells them apart
        # from lines with the cursor: drop them, or the picture depends on when the blink stopped.
        area._line_cache.clear()
        area.refresh()


async def _draft_ready(pilot):
    await ready(pilot, pilot.app)
    no_blink(pilot.app)
    await pilot.pause()


async def _review_ready(pilot):
    await ready(pilot, pilot.app)
    await pilot.press("ctrl+r")
    await review_done(pilot, pilot.app)
    no_blink(pilot.app)
    await pilot.pause()


def test_draft_with_highlights(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_draft_ready)


def test_draft_with_risks_to_review(snap_compare, make_app):
    # a span and two post-level risks: the risks in their own section, marked in the draft
    assert snap_compare(make_app(draft=NEWS_DRAFT), terminal_size=SIZE, run_before=_draft_ready)


def test_draft_light_theme(snap_compare, make_app):
    app = make_app(config=Config(app=AppConfig(theme="light")))
    assert snap_compare(app, terminal_size=SIZE, run_before=_draft_ready)


def test_review_side_by_side(snap_compare, make_app):
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_review_ready)


def test_review_unified(snap_compare, make_app):
    async def run_before(pilot):
        await _review_ready(pilot)
        await pilot.press("ctrl+d")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_review_with_a_risk_to_review(snap_compare, make_app):
    # no identifier left, one risk: the review state, never called clean
    assert snap_compare(make_app(draft=RISKY_DRAFT), terminal_size=SIZE, run_before=_review_ready)


def test_copy_with_residual_dialog(snap_compare, make_app):
    async def run_before(pilot):
        await _review_ready(pilot)
        review = pilot.app.screen
        review.right.move_cursor(review.right.document.end)
        review.right.insert(" Thanks Gregory Walsh!")
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: pilot.app.screen.id == "confirm-copy", what="the dialog")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_model_failed_status(snap_compare, make_app):
    app = make_app(model_error="no language model found: put a .gguf file in models/")
    assert snap_compare(app, terminal_size=SIZE, run_before=_draft_ready)


def test_help_panel(snap_compare, make_app):
    async def run_before(pilot):
        await _draft_ready(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_review_at_80_by_24(snap_compare, make_app):
    # issue 12 (walk-through 2): the whole summary line and both titles, the texts most of the screen
    assert snap_compare(make_app(draft=NEWS_DRAFT), terminal_size=(80, 24), run_before=_review_ready)
