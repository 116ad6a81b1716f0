"""The app's own widgets: an editor that draws marks, the list of spans and risks, the legend and the
status bar."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.text_area import Selection

from ..kinds import kind
from ..spans import Span
from .marks import RISK, Mark, line_marks, safe_text, visible

if TYPE_CHECKING:  # the review package compiles its cue lists on import: not before the first paint
    from ..review import Risk

RISKS_HEADING = "Things to review"


class MarkedTextArea(TextArea):
    """A plain-text editor that colours ranges of its text (identifiers, diff changes).

    The text is never parsed as markup, and control characters are drawn as visible stand-ins
    (␛ for ESC) so a pasted draft or a model's output can never drive the terminal.
    """

    def __init__(self, text: str = "", *, read_only: bool = False, id: str | None = None, placeholder: str = ""):
        super().__init__(
            text,
            language=None,
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            read_only=read_only,
            id=id,
            placeholder=placeholder,
        )
        # The cursor-line style is painted over a line's own styles and would hide the marks' colours
        # on the line being typed, exactly where they matter.
        self.highlight_cursor_line = False
        self._marks: list[Mark] = []
        self._by_line: dict[int, list[tuple[int, int, str]]] = {}

    @property
    def marks(self) -> list[Mark]:
        return list(self._marks)

    def set_marks(self, marks: list[Mark]) -> None:
        """Colour these ranges (string indices into ``self.text``); replaces the previous marks."""
        self._marks = list(marks)
        document = self.document
        self._by_line = line_marks(list(document.lines), len(document.newline), self._marks)
        # Rendered lines are cached on a key that knows nothing of our marks: drop the cache.
        self._line_cache.clear()
        self.refresh()

    def get_line(self, line_index: int) -> Text:
        # TextArea's documented hook for styling its lines.
        line = Text(visible(self.document.get_line(line_index)), end="", no_wrap=True)
        for start, end, style in self._by_line.get(line_index, ()):
            line.stylize(style, start, end)
        return line

    async def _on_key(self, event: events.Key) -> None:
        # A terminal sends alt+a as ESC then "a", and Textual's key keeps the printable "a": TextArea
        # would type it before the screen's alt+a binding could act. An alt key is a command, never
        # text: skip TextArea's typing (prevent_default), and the key bubbles on to the bindings.
        if "alt" in event.key.split("+")[:-1]:
            event.prevent_default()
        # ctrl+j is a line feed. A terminal still in line mode turns a pasted or typed line's Enter into
        # one (ICRNL), and on a busy machine such a paste can reach the editor after it took focus: the
        # draft's line breaks were lost. TextArea types only "enter"; a line feed is a new line too.
        elif event.key == "ctrl+j" and not self.read_only:
            event.stop()
            event.prevent_default()
            self._restart_blink()
            start, end = self.selection
            self._replace_via_keyboard("\n", start, end)

    def _on_resize(self) -> None:
        # TextArea wraps the text again for the new width after the lines were drawn at that width
        # with the old wrapping, and redraws only if the number of lines changes: the draft showed
        # "...client ever," / "ever, 2,300 seats" until a key was pressed (walk-through 6). Draw again.
        self.refresh()
        # Smaller, as when a notice takes lines below it (app.tcss): where the user types stays in view.
        if self.has_focus:
            self.call_after_refresh(self.scroll_cursor_visible)

    def index_at_cursor(self) -> int:
        return self.document.get_index_from_location(self.cursor_location)

    def select_range(self, start: int, end: int) -> None:
        get = self.document.get_location_from_index
        self.selection = Selection(get(start), get(end))


class SpanList(OptionList):
    """Each identifying span (kind, text, why, what to say instead), then, in their own section, each
    post-level risk (kind, phrase, why, advice, whether the writer has checked it). Keys act on the
    highlighted entry."""

    BINDINGS = [
        Binding("a", "apply", "Apply suggestion"),
        Binding("i", "ignore", "Ignore"),
        Binding("w", "watch", "Add to watch list"),
        Binding("c", "acknowledge", "I've checked this"),
    ]

    class Act(Message):
        """The user asked to apply, ignore or watch a span from the list."""

        def __init__(self, action: str, span: Span):
            super().__init__()
            self.action = action
            self.span = span

    class Acknowledge(Message):
        """The user said of a risk in the list: I've checked this (or took that back)."""

        def __init__(self, risk: Risk):
            super().__init__()
            self.risk = risk

    def __init__(self, id: str | None = None):
        super().__init__(id=id)
        self.spans: list[Span] = []
        self.risks: list[Risk] = []

    def show(self, spans: list[Span], risks: list[Risk] = (), checked: Callable[[Risk], bool] = lambda r: False) -> None:
        keep = self.highlighted
        self.spans = list(spans)
        self.risks = list(risks)
        self.clear_options()
        options: list[Option | None] = []
        for i, span in enumerate(self.spans):
            if i:
                options.append(None)  # a separator line between spans (not an option: indices stay)
            options.append(Option(self._prompt(span), id=f"span-{i}"))
        if self.risks:
            if options:
                options.append(None)
            # The section's heading is an option (disabled), so risk i is option len(spans) + 1 + i.
            options.append(Option(Text(f"{RISKS_HEADING} ({len(self.risks)})", style="bold"),
                                  id="risks-heading", disabled=True))
            for i, risk in enumerate(self.risks):
                options.append(None)
                options.append(Option(self._risk_prompt(risk, checked(risk)), id=f"risk-{i}"))
        self.add_options(options)
        if self.spans or self.risks:
            last = self.option_count - 1
            self.highlighted = min(keep or 0, last)
            if self.highlighted == len(self.spans) and self.risks:  # never rest on the heading
                self.highlighted += 1

    @staticmethod
    def _prompt(span: Span) -> Text:
        prompt = Text()
        prompt.append(span.kind.label, style=span.kind.style)
        prompt.append("  ")
        prompt.append_text(safe_text(span.text, "bold"))
        prompt.append("\n")
        prompt.append(span.why, style="dim")
        prompt.append("\nsay instead: ", style="dim")
        prompt.append_text(safe_text(span.suggestion, "italic"))
        return prompt

    @staticmethod
    def _risk_prompt(risk: Risk, checked: bool) -> Text:
        prompt = Text()
        prompt.append(risk_label(risk), style=RISK)
        prompt.append("  ")
        prompt.append_text(safe_text(risk.phrase, "bold"))
        prompt.append("\n")
        prompt.append(risk.why, style="dim")
        prompt.append("\nadvice: ", style="dim")
        prompt.append(risk.advice, style="italic")
        prompt.append("\n")
        if checked:
            prompt.append("✓ checked by you", style="green")
            prompt.append(" (c takes it back)", style="dim")
        else:
            prompt.append("c: I've checked this", style="dim")
        return prompt

    def index_of(self, option_index: int) -> tuple[str, int] | None:
        """("span", i) or ("risk", i) for the option at ``option_index``; None for the heading."""
        if option_index < len(self.spans):
            return "span", option_index
        i = option_index - len(self.spans) - 1
        return ("risk", i) if 0 <= i < len(self.risks) else None

    @property
    def current(self) -> Span | None:
        """The highlighted span (None when a risk or nothing is highlighted)."""
        found = None if self.highlighted is None else self.index_of(self.highlighted)
        return self.spans[found[1]] if found and found[0] == "span" else None

    @property
    def current_risk(self) -> Risk | None:
        found = None if self.highlighted is None else self.index_of(self.highlighted)
        return self.risks[found[1]] if found and found[0] == "risk" else None

    def _act(self, action: str) -> None:
        span = self.current
        if span is not None:
            self.post_message(self.Act(action, span))
        elif self.current_risk is not None:
            self.app.notify("That is a risk, not a name: change the words yourself, or press c once you have "
                            "checked it.", markup=False)

    def action_apply(self) -> None:
        self._act("apply")

    def action_ignore(self) -> None:
        self._act("ignore")

    def action_watch(self) -> None:
        self._act("watch")

    def action_acknowledge(self) -> None:
        risk = self.current_risk
        if risk is not None:
            self.post_message(self.Acknowledge(risk))
        elif self.current is not None:
            self.app.notify("c is for the risks under “Things to review”; a span is fixed, ignored or "
                            "watched (a / i / w).", markup=False)


def risk_label(risk: Risk) -> str:
    from ..review import RISK_KINDS  # lazy: the review package compiles its cue lists on import (start-up)

    return RISK_KINDS[risk.kind].label


class Legend(Static):
    """Which colour means which kind, for the kinds in the current draft, with counts; then the risks."""

    def show(self, spans: list[Span], ready: bool = True, risks: list[Risk] = (), empty: bool = False,
             checked: Callable[[Risk], bool] = lambda risk: False) -> None:
        """``empty``: there is no text, so nothing can be said to be found or not; ``checked``: the risks
        the writer has checked, counted apart, as the status bar does ("to review 1 ✓ checked 1")."""
        legend = Text()
        if not ready:
            legend.append("waiting for the detector…", style="dim")
        elif empty:
            legend.append("Paste or type a draft: it is checked as you type", style="dim")
        elif not spans and not risks:
            legend.append("✓ nothing identifying found", style="green")
        else:
            counts = Counter(s.entity_type for s in spans)
            for entity_type, count in sorted(counts.items()):
                shown = kind(entity_type)
                if legend:
                    legend.append("  ")
                legend.append("■ ", style=shown.style)
                legend.append(f"{shown.label} {count}", style=shown.style)
            done = sum(1 for r in risks if checked(r))
            if len(risks) > done:
                if legend:
                    legend.append("  ")
                legend.append(f" to review {len(risks) - done} ", style=RISK)
            if done:
                if legend:
                    legend.append("  ")
                legend.append(f"✓ checked {done}", style="yellow")
        self.update(legend)


STATE_COLOURS = {"loading": "yellow", "ready": "green", "stopped": "yellow", "failed": "bold red"}

# How the status line gives way when the terminal is narrow, least needed first: the hint on how to
# change the role, the width of the separators, the model's file name, the detector once it is ready.
# Past the last, what remains in the text comes first, so a very narrow terminal cuts the rest.
FULL, NO_ROLE_HINT, NARROW, NO_MODEL_NAME, NO_DETECTOR_READY, WHAT_REMAINS_FIRST = range(6)


def status_text(status, level: int = FULL) -> Text:
    """The status line for the app's ``status`` (an ``AppStatus``), as compact as ``level`` says."""
    parts: list[Text] = []
    model = Text("model")
    if level < NO_MODEL_NAME or status.model_state not in ("ready", "loading", "off"):
        model.append(" ")
        model.append(status.model_label, style="bold")
    model.append(f" {status.model_state}", style=STATE_COLOURS.get(status.model_state, ""))
    parts.append(model)
    if level < NO_DETECTOR_READY or status.detector_state != "ready":
        detector_state = (f" {status.detector_state}", STATE_COLOURS.get(status.detector_state, ""))
        parts.append(Text.assemble("detector", detector_state))
    role = Text.assemble("role ", (status.role, "bold"))
    if level < NO_ROLE_HINT:
        role.append(" · ctrl+p to set", style="dim")
    parts.append(role)
    parts.append(Text("● offline", style="green"))
    remains = [status.standing.as_text() if status.standing is not None else Text("spans –", style="dim")]
    if status.activity:
        remains.append(Text(status.activity, style="italic"))
    parts = remains + parts if level >= WHAT_REMAINS_FIRST else parts + remains
    return Text("  │  " if level < NARROW else " │ ").join(parts)


def fitted_status_text(status, width: int) -> Text:
    """The fullest status line that fits ``width`` cells; what remains in the text (the verdict, what
    is left to do) is the last thing to give way."""
    for level in range(WHAT_REMAINS_FIRST):
        text = status_text(status, level)
        if text.cell_len <= width:
            return text
    return status_text(status, WHAT_REMAINS_FIRST)


class StatusBar(Static):
    """Model name and state, detector state, role, the offline promise, and what remains in the text:
    the app's ``status``, redrawn whenever it is replaced."""

    def on_mount(self) -> None:
        if hasattr(self.app, "status"):
            self.watch(self.app, "status", lambda _status: self.refresh())

    def render(self) -> Text:
        status = getattr(self.app, "status", None)
        if status is None:
            return Text("")
        return fitted_status_text(status, self.content_size.width)
