"""Setting the writer's role in the app (the palette's "Set my role…"), and offering to remember it.

The role shapes what is suggested instead of an identifier ("a patient" for a nurse, "a client" for a
therapist). It applies at once, to the draft on screen; remembering it writes the role line of the
user's config file, and only that line.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from ..config import ROLES
from ..errors import RewriterError
from ..settings import remember_role, user_config_file
from .dialogs import Confirm


class RolePicker(ModalScreen[str | None]):
    """Pick a role from the list; returns it, or None when the user cancels."""

    DEFAULT_CSS = """
    RolePicker { align: center middle; }
    RolePicker OptionList { height: auto; max-height: 20; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: str):
        super().__init__(id="role-picker")
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Set my role", style="bold"), classes="dialog-title")
            yield Static(Text("What you do shapes what is suggested instead of a name or a place "
                              "(“a patient” for a nurse, “a pupil” for a teacher)."), classes="dialog-body")
            yield OptionList(*(Option(role, id=role) for role in ROLES), id="roles")

    def on_mount(self) -> None:
        roles = self.query_one(OptionList)
        roles.highlighted = ROLES.index(self._current) if self._current in ROLES else 0
        roles.focus()

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


def remember_question(role: str, target: Path, in_use: Path | None) -> Confirm:
    body = Text(f"Your role is now “{role}” for this session. Remember it for next time? Only the role line of "
                f"{target} is written (the file is created readable by you only if it does not exist); "
                "your other settings stay as they are.")
    if in_use is not None and in_use.resolve() != target.resolve():
        body.append(f"\n\nWhile {in_use} exists it is read instead, and its role counts.", style="bold")
    return Confirm("Remember your role?", body, yes="Remember", no="This session only", id="confirm-role")


def choose_role(app) -> None:
    """The palette's "Set my role…": pick, apply, then offer to remember."""

    def _remember(yes: bool | None, role: str, target: Path) -> None:
        if not yes:
            return
        try:
            written = remember_role(role, target)
        except RewriterError as exc:
            app.notify(f"Not remembered: {exc}", title="Role", severity="error", markup=False)
            return
        app.notify(f"Remembered: role = \"{role}\" in {written}.", title="Role", markup=False)

    def _picked(role: str | None) -> None:
        if role is None or role == app.status.role:
            return
        app.update_status(role=role)
        target = user_config_file()
        app.push_screen(remember_question(role, target, app.config_path),
                        lambda yes: _remember(yes, role, target))

    app.push_screen(RolePicker(app.status.role), _picked)
