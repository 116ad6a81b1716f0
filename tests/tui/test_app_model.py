"""The app with the real parts: the real detector, the real pipeline and the real default GGUF model.

One full run of the main flow (the model loads in about three seconds), plus the loader's failure
messages as the user sees them in the app.
"""

from __future__ import annotations

import pytest

from rewriter.clipboard import NoSystemClipboard
from rewriter.config import Config
from rewriter.tui.app import RewriterApp
from rewriter.tui.draft import DraftScreen
from rewriter.tui.review import ReviewScreen
from rewriter.tui.services import Services
from rewriter.tui.widgets import SpanList

from .conftest import DRAFT, ready, record_notifications, review_done, wait_for

pytestmark = pytest.mark.anyio

SIZE = (120, 36)


class RealServices(Services):
    """The real services, sharing the session's detector instead of building a second one."""

    def __init__(self, config, detector, watchlist, model_path=None):
        super().__init__(config, model_path=model_path, watchlist=watchlist)
        self._detector = detector

    def load_detector(self):
        return self._detector


def real_app(detector, watchlist, draft="", model_path=None) -> RewriterApp:
    config = Config()
    app = RewriterApp(config, draft, RealServices(config, detector, watchlist, model_path),
                      system_clipboard=NoSystemClipboard())
    record_notifications(app)
    return app


@pytest.mark.llm
async def test_main_flow_with_the_real_default_model(detector, watchlist):
    app = real_app(detector, watchlist)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        assert app.status.model_state == "ready", app.status.model_error
        assert app.status.model_label.endswith(".gguf")
        # type the draft: paste most of it, type the end
        screen = app.screen
        screen.editor.insert(DRAFT[:-5])
        await pilot.press(*DRAFT[-5:])
        await wait_for(pilot, lambda: screen.checked and screen.editor.text == DRAFT, what="highlights")
        assert "Gregory Walsh" in [s.text for s in screen.query_one(SpanList).spans]
        # rewrite with the real pipeline and model
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        result = review.result
        assert result.method in ("llm", "generalised")
        assert result.attempts, "the model was asked"
        assert review.left.text == DRAFT
        assert review.right.text == result.text
        assert review.left.marks and review.right.marks  # changes marked on both sides
        assert result.clean, result.attempts
        # copy: the verified text, without the identifiers
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.clipboard == result.text
        for identifier in ("Gregory", "Walsh", "Oakfield"):
            assert identifier not in app.clipboard
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DraftScreen) and app.screen.editor.text == DRAFT


async def test_missing_model_file_is_reported_in_the_app(detector, watchlist, tmp_path):
    missing = tmp_path / "nowhere.gguf"
    app = real_app(detector, watchlist, draft=DRAFT, model_path=str(missing))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        assert app.status.model_state == "failed"
        assert any(f"{missing}: model file not found" in n for n in app.notes)
        # rewriting still works, from the generalised text, and says the model is not there
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        assert review.result.method == "generalised" and review.result.attempts == []
        assert "the model is not available" in str(review.query_one("#review-summary").render())
        assert "Gregory" not in review.right.text


async def test_a_file_that_is_not_a_model_is_reported_in_the_app(detector, watchlist, tmp_path):
    fake = tmp_path / "notes.gguf"
    fake.write_text("these are my notes, not a model\n" * 20)
    app = real_app(detector, watchlist, draft=DRAFT, model_path=str(fake))
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        assert app.status.model_state == "failed"
        assert any(str(fake) in n and "could not be loaded" in n for n in app.notes)
        assert app.screen.editor.text == DRAFT
        assert not isinstance(app.screen, ReviewScreen)
