"""The real app in a real terminal (tmux): a draft that tells a news story is not called clean.

Everything real except the language model (``[model] attempts = 0``): the command line, the detector
with its helper process, the reviewer, Textual drawing to a terminal. Offline; about 15 s.
"""

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
NEWS = ("4 of the kids from the Marlow Road school minibus crash you've all seen on the news came through "
        "resus tonight\n")


def test_a_news_story_is_not_called_clean_on_a_real_terminal(tmp_path):
    (tmp_path / "rewriter.toml").write_text("[model]\nattempts = 0\n", encoding="utf-8")
    (tmp_path / "draft.txt").write_text(NEWS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"}
    tmux = ["tmux", "-L", f"rewriter-test-{os.getpid()}"]  # a server of our own, ended below
    command = f"{sys.executable} -m rewriter --config rewriter.toml tui draft.txt"
    subprocess.run([*tmux, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", "-c", str(tmp_path),
                    command], check=True, env=env)
    try:
        screen = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            screen = subprocess.run([*tmux, "capture-pane", "-p"], capture_output=True, text=True).stdout
            if "to review" in screen or "verified clean" in screen:
                break
            time.sleep(0.25)
        assert "2 things to review" in screen, screen
        assert "story in the news" in screen and "1 span" in screen, screen
        assert "verified clean" not in screen and "nothing identifying found" not in screen, screen
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
