"""Modal questions: copy although something remains? lose work not copied? save to which file?"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from ..spans import Span
from .marks import safe_text
from .widgets import risk_label

if TYPE_CHECKING:  # the review package compiles its cue lists on import: not before the first paint
    from ..review import Risk


class Confirm(ModalScreen[bool]):
    """A yes/no question; escape means no. Yes takes its button (tab to it, then enter, or a click): no
    letter key answers, because a paste that arrives as keystrokes ("Okay ...") must not throw work away."""

    BINDINGS = [Binding("escape", "answer(False)", "Cancel")]

    def __init__(self, title: str, body: Text, yes: str, no: str = "Cancel", id: str | None = None):
        super().__init__(id=id)
        self._title = title
        self._body = body
        self._yes = yes
        self._no = no

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self._title, style="bold"), classes="dialog-title")
            yield Static(self._body, classes="dialog-body")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self._no, id="no")
                yield Button(self._yes, id="yes", variant="warning")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()  # the safe answer is the default

    @on(Button.Pressed, "#yes")
    def _yes_pressed(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def _no_pressed(self) -> None:
        self.dismiss(False)

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


def residual_description(spans: list[Span], reasons: list[str], risks: list[Risk] = ()) -> Text:
    """What is still in the text, by kind and text, why the check did not pass, and the risks the
    writer has not checked yet."""
    body = Text()
    if spans:
        body.append("Still in the text:\n")
        for s in spans:
            body.append("  • ")
            body.append(s.kind.label, style="bold")
            body.append(": ")
            body.append_text(safe_text(s.text, "bold red"))
            body.append("\n")
    if reasons:
        body.append("The check says:\n")
        for reason in reasons:
            body.append("  • ")
            body.append_text(safe_text(reason))
            body.append("\n")
    if risks:
        body.append("Still to review (not marked as checked by you):\n")
        for r in risks:
            body.append("  • ")
            body.append(risk_label(r), style="bold")
            body.append(": ")
            body.append_text(safe_text(r.phrase, "bold yellow"))
            body.append("\n")
    if not spans and not reasons and not risks:
        body.append("This text has not been verified as clean.\n")
    body.append("\nCopy it anyway?")
    return body


def confirm_copy(spans: list[Span], reasons: list[str], risks: list[Risk] = ()) -> Confirm:
    title = ("This text may still identify someone" if spans or reasons or not risks
             else "Some things in this text are still to review")
    return Confirm(title, residual_description(spans, reasons, risks), yes="Copy anyway", id="confirm-copy")


def confirm_discard(title: str, lost: list[str], yes: str = "Quit", id: str = "confirm-quit") -> Confirm:
    """Go on although ``lost`` (what would be gone, in the user's words) has not been copied or saved?"""
    body = Text("You have " + " and ".join(lost) + ". It will be gone: nothing of your draft is kept on disk "
                "unless you copy or save it.\n\nGo on anyway?")
    return Confirm(title, body, yes=yes, id=id)


def confirm_replace(path: str) -> Confirm:
    body = Text()
    body.append_text(safe_text(path, "bold"))
    body.append(" already exists. Replacing it loses what it holds now.\n\nReplace it?")
    return Confirm("Replace the file?", body, yes="Replace", no="Choose another name", id="confirm-replace")


class SaveAs(ModalScreen[str | None]):
    """Ask for a file name; returns it, or None when the user cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, why: str, path: str = ""):
        super().__init__(id="save-as")
        self._why = why
        self._path = path  # a name to start from (the one just refused)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Save to a file", style="bold"), classes="dialog-title")
            yield Static(Text(self._why), classes="dialog-body")
            yield Input(self._path, placeholder="e.g. ~/post.txt", id="path")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel", id="no")
                yield Button("Save", id="yes", variant="primary")

    @on(Input.Submitted)
    @on(Button.Pressed, "#yes")
    def _save(self) -> None:
        path = self.query_one("#path", Input).value.strip()
        if path:
            self.dismiss(path)

    @on(Button.Pressed, "#no")
    def action_cancel(self) -> None:
        self.dismiss(None)
