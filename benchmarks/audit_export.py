"""Auditing a platform export: a synthetic X archive of N posts (100,000 by default) checked by
`rewriter audit` without --rewrite, beside today's JSONL audit of the same posts in the same run.

    python benchmarks/audit_export.py [--posts N] [--keep] [--only x-archive|jsonl]

Prints, for each input, posts/s (wall time of the whole command, model load included), CPU time per
post (with the rate that would give on idle cores: the wall rate says little on a shared machine), the
peak resident memory of the command and of its detection workers (resource.getrusage), the CPU per
post with the start-up apart (measured on a one-post audit first), and the memory as the run goes: the
resident memory of the command and of its workers sampled every second, read at 1,000 and 10,000 posts
and at the end (flat memory: the end no higher than at 10,000), with the load average over the run.
The command's stderr is a terminal (a pseudo-terminal), so its progress bar is on, as a user sees it;
the bar's count is what the samples are read against. Target (issue 13): >= 200 posts/s on 2 cores,
and memory flat in the number of posts.
The archive and the JSONL are written to a fresh folder under /tmp and deleted afterwards (--keep
keeps them). Texts: benchmarks/detect_speed.py's 280-character posts built from ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import os
import pty
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from detect_speed import make_posts  # noqa: E402  (the benchmark's own posts)

TARGET = 200.0


def write_x_archive(path: Path, texts: list[str]) -> None:
    """An archive laid out as X's: data/tweets.js with its window.YTD prefix, data/account.js; one post
    in 20 a retweet. Written as a stream, so the generator does not hold the JSON either."""
    start = datetime(2012, 1, 1, tzinfo=timezone.utc)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data/account.js", "window.YTD.account.part0 = " + json.dumps(
            [{"account": {"username": "sam_example", "accountId": "1", "accountDisplayName": "Sam Example"}}]))
        with archive.open("data/tweets.js", "w") as out:
            out.write(b"window.YTD.tweets.part0 = [")
            for i, text in enumerate(texts):
                when = start + timedelta(hours=2 * i)
                tweet = {"tweet": {
                    "id_str": str(1_000_000_000 + i),
                    "full_text": ("RT @someone_else: " + text) if i % 20 == 0 else text,
                    "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
                    "entities": {"urls": [], "user_mentions": [], "hashtags": []},
                    "favorite_count": "0", "retweet_count": "0", "lang": "en",
                }}
                out.write((("," if i else "") + "\n  " + json.dumps(tweet)).encode("utf-8"))
            out.write(b"\n]")


def write_jsonl(path: Path, texts: list[str]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i, text in enumerate(texts):
            text = ("RT @someone_else: " + text) if i % 20 == 0 else text
            out.write(json.dumps({"id": str(1_000_000_000 + i), "text": text}) + "\n")


def child(args: list[str], report: str) -> None:
    """Run `rewriter` in this process, then write its peak memory and its workers' to ``report``."""
    from rewriter.cli import main

    code = main(args)
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime
    Path(report).write_text(json.dumps({"code": code, "rss_kb": own.ru_maxrss, "worker_rss_kb": workers.ru_maxrss,
                                        "cpu_seconds": cpu}))


# The progress bar's count: "[####....] 1,234 posts, 12% read" (an export) or "1234/100000" (JSONL).
BAR_COUNT = re.compile(rb"\] ([\d,]+)(?:/\d+| posts?,)")
# Where memory is read during the run (posts done).
MEMORY_MARKS = (1_000, 10_000)


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith("VmRSS:"))
    except (OSError, StopIteration):
        return 0


def children_of(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        return []


class Watch:
    """Reads the command's terminal (its progress bar) and samples its memory and its workers' every
    second: (posts done, command RSS kB, workers' RSS kB summed) and the 1-minute load average."""

    def __init__(self, proc: subprocess.Popen, terminal: int):
        self.proc, self.terminal = proc, terminal
        self.done = 0
        self.tail = b""
        self.samples: list[tuple[int, int, int]] = []
        self.loads: list[float] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.terminal, 65536)
            except OSError:  # the command closed its end
                return
            if not chunk:
                return
            self.tail = (self.tail + chunk)[-8000:]
            counts = BAR_COUNT.findall(chunk)
            if counts:
                self.done = int(counts[-1].replace(b",", b""))

    def run(self) -> None:
        while self.proc.poll() is None:
            pid = self.proc.pid
            workers = children_of(pid)
            self.samples.append((self.done, rss_kb(pid), sum(rss_kb(w) for w in workers)))
            self.loads.append(os.getloadavg()[0])
            time.sleep(1.0)
        self.reader.join(timeout=5)

    def at(self, posts: int) -> tuple[int, int, int] | None:
        """The first sample at or past ``posts`` done (with workers running), else None."""
        return next((s for s in self.samples if s[0] >= posts and s[2]), None)

    def last(self) -> tuple[int, int, int] | None:
        running = [s for s in self.samples if s[2]]
        return running[-1] if running else None

    def text(self) -> str:
        return self.tail.decode("utf-8", "replace").replace("\r", "\n")


def run(label: str, source: Path, scratch: Path, posts: int) -> dict:
    report = scratch / f"{label}.json"
    out = scratch / f"{label}.out.jsonl"
    env = dict(os.environ, PYTHONPATH=str(ROOT), XDG_CONFIG_HOME=str(scratch / "config"),
               XDG_DATA_HOME=str(scratch / "data"))
    config = scratch / "empty.toml"
    config.write_text("")
    terminal, its_end = pty.openpty()
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, __file__, "--child", str(report), "audit", str(source), "--out", str(out),
         "--config", str(config)],
        env=env, cwd=scratch, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=its_end)
    os.close(its_end)
    watch = Watch(proc, terminal)
    watch.run()
    seconds = time.perf_counter() - started
    os.close(terminal)
    if not report.exists():
        sys.exit(f"{label}: audit failed (exit {proc.returncode}):\n{watch.text()[-2000:]}")
    result = json.loads(report.read_text())
    with out.open(encoding="utf-8") as fh:
        written = sum(1 for _ in fh)
    result.update(label=label, seconds=seconds, posts=written, rate=written / seconds, watch=watch)
    if written != posts:
        sys.exit(f"{label}: {written} records for {posts} posts")
    return result


def memory_line(watch: Watch) -> str:
    marks = [watch.at(n) for n in MEMORY_MARKS] + [watch.last()]
    parts = [f"at {s[0]:,} posts {s[1] / 1024:.0f} MB + workers {s[2] / 1024:.0f} MB (summed)" for s in marks if s]
    load = f"load average over the run {min(watch.loads):.1f}-{max(watch.loads):.1f}" if watch.loads else ""
    return "           RSS " + "; ".join(parts) + (f"  ({load})" if load else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--only", choices=("x-archive", "jsonl"), help="audit only this input (a long run on a busy machine)")
    parser.add_argument("--child", metavar="REPORT", help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.child:
        child(rest, args.child)
        return
    scratch = Path(tempfile.mkdtemp(prefix="audit-export-", dir="/tmp"))
    try:
        texts = make_posts(args.posts)
        archive, jsonl = scratch / "x-archive.zip", scratch / "posts.jsonl"
        write_x_archive(archive, texts)
        write_jsonl(jsonl, texts)
        print(f"{args.posts:,} posts; archive {archive.stat().st_size / 1e6:.1f} MB zipped; cores: {os.cpu_count()}")
        # The start-up (imports, the spaCy model, the recognizers) is a fixed cost: measured on one post,
        # so the CPU per post can also be given without it, as a long archive sees it.
        one = scratch / "one-post.jsonl"
        write_jsonl(one, texts[1:2])
        startup_cpu = run("start-up", one, scratch, 1)["cpu_seconds"]
        print(f"start-up: {startup_cpu:.1f} s CPU (one post)", flush=True)
        for label, source in (("x-archive", archive), ("jsonl", jsonl)):
            if args.only and label != args.only:
                continue
            r = run(label, source, scratch, args.posts)
            verdict = "ok" if r["rate"] >= TARGET else f"BELOW the {TARGET:.0f} posts/s target"
            # CPU time says what the machine alone would do when other work shares its cores
            idle_rate = r["posts"] / (r["cpu_seconds"] / (os.cpu_count() or 1))
            per_post_apart = 1000 * max(r["cpu_seconds"] - startup_cpu, 0.0) / r["posts"]
            print(f"{label:10} {r['posts']:>8,} posts  {r['seconds']:7.1f} s  {r['rate']:6.0f} posts/s ({verdict})  "
                  f"CPU {1000 * r['cpu_seconds'] / r['posts']:.1f} ms/post (~{idle_rate:.0f} posts/s on idle cores; "
                  f"{per_post_apart:.1f} ms/post with start-up apart)  "
                  f"peak RSS {r['rss_kb'] / 1024:6.0f} MB, workers {r['worker_rss_kb'] / 1024:6.0f} MB")
            print(memory_line(r["watch"]), flush=True)
    finally:
        if args.keep:
            print(f"kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
