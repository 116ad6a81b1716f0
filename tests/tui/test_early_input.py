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
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen),
                       what=f"the review of the early draft (the draft {app.screen.editor.text!r}, told {app.notes})")
        review = await review_done(pilot, app)
        assert review.original == "Gregory Walsh came in."
        assert not any("Type or paste a draft first" in n for n in app.notes), app.notes
