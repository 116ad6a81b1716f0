"""The help screen (f1): what the colours and states mean, the keys that matter, and that nothing leaves
this computer. The kinds, their colours and their reasons come from ``rewriter.kinds``, the way the app
draws them, so the help cannot drift from what is on screen."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from ..kinds import KINDS, RISK_KINDS
from .marks import DELETED, INSERTED, RESIDUAL, RISK, RISK_CHECKED

PRIVACY = ("Nothing you type is sent anywhere: the detector and the language model run on this computer, "
           "and no network is used. Your draft and its rewrites are kept in memory only and are gone when you "
           "quit; a file is written only when you save one (ctrl+s), and your watch list stores salted hashes, "
           "never the words.")

STATES = [
    ("✓ verified clean", "bold green", "nothing identifying and nothing to review was found. Only then are "
     "these words used, and only then does ctrl+y copy without asking."),
    ("things to review", "bold yellow", "no identifier, but the post as a whole could still point at someone "
     "(a story in the news, a small community, a live case...). Change it, or mark each one \"I've checked "
     "this\" (c in the list, alt+c in the text)."),
    ("identifying / spans", "bold red", "a name, place, date or other detail that can identify someone is "
     "still in the text, or the rewrite failed a check. Copying asks first and says what is left."),
]

KEYS = [
    ("ctrl+r", "draft", "rewrite the draft, then review the rewrite beside it"),
    ("ctrl+n", "draft", "new draft (asks first if a rewrite or your typing would be lost)"),
    ("ctrl+y", "draft, review", "copy; asks first unless the text is verified clean or every risk is checked"),
    ("ctrl+s", "draft, review", "save to a file you name (readable by you only)"),
    ("a / i / w", "span list", "apply the suggestion / ignore the span this session (the rewrite keeps it "
     "too) / add it to your watch list"),
    ("alt+a / alt+i / alt+w", "draft", "the same, for the span at the cursor"),
    ("c / alt+c", "list / text", "I've checked this risk (again: take it back)"),
    ("ctrl+d", "review", "side by side ⇄ one text with the changes marked"),
    ("enter", "review", "while the model smooths the wording: take the generalised text shown, now"),
    ("escape", "review", "cancel a running rewrite, or go back to the draft (ctrl+r shows the rewrite again)"),
    ("tab / shift+tab", "anywhere", "move between the text, the list and the buttons"),
    ("ctrl+p", "anywhere", "command palette: every action by name; “Set my role…” sets your role; “Open an "
     "export to check…” lists the flagged posts of a platform's data export (or: rewriter tui --audit FILE)"),
    ("ctrl+l", "export post", "copy the post's link, to find it on the platform and delete or edit it"),
    ("ctrl+t", "anywhere", "light ⇄ dark theme"),
    ("f1", "anywhere", "this help"),
    ("ctrl+q", "anywhere", "quit (asks first if a rewrite was not copied or saved, or a typed draft not used)"),
]


def _heading(text: str) -> Text:
    return Text(f"\n{text}\n", style="bold")


def _kinds() -> Table:
    """Each kind of identifier in its own colour, with why it matters."""
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column()
    for k in KINDS.values():
        table.add_row(Text(f"■ {k.label}", style=k.style), Text(k.why))
    return table


def _marks() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column()
    table.add_row(Text(" to review ", style=RISK), Text("a phrase that could point at someone without a name:"))
    for risk in RISK_KINDS.values():
        table.add_row(Text(f"  {risk.label}", style="dim"), Text(risk.why, style="dim"))
    table.add_row(Text("checked by you", style=RISK_CHECKED), Text("a risk you marked \"I've checked this\""))
    table.add_row(Text("removed", style=DELETED), Text("in the review: words the rewrite left out"))
    table.add_row(Text("added", style=INSERTED), Text("in the review: words the rewrite brought in"))
    table.add_row(Text("still there", style=f"bold red {RESIDUAL}"), Text("in the review: an identifier still in the rewrite"))
    return table


def _states() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column()
    for name, style, meaning in STATES:
        table.add_row(Text(name, style=style), Text(meaning))
    return table


def _keys() -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column(no_wrap=True, style="dim")
    table.add_column()
    for key, where, what in KEYS:
        table.add_row(key, where, what)
    return table


class HelpScreen(ModalScreen[None]):
    """What this app's colours, states and keys mean. Escape or q closes it (f1 too: the app's binding)."""

    AUTO_FOCUS = "#help-body"  # the arrow keys scroll
    BINDINGS = [
        Binding("escape,q", "close", "Close", priority=True),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help"):
            yield Label(Text("rewriter: help", style="bold"), classes="dialog-title")
            with VerticalScroll(id="help-body"):
                yield Static(Text(PRIVACY, style="green"), id="help-privacy")
                yield Static(_heading("Where the text stands (the status bar)"))
                yield Static(_states(), id="help-states")
                yield Static(_heading("Keys"))
                yield Static(_keys(), id="help-keys")
                yield Static(_heading("Colours: what could identify someone"))
                yield Static(_kinds(), id="help-kinds")
                yield Static(_heading("Other marks"))
                yield Static(_marks(), id="help-marks")
            yield Label(Text("escape or f1 closes this · ↑ ↓ scroll", style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)
