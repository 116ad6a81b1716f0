"""`rewriter audit` on a real terminal (tmux): a progress bar from the start, with or without --rewrite,
and a rate that is right however slow the posts go (the walk-through saw "0 posts/s")."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rewriter.cli.report import rate_text, summary_lines

from tui.test_terminal import Terminal  # tests/ is on the path: its modules are not a package

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("posts, seconds, wanted", [(3, 10.0, "3.3 s a post"), (1, 2.0, "2.0 s a post"),
                                                    (5, 4.2, "1.2 posts/s"), (1000, 8.0, "125 posts/s")])
def test_the_rate_is_never_rounded_to_nothing(posts, seconds, wanted):
    assert rate_text(posts, seconds) == wanted
    line = next(l for l in summary_lines(posts, 0, {}, 0, seconds) if l.startswith("time"))
    assert wanted in line and not re.search(r"(?<![\d.])0 posts/s", line), line


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed: the real-terminal check needs it")
@pytest.mark.parametrize("rewrite", [[], ["--rewrite", "--no-llm"]])
def test_the_progress_bar_shows_from_the_start_on_a_real_terminal(tmp_path, rewrite):
    drafts = [{"id": i, "text": f"Had a long session with Gregory Walsh {i} days ago at Oakfield Primary."}
              for i in range(40)]
    (tmp_path / "posts.jsonl").write_text("".join(json.dumps(d) + "\n" for d in drafts), encoding="utf-8")
    command = (f"{sys.executable} -m rewriter audit posts.jsonl {' '.join(rewrite)} --out out.jsonl; "
               "echo audit-ended; sleep 60")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"}
    tmux = ["tmux", "-L", f"rewriter-audit-{os.getpid()}"]
    subprocess.run([*tmux, "-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30", "-c", str(tmp_path),
                    command], check=True, env=env)
    try:
        term = Terminal(tmux)
        screen = term.wait_for("0/40  starting", "audit-ended", timeout=30)
        assert "0/40  starting" in screen, screen  # before the models have loaded, not after the first post
        screen = term.wait_for("audit-ended", timeout=120)
        assert "posts      40" in screen, screen
        time_line = next(line for line in screen.splitlines() if line.startswith("time"))
        # "0 posts/s" on its own, not the end of "20 posts/s"
        assert not re.search(r"(?<![\d.])0 posts/s", time_line), time_line
        assert "posts/s" in time_line or "s a post" in time_line, time_line
        assert "starting" not in screen and "[####" not in screen, screen  # the bar is cleared
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed: the real-terminal check needs it")
def test_with_only_a_report_asked_for_the_records_are_not_poured_onto_the_terminal(tmp_path):
    drafts = [{"id": i, "text": f"Had a long session with Gregory Walsh {i} days ago at Oakfield Primary."}
              for i in range(5)]
    (tmp_path / "posts.jsonl").write_text("".join(json.dumps(d) + "\n" for d in drafts), encoding="utf-8")
    command = f"{sys.executable} -m rewriter audit posts.jsonl --report report.html; echo audit-ended; sleep 60"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TERM": "xterm-256color"}
    tmux = ["tmux", "-L", f"rewriter-report-{os.getpid()}"]
    subprocess.run([*tmux, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", "-c", str(tmp_path),
                    command], check=True, env=env)
    try:
        screen = Terminal(tmux).wait_for("audit-ended", timeout=120)
        assert "posts      5" in screen and "report     report.html" in screen, screen
        assert '"spans"' not in screen and '"status"' not in screen, screen  # no JSON records
        assert (tmp_path / "report.html").stat().st_size > 0
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
