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
from .messages import SpansDetected, WorkerErrors
from .schedule import OneAtATime
from .standing import Acknowledgements, Standing, standing, text_status
from .widgets import Legend, MarkedTextArea, SpanList, StatusBar

# The keys of the list, short: the pane is 30 columns wide in an 80-column terminal, and the list above
# says what each span is; the help (f1) says the rest.
HINT_KEYS = (("a", "apply"), ("i", "ignore"), ("w", "watch"), ("c", "checked"))


def key_hint() -> Text:
    """"a apply · i ignore · w watch · c checked · in the draft: alt+key", the keys in bold."""
    out = Text(style="dim")
    for key, what in HINT_KEYS:
        out.append(key, style="bold")
        out.append(f" {what} · ")
    out.append("in the draft: ")
    out.append("alt+key", style="bold")
    return out


class DraftScreen(WorkerErrors, Screen):
    BINDINGS = [
        Binding("ctrl+r", "rewrite", "Rewrite", priority=True),
        Binding("ctrl+n", "new_draft", "New draft", priority=True, show=False),  # the footer is full: palette, help, README
        Binding("ctrl+y", "copy", "Copy", priority=True),
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("alt+a", "apply", "Apply suggestion", show=False),
        Binding("alt+i", "ignore", "Ignore span", show=False),
        Binding("alt+w", "watch", "Watch span", show=False),
        Binding("alt+c", "acknowledge", "I've checked this", show=False),
    ]

    def __init__(self, draft: str = "", id: str | None = None):
        # no fixed id: the app refuses two screens with one id, and a post of an export (a DraftScreen
        # too) may be open over the draft, posts of several exports at once
        super().__init__(id=id)
        self._initial = draft
        self.spans: list[Span] = []
        self.risks: list[Risk] = []  # post-level risks found with the spans (rewriter.review)
        self.acknowledged = Acknowledgements()  # the risks the writer has checked in this draft
        self._spans_text: str | None = None  # the text self.spans were detected on (None: not yet)
        self._marks_text = draft  # the text the shown marks refer to (shifted while typing)
        # The phrases the user ignored (canonical): not highlighted, and left as they are by the rewrite
        # and its checks (the pipeline's allow list), for the rest of the session.
        self.ignored: set[str] = set()
        # Bumped whenever the user changes what counts as identifying (ignores a span, watches a term):
        # a kept rewrite made before that is out of date.
        self._choices = 0
        self._kept_choices = 0  # ... as it was when the kept rewrite was made
        # Detection: soon after each change, at most one run in flight.
        self.checks = OneAtATime(self, lambda: self.debounce, self._start_detection)
        self._changed_at = 0.0
        # The text as last copied or saved (or as opened): anything else not rewritten is the user's
        # unsaved typing, which quitting or a new draft asks about first.
        self._kept_text = draft
        # The last rewrite of this draft, kept when the user goes back from it (escape): ctrl+r on
        # the same draft and role shows it again, edits and all.
        self.kept_review = None
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
                yield Static(key_hint(), id="spans-hint")
        yield StatusBar(id="status")
        yield Footer()

    @property
    def editor(self) -> MarkedTextArea:
        return self.query_one("#draft", MarkedTextArea)

    def on_mount(self) -> None:
        self.editor.focus()
        # after the focus (queued the same way): what was typed before the editor was here goes into it
        self.app.call_later(self.app.input_ready)
        self.query_one(Legend).show([], ready=False)
        self.watch(self.app, "status", self._status_changed, init=False)
        if self.app.detector is not None:
            self.request_detection()

    # -- detection -----------------------------------------------------------------------------

    def _status_changed(self, old, new) -> None:
        if old.detector_state != new.detector_state:
            if new.detector_state == "ready":
                self.request_detection()
            elif new.detector_state == "failed":
                self.query_one(Legend).update(Text("the detector is not available: nothing is checked",
                                                   style="bold red"))
        if old.role != new.role:
            self.request_detection()  # what identifies someone depends on the role

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
        if not new.strip() and self.app.detector is not None:
            # Nothing to find in no text: say so now, not the last verdict until the check comes back
            # ("✓ verified clean" stood over an emptied draft).
            self._show_spans(new, [], [])
        self.request_detection()

    @property
    def debounce(self) -> float:
        return self.app.config.app.debounce_ms / 1000

    def request_detection(self) -> None:
        """Detect again soon (see ``OneAtATime``); before the detector is ready, it asks for the first
        check itself."""
        if self.app.detector is not None:
            self.checks.request()

    def _start_detection(self) -> None:
        self._detect(self.app.detector, self.app.reviewer, self.editor.text, self.app.status.role)

    @work(thread=True, exclusive=True, group="detect", exit_on_error=False)
    def _detect(self, detector, reviewer, text: str, role: str) -> None:
        spans = detector.detect(text, role=role)
        risks = reviewer.review(text, spans) if reviewer is not None else []
        self.post_message(SpansDetected(text, _suggested_in_context(text, spans, role), risks))

    def on_spans_detected(self, message: SpansDetected) -> None:
        self.detections += 1
        if message.text == self.editor.text:
            self._last_error = ""
            self._show_spans(message.text, message.spans, message.risks)
            self.highlight_latency = time.perf_counter() - self._changed_at if self._changed_at else None
        self.checks.finished()

    def work_failed(self, group: str, error: str) -> None:
        # Checking the draft failed: say so once per distinct error; the draft is untouched.
        self.detections += 1
        if error != self._last_error:
            self.app.notify(f"Checking the draft failed: {error}. Your draft is unchanged.",
                            title="Detector error", severity="error", markup=False)
        self._last_error = error
        self.checks.finished()

    def _show_spans(self, text: str, spans: list[Span], risks: list[Risk] | None = None) -> None:
        """Show what was found on ``text``; ``risks`` None keeps the risks shown (only spans changed)."""
        spans = [s for s in spans if canonical(s.text) not in self.ignored]
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
        self.query_one(Legend).show(self.spans, risks=self.risks, empty=not (self._spans_text or "").strip(),
                                    checked=self.acknowledged.__contains__)
        self.app.update_status(standing=self.standing)

    @property
    def standing(self) -> Standing | None:
        """Where the draft stands (None until it has been checked once)."""
        if self._spans_text is None:
            return None
        # The one place the draft's state is decided (with verdict: the pipeline's status).
        status = text_status(len(self.spans), len(self.risks), empty=not self._spans_text.strip())
        return standing(status, len(self.spans), self.risks, self.acknowledged)

    def on_screen_resume(self) -> None:
        # Back from the review screen: the status bar speaks of the draft again.
        self.app.update_status(standing=self.standing)
        if self.kept_review is not None and self.kept_review.state != "done":
            self.drop_kept_review()  # cancelled or failed: nothing to come back to

    @property
    def unsaved(self) -> bool:
        """Has the user typed something that was not copied, saved or rewritten since?"""
        text = self.editor.text
        review = self.kept_review
        # a rewrite that differs from the draft carries it (the app asks about that rewrite); one that is the
        # draft itself carries nothing more, and the typed draft was still never copied
        rewritten = (review is not None and review.state == "done" and review.original == text
                     and review.holds_more_than_the_draft)
        return bool(text.strip()) and text != self._kept_text and not rewritten

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

            from ..generalise import in_context

            text = self.editor.text
            # what the rewrite would put there, read in context: "my colleague Sinead" -> "my colleague",
            # the whole "Pt Kerry-Ann Whitlock, 82," -> "The patient" (one person, one replacement)
            index = self.spans.index(live) if live in self.spans else -1
            region = in_context(text, self.spans, self.app.status.role)[index] if index >= 0 else None
            if region is not None:
                start, end, suggestion = region.start, region.end, region.text
            else:
                start, end = live.start, live.end
                suggestion = in_sentence_case(text, live.start, live.suggestion)  # "Lena came" -> "Someone came"
            get = self.editor.document.get_location_from_index
            self.editor.replace(suggestion, get(start), get(end))
            self.app.notify(f"Replaced with “{visible(suggestion)}”." if suggestion.strip() else "Left out.", markup=False)
        elif action == "ignore":
            self.ignored.add(canonical(span.text))
            self._choices += 1
            if self._spans_text is not None:
                self._show_spans(self.editor.text, [s for s in self.spans if s != span])
            self.app.notify("Ignored for this session: it stays in your draft and the rewrite keeps it.", markup=False)
        elif action == "watch":
            try:
                watchlist = self.app.services.load_watchlist()
                added = watchlist.add(span.text)
                if added:
                    watchlist.save()
                    self._choices += 1
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
        if app.status.detector_state == "failed":
            app.notify(f"Cannot rewrite: the detector failed to start ({app.status.detector_error}).",
                       severity="error", markup=False)
            return
        text = self.editor.text
        if not text.strip():
            app.notify("Type or paste a draft first.", markup=False)
            return
        kept = self.kept_review
        same_draft = kept is not None and kept.original == text and kept.role == app.status.role
        if same_draft and self._kept_choices == self._choices:
            app.push_screen(kept)  # the same draft: the same review, with the user's edits
            return
        # Past here, a kept rewrite of the same draft was made before the user changed what is ignored
        # or watched: never shown again as if still verified, it is made again.
        if kept is not None and app.uncopied_rewrite:
            earlier = ("a rewrite made before you changed what is ignored or watched" if same_draft
                       else "a rewrite of an earlier version of this draft")
            app.ask_before_losing("Replace the rewrite?", self._start_rewrite,
                                  [f"{earlier} that you have not copied or saved"], yes="Replace it")
            return
        if same_draft:
            app.notify("You changed what is ignored or watched since the last rewrite: rewriting again.",
                       markup=False)
        self._start_rewrite()

    def _start_rewrite(self) -> None:
        # Lazy: the review screen brings the pipeline, the generaliser and the checks, which the
        # first paint does not wait for.
        from .review import ReviewScreen

        self.drop_kept_review()
        checked = self.checked
        review = ReviewScreen(self.editor.text, list(self.spans) if checked else None,
                              list(self.risks) if checked else None, self.acknowledged.copy(),
                              role=self.app.status.role, allow=frozenset(self.ignored))
        # Installed, so that going back to the draft keeps it (see ``kept_review``). While the models
        # load, the review waits for them and says so: ctrl+r is never refused for being early.
        self.app.install_screen(review, name=f"review-{id(review)}")
        self.kept_review = review
        self._kept_choices = self._choices
        self.app.push_screen(review)

    def drop_kept_review(self) -> None:
        review, self.kept_review = self.kept_review, None
        if review is not None and review not in self.app.screen_stack:
            self.app.uninstall_screen(review)
            review.remove()  # stops its workers too
            self.app.uncopied_rewrite = False

    def action_new_draft(self) -> None:
        """Start again on an empty draft; asks first if that would lose a rewrite or typing."""
        self.app.ask_before_losing("Start a new draft?", self._clear, yes="Start a new draft")

    def _clear(self) -> None:
        self.drop_kept_review()
        self.app.uncopied_rewrite = False
        self.editor.clear()
        self._kept_text = ""
        self.acknowledged = Acknowledgements()
        self.editor.focus()
        self.app.notify("New draft. The previous one is gone.", markup=False)

    def action_copy(self) -> None:
        text = self.editor.text
        if not text.strip():
            self.app.notify("Nothing to copy: paste or type a draft first.", markup=False)
            return
        if self.checked and self.standing.copies_freely:
            self._copy(text)
            return
        reasons = [] if self.checked else ["this draft has not been checked yet"]
        to_review = [r for r in self.risks if r not in self.acknowledged]
        self.app.push_screen(confirm_copy(self.spans, reasons, to_review),
                             lambda yes: self._copy(text) if yes else None)

    def _copy(self, text: str) -> None:
        if self.app.copy_out(text):
            self._kept_text = text

    def action_save(self) -> None:
        text = self.editor.text
        self.app.save_out(text, then=lambda: setattr(self, "_kept_text", text))

    def palette_commands(self):
        return [
            ("Rewrite the draft", "Generalise and polish the draft, then review it (ctrl+r)", "rewrite"),
            ("New draft", "Start again on an empty draft; asks first if anything would be lost (ctrl+n)",
             "new_draft"),
            ("Copy the draft", "Copy the draft as it is; asks if anything identifying or to review remains (ctrl+y)",
             "copy"),
            ("Save the draft to a file", "Write the draft to a file you name (ctrl+s)", "save"),
            ("Apply the suggestion", "Replace the span at the cursor with its suggestion (alt+a)", "apply"),
            ("Ignore the span", "Keep the span at the cursor: not highlighted, not rewritten, this session (alt+i)",
             "ignore"),
            ("Add the span to the watch list", "Always catch this term from now on (alt+w)", "watch"),
            ("I've checked this risk", "Acknowledge the risk at the cursor or selected in the list for this "
             "draft, or take that back (alt+c; c in the list)", "acknowledge"),
        ]


def _suggested_in_context(text: str, spans: list[Span], role: str) -> list[Span]:
    """The spans with what the rewrite puts there in this sentence as their suggestion; run in the
    detection worker."""
    from ..generalise import suggested_in_context  # the generaliser loads the review's cue lists: not before first paint

    return suggested_in_context(text, spans, role)
