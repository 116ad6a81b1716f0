"""Shared pieces for the app tests: the real detector (built once per session, from tests/conftest.py),
a stand-in pipeline for the fast tests, and a helper to wait for the app's background work."""

from __future__ import annotations

import re
import threading
import time
from types import SimpleNamespace

import pytest

from rewriter.clipboard import NoSystemClipboard
from rewriter.config import Config
from rewriter.errors import Cancelled, DetectorError, ModelError
from rewriter.pipeline import Attempt, RewriteResult, Verdict, allow_list, allowed_out, model_risks_kept
from rewriter.review import Reviewer
from rewriter.text import canonical
from rewriter.verify.verdict import still_standing

DRAFT = ("Had a long session with Gregory Walsh this morning at Oakfield University "
         "and he finally opened up about home.")
# No identifier, one post-level risk: the story is in the news.
RISKY_DRAFT = "Long shift. Some of the kids from the crash you've all seen on the news came through resus tonight."
# An identifier (the street) and two risks (the named crash, and that it is in the news).
NEWS_DRAFT = ("4 of the kids from the Marlow Road school minibus crash you've all seen on the news came through "
              "resus tonight")


class FakePipeline:
    """Stands in for the real pipeline in the fast tests: every detected span is replaced by its
    suggestion, the result streams word by word, and verification is the real detector plus a
    literal check. The real pipeline is exercised in test_app_model.py."""

    def __init__(self, detector, delay: float = 0.0, crash: str | None = None, output=None):
        self.detector = detector
        self.delay = delay
        self.crash = crash
        self.output = output  # fixed model output, for the markup/control-character tests
        self.calls: list[dict] = []
        self.reviewer = Reviewer()
        self.saw_cancel = threading.Event()

    def rewrite(self, text, role=None, spans=None, on_token=None, cancel=None, use_llm=True, allow=(),
                on_generalised=None, skip_model=None):
        self.calls.append({"text": text, "role": role, "spans": spans, "use_llm": use_llm, "allow": set(allow)})
        if spans is None:
            spans = self.detector.detect(text, role=role)
        spans = allowed_out(spans, allow_list(allow))
        out = text
        for s in sorted(spans, key=lambda s: s.start, reverse=True):
            out = out[: s.start] + s.suggestion + out[s.end :]
        if self.output is not None:
            out = self.output
        pieces = re.findall(r"\S+\s*", out)
        for i, piece in enumerate(pieces):
            if cancel is not None and cancel.is_set():
                self.saw_cancel.set()
                raise Cancelled("cancelled")
            if self.crash and i == 2:
                raise ModelError(self.crash)
            if on_token is not None:
                on_token(piece)
            if self.delay:
                time.sleep(self.delay)
        verdict = self.verify(text, out, spans, role)
        return RewriteResult(
            original=text, text=out, method="llm" if use_llm else "generalised", clean=verdict.clean,
            spans=list(spans), final_spans=verdict.final_spans, generalised=out, reasons=verdict.reasons,
            status=verdict.status, risks=self.reviewer.review(text, spans), final_risks=verdict.final_risks,
            attempts=[Attempt(out, True, [], 0.5, len(pieces))], seconds=0.5,
            tokens_per_second=float(len(pieces)) / 0.5 if use_llm else None,
            model_name="fake-model.gguf" if use_llm else None,
        )

    def verify(self, original, candidate, spans, role=None, by_user=False, allow=()):
        self.verified_by_user = by_user
        final = allowed_out(self.detector.detect(candidate, role=role), allow_list(allow))
        leaked = [s.text for s in spans if canonical(s.text) and canonical(s.text) in canonical(candidate)]
        reasons = [f"still contains {t!r}" for t in leaked]
        # the risks as the real pipeline gives them: those the review finds, and the draft's whose phrase stands
        draft_risks = self.reviewer.review(original, spans)
        found = model_risks_kept(self.reviewer.review(candidate, final), draft_risks)
        risks = sorted([*found, *still_standing(candidate, draft_risks, found)], key=lambda r: (r.start, r.end))
        return Verdict(not final and not reasons and not risks, final, reasons, safe=not final and not leaked,
                       final_risks=risks)


class FakeServices:
    """The app's services with the real detector and reviewer and a stand-in model and pipeline."""

    def __init__(self, config, detector, *, pipeline=None, model_error=None, detector_error=None,
                 watchlist=None, model_gate=None, detector_gate=None):
        self.config = config
        self.detector = detector
        self.pipeline = pipeline or FakePipeline(detector)
        self.model_error = model_error
        self.detector_error = detector_error
        self.watchlist = watchlist
        self.model_gate = model_gate  # a threading.Event the model load waits for (a slow load)
        self.detector_gate = detector_gate  # the same for the detector

    def load_watchlist(self):
        return self.watchlist

    def load_detector(self):
        if self.detector_gate is not None:
            self.detector_gate.wait(20)
        if self.detector_error:
            raise DetectorError(self.detector_error)
        return self.detector

    def load_reviewer(self):
        from rewriter.review import Reviewer

        reviewer = Reviewer()
        reviewer.warm()  # as the app's services do, in the worker
        return reviewer

    def model_label(self):
        return "default model"

    def find_model(self):
        if self.model_error:
            raise ModelError(self.model_error)
        return SimpleNamespace(name="fake-model.gguf")

    def load_backend(self, choice=None):
        if self.model_gate is not None:
            self.model_gate.wait(20)
        return SimpleNamespace(name="fake-model.gguf")

    def make_pipeline(self, detector, backend):
        return self.pipeline


@pytest.fixture
def anyio_backend():
    return "asyncio"  # Textual runs on asyncio


@pytest.fixture
def watchlist(tmp_path):
    from rewriter.detect.watchlist import WatchList

    return WatchList.load(tmp_path / "watchlist.json")


@pytest.fixture
def make_app(detector, watchlist):
    """make_app(draft, **services_options) -> a RewriterApp on the real detector and a fake pipeline."""
    from rewriter.tui.app import RewriterApp

    def _make(draft: str = DRAFT, config: Config | None = None, **options):
        config = config or Config()
        options.setdefault("watchlist", watchlist)
        services = FakeServices(config, detector, **options)
        app = RewriterApp(config, draft, services, system_clipboard=NoSystemClipboard())
        record_notifications(app)
        return app

    return _make


async def wait_for(pilot, predicate, timeout: float = 15.0, what: str = "condition"):
    """Let the app run until ``predicate()`` is true; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause(0.02)


async def ready(pilot, app):
    """Wait until the detector is loaded and the draft has been checked once."""
    await wait_for(pilot, lambda: app.status.detector_state != "loading", what="the detector")
    if app.status.detector_state == "ready":
        await wait_for(pilot, lambda: app.screen.checked, what="the first highlights")
    await wait_for(pilot, lambda: app.model_loaded.is_set(), what="the model")


async def review_done(pilot, app):
    from rewriter.tui.review import ReviewScreen

    await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen.state == "done",
                   what="the rewrite")
    return app.screen


def record_notifications(app) -> None:
    """Keep every notification's message in ``app.notes`` so tests can read what the user was told."""
    app.notes = []
    original = app.notify

    def notify(message, **options):
        app.notes.append(message)
        original(message, **options)

    app.notify = notify
