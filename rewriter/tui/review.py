"""The review screen: the rewrite streams in, then original and rewrite side by side (or unified),
with word-level changes marked, the verdict, the risks still to review, the attempts, and an editable
rewrite that is verified and reviewed again after every edit. The draft itself is never touched here."""

from __future__ import annotations

import threading
import time
from functools import partial

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, Static, TextArea

from ..display import counted
from ..errors import Cancelled
from ..pipeline import Verdict
from ..review import Risk
from ..spans import Span
from ..verify import IDENTIFYING
from .dialogs import confirm_copy
from .marks import (RESIDUAL, diff_marks, risk_marks, safe_text, shift_risks, shift_spans, span_marks,
                    unified_text, word_diff)
from .standing import CLEAN, IDENTIFYING, Acknowledgements, Standing, standing, text_status
from .widgets import MarkedTextArea, StatusBar, risk_label

METHODS = {
    "llm": "polished by the language model",
    "generalised": "generalised (deterministic replacements; no model text passed the checks)",
    "unchanged": "unchanged (nothing needed changing)",
}


class StreamBuffer:
    """Model output as it arrives, filled by the worker thread and read by a timer on the main thread,
    so generation never waits for the screen to redraw."""

    def __init__(self):
        self._lock = threading.Lock()
        self._pieces: list[str] = []
        self.first_at: float | None = None

    def add(self, piece: str) -> None:
        with self._lock:
            if self.first_at is None:
                self.first_at = time.perf_counter()
            self._pieces.append(piece)

    def snapshot(self) -> tuple[str, int]:
        with self._lock:
            return "".join(self._pieces), len(self._pieces)


class ReviewScreen(Screen):
    BINDINGS = [
        Binding("escape", "back", "Back", priority=True),  # also cancels a running rewrite (the summary says so)
        Binding("ctrl+y", "copy", "Copy", priority=True),
        Binding("ctrl+d", "toggle_view", "Side/unified", priority=True),
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("alt+c", "acknowledge", "I've checked this", show=False),
    ]

    def __init__(self, original: str, spans: list[Span] | None, risks: list[Risk] | None = None,
                 acknowledged: Acknowledgements | None = None):
        super().__init__(id="review-screen")
        self.original = original
        self.spans = spans
        self.risks = risks or []  # the draft's risks, marked on the left
        # What the writer checked in the draft counts for the same phrase in the rewrite; what they
        # check here belongs to this rewrite only.
        self.acknowledged = acknowledged if acknowledged is not None else Acknowledgements()
        self.cancel = threading.Event()
        self.stream = StreamBuffer()
        self.state = "running"  # running | cancelling | done
        self.result = None
        self.verdict: tuple[str, Verdict] | None = None  # (the text it is about, the verdict)
        self.residual: list[Span] = []
        self.final_risks: list[Risk] = []  # the risks in the rewrite as it is (shifted while editing)
        self.unified = False
        self.started = time.perf_counter()
        self._ticker = None
        self._verifying = False
        self._verify_pending = False
        self._verify_timer = None
        self._copy_after_verify = False
        self.verifications = 0
        self._syncing = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="review-summary")
        with Horizontal(id="side-by-side"):
            with Vertical(classes="side"):
                yield Label("Original (your draft, unchanged)", classes="pane-title")
                yield MarkedTextArea(self.original, read_only=True, id="original")
            with Vertical(classes="side"):
                yield Label("Rewrite — edit freely; every edit is checked again", classes="pane-title")
                yield MarkedTextArea("", read_only=True, id="rewrite")
        with VerticalScroll(id="unified"):
            yield Static(id="unified-text")
        yield Static(id="verdict")
        yield StatusBar(id="status")
        yield Footer()

    @property
    def left(self) -> MarkedTextArea:
        return self.query_one("#original", MarkedTextArea)

    @property
    def right(self) -> MarkedTextArea:
        return self.query_one("#rewrite", MarkedTextArea)

    def on_mount(self) -> None:
        self.query_one("#unified").display = False
        if self.spans:
            self.left.set_marks(span_marks(self.spans))
        # Both sides scroll together (by proportion: a shorter rewrite wraps to fewer lines).
        self.watch(self.left, "scroll_y", partial(self._sync_scroll, self.left, self.right), init=False)
        self.watch(self.right, "scroll_y", partial(self._sync_scroll, self.right, self.left), init=False)
        self._ticker = self.set_interval(0.1, self._tick)
        self._tick()
        self.app.status.activity = "rewriting"
        self.app.refresh_status()
        self.app.status.standing = None  # nothing to say about the rewrite until it is there
        self._rewrite()

    def on_unmount(self) -> None:
        # Quitting mid-rewrite: stop the model at its next token instead of letting it run on.
        self.cancel.set()

    # -- the rewrite worker --------------------------------------------------------------------

    @work(thread=True, group="rewrite", exit_on_error=False)
    def _rewrite(self) -> None:
        app = self.app
        if app.load_model and not app.model_loaded.is_set():
            while not app.model_loaded.wait(0.1):
                if self.cancel.is_set():
                    break
        if self.cancel.is_set():
            self._report(self._cancelled)
            return
        try:
            pipeline = app.pipeline()
            result = pipeline.rewrite(
                self.original,
                role=app.status.role,
                spans=self.spans,
                on_token=self.stream.add,
                cancel=self.cancel,
                use_llm=app.backend is not None,
            )
            risks = self._review(result.text, result.final_spans)
        except Cancelled:
            self._report(self._cancelled)
        except Exception as exc:  # a model crash or a bug: say so, keep the draft
            self._report(self._failed, (str(exc).strip() or exc.__class__.__name__).splitlines()[0])
        else:
            self._report(self._cancelled if self.cancel.is_set() else self._done, result, risks)

    def _review(self, text: str, spans: list[Span]) -> list[Risk]:
        """The post-level risks in ``text`` (in a worker: the reviewer is quick, but not free)."""
        reviewer = self.app.reviewer
        return reviewer.review(text, spans) if reviewer is not None else []

    def _report(self, callback, *args) -> None:
        try:
            self.app.call_from_thread(callback, *args)
        except RuntimeError:  # the app is closing
            pass

    def _tick(self) -> None:
        if self.state == "done":
            return
        now = time.perf_counter()
        text, tokens = self.stream.snapshot()
        if text != self.right.text:
            self.right.load_text(text)
            self.right.scroll_end(animate=False)
        summary = Text()
        if self.state == "cancelling":
            summary.append("Cancelling… ", style="bold yellow")
        elif self.app.load_model and not self.app.model_loaded.is_set():
            summary.append("Waiting for the model to load… ", style="bold yellow")
        else:
            summary.append("Rewriting… ", style="bold")
        summary.append(f"{now - self.started:.1f} s")
        if tokens:
            rate = tokens / max(now - (self.stream.first_at or now), 1e-6)
            summary.append(f" · {tokens} tokens · {rate:.1f} tokens/s")
        summary.append("   escape cancels", style="dim")
        self.query_one("#review-summary", Static).update(summary)

    def _finish_running(self) -> None:
        if self._ticker is not None:
            self._ticker.stop()
        self.app.status.activity = ""
        self.app.refresh_status()

    def _cancelled(self, *_ignored) -> None:
        self._finish_running()
        self.app.pop_screen()
        self.app.notify("Rewrite cancelled. Your draft is unchanged.", markup=False)

    def _failed(self, error: str) -> None:
        self._finish_running()
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
        if not result.clean and not result.final_spans and not reasons:
            reasons = ["the rewrite did not pass every check"]
        verdict = Verdict(result.clean, list(result.final_spans), reasons, safe=result.status != IDENTIFYING,
                          final_risks=list(result.final_risks))
        self.verdict = (result.text, verdict)
        self.residual = list(result.final_spans)
        self.final_risks = list(risks)
        self.app.uncopied_rewrite = True
        self._refresh_review()

    # -- showing the result --------------------------------------------------------------------

    def _refresh_review(self) -> None:
        text = self.right.text
        changes = word_diff(self.original, text)
        left, right = diff_marks(self.original, text, changes)
        self.left.set_marks(span_marks(self.spans or []) + risk_marks(self.risks, self.acknowledged.__contains__)
                            + left)
        self.right.set_marks(right + span_marks(self.residual, RESIDUAL)
                             + risk_marks(self.final_risks, self.acknowledged.__contains__))
        self.query_one("#unified-text", Static).update(unified_text(self.original, text, changes))
        self.query_one("#review-summary", Static).update(self._summary())
        self.query_one("#verdict", Static).update(self._verdict_text())
        if self.current_verdict is not None:
            self.app.status.standing = self.standing
            self.app.refresh_status()

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
        # The one place the rewrite's state is decided (with verdict: the pipeline's status).
        status = text_status(len(verdict.final_spans), len(self.final_risks), verified=verdict.clean)
        return standing(status, len(verdict.final_spans), self.final_risks, self.acknowledged)

    def _summary(self) -> Text:
        r = self.result
        out = Text()
        verdict, where = self.current_verdict, self.standing
        if verdict is None:
            out.append("checking your edit…", style="bold yellow")
        elif where.status == CLEAN:
            out.append("✓ verified clean", style="bold green")
        elif where.status == IDENTIFYING:
            n = len(verdict.final_spans)
            remain = "remains" if n == 1 else "remain"
            out.append(f"✗ not clean: {counted(n, 'identifier')} {remain}" if n else "✗ not verified clean",
                       style="bold red")
        elif where.to_review:
            n = where.to_review
            out.append(f"⚑ no identifiers; {counted(n, 'thing')} to review", style="bold yellow")
        else:
            out.append(f"✓ no identifiers; {where.as_text().plain.removeprefix('✓ ')}", style="bold yellow")
        out.append("  │  method: ")
        method = METHODS.get(r.method, r.method)
        if r.method == "generalised" and self.app.backend is None:
            method = "generalised (deterministic replacements; the model is not available)"
        out.append(method, style="bold")
        out.append(f"  │  {r.seconds:.1f} s")
        if r.tokens_per_second:
            out.append(f" · {r.tokens_per_second:.1f} tokens/s")
        if r.model_name:
            out.append("  │  model ")
            out.append(r.model_name)
        return out

    def _verdict_text(self) -> Text:
        out = Text()
        verdict = self.current_verdict
        if verdict is not None and verdict.final_spans:
            out.append("Still identifying: ", style="bold red")
            for i, s in enumerate(verdict.final_spans):
                if i:
                    out.append(", ")
                out.append(s.kind.label + " ")
                out.append_text(safe_text(s.text, "bold"))
            out.append("\n")
        if verdict is not None and self.final_risks:
            out.append("To review: ", style="bold yellow")
            for i, r in enumerate(self.final_risks):
                if i:
                    out.append(" · ")
                out.append(risk_label(r) + " ")
                out.append_text(safe_text(r.text, "bold"))
                if r in self.acknowledged:
                    out.append(" ✓ checked by you", style="green")
                else:
                    out.append(f" ({r.advice})", style="dim")
            out.append("\n")
        if verdict is not None and verdict.reasons:
            out.append("Checks: ", style="bold")
            out.append_text(safe_text("; ".join(verdict.reasons)))
            out.append("\n")
        attempts = self.result.attempts if self.result else []
        if attempts:
            out.append("Model attempts: ", style="bold")
            for i, a in enumerate(attempts, 1):
                if i > 1:
                    out.append(" · ")
                out.append(f"#{i} ")
                if a.accepted:
                    out.append("accepted", style="green")
                else:
                    out.append("rejected", style="red")
                    if a.reasons:
                        out.append(" (")
                        out.append_text(safe_text("; ".join(a.reasons)))
                        out.append(")")
                out.append(f" {a.seconds:.1f} s, {a.tokens} tokens", style="dim")
        elif self.result is not None:
            out.append("Model attempts: none", style="dim")
        return out

    # -- editing the rewrite -------------------------------------------------------------------

    @on(TextArea.Changed, "#rewrite")
    def _rewrite_edited(self) -> None:
        if self.state != "done":
            return  # the stream filling the view, not the user
        text = self.right.text
        if self.verdict is not None and self.verdict[0] == text:
            return
        self.app.uncopied_rewrite = True
        previous = self.verdict[0] if self.verdict else text
        self.residual = shift_spans(previous, text, self.residual)
        self.final_risks = shift_risks(previous, text, self.final_risks)
        self._refresh_review()
        self.request_verify()

    def request_verify(self, now: bool = False) -> None:
        self._verify_pending = True
        if self._verifying:
            return
        if self._verify_timer is not None:
            self._verify_timer.stop()
            self._verify_timer = None
        if now:
            self._start_verify()
        else:
            self._verify_timer = self.set_timer(self.app.config.app.debounce_ms / 1000, self._start_verify)

    def _start_verify(self) -> None:
        self._verify_timer = None
        if self._verifying or not self._verify_pending:
            return
        self._verify_pending = False
        self._verifying = True
        self._verify(self.right.text)

    @work(thread=True, group="verify", exit_on_error=False)
    def _verify(self, candidate: str) -> None:
        try:
            verdict = self.app.pipeline().verify(self.original, candidate, self.result.spans, role=self.app.status.role)
            risks = self._review(candidate, verdict.final_spans)
        except Exception as exc:
            verdict = Verdict(False, [], [f"the check failed: {(str(exc).strip() or exc.__class__.__name__).splitlines()[0]}"])
            risks = []
        self._report(self._verified, candidate, verdict, risks)

    def _verified(self, candidate: str, verdict: Verdict, risks: list[Risk]) -> None:
        self._verifying = False
        self.verifications += 1
        if candidate == self.right.text:
            self.verdict = (candidate, verdict)
            self.residual = list(verdict.final_spans)
            self.final_risks = list(risks)
            self._refresh_review()
            if self._copy_after_verify:
                self._copy_after_verify = False
                self._copy_with(candidate, verdict)
        if self._verify_pending or (self._copy_after_verify and candidate != self.right.text):
            self.request_verify(now=self._copy_after_verify)

    # -- actions -------------------------------------------------------------------------------

    def action_back(self) -> None:
        if self.state == "running":
            self.state = "cancelling"
            self.cancel.set()
            self._tick()
            return
        if self.state == "done":
            # Leaving drops this rewrite: the draft is what stays. Nothing was copied, nothing to ask.
            self.app.uncopied_rewrite = False
            self.app.pop_screen()

    def action_copy(self) -> None:
        if self.state != "done":
            self.app.notify("Wait for the rewrite to finish (escape cancels it).", markup=False)
            return
        verdict = self.current_verdict
        if verdict is None:
            self._copy_after_verify = True  # check the edit first, then copy
            self.request_verify(now=True)
            return
        self._copy_with(self.right.text, verdict)

    def _copy_with(self, text: str, verdict: Verdict) -> None:
        if self.standing.copies_freely:
            self.app.copy_out(text)
            return
        to_review = [r for r in self.final_risks if r not in self.acknowledged]
        self.app.push_screen(confirm_copy(verdict.final_spans, verdict.reasons, to_review),
                             lambda yes: self.app.copy_out(text) if yes else None)

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
        self.unified = not self.unified
        self.query_one("#side-by-side").display = not self.unified
        self.query_one("#unified").display = self.unified
        if not self.unified and self.state == "done":
            self.right.focus()

    def action_save(self) -> None:
        if self.state != "done":
            self.app.notify("Wait for the rewrite to finish (escape cancels it).", markup=False)
            return
        self.app.save_out(self.right.text)

    def _sync_scroll(self, source: MarkedTextArea, target: MarkedTextArea, _value) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            ratio = source.scroll_y / source.max_scroll_y if source.max_scroll_y else 0.0
            target.scroll_to(y=round(ratio * target.max_scroll_y), animate=False)
        finally:
            self._syncing = False

    def palette_commands(self):
        return [
            ("Copy the rewrite", "Copy it; asks first if anything identifying or to review remains (ctrl+y)", "copy"),
            ("I've checked this risk", "Acknowledge the risk at the cursor in the rewrite, or take that back "
             "(alt+c)", "acknowledge"),
            ("Toggle side by side / unified", "Switch how the changes are shown (ctrl+d)", "toggle_view"),
            ("Save the rewrite to a file", "Write the rewrite to a file you name (ctrl+s)", "save"),
            ("Back to the draft", "Cancel a running rewrite, or close this one (escape)", "back"),
        ]
