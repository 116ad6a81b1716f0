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
from rewriter.tui.widgets import SpanList, StatusBar, risk_label

from .conftest import DRAFT, RISKY_DRAFT, ready, record_notifications, review_done, wait_for

pytestmark = pytest.mark.anyio

SIZE = (120, 36)


class RealServices(Services):
    """The real services, sharing the session's detector (and, when given, one loaded model)."""

    def __init__(self, config, detector, watchlist, model_path=None, backend=None):
        super().__init__(config, model_path=model_path, watchlist=watchlist)
        self._detector = detector
        self._backend = backend

    def load_detector(self):
        return self._detector

    def load_backend(self, choice=None):
        return self._backend if self._backend is not None else super().load_backend(choice)


@pytest.fixture(scope="module")
def real_backend():
    """The real default model, loaded once for the tests that only need it loaded."""
    config = Config()
    return Services(config).load_backend()


def real_app(detector, watchlist, draft="", model_path=None, backend=None) -> RewriterApp:
    config = Config()
    app = RewriterApp(config, draft, RealServices(config, detector, watchlist, model_path, backend),
                      system_clipboard=NoSystemClipboard())
    record_notifications(app)
    return app


async def rewrite_an_edited_draft(pilot, app):
    """Rewrite the draft on screen with a word added (the same draft would show the kept review again),
    replacing the uncopied rewrite; returns the finished review."""
    from rewriter.tui.dialogs import Confirm

    app.screen.editor.load_text(app.screen.editor.text + " Thanks all.")
    await pilot.press("ctrl+r")
    await wait_for(pilot, lambda: isinstance(app.screen, (Confirm, ReviewScreen)), what="the question or the review")
    if isinstance(app.screen, Confirm):
        await pilot.click("#yes")
    return await review_done(pilot, app)


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


def hold_at_first_token(monkeypatch):
    """(first_token, resume): the real model's generation waits at its first token until ``resume`` is
    set. The small model can finish before a key arrives; held, a test is about the key, not about who
    is faster."""
    import threading

    first_token, resume = threading.Event(), threading.Event()
    add = ReviewScreen.stream_piece

    def add_and_hold(self, piece):
        add(self, piece)
        if not first_token.is_set():
            first_token.set()
            resume.wait(10)

    monkeypatch.setattr(ReviewScreen, "stream_piece", add_and_hold)
    return first_token, resume


@pytest.mark.llm
async def test_cancel_stops_the_real_model_and_keeps_the_draft(detector, watchlist, real_backend, monkeypatch):
    first_token, resume = hold_at_first_token(monkeypatch)
    app = real_app(detector, watchlist, draft=DRAFT, backend=real_backend)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        await wait_for(pilot, first_token.is_set, what="the first streamed token")
        review = app.screen
        await pilot.press("escape")
        assert review.rewrite_worker.cancelled_event.is_set()
        resume.set()
        await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), what="the draft screen")
        assert review.result is None  # the model stopped; nothing was offered
        assert any("cancelled" in n for n in app.notes)
        assert app.screen.editor.text == DRAFT and app.clipboard == ""


@pytest.mark.llm
async def test_enter_takes_the_generalised_text_while_the_real_model_works(detector, watchlist, real_backend,
                                                                           monkeypatch):
    first_token, resume = hold_at_first_token(monkeypatch)
    app = real_app(detector, watchlist, draft=DRAFT, backend=real_backend)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        await wait_for(pilot, first_token.is_set, what="the first streamed token")
        review = app.screen
        await wait_for(pilot, lambda: review.right.text == review.progress.generalised, what="the generalised text")
        assert "Gregory" not in review.right.text  # what is shown while the model works is already safe
        assert "enter: use this text now" in str(review.query_one("#review-summary").render())
        await pilot.press("enter")
        resume.set()
        review = await review_done(pilot, app)
        result = review.result
        assert (result.method, result.text) == ("generalised", result.generalised)
        assert "you chose the generalised text" in result.model_note
        assert review.right.text == result.text and "\n" not in review.right.text  # enter typed nothing
        assert result.clean


@pytest.mark.llm
async def test_edit_of_a_real_rewrite_is_verified_and_copy_asks(detector, watchlist, real_backend):
    app = real_app(detector, watchlist, draft=DRAFT, backend=real_backend)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        assert review.current_verdict is not None and review.current_verdict.clean
        review.right.move_cursor(review.right.document.end)
        review.right.insert(" See you at Oakfield University, Gregory Walsh")
        await pilot.press("!")
        await wait_for(pilot, lambda: review.current_verdict is not None, what="the real verification")
        verdict = review.current_verdict
        assert not verdict.clean and "Gregory Walsh" in [s.text for s in verdict.final_spans]
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: getattr(app.screen, "id", None) == "confirm-copy", what="the copy dialog")
        assert "Gregory Walsh" in str(app.screen.query_one(".dialog-body").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.clipboard == ""


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


def test_the_apps_detector_shares_its_work_with_a_helper_process(tmp_path):
    """The services build the detector the app uses: with the helper process, which does real work."""
    from rewriter.detect.watchlist import WatchList

    watchlist = WatchList.load(tmp_path / "watchlist.json")
    detector = Services(Config(), watchlist=watchlist).load_detector()
    try:
        assert detector.helper is not None and detector.helper.wait_ready(60)
        spans = detector.detect("Call Sarah on 07700 900123 on Friday.")
        assert {s.entity_type for s in spans} >= {"PERSON", "PHONE_NUMBER"}
        assert detector.helper.answered >= 1
    finally:
        detector.close()


async def test_a_span_the_writer_ignored_is_kept_by_the_real_rewrite_and_its_checks(detector, watchlist):
    # issue 12 (walk-through 2): alt+i only hid the name in the app; the rewrite generalised it and the
    # verdict reported it again
    config = Config()
    app = RewriterApp(config, DRAFT, RealServices(config, detector, watchlist), system_clipboard=NoSystemClipboard(),
                      load_model=False)
    record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        draft = app.screen
        draft.editor.move_cursor(draft.editor.document.get_location_from_index(DRAFT.index("Gregory") + 2))
        await pilot.press("alt+i")
        await wait_for(pilot, lambda: all(s.text != "Gregory Walsh" for s in draft.spans), what="the ignore")
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        assert "Gregory Walsh" in review.right.text and "Oakfield University" not in review.right.text
        def reported(verdict):
            return [s.text for s in verdict.final_spans] + [r for r in verdict.reasons if "walsh" in r.lower()]
        assert reported(review.current_verdict) == [], review.current_verdict
        assert review.standing.status == "clean"
        # ... and in every re-check of the rewrite as the writer edits it
        review.right.move_cursor(review.right.document.end)
        review.right.insert(" Proud of Gregory Walsh")
        await pilot.press("!")
        await wait_for(pilot, lambda: review.current_verdict is not None, what="the re-check")
        assert reported(review.current_verdict) == [] and review.standing.status == "clean", review.current_verdict


async def test_the_copy_dialog_lists_only_the_risks_not_yet_checked(detector, watchlist):
    # issue 12 (walk-through 2): a risk the writer had marked "I've checked this" was still listed, as one
    # of the checks' reasons, when copying asked about an identifier
    config = Config()
    app = RewriterApp(config, RISKY_DRAFT, RealServices(config, detector, watchlist),
                      system_clipboard=NoSystemClipboard(), load_model=False)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("ctrl+r")
        review = await review_done(pilot, app)
        review.right.move_cursor(review.right.document.end)
        review.right.insert(" Gregory Walsh says hi")
        await pilot.press("!")
        await wait_for(pilot, lambda: review.current_verdict is not None, what="the check of the edit")
        news = next(r for r in review.final_risks if r.kind == "news_event")
        review.right.move_cursor(review.right.document.get_location_from_index(news.start))
        await pilot.press("alt+c")
        assert news in review.acknowledged
        await pilot.press("ctrl+y")
        await wait_for(pilot, lambda: getattr(app.screen, "id", None) == "confirm-copy", what="the copy dialog")
        body = str(app.screen.query_one(".dialog-body").render())
        assert "Gregory Walsh" in body
        assert risk_label(news) not in body, body
        for risk in review.final_risks:  # each one not checked is listed once, under "Still to review"
            if risk not in review.acknowledged:
                assert body.count(risk.text) == 1, body


async def test_a_model_that_crashes_leaves_the_draft_and_offers_the_generalised_text(detector, watchlist, tmp_path):
    """The model's child process dies on its first token (as a llama.cpp build that uses an instruction the
    system has not enabled does): the app stays up, says so in one calm line, and offers the verified
    generalised text beside the draft as typed."""
    import struct
    import sys

    from rewriter.llm import ModelProcess
    from pathlib import Path

    from rewriter.tui.review_verdict import MODEL_STOPPED

    standin = Path(__file__).resolve().parents[1] / "model_standin.py"  # crashes on cue
    gguf = tmp_path / "standin.gguf"
    gguf.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 1, 1) + bytes(64))
    backend = ModelProcess(gguf, command=[sys.executable, str(standin), "abort-always"])
    app = real_app(detector, watchlist, draft=DRAFT, backend=backend)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot, app)
            await pilot.press("ctrl+r")
            review = await review_done(pilot, app)
            result = review.result
            assert result.model_stopped and result.method == "generalised"
            assert review.left.text == DRAFT and review.right.text == result.generalised
            assert "Gregory" not in review.right.text and result.clean
            assert app.notes.count(MODEL_STOPPED) == 1
            assert "Rewrite failed" not in " ".join(app.notes)
            assert "the local model stopped unexpectedly" in str(review.query_one("#review-summary").render())
            assert "none · the local model stopped unexpectedly (it crashed: SIGABRT)" in str(review.query_one("#verdict").render())
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), what="the draft screen")
            assert app.screen.editor.text == DRAFT
            assert app.status.model_state == "stopped"  # the next rewrite starts it afresh
            assert "stopped" in str(app.screen.query_one(StatusBar).render())
            review = await rewrite_an_edited_draft(pilot, app)  # the stand-in dies again: the status line says so
            assert review.result.model_stopped and app.status.model_state == "stopped"
    finally:
        backend.close()
    assert backend.children_started == 2


@pytest.mark.llm
async def test_the_real_model_killed_mid_rewrite_leaves_the_draft_and_the_generalised_text(detector, watchlist,
                                                                                          monkeypatch):
    import os
    import signal

    from rewriter.llm import ModelProcess, find_model
    from rewriter.tui.review_verdict import MODEL_STOPPED

    first_token, resume = hold_at_first_token(monkeypatch)
    backend = ModelProcess(find_model(), Config().model)
    app = real_app(detector, watchlist, draft=DRAFT, backend=backend)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot, app)
            await pilot.press("ctrl+r")
            await wait_for(pilot, first_token.is_set, what="the first streamed token")
            os.kill(backend.pid, signal.SIGKILL)
            resume.set()
            review = await review_done(pilot, app)
            assert review.result.model_stopped and "SIGKILL" in review.result.model_note
            assert review.right.text == review.result.generalised and "Gregory" not in review.right.text
            assert MODEL_STOPPED in app.notes
            await pilot.press("escape")
            await wait_for(pilot, lambda: isinstance(app.screen, DraftScreen), what="the draft screen")
            assert app.screen.editor.text == DRAFT
            assert app.status.model_state == "stopped"
            review = await rewrite_an_edited_draft(pilot, app)  # a fresh child starts, loads and answers
            assert not review.result.model_stopped and review.result.attempts
            assert app.status.model_state == "ready" and backend.children_started == 2
    finally:
        backend.close()
