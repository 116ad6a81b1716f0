"""Nothing typed or pasted while the app starts is lost (issue 12, walk6 #4): keys and pastes that arrive
before the draft editor is mounted and focused end up in the draft, in order."""

from __future__ import annotations

import pytest
from textual import events

from rewriter.tui.app import RewriterApp
from rewriter.tui.review import ReviewScreen

from .conftest import ready, review_done, wait_for

pytestmark = pytest.mark.anyio


def _early(*arrivals):
    """An ``on_mount`` for the app that posts ``arrivals`` (keys, pastes) before the draft screen is mounted."""
    mount = RewriterApp.on_mount

    def on_mount(self) -> None:
        assert not self.screen.is_mounted or self.screen.focused is None  # the editor is not ready yet
        for arrival in arrivals:
            self.post_message(arrival)
        mount(self)

    return on_mount


def _keys(text: str) -> list[events.Key]:
    return [events.Key("space" if ch == " " else ch, ch) for ch in text]


async def test_keys_and_a_paste_before_the_editor_is_ready_all_reach_the_draft(make_app, monkeypatch):
    arrivals = [*_keys("Shoutout to "), events.Paste("my colleague Tom Reyes"), *_keys(" who covered")]
    monkeypatch.setattr(RewriterApp, "on_mount", _early(*arrivals))
    app = make_app(draft="")
    async with app.run_test(size=(100, 32)) as pilot:
        await ready(pilot, app)
        await wait_for(pilot, lambda: app.screen.editor.text == "Shoutout to my colleague Tom Reyes who covered",
                       what=f"the early typing in the draft (now {app.screen.editor.text!r})")


async def test_a_rewrite_key_pressed_before_the_editor_is_ready_comes_after_the_typing(make_app, monkeypatch):
    monkeypatch.setattr(RewriterApp, "on_mount", _early(*_keys("Gregory Walsh came in."),
                                                        events.Key("ctrl+r", None)))
    app = make_app(draft="")
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen), what="the review of the early draft")
        review = await review_done(pilot, app)
        assert review.original == "Gregory Walsh came in."
        assert not any("Type or paste a draft first" in n for n in app.notes), app.notes


def test_held_typing_is_grouped_and_commands_stay_keys_in_their_place():
    from rewriter.tui.early_input import as_typed

    held = [*_keys("Hi"), events.Key("alt+a", "a"), events.Paste("Tom"), events.Key("ctrl+j", "\n"),
            events.Key("enter", "\r"), *_keys("x"), events.Key("backspace", "\x7f"), events.Key("ctrl+r", None)]
    out = as_typed(held)
    assert [(type(e).__name__, getattr(e, "text", None) or e.key) for e in out] == [
        ("Paste", "Hi"), ("Key", "alt+a"), ("Paste", "Tom\n\nx"), ("Key", "backspace"), ("Key", "ctrl+r")]


async def test_a_start_up_paste_the_terminal_may_have_cut_is_said(make_app, monkeypatch):
    from rewriter.tui.early_input import CUT_PASTE_WARNING, LINE_MODE_LIMIT

    monkeypatch.setattr(RewriterApp, "on_mount", _early(*_keys("word " * (LINE_MODE_LIMIT // 5 + 1))))
    app = make_app(draft="")
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: len(app.screen.editor.text) > LINE_MODE_LIMIT, what="the paste in the draft")
        await wait_for(pilot, lambda: CUT_PASTE_WARNING in app.notes, what="the warning")


async def test_a_short_start_up_paste_has_no_warning(make_app, monkeypatch):
    from rewriter.tui.early_input import CUT_PASTE_WARNING

    monkeypatch.setattr(RewriterApp, "on_mount", _early(*_keys("Long night on the ward.")))
    app = make_app(draft="")
    async with app.run_test(size=(100, 32)) as pilot:
        await ready(pilot, app)
        assert app.screen.editor.text == "Long night on the ward."
        assert CUT_PASTE_WARNING not in app.notes


async def test_line_feeds_that_reach_the_editor_after_it_is_ready_are_new_lines(make_app):
    # A line-mode paste read late on a busy machine: its line breaks come as ctrl+j, after the hold ended.
    app = make_app(draft="")
    async with app.run_test(size=(100, 32)) as pilot:
        await ready(pilot, app)
        await pilot.press(*[("space" if ch == " " else "ctrl+j" if ch == "\n" else ch)
                            for ch in "Long night.\nTom covered.\n\nLegend."])
        await wait_for(pilot, lambda: app.screen.editor.text == "Long night.\nTom covered.\n\nLegend.",
                       what=f"the lines in the draft (now {app.screen.editor.text!r})")


async def test_a_cut_paste_read_just_after_the_editor_is_ready_is_said_too(make_app):
    # On a busy machine the terminal's input thread can parse a line-mode paste after the editor took focus.
    from rewriter.tui.early_input import CUT_PASTE_WARNING, LINE_MODE_LIMIT

    app = make_app(draft="")
    async with app.run_test(size=(100, 32)) as pilot:
        await wait_for(pilot, lambda: app._early_input is None, what="the editor taking input")
        for key in _keys("word " * (LINE_MODE_LIMIT // 5 + 1)):
            app.post_message(key)
        await wait_for(pilot, lambda: len(app.screen.editor.text) > LINE_MODE_LIMIT, what="the paste in the draft")
        await wait_for(pilot, lambda: CUT_PASTE_WARNING in app.notes, what="the warning")
