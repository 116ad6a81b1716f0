"""The Textual app: type or paste a draft, see what identifies, rewrite, review, copy.

Slow things (the spaCy model, the llama.cpp model, detection, rewriting, verification) run in thread
workers that post their results as typed messages (``messages.py``); the event loop only ever draws and
reacts, so the first paint is immediate and a keystroke never waits for the language models.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.markup import escape as escape_markup
from textual.reactive import reactive
from textual.screen import ModalScreen, Screen

from ..config import Config
from ..errors import RewriterError
from ..clipboard import SAVE_INSTEAD, SystemClipboard, copy_report, save_text, terminal_clipboard_route
from .dialogs import SaveAs, confirm_discard, confirm_replace
from .draft import DraftScreen
from .early_input import HoldsEarlyInput, forget_early_echo
from .help import HelpScreen
from .messages import DetectorReady, ModelChosen, ModelReady, WorkerErrors
from .role import choose_role
from .services import SerialDetector, Services, backend_name
from .standing import Standing
from .widgets import FULL, NO_ROLE_HINT, status_text

THEMES = {"dark": "textual-dark", "light": "textual-light"}


@dataclass(frozen=True)
class AppStatus:
    """Everything the status bar shows (the app's ``status``, replaced on the main thread only)."""

    model_label: str
    role: str
    model_state: str = "loading"  # loading | ready | stopped (died mid-rewrite; restarts with the next) | failed | off
    model_error: str = ""
    detector_state: str = "loading"  # loading | ready | failed
    detector_error: str = ""
    standing: Standing | None = None  # what remains in the text on screen (None: not checked yet)
    activity: str = ""

    @property
    def span_count(self) -> int | None:
        return None if self.standing is None else self.standing.identifiers

    def as_text(self, role_hint: bool = True) -> Text:
        """The status line; ``role_hint`` adds how to change the role (see ``widgets.status_text``)."""
        return status_text(self, FULL if role_hint else NO_ROLE_HINT)


class RewriterApp(WorkerErrors, HoldsEarlyInput, App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "rewriter"
    SUB_TITLE = "nothing leaves this computer"

    BINDINGS = [
        Binding("f1", "help", "Help", priority=True),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False),  # in the help and the palette: the footer fits 90 columns
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    # Everything the status bar shows; replaced (never changed in place) so every bar redraws.
    status: reactive[AppStatus] = reactive(AppStatus("", ""), init=False)

    def __init__(
        self,
        config: Config | None = None,
        draft: str = "",
        services: Services | None = None,
        system_clipboard=None,
        load_model: bool = True,
        config_path: Path | None = None,
        export=None,
        export_path: str = "",
    ):
        super().__init__()
        self.config = config or Config()
        self.config_path = config_path  # the config file in use (None: defaults)
        self.services = services or Services(self.config)
        self.system_clipboard = system_clipboard if system_clipboard is not None else SystemClipboard()
        self.terminal_clipboard_route = terminal_clipboard_route  # where OSC 52 goes (tests put in their own)
        self.initial_draft = draft
        self.initial_export = (export, export_path) if export is not None else None  # rewriter tui --audit
        # attempts = 0 in the config means "never use the model": do not spend memory loading it
        self.load_model = load_model and self.config.model.attempts > 0
        self.set_reactive(RewriterApp.status, AppStatus(self.services.model_label(), self.config.role))
        self.detector = None
        self.reviewer = None  # post-level risks (rewriter.review), loaded with the detector
        self.backend = None
        # Set once loading the model is over, whether it worked or not (tests and screenshots wait on it).
        self.model_loaded = threading.Event()
        self._pipeline = None
        # The last rewrite shown, and whether its current text has been copied or saved.
        self.uncopied_rewrite = False
        # Toasts never cover a dialog (see ``notify``): those on screen, with when they go, and those
        # held back while a dialog is open, to show when it closes.
        self._shown_notes: list[tuple[str, dict, float]] = []
        self._held_notes: list[tuple[str, dict]] = []
        self.started_at = time.perf_counter()
        self.first_paint_seconds: float | None = None
        self.theme = THEMES.get(self.config.app.theme, "textual-dark")

    def update_status(self, **changes) -> None:
        self.status = replace(self.status, **changes)

    # -- start-up ------------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return DraftScreen(self.initial_draft)

    def on_mount(self) -> None:
        self.screen_change_signal.subscribe(self, self._screen_changed)
        # Start loading only after the first frame is on screen: the model imports hold the GIL for
        # long stretches and would otherwise delay the first paint.
        self.call_after_refresh(self._first_paint_done)
        if self.initial_export is not None:
            self.show_export(self.initial_export)

    def _first_paint_done(self) -> None:
        self.first_paint_seconds = time.perf_counter() - self.started_at
        self.load_detector()
        if self.load_model:
            self.load_backend()
        else:
            self._model_finished(None, "not loaded (generalise only)")

    @work(thread=True, exclusive=True, group="load-detector", exit_on_error=False)
    def load_detector(self) -> None:
        detector = SerialDetector(self.services.load_detector())
        self.post_message(DetectorReady(detector, self.services.load_reviewer()))

    def on_detector_ready(self, message: DetectorReady) -> None:
        self.detector = message.detector
        self.reviewer = message.reviewer
        self._pipeline = None
        self.update_status(detector_state="ready", detector_error="")

    def _detector_failed(self, error: str) -> None:
        self.notify(f"The detector could not start: {error}. You can still type; nothing is checked.",
                    title="Detector failed", severity="error", timeout=15, markup=False)
        self.update_status(detector_state="failed", detector_error=error)

    @work(thread=True, exclusive=True, group="load-model", exit_on_error=False)
    def load_backend(self) -> None:
        choice = self.services.find_model()
        self.post_message(ModelChosen(choice.name))
        self.post_message(ModelReady(self.services.load_backend(choice)))

    def on_model_chosen(self, message: ModelChosen) -> None:
        self.update_status(model_label=message.name)

    def on_model_ready(self, message: ModelReady) -> None:
        self._model_finished(message.backend, "")

    def _model_finished(self, backend, error: str) -> None:
        self.backend = backend
        self._pipeline = None
        self.model_loaded.set()
        if backend is not None:
            self.update_status(model_state="ready", model_label=backend_name(backend, self.status.model_label))
            return
        if self.load_model:
            self.notify(f"The language model could not be loaded: {error}. Rewrites will use "
                        "the generalised text only.", title="Model failed", severity="error",
                        timeout=15, markup=False)
        self.update_status(model_state="failed" if self.load_model else "off", model_error=error)

    def work_failed(self, group: str, error: str) -> None:
        if group == "load-detector":
            self._detector_failed(error)
        elif group == "load-model":
            self._model_finished(None, error)

    # -- shared services for the screens -------------------------------------------------------

    def pipeline(self):
        """The rewrite pipeline for the detector and model loaded so far (built once, on first use)."""
        if self._pipeline is None:
            self._pipeline = self.services.make_pipeline(self.detector, self.backend)
        return self._pipeline

    def notify(self, message: str, **options) -> None:
        """A notice (a toast, placed over no text: app.tcss), but never over a dialog: one raised while a dialog is open waits until it closes,
        and those on screen when one opens go and come back (for the time they had left) when it closes."""
        if self._dialog_open():
            self._held_notes.append((message, options))
        else:
            self._show_note(message, options)

    def _show_note(self, message: str, options: dict) -> None:
        now = time.monotonic()
        timeout = options.get("timeout") or self.NOTIFICATION_TIMEOUT
        self._shown_notes = [note for note in self._shown_notes if note[2] > now]
        self._shown_notes.append((message, options, now + timeout))
        message, options = _on_one_line(message, options)
        super().notify(message, **options)

    def _dialog_open(self) -> bool:
        return bool(self.screen_stack) and isinstance(self.screen_stack[-1], ModalScreen)

    def _screen_changed(self, _screen) -> None:
        if self._dialog_open():
            now = time.monotonic()
            still = [(message, {**options, "timeout": until - now})
                     for message, options, until in self._shown_notes if until > now]
            self._shown_notes = []
            if still:
                self.clear_notifications()
                self._held_notes[:0] = still
            return
        held, self._held_notes = self._held_notes, []
        for message, options in held:
            self._show_note(message, options)

    def copy_out(self, text: str, what: str = "the text", otherwise: str = SAVE_INSTEAD) -> bool:
        """Copy by every way available and say where ``what`` went, how to check, and what to do
        (``otherwise``) if nothing pastes; False when nothing may have arrived (then it does not count as copied)."""
        self.copy_to_clipboard(text)  # OSC 52: the terminal's clipboard, also over SSH and in tmux
        report = copy_report(self.terminal_clipboard_route(), self.system_clipboard.copy(text), what, otherwise)
        # Short, unless nothing arrived: while it shows, the panes above give up its lines (app.tcss).
        self.notify(report.message, title=report.title, severity="information" if report.arrived else "warning",
                    timeout=4 if report.arrived else 12, markup=False)
        return report.arrived

    def save_out(self, text: str, then=None, path: str = "") -> None:
        """Ask for a file name and write ``text`` there: the only way the app writes a post to disk.
        A file that exists is replaced only when the user says so; otherwise they pick another name."""
        def _save(path: str, overwrite: bool) -> None:
            try:
                target = save_text(path, text, overwrite=overwrite)
            except RewriterError as exc:
                self.notify(str(exc), title="Not saved", severity="error", markup=False)
                return
            self.notify(f"Saved to {target} (readable by you only).", title="Saved", markup=False)
            if then is not None:
                then()

        def _chosen(path: str | None) -> None:
            if not path:
                return
            if not os.path.isfile(os.path.expanduser(path.strip())):
                _save(path, overwrite=False)
                return
            self.push_screen(confirm_replace(path.strip()),
                             lambda replace: _save(path, overwrite=True) if replace else self.save_out(text, then, path))

        self.push_screen(SaveAs("The text is written to this file and nowhere else.", path), _chosen)

    # -- app-wide actions ----------------------------------------------------------------------

    def action_help(self) -> None:
        """f1 opens the help, and closes it again."""
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
        else:
            self.push_screen(HelpScreen())

    def action_open_export(self) -> None:
        # Lazy, here and below: the first paint does not wait for the export screens and the readers of
        # exports they bring (about 0.1 s of imports).
        from .audit_open import OpenExport

        self.push_screen(OpenExport(), self.show_export)

    def show_export(self, opened: tuple | None) -> None:
        """Check an export and list its flagged posts; ``opened`` is (the export, its path as given)."""
        from .audit import AuditScreen

        if opened is not None:
            self.push_screen(AuditScreen(*opened))

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def unsaved_work(self) -> list[str]:
        """What quitting now would lose, in the user's words (nothing: an empty list)."""
        lost = []
        if self.uncopied_rewrite:
            lost.append("a rewrite you have not copied or saved")
        draft = next((s for s in self.screen_stack if isinstance(s, DraftScreen)), None)
        if draft is not None and draft.unsaved:
            lost.append("a draft you have typed and not copied or saved")
        return lost

    def ask_before_losing(self, title: str, then, lost: list[str] | None = None, yes: str = "Quit") -> None:
        """Run ``then`` at once when nothing would be lost; otherwise ask once, naming what would be."""
        lost = self.unsaved_work() if lost is None else lost
        if not lost:
            then()
            return
        self.push_screen(confirm_discard(title, lost, yes), lambda go_on: then() if go_on else None)

    async def action_quit(self) -> None:
        self.ask_before_losing("Quit without copying?", self.exit)

    def get_system_commands(self, screen: Screen):
        # Textual's own are left out but for maximising a pane: its key list and theme picker are this
        # app's help and theme toggle, and its screenshot would write the draft to disk.
        yield SystemCommand("Help", "What the colours, states and keys mean; nothing leaves this computer (f1)",
                            self.action_help)
        yield SystemCommand("Toggle light/dark theme", "Switch between the light and dark theme (ctrl+t)",
                            self.action_toggle_theme)
        yield SystemCommand("Open an export to check…", "Check the posts in a platform's data export (X, Facebook, "
                            "Instagram, LinkedIn, Reddit, Mastodon) and list the ones to edit or delete",
                            self.action_open_export)
        yield SystemCommand("Set my role…", f"Now “{self.status.role}”: it shapes the suggestions; you can "
                            "also remember it in your config file", partial(choose_role, self))
        yield SystemCommand("Quit", "Quit rewriter; asks first if a rewrite was not copied or saved (ctrl+q)",
                            self.action_quit)
        yield from (c for c in super().get_system_commands(screen) if c.title in ("Maximize", "Minimize"))
        commands = getattr(screen, "palette_commands", None)
        if commands is not None:
            for title, help_text, action in commands():
                yield SystemCommand(title, help_text, getattr(screen, f"action_{action}"))


def _on_one_line(message: str, options: dict) -> tuple[str, dict]:
    """A notice with its title in front, not on a line of its own: a notice takes lines from the panes
    above it (app.tcss), so it takes as few as it can."""
    title = options.get("title")
    if not title:
        return message, options
    body = message if options.get("markup", True) else escape_markup(message)
    return f"[b]{escape_markup(title)}:[/b] {body}", {**options, "title": "", "markup": True}


def run(config: Config, draft: str = "", model_path: str | None = None, config_path: Path | None = None,
        export=None, export_path: str = "") -> int:
    app = RewriterApp(config, draft, Services(config, model_path=model_path), config_path=config_path,
                      export=export, export_path=export_path)
    try:
        app.run()
    finally:
        close = getattr(app.backend, "close", None)
        if close is not None:
            close()  # the model's process: stopped now, not whenever the interpreter gets to it
    if app.took_early_input:
        forget_early_echo(sys.stdout)
    return 0


__all__ = ["RewriterApp", "run"]
