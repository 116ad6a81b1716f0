"""The palette's "Open an export to check…": asks for the path of an export, opens it in a worker (a
large zip's directory takes a moment) and answers with it; a path that is not one is a one-line
message in the dialog, with the path as typed kept to correct."""

from __future__ import annotations

import os

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static
from textual.worker import get_current_worker

from ..sources.exports import open_to_check
from .marks import safe_text
from .messages import ExportOpened, WorkerErrors

WHAT = ("The .zip as downloaded from X, Facebook, Instagram, LinkedIn, Reddit or Mastodon, the folder it "
        "was unpacked to, or a CSV with a 'text' column. It is read where it is: nothing of it is unpacked, "
        "copied or kept.")


class OpenExport(WorkerErrors, ModalScreen):
    """Dismissed with (export, path as typed), or None when the user cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    #export-error { height: auto; }
    """

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Open an export to check", style="bold"), classes="dialog-title")
            yield Static(Text(WHAT), classes="dialog-body")
            yield Input(placeholder="e.g. ~/Downloads/twitter-2024-05-01.zip", id="export-path")
            yield Static(id="export-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel", id="no")
                yield Button("Check it", id="yes", variant="primary")

    @on(Input.Submitted)
    @on(Button.Pressed, "#yes")
    def _submit(self) -> None:
        typed = self.query_one("#export-path", Input).value.strip()
        if typed:
            self.query_one("#export-error", Static).update(Text("Opening…", style="italic"))
            self._open(typed)

    @work(thread=True, exclusive=True, group="open-export", exit_on_error=False)
    def _open(self, typed: str) -> None:
        export = open_to_check(os.path.expanduser(typed))
        if get_current_worker().is_cancelled:
            export.archive.close()  # the dialog went away meanwhile: nobody will read it
            return
        self.post_message(ExportOpened(export, typed))

    def on_export_opened(self, message: ExportOpened) -> None:
        self.dismiss((message.export, message.path))

    def work_failed(self, group: str, error: str) -> None:
        self.query_one("#export-error", Static).update(safe_text(error, "bold red"))

    @on(Button.Pressed, "#no")
    def action_cancel(self) -> None:
        self.dismiss(None)
