"""The real app in a real terminal (tmux): what the user sees and what their keys do there.

Everything real except the language model (``[model] attempts = 0``): the command line, the detector
with its helper process, the reviewer, Textual drawing to a terminal and reading keys from it. Offline;
about 15 s each.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed: the real-terminal check needs it")

ROOT = Path(__file__).resolve().parents[2]
NEWS = ("4 of the kids from the Marlow Road school minibus crash you've all seen on the news came through "
        "resus tonight\n")
DRAFT = "Had a long session with Gregory Walsh this morning at Oakfield University.\n"


class Terminal:
    """One app in a tmux server of its own: send keys, read the screen."""

    def __init__(self, tmux: list[str]):
        self.tmux = tmux
        self.screen = ""

    def keys(self, *keys: str, literal: bool = False) -> None:
        subprocess.run([*self.tmux, "send-keys", *(["-l"] if literal else []), *keys], check=True)

    def run(self, *command: str) -> None:
        """Any tmux command on this terminal (``paste-buffer -p``: a paste, as a terminal sends it)."""
        subprocess.run([*self.tmux, *command], check=True)

    def running(self) -> bool:
        return subprocess.run([*self.tmux, "has-session"], capture_output=True).returncode == 0

    def wait_for(self, *texts: str, timeout: float = 60) -> str:
        """Wait until the screen shows one of ``texts``; return the screen."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.screen = subprocess.run([*self.tmux, "capture-pane", "-p"], capture_output=True, text=True).stdout
            if any(t in self.screen for t in texts):
                return self.screen
            time.sleep(0.25)
        raise AssertionError(f"timed out waiting for {texts}:\n{self.screen}")

    def wait_gone(self, text: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while text in self.wait_for(""):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {text!r} to go:\n{self.screen}")
            time.sleep(0.25)


_SERVERS = itertools.count()


@contextlib.contextmanager
def app_in_tmux(tmp_path, draft: str | None, width: int = 120, config: str = "", model: bool = False):
    """``config``: TOML lines put before the [model] table (``role = "nurse"``). ``model``: load the
    installed default model as the app does for a user (by default the model is off: ``attempts = 0``)."""
    model_table = "" if model else "[model]\nattempts = 0\n"
    (tmp_path / "rewriter.toml").write_text(f"{config}\n{model_table}", encoding="utf-8")
    command = f"{sys.executable} -m rewriter --config rewriter.toml tui"
    if draft is not None:
        (tmp_path / "draft.txt").write_text(draft, encoding="utf-8")
        command += " draft.txt"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"}
    # a server of our own, ended below; a new name each time, as the last one may still be shutting down
    tmux = ["tmux", "-L", f"rewriter-test-{os.getpid()}-{next(_SERVERS)}"]
    subprocess.run([*tmux, "-f", "/dev/null", "new-session", "-d", "-x", str(width), "-y", "40", "-c", str(tmp_path),
                    command], check=True, env=env)
    try:
        yield Terminal(tmux)
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


def test_a_news_story_is_not_called_clean_on_a_real_terminal(tmp_path):
    with app_in_tmux(tmp_path, NEWS) as term:
        # the status bar's count (lowercase), not the list's "Things to review (2)", which is drawn first
        screen = term.wait_for("things to review", "thing to review", "verified clean")
        assert "2 things to review" in screen, screen
        assert "story in the news" in screen and "1 span" in screen, screen
        assert "verified clean" not in screen and "nothing identifying found" not in screen, screen


def test_escape_keeps_the_rewrite_and_quit_asks_on_a_real_terminal(tmp_path):
    with app_in_tmux(tmp_path, DRAFT) as term:
        term.wait_for("2 spans")
        term.keys("C-r")
        term.wait_for("method:")
        term.keys("Escape")
        screen = term.wait_for("rewrite is kept")
        assert "Your draft" in screen
        term.keys("C-q")
        screen = term.wait_for("Quit without copying?")
        assert "rewrite you have not copied" in screen.replace("\n", " "), screen
        term.keys("Escape")  # no: back to the app, the rewrite still there
        term.wait_gone("Quit without copying?")
        term.keys("C-r")
        term.wait_for("method:")
        term.keys("C-q")
        term.wait_for("Quit without copying?")
        term.keys("Tab")
        term.keys("Enter")
        deadline = time.monotonic() + 20
        while term.running() and time.monotonic() < deadline:
            time.sleep(0.25)
        assert not term.running()


def test_quit_asks_about_a_typed_draft_on_a_real_terminal(tmp_path):
    with app_in_tmux(tmp_path, None) as term:
        term.wait_for("detector ready")
        term.keys("Long day on the ward today.", literal=True)
        term.wait_for("nothing identifying found")
        term.keys("C-q")
        screen = term.wait_for("Quit without copying?")
        assert "draft you have typed" in screen.replace("\n", " "), screen
        assert term.running()
