"""Keys and the clipboard in a real terminal (tmux): what a terminal sends for alt+a, and whether a copy
arrives. Everything real except the language model (``[model] attempts = 0``). Offline."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed: the real-terminal check needs it")

ROOT = Path(__file__).resolve().parents[2]


class Terminal:
    """The app in a tmux server of its own, started with ``draft`` and closed with ``close``."""

    def __init__(self, tmp_path: Path, draft: str, tmux_conf: str = "", size: tuple[int, int] = (120, 40)):
        (tmp_path / "rewriter.toml").write_text("[model]\nattempts = 0\n", encoding="utf-8")
        (tmp_path / "draft.txt").write_text(draft, encoding="utf-8")
        (tmp_path / "tmux.conf").write_text(tmux_conf, encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"}
        for var in ("DISPLAY", "WAYLAND_DISPLAY"):  # no desktop clipboard: the terminal's is the one tested
            env.pop(var, None)
        self.tmux = ["tmux", "-L", f"rewriter-keys-{os.getpid()}-{id(self)}"]
        command = f"{sys.executable} -m rewriter --config rewriter.toml tui draft.txt"
        subprocess.run([*self.tmux, "-f", str(tmp_path / "tmux.conf"), "new-session", "-d", "-x", str(size[0]),
                        "-y", str(size[1]), "-c", str(tmp_path), command], check=True, env=env)

    def screen(self) -> str:
        return subprocess.run([*self.tmux, "capture-pane", "-p"], capture_output=True, text=True).stdout

    def wait_for(self, *wanted: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if all(w in screen for w in wanted):
                return screen
            time.sleep(0.25)
        raise AssertionError(f"timed out waiting for {wanted!r}:\n{screen}")

    def send(self, *keys: str) -> None:
        subprocess.run([*self.tmux, "send-keys", *keys], check=True)

    def run(self, *args: str) -> str:
        return subprocess.run([*self.tmux, *args], capture_output=True, text=True).stdout

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)


@pytest.fixture
def terminal(tmp_path):
    opened: list[Terminal] = []

    def _open(draft: str, **options) -> Terminal:
        opened.append(Terminal(tmp_path, draft, **options))
        return opened[-1]

    yield _open
    for t in opened:
        t.close()


def test_alt_a_in_a_real_terminal_applies_the_suggestion_and_types_no_letter(terminal):
    term = terminal("Lena Fischer came in again today.\n")
    term.wait_for("1 span")
    term.send("M-a")  # tmux sends ESC a, as a terminal does for alt+a
    screen = term.wait_for("came in again today", "Replaced with")
    assert "Lena" not in screen and "aLena" not in screen and "Laena" not in screen, screen


CLEAN_DRAFT = "What a lovely sunny day it was today.\n"


def _status_line(screen: str) -> str:
    return screen.rstrip("\n").splitlines()[-2]  # above the footer


def test_a_copy_in_tmux_with_set_clipboard_on_arrives_and_the_toast_says_how_to_check(terminal):
    term = terminal(CLEAN_DRAFT, tmux_conf="set -g set-clipboard on\n")
    term.wait_for("verified clean")
    term.send("C-y")
    screen = term.wait_for("tmux show-buffer")
    assert "tmux's clipboard" in screen, screen
    assert "verified clean" in _status_line(screen), screen  # the toast leaves the status in view
    assert term.run("show-buffer").strip() == CLEAN_DRAFT.strip()


def test_a_copy_in_tmux_without_set_clipboard_says_nothing_arrived_and_what_to_do(terminal):
    term = terminal(CLEAN_DRAFT)
    term.wait_for("verified clean")
    term.send("C-y")
    screen = term.wait_for("Text not copied", "set-clipboard on", "ctrl+s")
    assert "Copied" not in screen, screen
    assert "verified clean" in _status_line(screen), screen
    assert term.run("show-buffer").strip() == ""  # tmux took nothing: the app did not pretend it did
