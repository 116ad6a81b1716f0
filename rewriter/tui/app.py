"""The Textual app: type or paste a draft, see what identifies, rewrite, review, copy.

Slow things (the spaCy model, the llama.cpp model, detection, rewriting, verification) run in thread
workers that hand their results back with ``call_from_thread``; the event loop only ever draws and
reacts, so the first paint is immediate and a keystroke never waits for the language models.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

from rich.text import Text
from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from ..config import Config
from ..errors import RewriterError
from ..clipboard import SystemClipboard, copy_report, save_text, terminal_clipboard_route
from .dialogs import SaveAs, confirm_quit, confirm_replace
from .draft import DraftScreen
from .help import HelpScreen
from .services import SerialDetector, Services, backend_name
from .standing import Standing
from .widgets import StatusBar

THEMES = {"dark": "textual-dark", "light": "textual-light"}


@dataclass
class AppStatus:
    """Everything the status bar shows. Changed on the main thread only."""

    model_label: str
    role: str
    model_state: str = "loading"  # loading | ready | failed
    model_error: str = ""
    detector_state: str = "loading"  # loading | ready | failed
    detector_error: str = ""
    standing: Standing | None = None  # what remains in the text on screen (None: not checked yet)
    activity: str = ""

    @property
    def span_count(self) -> int | None:
        return None if self.standing is None else self.standing.identifiers

    def as_text(self) -> Text:
        out = Text()
        colours = {"loading": "yellow", "ready": "green", "failed": "bold red"}
        out.append("model ")
        out.append(self.model_label, style="bold")
        out.append(f" {self.model_state}", style=colours.get(self.model_state, ""))
        out.append("  │  detector")
        out.append(f" {self.detector_state}", style=colours.get(self.detector_state, ""))
        out.append("  │  role ")
        out.append(self.role, style="bold")
        out.append("  │  ")
        out.append("● offline", style="green")
        out.append("  │  ")
        if self.standing is None:
            out.append("spans –", style="dim")
        else:
            out.append_text(self.standing.as_text())
        if self.activity:
            out.append("  │  ")
            out.append(self.activity, style="italic")
        return out


class RewriterApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "rewriter"
    SUB_TITLE = "nothing leaves this computer"

    BINDINGS = [
        Binding("f1", "help", "Help", priority=True),
        Binding("ctrl+t", "toggle_theme", "Theme", show=False),  # in the help and the palette: the footer fits 90 columns
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        config: Config | None = None,
        draft: str = "",
        services: Services | None = None,
        system_clipboard=None,
        load_model: bool = True,
    ):
        super().__init__()
        self.config = config or Config()
        self.services = services or Services(self.config)
        self.system_clipboard = system_clipboard if system_clipboard is not None else SystemClipboard()
        self.terminal_clipboard_route = terminal_clipboard_route  # where OSC 52 goes (tests put in their own)
        self.initial_draft = draft
        # attempts = 0 in the config means "never use the model": do not spend memory loading it
        self.load_model = load_model and self.config.model.attempts > 0
        self.status = AppStatus(self.services.model_label(), self.config.role)
        self.detector = None
        self.reviewer = None  # post-level risks (rewriter.review), loaded with the detector
        self.backend = None
        self.model_loaded = threading.Event()  # set when loading finished, whether it worked or not
        self._pipeline = None
        # The last rewrite shown, and whether its current text has been copied or saved.
        self.uncopied_rewrite = False
        self.started_at = time.perf_counter()
        self.first_paint_seconds: float | None = None
        self.theme = THEMES.get(self.config.app.theme, "textual-dark")

    # -- start-up ------------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return DraftScreen(self.initial_draft)

    def on_mount(self) -> None:
        # Start loading only after the first frame is on screen: the model imports hold the GIL for
        # long stretches and would otherwise delay the first paint.
        self.call_after_refresh(self._first_paint_done)

    def _first_paint_done(self) -> None:
        self.first_paint_seconds = time.perf_counter() - self.started_at
        self.load_detector()
        if self.load_model:
            self.load_backend()
        else:
            self._model_finished(None, "not loaded (generalise only)")

    @work(thread=True, group="load", exit_on_error=False)
    def load_detector(self) -> None:
        try:
            detector = SerialDetector(self.services.load_detector())
            reviewer = self.services.load_reviewer()
        except Exception as exc:  # any failure here is shown in the app, never a traceback
            self.call_from_thread(self._detector_finished, None, None, _message(exc))
        else:
            self.call_from_thread(self._detector_finished, detector, reviewer, "")

    def _detector_finished(self, detector, reviewer, error: str) -> None:
        self.detector = detector
        self.reviewer = reviewer
        self._pipeline = None
        self.status.detector_state = "ready" if detector is not None else "failed"
        self.status.detector_error = error
        if error:
            self.notify(f"The detector could not start: {error}. You can still type; nothing is checked.",
                        title="Detector failed", severity="error", timeout=15, markup=False)
        self.refresh_status()
        self.post_to_screens("detector_ready")

    @work(thread=True, group="load", exit_on_error=False)
    def load_backend(self) -> None:
        try:
            choice = self.services.find_model()
            self.call_from_thread(self._model_chosen, choice.name)
            backend = self.services.load_backend(choice)
        except Exception as exc:
            self.call_from_thread(self._model_finished, None, _message(exc))
        else:
            self.call_from_thread(self._model_finished, backend, "")

    def _model_chosen(self, name: str) -> None:
        self.status.model_label = name
        self.refresh_status()

    def _model_finished(self, backend, error: str) -> None:
        self.backend = backend
        self._pipeline = None
        if backend is not None:
            self.status.model_state = "ready"
            self.status.model_label = backend_name(backend, self.status.model_label)
        else:
            self.status.model_state = "failed" if self.load_model else "off"
            self.status.model_error = error
            if self.load_model:
                self.notify(f"The language model could not be loaded: {error}. Rewrites will use "
                            "the generalised text only.", title="Model failed", severity="error",
                            timeout=15, markup=False)
        self.model_loaded.set()
        self.refresh_status()

    # -- shared services for the screens -------------------------------------------------------

    def pipeline(self):
        """The rewrite pipeline for the detector and model loaded so far (built once, on first use)."""
        if self._pipeline is None:
            self._pipeline = self.services.make_pipeline(self.detector, self.backend)
        return self._pipeline

    def refresh_status(self) -> None:
        for screen in self.screen_stack:
            for bar in screen.query(StatusBar):
                bar.refresh()

    def post_to_screens(self, hook: str) -> None:
        for screen in self.screen_stack:
            method = getattr(screen, f"on_app_{hook}", None)
            if method is not None:
                method()

    def copy_out(self, text: str) -> None:
        """Copy by every way available and say where the text went and how to check."""
        self.copy_to_clipboard(text)  # OSC 52: the terminal's clipboard, also over SSH and in tmux
        report = copy_report(self.terminal_clipboard_route(), self.system_clipboard.copy(text))
        if report.arrived:
            self.uncopied_rewrite = False
        # Short, unless nothing arrived: the toast sits over the text, not the status (app.tcss).
        self.notify(report.message, title=report.title, severity="information" if report.arrived else "warning",
                    timeout=4 if report.arrived else 12, markup=False)

    def save_out(self, text: str, then=None, path: str = "") -> None:
        """Ask for a file name and write ``text`` there: the only way the app writes a post to disk.
        A file that exists is replaced only when the user says so; otherwise they pick another name."""
        def _save(path: str, overwrite: bool) -> None:
            try:
                target = save_text(path, text, overwrite=overwrite)
            except RewriterError as exc:
                self.notify(str(exc), title="Not saved", severity="error", markup=False)
                return
            self.uncopied_rewrite = False
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

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    async def action_quit(self) -> None:
        if not self.uncopied_rewrite:
            self.exit()
            return

        def _answer(quit_anyway: bool | None) -> None:
            if quit_anyway:
                self.exit()

        self.push_screen(confirm_quit(), _answer)

    def get_system_commands(self, screen: Screen):
        # Textual's own are left out but for maximising a pane: its key list and theme picker are this
        # app's help and theme toggle, and its screenshot would write the draft to disk.
        yield SystemCommand("Help", "What the colours, states and keys mean; nothing leaves this computer (f1)",
                            self.action_help)
        yield SystemCommand("Toggle light/dark theme", "Switch between the light and dark theme (ctrl+t)",
                            self.action_toggle_theme)
        yield SystemCommand("Quit", "Quit rewriter; asks first if a rewrite was not copied or saved (ctrl+q)",
                            self.action_quit)
        yield from (c for c in super().get_system_commands(screen) if c.title in ("Maximize", "Minimize"))
        commands = getattr(screen, "palette_commands", None)
        if commands is not None:
            for title, help_text, action in commands():
                yield SystemCommand(title, help_text, getattr(screen, f"action_{action}"))


def _message(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]


def run(config: Config, draft: str = "", model_path: str | None = None) -> int:
    app = RewriterApp(config, draft, Services(config, model_path=model_path))
    app.run()
    return 0


__all__ = ["RewriterApp", "run"]
