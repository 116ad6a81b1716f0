"""`rewriter audit`: many posts at once. In: JSONL, a plain CSV, or a platform's data export (the .zip
or the unpacked folder; see rewriter/sources). Out: JSONL, batch NLP, the review per post, a progress bar
and a summary on stderr. An export is read as a stream, a window of posts at a time, so memory stays
flat however many posts it holds."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from ..config import ROLES, normalise_role
from ..detect.batch import BATCH, detect_in_batches
from ..display import dumps_safe, safe_for_terminal
from ..inputs import read_file_bytes
from ..outputs import PrivateFile, check_target
from ..pipeline import MAX_REWRITE_CHARS
from ..sources.exports import NAMES, Export, open_export
from ..sources.jsonl import decode_lines, parse_lines
from ..verify import CLEAN, IDENTIFYING, REVIEW, judge_draft
from .common import EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND, make_detector, make_pipeline, make_reviewer
from .report import summary_lines
from .report_html import AuditReport

# Posts read, detected and written per window: enough for every worker to have batches to do, few
# enough that a 100,000-post export never sits in memory whole.
WINDOW = 32 * BATCH


@dataclass
class Item:
    """A post to check: its id in the output, text, role, where it was read (for messages), and for a
    post of an export the fields its record adds (see rewriter/sources/__init__.py)."""

    id: object
    text: str
    role: str | None
    where: str
    export_fields: dict | None = None


def _read(path: str) -> tuple[bytes, str]:
    if path == "-":
        return sys.stdin.buffer.read(), "standard input"
    return read_file_bytes(path, "a JSONL file"), path


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal. ``total`` is None for an
    export, whose number of posts is known only at the end: the bar then shows how much of its
    files has been read."""

    def __init__(self, total: int | None, fraction=None):
        self.total = total
        self.fraction = fraction
        self.enabled = sys.stderr.isatty() and total != 0
        self.started = time.perf_counter()

    def update(self, done: int) -> None:
        if not self.enabled:
            return
        width = 30
        part = done / self.total if self.total else self.fraction()
        filled = int(width * part)
        rate = done / max(time.perf_counter() - self.started, 1e-9)
        count = f"{done}/{self.total}" if self.total else f"{done} posts, {part:.0%} read"
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {count}  {rate:.0f} posts/s")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 70 + "\r")
            sys.stderr.flush()


def _jsonl_items(args, warn) -> tuple[list[Item], int, str]:
    """Today's input: the whole JSONL file read first, malformed lines reported before any output."""
    data, name = _read(args.input)
    problems: list[str] = []

    def note(message: str) -> None:
        problems.append(message)
        warn(message)

    raw = decode_lines(data, name, note, getattr(args, "encoding", None))
    bad_lines = len(problems)
    posts, skipped = parse_lines(raw, name, note)
    items = [Item(p.id, p.text, p.role, f"{name}:{p.line}") for p in posts]
    return items, skipped + bad_lines, name


def _export_items(export: Export, tally: ExportTally) -> Iterator[Item]:
    """The export's posts that have text to check; the rest are only counted."""
    for number, post in enumerate(export.posts(), start=1):
        if not post.text.strip():
            tally.empty[post.platform] += 1
            tally.empty_reposts += post.repost
            continue
        fields = post.fields()
        fields["text"] = post.text
        yield Item(post.post_id or number, post.text, None, f"{export.archive.name}: post {number}", fields)


class ExportTally:
    """What the summary of an export adds: posts by platform with their verdicts, reposts apart, and
    the posts with nothing to check."""

    def __init__(self):
        self.own: dict[str, Counter] = {}
        self.reposts: Counter = Counter()
        self.empty: Counter = Counter()
        self.empty_reposts = 0

    def count(self, fields: dict, status: str) -> None:
        if fields["repost"]:
            self.reposts[status] += 1
        else:
            self.own.setdefault(fields["platform"], Counter())[status] += 1

    def lines(self) -> list[str]:
        lines = ["by platform (own posts):"]
        for platform, statuses in self.own.items():
            lines.append(f"  {NAMES.get(platform, platform):<10}  {sum(statuses.values())} posts, "
                         f"{statuses[IDENTIFYING]} identifying, {statuses[REVIEW]} for review")
        if not self.own:
            lines.append("  none")
        reposts = sum(self.reposts.values())
        lines.append(f"reposts    {reposts} of others' posts checked: {self.reposts[IDENTIFYING]} identifying, "
                     f"{self.reposts[REVIEW]} for review (they cannot be edited, only removed)")
        empty = sum(self.empty.values())
        if empty:
            lines.append(f"no text    {empty} (photos without a caption, deleted placeholders, "
                         f"{self.empty_reposts} reposts with no text of their own): nothing to check")
        return lines


def _windows(items: Iterable[Item]) -> Iterator[list[Item]]:
    iterator = iter(items)
    while window := list(islice(iterator, WINDOW)):
        yield window


def cmd_audit(args, config) -> int:
    def warn(message: str) -> None:
        print(f"rewriter: {safe_for_terminal(message)}", file=sys.stderr)

    export = open_export(args.input)
    tally = ExportTally() if export is not None else None
    if export is None:
        items, skipped, name = _jsonl_items(args, warn)
        progress = Progress(len(items))
    else:
        items, skipped, name = _export_items(export, tally), 0, args.input
        progress = Progress(None, export.fraction_read)
    if args.out:
        check_target(args.out)  # a bad --out is reported before any work
    report = AuditReport.create(args.report, name) if getattr(args, "report", None) else None

    started = time.perf_counter()
    detector = make_detector(config)
    reviewer = make_reviewer()
    rewriter = None
    if args.rewrite:
        rewriter = make_pipeline(args, config, detector, reviewer)

    def role_of(item: Item) -> str:
        if item.role and normalise_role(item.role) in ROLES:
            return normalise_role(item.role)
        return config.role

    statuses: Counter = Counter()
    by_type: Counter = Counter()
    risks_by_kind: Counter = Counter()
    done = 0
    out = PrivateFile(args.out) if args.out else sys.stdout  # put in place only once every line is written
    try:
        for window in _windows(items):
            texts = [item.text for item in window]
            roles = [role_of(item) for item in window]
            # Detection in forked workers only without a loaded language model: forking a process that
            # holds llama.cpp threads is not safe, and generation dominates a rewrite run anyway.
            batches = detect_in_batches(detector, texts, roles, parallel=rewriter is None)
            position = 0
            for all_spans, per_post_detect in batches:
                batch = window[position : position + len(all_spans)]
                position += len(all_spans)
                for item, spans in zip(batch, all_spans):
                    record, risks = _check(item, spans, per_post_detect, role_of(item), reviewer, rewriter, warn)
                    for s in spans:
                        by_type[s.entity_type] += 1
                    for r in risks:
                        risks_by_kind[r.kind] += 1
                    statuses[record["status"]] += 1
                    if item.export_fields is not None:
                        record.update(item.export_fields)
                        tally.count(item.export_fields, record["status"])
                    out.write(dumps_safe(record) + "\n")
                    if report is not None:
                        report.add(item.text, record)
                    done += 1
                    progress.update(done)
    except BaseException:
        if out is not sys.stdout:
            out.close(keep=False)
        if report is not None:
            report.discard()
        raise
    finally:
        progress.close()
    if out is not sys.stdout:
        out.close()
    seconds = time.perf_counter() - started
    lines = summary_lines(done, statuses[IDENTIFYING], by_type, skipped, seconds, statuses[REVIEW], risks_by_kind)
    if tally is not None:
        lines += tally.lines()
    for line in lines:
        print(line, file=sys.stderr)
    if report is not None:
        report.finish()
        print(f"report     {safe_for_terminal(args.report)}", file=sys.stderr)
    if skipped:
        return EXIT_ERROR
    return EXIT_CLEAN if statuses[CLEAN] == done else EXIT_FOUND


def _check(item: Item, spans, per_post_detect: float, role: str, reviewer, rewriter, warn) -> tuple[dict, list]:
    """The record of one post, and the review's risks in it: its spans, the risks and the verdict (and
    with a rewriter, the rewrite and its verdict)."""
    t0 = time.perf_counter()
    risks = reviewer.review(item.text, spans)
    verdict = judge_draft(item.text, spans, risks)
    record = {
        "id": item.id,
        "spans": [s.to_dict() for s in spans],
        "risks": [r.to_dict() for r in risks],
        "rewrite": None,
        "final_spans": [s.to_dict() for s in spans],
        "final_risks": [r.to_dict() for r in risks],
        "status": verdict.status,
        "clean": verdict.clean,
        "method": "detect",
        "seconds": round(per_post_detect + time.perf_counter() - t0, 4),
    }
    if rewriter is not None and len(item.text) > MAX_REWRITE_CHARS:
        warn(f"{item.where}: too long to rewrite ({len(item.text):,} characters); checked only")
        # not rewritten, so not offered as clean: the user must look at it
        record.update(clean=False, method="too long", status=IDENTIFYING if spans else REVIEW)
    elif rewriter is not None:
        result = rewriter.rewrite(item.text, role=role, spans=spans, risks=risks)
        record.update(
            rewrite=result.text,
            final_spans=[s.to_dict() for s in result.final_spans],
            final_risks=[r.to_dict() for r in result.final_risks],
            status=result.status,
            clean=result.clean,
            method=result.method,
            seconds=round(per_post_detect + time.perf_counter() - t0, 4),
        )
    return record, risks
