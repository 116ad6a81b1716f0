"""The app's responsiveness: first paint, and keystroke-to-highlight latency on a 1,000-character draft.

    .venv/bin/python benchmarks/tui_bench.py [--runs N] [--keys N] [--json]

First paint is measured two ways:
  * terminal: `rewriter tui DRAFT` started in a real pseudo-terminal; from spawning the process to the
    first frame on the terminal that shows the draft (Python start-up and imports included);
  * in-process: from constructing the App to its first completed refresh (Textual's headless driver).
Keystroke to highlight: the real detector, a 1,000-character draft; one key is pressed after a quiet
spell and the clock stops when the highlights for the new text are on screen. A burst (keys 30 ms
apart, faster than the debounce) is also measured from its last key.

Targets (issue 4): first paint <= 0.5 s; highlights <= 150 ms after a keystroke.
"""

from __future__ import annotations

import argparse
import asyncio
import fcntl
import json
import os
import pty
import select
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SENTENCES = [
    "Had a long session with Gregory Walsh this morning at Oakfield Primary and he finally opened up.",
    "My colleague Will from Ward 7 at St Mary's said the family were relieved.",
    "It has been a hard week on the unit, but small wins still count for a lot.",
    "Sarah, 9, drew a picture of her dog and asked me to keep it on my desk.",
    "Reminder to everyone: rest is part of the work, not a reward for finishing it.",
    "We spent most of the afternoon on paperwork and the rest on phone calls.",
]


def draft_of(size: int = 1000) -> str:
    text = ""
    i = 0
    while len(text) < size:
        text += SENTENCES[i % len(SENTENCES)] + " "
        i += 1
    return text[:size].rstrip() + "."


# -- first paint in a real terminal ----------------------------------------------------------------


def terminal_first_paint(draft_path: str, cols: int = 120, rows: int = 36, timeout: float = 20.0) -> float:
    marker = b"Had a long session"
    env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(cols), LINES=str(rows))
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes `rewriter tui DRAFT` on the pseudo-terminal
        os.execve(str(ROOT / ".venv" / "bin" / "rewriter"), ["rewriter", "tui", draft_path], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    seen = b""
    painted = None
    try:
        while time.perf_counter() - started < timeout:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            seen += chunk
            if marker in seen:
                painted = time.perf_counter() - started
                break
    finally:
        os.kill(pid, signal.SIGTERM)
        deadline = time.time() + 5
        while time.time() < deadline:
            try:
                if select.select([fd], [], [], 0.05)[0]:
                    os.read(fd, 65536)  # keep draining so the child can exit
            except OSError:
                pass
            if os.waitpid(pid, os.WNOHANG) != (0, 0):
                break
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)
    if painted is None:
        raise SystemExit("the app did not draw the draft within the time limit")
    return painted


# -- in-process measurements -------------------------------------------------------------------------


async def in_process(runs: int, keys: int) -> dict:
    from rewriter.clipboard import NoSystemClipboard
    from rewriter.config import Config
    from rewriter.tui.app import RewriterApp
    from rewriter.tui.services import Services

    class NoModel(Services):  # the model plays no part in either figure; keep the CPU for the app
        def find_model(self):
            from rewriter.errors import ModelError

            raise ModelError("not loaded for this benchmark")

    config = Config()
    paints = []
    for _ in range(runs):
        app = RewriterApp(config, draft_of(), NoModel(config), system_clipboard=NoSystemClipboard(), load_model=False)
        async with app.run_test(size=(120, 36)) as pilot:
            while app.first_paint_seconds is None:
                await pilot.pause(0.005)
            paints.append(app.first_paint_seconds)

    app = RewriterApp(config, draft_of(), NoModel(config), system_clipboard=NoSystemClipboard(), load_model=False)
    single, burst = [], []
    async with app.run_test(size=(120, 36)) as pilot:
        while app.detector is None:
            await pilot.pause(0.05)
        screen = app.screen
        while not screen.checked:
            await pilot.pause(0.01)
        shown = {}
        original = screen._show_spans

        def timed_show(text, spans):
            original(text, spans)
            shown[text] = time.perf_counter()

        screen._show_spans = timed_show
        editor = screen.editor
        editor.move_cursor(editor.document.end)
        await pilot.pause(0.3)

        async def until_shown(text, since):
            deadline = time.perf_counter() + 5
            while text not in shown:
                if time.perf_counter() > deadline:
                    raise SystemExit("highlights never caught up")
                await pilot.pause(0.002)
            return shown[text] - since

        for i in range(keys):
            await pilot.pause(app.config.app.debounce_ms / 1000 + 0.1)  # a quiet spell before the key
            key = "abcdefghij"[i % 10]
            expected = editor.text + key
            t0 = time.perf_counter()
            await pilot.press(key)
            single.append(await until_shown(expected, t0))
        for _ in range(max(1, keys // 5)):
            await pilot.pause(0.3)
            word = " Tom"
            expected = editor.text + word
            for ch in word:
                t_last = time.perf_counter()
                await pilot.press("space" if ch == " " else ch)
                await pilot.pause(0.03)
            burst.append(await until_shown(expected, t_last))
        assert len(editor.text) > 1000
    return {"in_process_first_paint": paints, "keystroke_to_highlight": single, "burst_last_key_to_highlight": burst}


def summary(values: list[float]) -> dict:
    ms = sorted(v * 1000 for v in values)
    return {
        "n": len(ms),
        "median_ms": round(statistics.median(ms), 1),
        "p90_ms": round(ms[min(len(ms) - 1, int(len(ms) * 0.9))], 1),
        "max_ms": round(ms[-1], 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="first-paint runs (default 5)")
    parser.add_argument("--keys", type=int, default=20, help="single keystrokes measured (default 20)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        draft_path = os.path.join(tmp, "draft.txt")
        Path(draft_path).write_text(draft_of(), encoding="utf-8")
        os.environ.setdefault("REWRITER_WATCHLIST", os.path.join(tmp, "watchlist.json"))
        terminal = [terminal_first_paint(draft_path) for _ in range(args.runs)]
    figures = asyncio.run(in_process(args.runs, args.keys))
    figures["terminal_first_paint"] = terminal
    report = {name: summary(values) for name, values in figures.items()}
    report["draft_characters"] = len(draft_of())
    if args.json:
        json.dump(report, sys.stdout, indent=1)
        print()
        return 0
    print(f"draft: {report['draft_characters']} characters; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    labels = {
        "terminal_first_paint": "first paint, process start to draft on a real pty",
        "in_process_first_paint": "first paint, App() to first refresh (headless)",
        "keystroke_to_highlight": "keystroke to highlight (after a pause)",
        "burst_last_key_to_highlight": "last key of a fast burst to highlight",
    }
    for name, label in labels.items():
        s = report[name]
        print(f"{label:55s} median {s['median_ms']:7.1f} ms  p90 {s['p90_ms']:7.1f} ms  max {s['max_ms']:7.1f} ms  (n={s['n']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
