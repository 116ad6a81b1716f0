"""The app's own widgets: an editor that draws marks, the span list, the legend and the status bar."""

from __future__ import annotations

from collections import Counter

from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList, Static, TextArea
from textual.widgets.option_list import Option
from textual.widgets.text_area import Selection

from ..kinds import kind
from ..spans import Span
from .marks import Mark, line_marks, safe_text, visible


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

    def index_at_cursor(self) -> int:
        return self.document.get_index_from_location(self.cursor_location)

    def select_range(self, start: int, end: int) -> None:
        get = self.document.get_location_from_index
        self.selection = Selection(get(start), get(end))


class SpanList(OptionList):
    """Each identifying span: kind, text, why, and what to say instead. Keys act on the highlighted one."""

    BINDINGS = [
        Binding("a", "apply", "Apply suggestion"),
        Binding("i", "ignore", "Ignore"),
        Binding("w", "watch", "Add to watch list"),
    ]

    class Act(Message):
        """The user asked to apply, ignore or watch a span from the list."""

        def __init__(self, action: str, span: Span):
            super().__init__()
            self.action = action
            self.span = span

    def __init__(self, id: str | None = None):
        super().__init__(id=id)
        self.spans: list[Span] = []

    def show(self, spans: list[Span]) -> None:
        keep = self.highlighted
        self.spans = list(spans)
        self.clear_options()
        options: list[Option | None] = []
        for i, span in enumerate(self.spans):
            if i:
                options.append(None)  # a separator line between spans (not an option: indices stay)
            options.append(Option(self._prompt(span), id=str(i)))
        self.add_options(options)
        if self.spans:
            self.highlighted = min(keep or 0, len(self.spans) - 1)

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

    @property
    def current(self) -> Span | None:
        if self.highlighted is None or not (0 <= self.highlighted < len(self.spans)):
            return None
        return self.spans[self.highlighted]

    def _act(self, action: str) -> None:
        span = self.current
        if span is not None:
            self.post_message(self.Act(action, span))

    def action_apply(self) -> None:
        self._act("apply")

    def action_ignore(self) -> None:
        self._act("ignore")

    def action_watch(self) -> None:
        self._act("watch")


class Legend(Static):
    """Which colour means which kind, for the kinds in the current draft, with counts."""

    def show(self, spans: list[Span], ready: bool = True) -> None:
        legend = Text()
        if not ready:
            legend.append("waiting for the detector…", style="dim")
        elif not spans:
            legend.append("✓ nothing identifying found", style="green")
        else:
            counts = Counter(s.entity_type for s in spans)
            for entity_type, count in sorted(counts.items()):
                shown = kind(entity_type)
                if legend:
                    legend.append("  ")
                legend.append("■ ", style=shown.style)
                legend.append(f"{shown.label} {count}", style=shown.style)
        self.update(legend)


class StatusBar(Static):
    """Model name and state, detector state, role, the offline promise, and the span count."""

    def render(self) -> Text:
        app = self.app
        state = getattr(app, "status", None)
        if state is None:
            return Text("")
        return state.as_text()
