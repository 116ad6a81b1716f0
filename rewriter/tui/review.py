"""The review screen: the rewrite streams in, then original and rewrite side by side (or unified),
with word-level changes marked, the verdict, the risks still to review, the attempts, and an editable
rewrite that is verified and reviewed again after every edit. The draft itself is never touched here.

Its parts: ``review_stream`` (the text and progress while it streams), ``review_diff`` (the two texts
and their changes), ``review_verdict`` (what the checks say). This module runs the work and the keys.
"""

from __future__ import annotations

import threading

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Static, TextArea
from textual.worker import Worker, get_current_worker

from ..errors import Cancelled
from ..pipeline import Verdict
from ..review import Risk
from ..spans import Span
from .dialogs import confirm_copy
from .marks import RESIDUAL, risk_marks, shift_risks, shift_spans, span_marks
from .messages import (
    RewriteCancelled,
    RewriteChecked,
    RewriteFinished,
    RewriteGeneralised,
    RewriteStreamed,
    WorkerErrors,
)
from .review_diff import Changes
from .review_stream import StreamProgress
from .review_verdict import METHODS, MODEL_STOPPED, fitted_summary_text, verdict_text
from .schedule import OneAtATime
from .standing import EMPTY, IDENTIFYING, Acknowledgements, Standing, reasons_besides, standing, text_status
from .widgets import MarkedTextArea, StatusBar

__all__ = ["METHODS", "ReviewScreen"]

EMPTY_REWRITE = "The rewrite is empty: type one, or escape to go back to your draft"


class ReviewScreen(WorkerErrors, Screen):
    BINDINGS = [
        Binding("escape", "back", "Back", priority=True),  # also cancels a running rewrite (the summary says so)
        Binding("ctrl+y", "copy", "Copy", priority=True),
        Binding("ctrl+d", "toggle_view", "Side/unified", priority=True),
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("alt+c", "acknowledge", "I've checked this", show=False),
        # while the model smooths the wording, the generalised text is shown; enter takes it at once
        Binding("enter", "use_generalised", "Use this now", priority=True),
    ]

    def __init__(self, original: str, spans: list[Span] | None, risks: list[Risk] | None = None,
                 acknowledged: Acknowledgements | None = None, role: str | None = None,
                 allow: frozenset[str] = frozenset()):
        super().__init__()  # no id: a kept review may still be closing when the next one opens
        self.original = original
        self.allow = allow  # what the writer ignored: the rewrite and every re-check of it leave it
        self.spans = spans
        self.risks = risks or []  # the draft's risks, marked on the left
        self.role = role  # the role the draft was checked with (None: the app's role when it starts)
        # What the writer checked in the draft counts for the same phrase in the rewrite; what they
        # check here belongs to this rewrite only.
        self.acknowledged = acknowledged if acknowledged is not None else Acknowledgements()
        self.progress = StreamProgress()
        self.state = "running"  # running (or waiting for the models) | cancelling | done
        self.rewrite_worker: Worker | None = None  # None until the models are ready
        self.result = None
        self.verdict: tuple[str, Verdict] | None = None  # (the text it is about, the verdict)
        self.residual: list[Span] = []
        self.final_risks: list[Risk] = []  # the risks in the rewrite as it is (shifted while editing)
        self._ticker = None
        self.skip_model = threading.Event()  # set by "use this now": the model stops, the generalised text is offered
        # Every edit of the rewrite is verified again: soon after it, one check at a time.
        self.checks = OneAtATime(self, lambda: self.app.config.app.debounce_ms / 1000, self._start_verify)
        self._checking = ""  # the text the check in flight is about
        self._copy_after_verify = False
        self.verifications = 0

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="review-summary")
        yield Changes(self.original)
        yield Static(id="verdict")
        yield StatusBar(id="status")
        yield Footer()

    @property
    def changes(self) -> Changes:
        return self.query_one(Changes)

    @property
    def left(self) -> MarkedTextArea:
        return self.changes.left

    @property
    def right(self) -> MarkedTextArea:
        return self.changes.right

    @property
    def unified(self) -> bool:
        return self.changes.unified

    def on_mount(self) -> None:
        if self.spans:
            self.left.set_marks(span_marks(self.spans))
        self._ticker = self.set_interval(0.1, self._tick)
        # nothing to say about the rewrite until it is there
        self.app.update_status(activity="rewriting", standing=None)
        self._tick()
        # Starts the rewrite now, or as soon as the detector and the model have loaded.
        self.watch(self.app, "status", self._status_changed)

    def on_screen_resume(self) -> None:
        # Shown again (ctrl+r on the same draft): the status bar speaks of this rewrite.
        if self.state == "done":
            self.app.update_status(standing=self.standing, activity="")
            self.right.focus()

    # -- the rewrite worker --------------------------------------------------------------------

    def _waiting_for(self) -> str | None:
        """What the rewrite waits for before it can start, or None."""
        status = self.app.status
        if status.detector_state == "loading":
            return "the detector"
        if self.app.load_model and status.model_state == "loading":
            return "the model"
        return None

    def _status_changed(self, status) -> None:
        if self.state != "running" or self.rewrite_worker is not None:
            return
        if status.detector_state == "failed":
            self._failed(f"the detector failed to start ({status.detector_error})")
        elif self._waiting_for() is None:
            self.rewrite_worker = self._rewrite(self.role or status.role)

    @work(thread=True, exclusive=True, group="rewrite", exit_on_error=False)
    def _rewrite(self, role: str) -> None:
        cancelled = get_current_worker().cancelled_event
        app = self.app
        try:
            result = app.pipeline().rewrite(self.original, role=role, spans=self.spans, on_token=self.stream_piece,
                                            cancel=cancelled, use_llm=app.backend is not None, allow=self.allow,
                                            on_generalised=self.generalised_ready, skip_model=self.skip_model)
        except Cancelled:
            self.post_message(RewriteCancelled())
            return
        # The pipeline's own risks, as `rewriter rewrite` reports them: a draft's risk stays while its
        # phrase stands, though a fresh review of the rewrite might no longer see it.
        self.post_message(RewriteCancelled() if cancelled.is_set() else RewriteFinished(result, list(result.final_risks)))

    def stream_piece(self, piece: str) -> None:
        """Called by the pipeline, in the worker, for each piece the model generates."""
        self.post_message(RewriteStreamed(piece))

    def generalised_ready(self, text: str) -> None:
        """Called by the pipeline, in the worker, before it asks the model."""
        self.post_message(RewriteGeneralised(text))

    def on_rewrite_streamed(self, message: RewriteStreamed) -> None:
        self.progress.add(message.piece)  # drawn by the next tick

    def on_rewrite_generalised(self, message: RewriteGeneralised) -> None:
        # The model's raw answer is mostly put back to the writer's words (llm/untouched.py): the text
        # worth reading while it works is the generalised one, which is what is offered if it fails.
        self.progress.generalised = message.text
        self.refresh_bindings()
        self._tick()

    def on_rewrite_cancelled(self, _message: RewriteCancelled) -> None:
        self._cancelled()

    def on_rewrite_finished(self, message: RewriteFinished) -> None:
        if self.state == "cancelling":
            self._cancelled()  # it finished before it saw the cancel: the user asked for nothing
        else:
            self._done(message.result, message.risks)

    def work_failed(self, group: str, error: str) -> None:
        if group == "rewrite":
            self._failed(error)  # a model crash or a bug: say so, keep the draft
        elif group == "verify":
            self._checked(self._checking, Verdict(False, [], [f"the check failed: {error}"]), [])

    def _tick(self) -> None:
        if self.state == "done":
            return
        text = self.progress.text
        if text != self.right.text:
            self.right.load_text(text)
            self.right.scroll_end(animate=False)
        waiting = self._waiting_for() if self.rewrite_worker is None else None
        summary = self.progress.summary(waiting, cancelling=self.state == "cancelling",
                                        skipping=self.skip_model.is_set())
        self.query_one("#review-summary", Static).update(summary)

    def _finish_running(self) -> None:
        if self._ticker is not None:
            self._ticker.stop()
        self.app.update_status(activity="")

    def _cancelled(self) -> None:
        self._finish_running()
        self.state = "cancelled"
        if self.is_current:
            self.app.pop_screen()
        self.app.notify("Rewrite cancelled. Your draft is unchanged.", markup=False)

    def _failed(self, error: str) -> None:
        self._finish_running()
        self.state = "failed"
        if self.is_current:
            self.app.pop_screen()
        self.app.notify(f"The rewrite failed: {error}. Your draft is unchanged.", title="Rewrite failed",
                        severity="error", timeout=15, markup=False)

    def _done(self, result, risks: list[Risk]) -> None:
        self._finish_running()
        self.state = "done"
        self.result = result
        if self.spans is None:
            self.spans = list(result.spans)
        right = self.right
        right.load_text(result.text)
        right.read_only = False
        right.move_cursor((0, 0))
        right.focus()
        reasons = list(getattr(result, "reasons", None) or [])
        if not result.clean and not result.final_spans and not result.final_risks and not reasons:
            reasons = ["the rewrite did not pass every check"]
        verdict = Verdict(result.clean, list(result.final_spans), reasons, safe=result.status != IDENTIFYING,
                          final_risks=list(result.final_risks))
        self.verdict = (result.text, verdict)
        self.residual = list(result.final_spans)
        self.final_risks = list(risks)
        self.app.uncopied_rewrite = self.holds_more_than_the_draft
        self._refresh_review()
        if getattr(result, "model_stopped", False):
            self.app.notify(MODEL_STOPPED, title="Model stopped", severity="warning", timeout=10, markup=False)
            # the status line must not go on saying "ready" after the model died; the next rewrite starts it afresh
            self.app.update_status(model_state="stopped")
        elif getattr(result, "attempts", None) and self.app.status.model_state == "stopped":
            self.app.update_status(model_state="ready")  # a fresh model answered

    # -- showing the result --------------------------------------------------------------------

    def _refresh_review(self) -> None:
        checked = self.acknowledged.__contains__
        self.changes.show(span_marks(self.spans or []) + risk_marks(self.risks, checked),
                          span_marks(self.residual, RESIDUAL) + risk_marks(self.final_risks, checked))
        verdict = self.current_verdict
        self._show_summary()
        self.query_one("#verdict", Static).update(verdict_text(self.result, verdict, self.final_risks,
                                                               self.acknowledged))
        if verdict is not None and self.is_current:
            self.app.update_status(standing=self.standing)

    def _show_summary(self) -> None:
        # one line across the screen (its padding aside), whatever the terminal's width
        self.query_one("#review-summary", Static).update(fitted_summary_text(
            self.result, self.current_verdict, self.standing, self.app.backend is not None, self.size.width - 2,
            edited=self.right.text != self.result.text))

    def on_resize(self) -> None:
        if self.state == "done":
            self._show_summary()

    @property
    def holds_more_than_the_draft(self) -> bool:
        """Would losing this rewrite lose anything? Not when it is the draft itself (nothing needed
        changing, or the edits undone): the draft is still there."""
        return self.right.text != self.original

    @property
    def current_verdict(self) -> Verdict | None:
        if self.verdict is None or self.verdict[0] != self.right.text:
            return None
        return self.verdict[1]

    @property
    def standing(self) -> Standing | None:
        """Where the rewrite as it is now stands (None while an edit is being checked)."""
        verdict = self.current_verdict
        if verdict is None:
            return None
        # The one place the rewrite's state is decided (with verdict: the pipeline's status). Risks alone
        # make it "review", as `rewriter rewrite` says; any other failed check makes it not verified.
        verified = verdict.safe and (verdict.clean or bool(verdict.final_risks))
        status = text_status(len(verdict.final_spans), len(self.final_risks), verified=verified,
                             empty=not self.right.text.strip())
        return standing(status, len(verdict.final_spans), self.final_risks, self.acknowledged,
                        when_empty=EMPTY_REWRITE)

    # -- editing the rewrite -------------------------------------------------------------------

    @on(TextArea.Changed, "#rewrite")
    def _rewrite_edited(self) -> None:
        if self.state != "done":
            return  # the stream filling the view, not the user
        text = self.right.text
        if self.verdict is not None and self.verdict[0] == text:
            return
        self.app.uncopied_rewrite = self.holds_more_than_the_draft
        previous = self.verdict[0] if self.verdict else text
        self.residual = shift_spans(previous, text, self.residual)
        self.final_risks = shift_risks(previous, text, self.final_risks)
        self._refresh_review()
        self.checks.request()

    def _start_verify(self) -> None:
        self._checking = self.right.text
        self._verify(self._checking, self.role or self.app.status.role)

    @work(thread=True, exclusive=True, group="verify", exit_on_error=False)
    def _verify(self, candidate: str, role: str) -> None:
        # the user's own edit: judged for safety and the review, not by the model-output quality gates
        verdict = self.app.pipeline().verify(self.original, candidate, self.result.spans, role=role, by_user=True,
                                             allow=self.allow)
        self.post_message(RewriteChecked(candidate, verdict, list(verdict.final_risks)))

    def on_rewrite_checked(self, message: RewriteChecked) -> None:
        self._checked(message.text, message.verdict, message.risks)

    def _checked(self, candidate: str, verdict: Verdict, risks: list[Risk]) -> None:
        self.verifications += 1
        if candidate == self.right.text:
            self.verdict = (candidate, verdict)
            self.residual = list(verdict.final_spans)
            self.final_risks = list(risks)
            self._refresh_review()
            if self._copy_after_verify:
                self._copy_after_verify = False
                self._copy_with(candidate, verdict)
        # copying waits for the check of the text as it is now: that one next, at once
        self.checks.finished(again=self._copy_after_verify, now=self._copy_after_verify)

    # -- actions -------------------------------------------------------------------------------

    def action_back(self) -> None:
        if self.state == "running" and self.rewrite_worker is None:
            self._cancelled()  # still waiting for the models: nothing to stop
        elif self.state == "running":
            self.state = "cancelling"
            self.rewrite_worker.cancel()  # the pipeline stops at the model's next token
            self._tick()
        elif self.state == "done":
            # The rewrite and its edits are kept: ctrl+r on the unchanged draft brings them back.
            self.app.pop_screen()
            self.app.notify("Back to your draft. The rewrite is kept: ctrl+r shows it again while the draft "
                            "is unchanged.", markup=False)

    def check_action(self, action: str, parameters) -> bool | None:
        if action == "use_generalised":
            # only while the model works on a generalised text already shown; otherwise enter is the editor's
            return self.state == "running" and self.progress.generalised is not None and not self.skip_model.is_set()
        return True

    def action_use_generalised(self) -> None:
        self.skip_model.set()  # the pipeline stops the model at its next token and offers the generalised text
        self.refresh_bindings()
        self._tick()

    def action_copy(self) -> None:
        if self.state != "done":
            self.app.notify("Wait for the rewrite to finish (escape cancels it).", markup=False)
            return
        verdict = self.current_verdict
        if verdict is None:
            self._copy_after_verify = True  # check the edit first, then copy
            self.checks.request(now=True)
            return
        self._copy_with(self.right.text, verdict)

    def _copy_with(self, text: str, verdict: Verdict) -> None:
        if self.standing.status == EMPTY:
            self.app.notify(f"Nothing to copy. {EMPTY_REWRITE}.", markup=False)
            return
        if self.standing.copies_freely:
            self._copy(text)
            return
        # only the risks not yet checked: each listed once, as a risk (not again as a check's reason)
        to_review = [r for r in self.final_risks if r not in self.acknowledged]
        reasons = reasons_besides(verdict.reasons, self.final_risks)
        self.app.push_screen(confirm_copy(verdict.final_spans, reasons, to_review),
                             lambda yes: self._copy(text) if yes else None)

    def _copy(self, text: str) -> None:
        if self.app.copy_out(text) and text == self.right.text:
            self.app.uncopied_rewrite = False

    def action_acknowledge(self) -> None:
        """I've checked this: the risk at the cursor in the rewrite (pressed again: take it back)."""
        if self.current_verdict is None:
            self.app.notify("Wait for the check of your edit to finish.", markup=False)
            return
        index = self.right.index_at_cursor()
        risk = next((r for r in self.final_risks if r.start <= index <= r.end), None)
        if risk is None:
            self.app.notify("Put the cursor in the rewrite on a phrase marked to review.", markup=False)
            return
        if self.acknowledged.toggle(risk):
            self.app.notify("Marked as checked by you for this rewrite. Editing the phrase takes it back.",
                            markup=False)
        else:
            self.app.notify("No longer marked as checked.", markup=False)
        self._refresh_review()

    def action_toggle_view(self) -> None:
        self.changes.toggle()
        if not self.unified and self.state == "done":
            self.right.focus()

    def action_save(self) -> None:
        if self.state != "done":
            self.app.notify("Wait for the rewrite to finish (escape cancels it).", markup=False)
            return
        text = self.right.text

        def _saved() -> None:
            if text == self.right.text:
                self.app.uncopied_rewrite = False

        self.app.save_out(text, then=_saved)

    def palette_commands(self):
        return [
            ("Copy the rewrite", "Copy it; asks first if anything identifying or to review remains (ctrl+y)", "copy"),
            ("I've checked this risk", "Acknowledge the risk at the cursor in the rewrite, or take that back "
             "(alt+c)", "acknowledge"),
            ("Toggle side by side / unified", "Switch how the changes are shown (ctrl+d)", "toggle_view"),
            ("Save the rewrite to a file", "Write the rewrite to a file you name (ctrl+s)", "save"),
            ("Back to the draft", "Cancel a running rewrite, or go back to the draft keeping this rewrite "
             "(escape)", "back"),
        ]
