"""Nothing the user did is thrown away without asking; a new draft; the role set in the app; a rewrite
asked for while the models load waits for them (pilot, real detector, stand-in pipeline)."""

from __future__ import annotations

import stat
import threading

import pytest

from rewriter.tui.dialogs import Confirm
from rewriter.tui.draft import DraftScreen
from rewriter.tui.review import ReviewScreen

from .conftest import DRAFT, ready, review_done, wait_for

pytestmark = pytest.mark.anyio

SIZE = (120, 36)
PLAIN = "Long day on the ward today, and a good one."  # nothing identifying in it


async def _dialog(pilot, app, id: str):
    await wait_for(pilot, lambda: isinstance(app.screen, Confirm) and app.screen.id == id, what=f"the {id} dialog")
    return app.screen


async def test_escape_keeps_the_rewrite_and_its_edits_and_ctrl_r_brings_them_back(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        review.right.move_cursor(review.right.document.end)
        await pilot.press("space", "O", "K")
        edited = review.right.text
        assert edited.endswith(" OK")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), what="the draft")
        assert app.uncopied_rewrite is True
        assert any("rewrite is kept" in n for n in app.notes)
        # the same draft: the same review, edits and all, without running the pipeline again
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen), what="the review")
        assert app.screen is review and review.right.text == edited
        assert len(app.services.pipeline.calls) == 1
        # and quitting now asks, naming the rewrite
        await pilot.press("escape", "ctrl+q")
        dialog = await _dialog(pilot, app, "confirm-quit")
        assert "rewrite you have not copied" in str(dialog.query_one(".dialog-body").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, DraftScreen)


async def test_a_changed_draft_asks_before_its_uncopied_rewrite_is_replaced(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        first = await review_done(pilot, app)
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), what="the draft")
        app.screen.editor.move_cursor(app.screen.editor.document.end)
        await pilot.press("space", "x", "ctrl+r")
        await _dialog(pilot, app, "confirm-quit")
        await pilot.press("escape")  # keep the old rewrite
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen) and app.screen.kept_review is first
        await pilot.press("ctrl+r")
        await _dialog(pilot, app, "confirm-quit")
        await pilot.click("#yes")
        second = await review_done(pilot, app)
        assert second is not first and second.left.text == DRAFT + " x"


async def test_quit_asks_about_a_typed_draft_until_it_is_copied(make_app):
    app = make_app(draft="")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        app.screen.editor.insert(PLAIN)
        await wait_for(pilot, lambda: app.screen.checked, what="the check")
        await pilot.press("ctrl+q")
        dialog = await _dialog(pilot, app, "confirm-quit")
        assert "draft you have typed" in str(dialog.query_one(".dialog-body").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running
        await pilot.press("ctrl+y")  # nothing identifying: copied at once
        await pilot.pause()
        assert app.clipboard == PLAIN
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, what="the app to quit")


async def test_new_draft_asks_before_discarding_and_then_starts_empty(make_app):
    app = make_app(draft="")
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        screen = app.screen
        assert "New draft" in [c.title for c in app.get_system_commands(screen)]
        screen.editor.insert(PLAIN)
        await pilot.press("ctrl+n")
        await _dialog(pilot, app, "confirm-quit")
        await pilot.press("escape")  # keep it
        await pilot.pause()
        assert screen.editor.text == PLAIN
        await pilot.press("ctrl+n")
        dialog = await _dialog(pilot, app, "confirm-quit")
        # the button says what it does: it starts a new draft, it does not quit
        assert str(dialog.query_one("#yes").label) == "Start a new draft"
        await pilot.click("#yes")
        await wait_for(pilot, lambda: screen.editor.text == "", what="an empty draft")
        assert isinstance(app.screen, DraftScreen) and app.screen.editor.has_focus


async def test_new_draft_on_an_opened_unchanged_draft_does_not_ask(make_app):
    app = make_app()  # opened from a file: nothing typed, nothing to lose
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+n")
        await wait_for(pilot, lambda: app.screen.editor.text == "", what="an empty draft")
        assert not isinstance(app.screen, Confirm)


@pytest.mark.parametrize("typed", [False, True])
async def test_new_draft_after_an_unchanged_rewrite_asks_only_about_typed_text(make_app, typed):
    # issue 12 (walk-through 2): a rewrite that is the draft itself, not copied, is nothing more to lose;
    # a draft the user typed and never copied still is (an opened file is still on disk)
    app = make_app(draft="" if typed else PLAIN)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        if typed:
            app.screen.editor.insert(PLAIN)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        assert review.right.text == PLAIN  # nothing needed changing
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), what="the draft")
        await pilot.press("ctrl+n")
        if typed:
            dialog = await _dialog(pilot, app, "confirm-quit")
            assert str(dialog.query_one("#yes").label) == "Start a new draft"
            return
        await wait_for(pilot, lambda: app.screen.editor.text == "", what="an empty draft")
        assert not any(isinstance(s, Confirm) for s in app.screen_stack)


async def test_an_edited_rewrite_that_is_the_draft_again_is_nothing_to_lose(make_app):
    app = make_app(draft=PLAIN)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        review.right.move_cursor(review.right.document.end)
        await pilot.press("space", "O", "K")
        await wait_for(pilot, lambda: review.current_verdict is not None, what="the check of the edit")
        assert app.unsaved_work() == ["a rewrite you have not copied or saved"]
        await pilot.press("backspace", "backspace", "backspace")
        await wait_for(pilot, lambda: review.current_verdict is not None, what="the check of the edit")
        assert review.right.text == PLAIN and app.unsaved_work() == []


async def test_rewrite_while_the_detector_loads_is_queued_and_starts_when_ready(make_app):
    gate = threading.Event()
    app = make_app(detector_gate=gate)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        assert app.status.detector_state == "loading"
        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen), what="the review screen")
        await pilot.pause(0.2)
        summary = str(app.screen.query_one("#review-summary").render())
        assert "Waiting for the detector to load" in summary and "starts as soon as it is ready" in summary
        assert app.services.pipeline.calls == []
        gate.set()
        review = await review_done(pilot, app)
        assert "Gregory" not in review.right.text
        assert app.services.pipeline.calls[-1]["use_llm"] is True


async def test_role_is_set_from_the_palette_and_remembered_in_the_user_config(make_app, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        assert "role other · ctrl+p to set" in app.status.as_text().plain
        await pilot.press("ctrl+p", *"Set my role", "enter")  # the command palette
        await wait_for(pilot, lambda: app.screen.id == "role-picker", what="the role list")
        app.screen.query_one("#roles").highlighted = app.screen.query_one("#roles").get_option_index("nurse")
        await pilot.press("enter")
        dialog = await _dialog(pilot, app, "confirm-role")
        assert app.status.role == "nurse" and "role nurse · ctrl+p to set" in app.status.as_text().plain
        target = tmp_path / "config" / "rewriter" / "config.toml"
        assert str(target) in str(dialog.query_one(".dialog-body").render())
        await pilot.click("#yes")
        await wait_for(pilot, target.exists, what="the config file")
        assert 'role = "nurse"' in target.read_text(encoding="utf-8")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        # the draft is checked again, and rewritten, for the new role
        await wait_for(pilot, lambda: app.screen.checked, what="the new check")
        await pilot.press("ctrl+r")
        await review_done(pilot, app)
        assert app.services.pipeline.calls[-1]["role"] == "nurse"


async def test_role_for_this_session_only_writes_nothing(make_app, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+p", *"Set my role", "enter")
        await wait_for(pilot, lambda: app.screen.id == "role-picker", what="the role list")
        app.screen.query_one("#roles").highlighted = app.screen.query_one("#roles").get_option_index("teacher")
        await pilot.press("enter")
        await _dialog(pilot, app, "confirm-role")
        await pilot.press("escape")
        await pilot.pause()
        assert app.status.role == "teacher"
    assert not (tmp_path / "config").exists()


def test_rewriter_tui_role_reaches_the_app(monkeypatch):
    import rewriter.tui
    from rewriter.cli import main

    seen = {}

    def fake_run(config, draft="", model_path=None, config_path=None, export=None, export_path=""):
        seen["role"] = config.role
        return 0

    monkeypatch.setattr(rewriter.tui, "run", fake_run)
    assert main(["tui", "--role", "Social_Worker"]) == 0
    assert seen["role"] == "social worker"
