"""Many posts at once: JSONL in, JSONL out, batch NLP, a progress bar and a summary on stderr."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import sys
import time
from collections import Counter
from dataclasses import dataclass

from .display import dumps_safe
from .errors import InputError
from .inputs import decode, read_file_bytes
from .pipeline import MAX_REWRITE_CHARS

BATCH = 128
# Below this many posts a second process costs more to start than it saves.
PARALLEL_MIN_POSTS = 400

# The detector a forked worker inherits; set just before the pool is created.
_WORKER_DETECTOR = None


def _detect_batch(job):
    texts, roles = job
    started = time.perf_counter()
    spans = list(_WORKER_DETECTOR.detect_many(texts, roles=roles))
    return spans, (time.perf_counter() - started) / max(len(texts), 1)


def detect_in_batches(detector, texts: list[str], roles: list[str], parallel: bool):
    """Yield (spans per post, seconds per post) batch by batch, in input order.

    With ``parallel``, batches go to one forked process per core: the spaCy model is shared
    copy-on-write, so there is no second load. Fork is only used where the platform has it.
    """
    global _WORKER_DETECTOR
    jobs = [(texts[i : i + BATCH], roles[i : i + BATCH]) for i in range(0, len(texts), BATCH)]
    workers = min(os.cpu_count() or 1, 4)
    if parallel and workers > 1 and len(texts) >= PARALLEL_MIN_POSTS and "fork" in mp.get_all_start_methods():
        _WORKER_DETECTOR = detector
        try:
            with mp.get_context("fork").Pool(workers) as pool:
                yield from pool.imap(_detect_batch, jobs)
        finally:
            _WORKER_DETECTOR = None
        return
    for batch_texts, batch_roles in jobs:
        started = time.perf_counter()
        spans = list(detector.detect_many(batch_texts, roles=batch_roles))
        yield spans, (time.perf_counter() - started) / max(len(batch_texts), 1)


@dataclass
class Post:
    line: int
    id: object
    text: str
    role: str | None


def parse_lines(raw: str, name: str, warn) -> tuple[list[Post], int]:
    """Parse JSONL; report each malformed line with its number and skip it."""
    posts, skipped = [], 0
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            warn(f"{name}:{number}: not valid JSON ({exc.msg}); skipped")
            skipped += 1
            continue
        if not isinstance(obj, dict):
            warn(f"{name}:{number}: expected an object with \"id\" and \"text\"; skipped")
            skipped += 1
            continue
        if "text" not in obj or not isinstance(obj["text"], str):
            warn(f"{name}:{number}: missing \"text\" string; skipped")
            skipped += 1
            continue
        role = obj.get("role") if isinstance(obj.get("role"), str) else None
        posts.append(Post(number, obj.get("id", number), obj["text"].replace("\x00", ""), role))
    return posts, skipped


def decode_lines(data: bytes, name: str, warn, encoding: str | None = None) -> str:
    """The file as text; a line that is not UTF-8 is reported with its number and left out (as a
    blank line, so the numbers of the lines after it stay right), and the rest is processed."""
    if encoding:
        return decode(data, name, encoding)
    try:
        return decode(data, name)
    except InputError:
        pass
    lines, problems = [], []
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError as exc:
            problems.append(f"{name}:{number}: not valid UTF-8 at byte {exc.start} of the line; skipped")
            lines.append("")
    if not any(line.strip() for line in lines):
        decode(data, name)  # nothing readable at all: the whole-file message, with its encoding guess
    for problem in problems:
        warn(problem)
    return "\n".join(lines).removeprefix("\ufeff")


def _read(path: str) -> tuple[bytes, str]:
    if path == "-":
        return sys.stdin.buffer.read(), "standard input"
    return read_file_bytes(path, "a JSONL file"), path


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int):
        self.total = total
        self.enabled = sys.stderr.isatty() and total > 0
        self.started = time.perf_counter()

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        width = 30
        filled = int(width * done / self.total)
        rate = done / max(time.perf_counter() - self.started, 1e-9)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total}  {rate:.0f} posts/s")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 70 + "\r")
            sys.stderr.flush()


def cmd_audit(args, config) -> int:
    from .cli import EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND, make_detector
    from .config import normalise_role, ROLES
    from .report import summary_lines

    from .display import safe_for_terminal

    data, name = _read(args.input)
    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(message)
        print(f"rewriter: {safe_for_terminal(message)}", file=sys.stderr)

    raw = decode_lines(data, name, warn, getattr(args, "encoding", None))
    bad_lines = len(warnings)
    posts, skipped = parse_lines(raw, name, warn)
    skipped += bad_lines
    out = sys.stdout
    if args.out:
        try:
            out = open(args.out, "w", encoding="utf-8")
        except OSError as exc:
            raise InputError(f"{args.out}: cannot write ({exc.strerror})") from None

    started = time.perf_counter()
    detector = make_detector(config)
    rewriter = None
    if args.rewrite:
        from .commands import make_pipeline

        rewriter = make_pipeline(args, config, detector)

    def role_of(post: Post) -> str:
        if post.role and normalise_role(post.role) in ROLES:
            return normalise_role(post.role)
        return config.role

    flagged = 0
    by_type: Counter = Counter()
    progress = Progress(len(posts))
    done = 0
    texts = [p.text for p in posts]
    roles = [role_of(p) for p in posts]
    # Detection in forked workers only without a loaded language model: forking a process that
    # holds llama.cpp threads is not safe, and generation dominates a rewrite run anyway.
    batches = detect_in_batches(detector, texts, roles, parallel=rewriter is None)
    try:
        position = 0
        for all_spans, per_post_detect in batches:
            batch = posts[position : position + len(all_spans)]
            position += len(all_spans)
            for post, spans in zip(batch, all_spans):
                role = role_of(post)
                record = {
                    "id": post.id,
                    "spans": [s.to_dict() for s in spans],
                    "rewrite": None,
                    "final_spans": [s.to_dict() for s in spans],
                    "clean": not spans,
                    "method": "detect",
                    "seconds": round(per_post_detect, 4),
                }
                if rewriter is not None and len(post.text) > MAX_REWRITE_CHARS:
                    warn(f"{name}:{post.line}: too long to rewrite ({len(post.text):,} characters); checked only")
                    record.update(clean=False, method="too long")
                elif rewriter is not None:
                    t0 = time.perf_counter()
                    result = rewriter.rewrite(post.text, role=role, spans=spans)
                    record.update(
                        rewrite=result.text,
                        final_spans=[s.to_dict() for s in result.final_spans],
                        clean=result.clean,
                        method=result.method,
                        seconds=round(per_post_detect + time.perf_counter() - t0, 4),
                    )
                for s in spans:
                    by_type[s.entity_type] += 1
                flagged += not record["clean"]
                out.write(dumps_safe(record) + "\n")
                done += 1
                progress.update(done)
    finally:
        progress.close()
        if out is not sys.stdout:
            out.close()
    for line in summary_lines(len(posts), flagged, by_type, skipped, time.perf_counter() - started):
        print(line, file=sys.stderr)
    if skipped:
        return EXIT_ERROR
    return EXIT_FOUND if flagged else EXIT_CLEAN
