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
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from ..config import ROLES
from ..errors import RewriterError
from ..settings import remember_role, user_config_file
from .dialogs import Confirm


class RolePicker(ModalScreen[str | None]):
    """Pick a role from the list, narrowed as you type; returns it, or None when the user cancels."""

    DEFAULT_CSS = """
    RolePicker { align: center middle; }
    RolePicker OptionList { height: auto; max-height: 16; }
    RolePicker #no-role { color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        # the filter keeps the focus: the arrows move in the list below it
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]

    def __init__(self, current: str):
        super().__init__(id="role-picker")
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Set my role", style="bold"), classes="dialog-title")
            yield Static(Text("What you do shapes what is suggested instead of a name or a place "
                              "(“a patient” for a nurse, “a pupil” for a teacher). Type to narrow the list; "
                              "↑ ↓ and enter to pick."), classes="dialog-body")
            yield Input(placeholder="filter: e.g. nur, teach, social", id="role-filter")
            yield OptionList(id="roles")
            yield Static("", id="no-role")

    def on_mount(self) -> None:
        self._show(self._current)
        self.query_one("#role-filter", Input).focus()

    @property
    def roles(self) -> OptionList:
        return self.query_one("#roles", OptionList)

    def _show(self, keep: str | None = None) -> None:
        """List the roles that match the filter, highlighting ``keep`` when it is among them."""
        query = self.query_one("#role-filter", Input).value
        shown = matching_roles(query)
        roles = self.roles
        roles.clear_options()
        roles.add_options([Option(role, id=role) for role in shown])
        if shown:
            roles.highlighted = shown.index(keep) if keep in shown else 0
        self.query_one("#no-role", Static).update(
            "" if shown else Text(f"No role matches “{query.strip()}”: "
                                  f"the roles are {', '.join(ROLES)}."))

    @on(Input.Changed, "#role-filter")
    def _filtered(self) -> None:
        self._show()

    @on(Input.Submitted, "#role-filter")
    def _submitted(self) -> None:
        roles = self.roles
        if roles.highlighted is not None:
            self.dismiss(roles.get_option_at_index(roles.highlighted).id)

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_move(self, step: int) -> None:
        roles = self.roles
        if roles.option_count:
            roles.highlighted = ((roles.highlighted or 0) + step) % roles.option_count

    def action_cancel(self) -> None:
        self.dismiss(None)


def matching_roles(query: str) -> list[str]:
    """The roles whose name holds what was typed (any case, spaces as typed or not): "nur" → nurse,
    "socialw" → social worker; those that start with it first."""
    typed = "".join(query.lower().split())
    if not typed:
        return list(ROLES)
    found = [role for role in ROLES if typed in role.replace(" ", "")]
    return sorted(found, key=lambda role: not role.replace(" ", "").startswith(typed))


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
