"""The review screen's texts: the draft and the rewrite side by side (scrolling together), or one
unified text, with the word-level changes marked."""

from __future__ import annotations

from functools import partial

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Label, Static

from .marks import Mark, diff_marks, unified_text, word_diff
from .widgets import MarkedTextArea


class Changes(Vertical):
    DEFAULT_CSS = "Changes { height: 1fr; }"

    def __init__(self, original: str):
        super().__init__(id="changes")
        self.original = original
        self.unified = False
        self._syncing = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="side-by-side"):
            with Vertical(classes="side"):
                yield Label("Original (your draft, unchanged)", classes="pane-title")
                yield MarkedTextArea(self.original, read_only=True, id="original")
            with Vertical(classes="side"):
                # short: the pane is 40 columns wide in an 80-column terminal
                yield Label("Rewrite: edit freely, checked again", classes="pane-title")
                yield MarkedTextArea("", read_only=True, id="rewrite")
        with VerticalScroll(id="unified"):
            yield Static(id="unified-text")

    @property
    def left(self) -> MarkedTextArea:
        return self.query_one("#original", MarkedTextArea)

    @property
    def right(self) -> MarkedTextArea:
        return self.query_one("#rewrite", MarkedTextArea)

    def on_mount(self) -> None:
        self.query_one("#unified").display = False
        # Both sides scroll together (by proportion: a shorter rewrite wraps to fewer lines).
        self.watch(self.left, "scroll_y", partial(self._sync_scroll, self.left, self.right), init=False)
        self.watch(self.right, "scroll_y", partial(self._sync_scroll, self.right, self.left), init=False)

    def show(self, left_marks: list[Mark], right_marks: list[Mark]) -> None:
        """Mark the changes between the draft and the rewrite as it is now, over ``left_marks`` and
        under ``right_marks`` (identifiers and risks)."""
        text = self.right.text
        changes = word_diff(self.original, text)
        left, right = diff_marks(self.original, text, changes)
        self.left.set_marks(left_marks + left)
        self.right.set_marks(right + right_marks)
        self.query_one("#unified-text", Static).update(unified_text(self.original, text, changes))

    def toggle(self) -> None:
        """Side by side ⇄ unified."""
        self.unified = not self.unified
        self.query_one("#side-by-side").display = not self.unified
        self.query_one("#unified").display = self.unified

    def _sync_scroll(self, source: MarkedTextArea, target: MarkedTextArea, _value) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            ratio = source.scroll_y / source.max_scroll_y if source.max_scroll_y else 0.0
            target.scroll_to(y=round(ratio * target.max_scroll_y), animate=False)
        finally:
            self._syncing = False
