"""The first screen: the draft editor with live highlights, the legend and the list of spans."""

from __future__ import annotations

import time

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, Static, TextArea

from ..spans import Span
from ..text import canonical
from .dialogs import confirm_copy
from .marks import shift_spans, span_marks, visible
from .widgets import Legend, MarkedTextArea, SpanList, StatusBar

HINT = ("Select a span: a apply the suggestion · i ignore it · w add it to your watch list. "
        "In the draft: alt+a / alt+i / alt+w act on the span at the cursor.")


class DraftScreen(Screen):
    BINDINGS = [
        Binding("ctrl+r", "rewrite", "Rewrite", priority=True),
        Binding("ctrl+y", "copy", "Copy draft", priority=True),
        Binding("ctrl+s", "save", "Save draft", priority=True),
        Binding("alt+a", "apply", "Apply suggestion", show=False),
        Binding("alt+i", "ignore", "Ignore span", show=False),
        Binding("alt+w", "watch", "Watch span", show=False),
    ]

    def __init__(self, draft: str = ""):
        super().__init__(id="draft-screen")
        self._initial = draft
        self.spans: list[Span] = []
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
        self._marks_text = new
        self.editor.set_marks(span_marks(self.spans))
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
        try:
            spans, error = self.app.detector.detect(text, role=role), ""
        except Exception as exc:  # shown in the app; the draft is untouched
            spans, error = None, (str(exc).strip() or exc.__class__.__name__).splitlines()[0]
        try:
            self.app.call_from_thread(self._detection_done, text, spans, error)
        except RuntimeError:  # the app is closing
            pass

    def _detection_done(self, text: str, spans: list[Span] | None, error: str) -> None:
        self._in_flight = False
        self.detections += 1
        if error:
            if error != self._last_error:
                self.app.notify(f"Checking the draft failed: {error}. Your draft is unchanged.",
                                title="Detector error", severity="error", markup=False)
            self._last_error = error
        elif text == self.editor.text:
            self._last_error = ""
            self._show_spans(text, spans)
            self.highlight_latency = time.perf_counter() - self._changed_at if self._changed_at else None
        if self._pending:
            self.request_detection()

    def _show_spans(self, text: str, spans: list[Span]) -> None:
        spans = [s for s in spans if (canonical(s.text), s.entity_type) not in self.ignored]
        self.spans = spans
        self._spans_text = text
        self._marks_text = text
        self.editor.set_marks(span_marks(spans))
        self.query_one(SpanList).show(spans)
        self.query_one(Legend).show(spans)
        self.app.status.span_count = len(spans)
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

    @on(SpanList.Act)
    def _list_act(self, event: SpanList.Act) -> None:
        self.act(event.action, event.span)

    def act(self, action: str, span: Span) -> None:
        if action == "apply":
            live = self._live(span)
            if live is None:
                self.app.notify("That span has changed; wait for the highlights to catch up.", markup=False)
                return
            get = self.editor.document.get_location_from_index
            self.editor.replace(live.suggestion, get(live.start), get(live.end))
            self.app.notify(f"Replaced with “{visible(live.suggestion)}”.", markup=False)
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
        span = self._live(self.query_one(SpanList).spans[event.option_index])
        if span is not None:
            self.editor.select_range(span.start, span.end)
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

        app.push_screen(ReviewScreen(text, list(self.spans) if self.checked else None))

    def action_copy(self) -> None:
        text = self.editor.text
        if self.checked and not self.spans:
            self.app.copy_out(text)
            return
        reasons = [] if self.checked else ["this draft has not been checked yet"]
        self.app.push_screen(confirm_copy(self.spans, reasons),
                             lambda yes: self.app.copy_out(text) if yes else None)

    def action_save(self) -> None:
        self.app.save_out(self.editor.text)

    def palette_commands(self):
        return [
            ("Rewrite the draft", "Generalise and polish the draft, then review it (ctrl+r)", "rewrite"),
            ("Copy the draft", "Copy the draft as it is; asks if anything identifying remains (ctrl+y)", "copy"),
            ("Save the draft to a file", "Write the draft to a file you name (ctrl+s)", "save"),
            ("Apply the suggestion", "Replace the span at the cursor with its suggestion (alt+a)", "apply"),
            ("Ignore the span", "Stop highlighting the span at the cursor this session (alt+i)", "ignore"),
            ("Add the span to the watch list", "Always catch this term from now on (alt+w)", "watch"),
        ]
