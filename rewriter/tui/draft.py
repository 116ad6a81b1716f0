"""The first screen: the draft editor with live highlights, the legend and the list of spans and risks."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, Static, TextArea

from ..spans import Span

if TYPE_CHECKING:  # the review package compiles its cue lists on import: not before the first paint
    from ..review import Risk
from ..text import canonical
from .dialogs import confirm_copy
from .marks import risk_marks, shift_risks, shift_spans, span_marks, visible
from .standing import Acknowledgements, Standing, standing, text_status
from .widgets import Legend, MarkedTextArea, SpanList, StatusBar

HINT = ("A span: a apply the suggestion · i ignore it · w add it to your watch list. A risk: c I've checked "
        "this. In the draft, alt+a / alt+i / alt+w / alt+c act on what is at the cursor.")


class DraftScreen(Screen):
    BINDINGS = [
        Binding("ctrl+r", "rewrite", "Rewrite", priority=True),
        Binding("ctrl+y", "copy", "Copy", priority=True),
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("alt+a", "apply", "Apply suggestion", show=False),
        Binding("alt+i", "ignore", "Ignore span", show=False),
        Binding("alt+w", "watch", "Watch span", show=False),
        Binding("alt+c", "acknowledge", "I've checked this", show=False),
    ]

    def __init__(self, draft: str = ""):
        super().__init__(id="draft-screen")
        self._initial = draft
        self.spans: list[Span] = []
        self.risks: list[Risk] = []  # post-level risks found with the spans (rewriter.review)
        self.acknowledged = Acknowledgements()  # the risks the writer has checked in this draft
        self._spans_text: str | None = None  # the text self.spans were detected on (None: not yet)
        self._marks_text = draft  # the text the shown marks refer to (shifted while typing)
        self.ignored: set[tuple[str, str]] = set()
        # Detection scheduling: at most one run in flight; a change while one runs asks for another.
        self._in_flight = False
        self._pending = False
        self._timer = None
        self._last_start = 0.0
        self._changed_at = 0.0
        self.highlight_latency: float | None = None  # keystroke to highlights, for the benchmark
        self.detections = 0
        self._last_error = ""

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="draft-pane"):
                yield Label("Your draft", classes="pane-title")
                yield MarkedTextArea(self._initial, id="draft", placeholder="Type or paste your draft post here…")
                yield Legend(id="legend")
            with Vertical(id="spans-pane"):
                yield Label("What could identify someone", classes="pane-title")
                yield SpanList(id="spans")
                yield Static(Text(HINT, style="dim"), id="spans-hint")
        yield StatusBar(id="status")
        yield Footer()

    @property
    def editor(self) -> MarkedTextArea:
        return self.query_one("#draft", MarkedTextArea)

    def on_mount(self) -> None:
        self.editor.focus()
        self.query_one(Legend).show([], ready=False)
        if self.app.detector is not None:
            self.request_detection()

    # -- detection -----------------------------------------------------------------------------

    def on_app_detector_ready(self) -> None:
        if self.app.detector is not None:
            self.request_detection()
        else:
            self.query_one(Legend).update(Text("the detector is not available: nothing is checked", style="bold red"))

    @on(TextArea.Changed, "#draft")
    def _draft_changed(self) -> None:
        self._changed_at = time.perf_counter()
        new = self.editor.text
        # Move the current highlights with the text at once; detection catches up shortly.
        self.spans = shift_spans(self._marks_text, new, self.spans)
        self.risks = shift_risks(self._marks_text, new, self.risks)
        # An acknowledgement is for the phrase the writer checked: editing that phrase takes it back.
        self.acknowledged.keep_only(self.risks)
        self._marks_text = new
        self._show_marks()
        self.request_detection()

    @property
    def debounce(self) -> float:
        return self.app.config.app.debounce_ms / 1000

    def request_detection(self) -> None:
        """Detect again soon. The first change after a quiet spell runs at once; changes that follow
        within ``debounce_ms`` of a run are gathered into one more run, so typing never queues work."""
        self._pending = True
        if self.app.detector is None or self._in_flight or self._timer is not None:
            return
        wait = self._last_start + self.debounce - time.perf_counter()
        if wait <= 0:
            self._start_detection()
        else:
            self._timer = self.set_timer(wait, self._timer_fired)

    def _timer_fired(self) -> None:
        self._timer = None
        if self._pending and not self._in_flight:
            self._start_detection()

    def _start_detection(self) -> None:
        self._pending = False
        self._in_flight = True
        self._last_start = time.perf_counter()
        self._detect(self.editor.text, self.app.status.role)

    @work(thread=True, group="detect", exit_on_error=False)
    def _detect(self, text: str, role: str) -> None:
        app = self.app
        try:
            spans = app.detector.detect(text, role=role)
            risks = app.reviewer.review(text, spans) if app.reviewer is not None else []
            error = ""
        except Exception as exc:  # shown in the app; the draft is untouched
            spans, risks, error = None, None, (str(exc).strip() or exc.__class__.__name__).splitlines()[0]
        try:
            app.call_from_thread(self._detection_done, text, spans, risks, error)
        except RuntimeError:  # the app is closing
            pass

    def _detection_done(self, text: str, spans: list[Span] | None, risks: list[Risk] | None, error: str) -> None:
        self._in_flight = False
        self.detections += 1
        if error:
            if error != self._last_error:
                self.app.notify(f"Checking the draft failed: {error}. Your draft is unchanged.",
                                title="Detector error", severity="error", markup=False)
            self._last_error = error
        elif text == self.editor.text:
            self._last_error = ""
            self._show_spans(text, spans, risks)
            self.highlight_latency = time.perf_counter() - self._changed_at if self._changed_at else None
        if self._pending:
            self.request_detection()

    def _show_spans(self, text: str, spans: list[Span], risks: list[Risk] | None = None) -> None:
        """Show what was found on ``text``; ``risks`` None keeps the risks shown (only spans changed)."""
        spans = [s for s in spans if (canonical(s.text), s.entity_type) not in self.ignored]
        self.spans = spans
        if risks is not None:
            self.risks = list(risks)
            self.acknowledged.keep_only(self.risks)  # a phrase no longer there: its acknowledgement goes
        self._spans_text = text
        self._marks_text = text
        self._show_marks()
        self._show_risks()

    def _show_marks(self) -> None:
        self.editor.set_marks(span_marks(self.spans) + risk_marks(self.risks, self.acknowledged.__contains__))

    def _show_risks(self) -> None:
        """The list, the legend and the status bar (the marks are drawn by ``_show_marks``)."""
        self.query_one(SpanList).show(self.spans, self.risks, self.acknowledged.__contains__)
        self.query_one(Legend).show(self.spans, risks=self.risks)
        self.app.status.standing = self.standing
        self.app.refresh_status()

    @property
    def standing(self) -> Standing | None:
        """Where the draft stands (None until it has been checked once)."""
        if self._spans_text is None:
            return None
        # The one place the draft's state is decided (with verdict: the pipeline's status).
        status = text_status(len(self.spans), len(self.risks))
        return standing(status, len(self.spans), self.risks, self.acknowledged)

    def on_screen_resume(self) -> None:
        # Back from the review screen: the status bar speaks of the draft again.
        self.app.status.standing = self.standing
        self.app.refresh_status()

    @property
    def checked(self) -> bool:
        """Do the spans shown belong to the text as it is now?"""
        return self._spans_text is not None and self._spans_text == self.editor.text

    # -- acting on one span --------------------------------------------------------------------

    def _span_at_cursor(self) -> Span | None:
        index = self.editor.index_at_cursor()
        for s in self.spans:
            if s.start <= index <= s.end:
                return s
        return None

    def _target(self) -> Span | None:
        span_list = self.query_one(SpanList)
        span = span_list.current if span_list.has_focus else self._span_at_cursor()
        if span is None:
            self.app.notify("Put the cursor on a highlighted span, or pick one in the list.", markup=False)
        return span

    def _live(self, span: Span) -> Span | None:
        """The span as it is in the current text (the list may be a keystroke behind)."""
        text = self.editor.text
        for s in self.spans:
            if s.text == span.text and s.entity_type == span.entity_type and text[s.start : s.end] == s.text:
                return s
        return None

    def _risk_at_cursor(self) -> Risk | None:
        index = self.editor.index_at_cursor()
        for r in self.risks:
            if r.start <= index <= r.end:
                return r
        return None

    def action_acknowledge(self) -> None:
        span_list = self.query_one(SpanList)
        risk = span_list.current_risk if span_list.has_focus else self._risk_at_cursor()
        if risk is None:
            self.app.notify("Put the cursor on a phrase marked to review, or pick one under “Things to review”.",
                            markup=False)
            return
        self.acknowledge(risk)

    @on(SpanList.Acknowledge)
    def _list_acknowledge(self, event: SpanList.Acknowledge) -> None:
        self.acknowledge(event.risk)

    def acknowledge(self, risk: Risk) -> None:
        """I've checked this: the risk no longer holds up copying this draft (pressed again: it does)."""
        if not any(r.kind == risk.kind and r.text == risk.text for r in self.risks):
            self.app.notify("That phrase has changed; wait for the check to catch up.", markup=False)
            return
        if self.acknowledged.toggle(risk):
            self.app.notify("Marked as checked by you for this draft. Editing the phrase takes it back.",
                            markup=False)
        else:
            self.app.notify("No longer marked as checked.", markup=False)
        self._show_marks()
        self._show_risks()

    @on(SpanList.Act)
    def _list_act(self, event: SpanList.Act) -> None:
        self.act(event.action, event.span)

    def act(self, action: str, span: Span) -> None:
        if action == "apply":
            live = self._live(span)
            if live is None:
                self.app.notify("That span has changed; wait for the highlights to catch up.", markup=False)
                return
            # Lazy: the generaliser's package loads the review's cue lists, which the first paint does not wait for.
            from ..generalise.english import in_sentence_case

            text = self.editor.text
            suggestion = in_sentence_case(text, live.start, live.suggestion)  # "Lena came" -> "Someone came"
            get = self.editor.document.get_location_from_index
            self.editor.replace(suggestion, get(live.start), get(live.end))
            self.app.notify(f"Replaced with “{visible(suggestion)}”.", markup=False)
        elif action == "ignore":
            self.ignored.add((canonical(span.text), span.entity_type))
            if self._spans_text is not None:
                self._show_spans(self.editor.text, [s for s in self.spans if s != span])
            self.app.notify("Ignored for this session. It is still in your draft.", markup=False)
        elif action == "watch":
            try:
                watchlist = self.app.services.load_watchlist()
                added = watchlist.add(span.text)
                if added:
                    watchlist.save()
            except Exception as exc:
                self.app.notify(f"Could not add to the watch list: {exc}", severity="error", markup=False)
                return
            self.app.notify("Added to your watch list (stored as a salted hash)." if added
                            else "Already on your watch list.", markup=False)
            self.request_detection()

    def action_apply(self) -> None:
        if (span := self._target()) is not None:
            self.act("apply", span)

    def action_ignore(self) -> None:
        if (span := self._target()) is not None:
            self.act("ignore", span)

    def action_watch(self) -> None:
        if (span := self._target()) is not None:
            self.act("watch", span)

    @on(SpanList.OptionSelected)
    def _jump_to_span(self, event: SpanList.OptionSelected) -> None:
        span_list = self.query_one(SpanList)
        found = span_list.index_of(event.option_index)
        if found is None:
            return
        what, i = found
        if what == "span":
            target = self._live(span_list.spans[i])
        else:
            risk = span_list.risks[i]
            target = risk if self.editor.text[risk.start : risk.end] == risk.text else None
        if target is not None:
            self.editor.select_range(target.start, target.end)
            self.editor.focus()

    # -- rewrite, copy, save -------------------------------------------------------------------

    def action_rewrite(self) -> None:
        app = self.app
        if app.detector is None:
            if app.status.detector_state == "failed":
                app.notify(f"Cannot rewrite: the detector failed to start ({app.status.detector_error}).",
                           severity="error", markup=False)
            else:
                app.notify("The detector is still loading; try again in a moment.", markup=False)
            return
        text = self.editor.text
        if not text.strip():
            app.notify("Type or paste a draft first.", markup=False)
            return
        # Lazy: the review screen brings the pipeline, the generaliser and the checks, which the
        # first paint does not wait for.
        from .review import ReviewScreen

        checked = self.checked
        app.push_screen(ReviewScreen(text, list(self.spans) if checked else None,
                                     list(self.risks) if checked else None, self.acknowledged.copy()))

    def action_copy(self) -> None:
        text = self.editor.text
        if self.checked and self.standing.copies_freely:
            self.app.copy_out(text)
            return
        reasons = [] if self.checked else ["this draft has not been checked yet"]
        to_review = [r for r in self.risks if r not in self.acknowledged]
        self.app.push_screen(confirm_copy(self.spans, reasons, to_review),
                             lambda yes: self.app.copy_out(text) if yes else None)

    def action_save(self) -> None:
        self.app.save_out(self.editor.text)

    def palette_commands(self):
        return [
            ("Rewrite the draft", "Generalise and polish the draft, then review it (ctrl+r)", "rewrite"),
            ("Copy the draft", "Copy the draft as it is; asks if anything identifying or to review remains (ctrl+y)",
             "copy"),
            ("Save the draft to a file", "Write the draft to a file you name (ctrl+s)", "save"),
            ("Apply the suggestion", "Replace the span at the cursor with its suggestion (alt+a)", "apply"),
            ("Ignore the span", "Stop highlighting the span at the cursor this session (alt+i)", "ignore"),
            ("Add the span to the watch list", "Always catch this term from now on (alt+w)", "watch"),
            ("I've checked this risk", "Acknowledge the risk at the cursor or selected in the list for this "
             "draft, or take that back (alt+c; c in the list)", "acknowledge"),
        ]
