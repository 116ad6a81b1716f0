"""`rewriter audit`: many posts at once. In: JSONL, a plain CSV, or a platform's data export (the .zip
or the unpacked folder; see rewriter/sources). Out: JSONL, batch NLP, the review per post, a progress bar
and a summary on stderr. The input is checked as a stream, a batch of posts at a time with a few batches
in flight (see detect/batch.py), so memory stays flat however many posts an export holds."""

from __future__ import annotations

import sys
import time
from collections import Counter

from ..audit import ExportTally, Item, check_post, export_items, found_status, windows
from ..config import ROLES, normalise_role
from ..detect.batch import BATCH, detect_stream
from ..display import counted, dumps_safe, safe_for_terminal
from ..generalise import suggested_in_context
from ..inputs import read_file_bytes
from ..outputs import PrivateFile, check_target
from ..pipeline import MAX_REWRITE_CHARS
from ..sources.exports import open_export
from ..sources.jsonl import decode_lines, parse_lines
from ..verify import CLEAN, IDENTIFYING, REVIEW
from .common import EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND, close_model, make_detector, make_pipeline, make_reviewer
from .report import rate_text, summary_lines
from .report_html import AuditReport


def _read(path: str) -> tuple[bytes, str]:
    if path == "-":
        return sys.stdin.buffer.read(), "standard input"
    return read_file_bytes(path, "a JSONL file"), path


class Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal and the records do not stream
    to that terminal too (their lines would break the bar's). ``total`` is None for an export, whose
    number of posts is known only at the end: the bar then shows how much of its files has been read."""

    def __init__(self, total: int | None, fraction=None, records_to_terminal: bool = False):
        self.total = total
        self.fraction = fraction
        self.enabled = sys.stderr.isatty() and total != 0 and not records_to_terminal
        self.started = time.perf_counter()

    def update(self, done: int) -> None:
        """Draw the bar; at 0, at once, so a run whose first post waits for the models (a rewrite
        loads the language model, then checks a batch before it rewrites) is never silent."""
        if not self.enabled:
            return
        width = 30
        part = done / self.total if self.total else self.fraction()
        filled = int(width * part)
        rate = rate_text(done, time.perf_counter() - self.started) or "starting: loading the models..."
        count = f"{done}/{self.total}" if self.total else f"{counted(done, 'post')}, {part:.0%} read"
        sys.stderr.write(f"\r\033[K[{'#' * filled}{'.' * (width - filled)}] {count}  {rate}")
        sys.stderr.flush()

    def clear(self) -> None:
        """Erase the bar (the next update draws it again), so a message can start on a clean line."""
        if self.enabled:
            # to the end of the line, however long the last bar was
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()

    close = clear


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


def cmd_audit(args, config) -> int:
    progress: Progress | None = None

    def warn(message: str) -> None:
        if progress is not None:
            progress.clear()
        print(f"rewriter: {safe_for_terminal(message)}", file=sys.stderr)

    export = open_export(args.input)
    tally = ExportTally() if export is not None else None
    # With --report and no --out, the page is what was asked for: the records are not poured onto a terminal.
    records_unwanted = bool(getattr(args, "report", None)) and not args.out and sys.stdout.isatty()
    records_to_terminal = not args.out and sys.stdout.isatty() and not records_unwanted
    if export is None:
        items, skipped, name = _jsonl_items(args, warn)
        progress = Progress(len(items), records_to_terminal=records_to_terminal)
    else:
        items, skipped, name = export_items(export, tally), 0, args.input
        progress = Progress(None, export.fraction_read, records_to_terminal)
    if args.out:
        check_target(args.out)  # a bad --out is reported before any work
    report = AuditReport.create(args.report, name) if getattr(args, "report", None) else None
    progress.update(0)  # at once: loading the models takes seconds

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
    rewritten: Counter = Counter()  # with --rewrite: the rewrites' own statuses
    by_type: Counter = Counter()
    risks_by_kind: Counter = Counter()
    done = 0
    # put in place only once every line is written
    out = PrivateFile(args.out) if args.out else _NOWHERE if records_unwanted else sys.stdout
    try:
        # Detection in forked workers only without a loaded language model: forking a process that
        # holds llama.cpp threads is not safe, and generation dominates a rewrite run anyway.
        jobs = (([item.text for item in batch], [role_of(item) for item in batch], batch) for batch in windows(items, BATCH))
        for batch, all_spans, per_post_detect in detect_stream(detector, jobs, parallel=rewriter is None):
            for item, spans in zip(batch, all_spans):
                record, risks = check_post(item, spans, per_post_detect, role_of(item), reviewer, rewriter, warn)
                if spans and (report is not None or rewriter is not None) and len(item.text) <= MAX_REWRITE_CHARS:
                    _suggest_in_context(record, item.text, spans, role_of(item))
                for s in spans:
                    by_type[s.entity_type] += 1
                for r in risks:
                    risks_by_kind[r.kind] += 1
                # the summary is about the posts as they stand; with --rewrite, the record's status is
                # its rewrite's, counted apart
                statuses[found_status(record)] += 1
                if rewriter is not None:
                    rewritten[record["status"]] += 1
                if item.export_fields is not None:
                    record.update(item.export_fields)
                    tally.count(item.export_fields, found_status(record))
                out.write(dumps_safe(record) + "\n")
                if report is not None:
                    report.add(item.text, record)
                done += 1
                progress.update(done)
    except BaseException:
        if out is not sys.stdout and out is not _NOWHERE:
            out.close(keep=False)
        if report is not None:
            report.discard()
        raise
    finally:
        progress.close()
        if rewriter is not None:
            close_model(rewriter.backend)
    if out is not sys.stdout and out is not _NOWHERE:
        out.close()
    seconds = time.perf_counter() - started
    lines = summary_lines(done, statuses[IDENTIFYING], by_type, skipped, seconds, statuses[REVIEW], risks_by_kind)
    if rewriter is not None:
        lines.insert(4, f"rewrites   {rewritten[CLEAN]} verified clean, {rewritten[REVIEW]} for review, "
                        f"{rewritten[IDENTIFYING]} still identifying")
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


def _suggest_in_context(record: dict, text: str, spans: list, role: str) -> None:
    """For a person reading the output (the report, or the JSON beside a rewrite), each span's suggestion
    is what the rewrite puts there in this sentence, as ``check`` and the app say ("my colleague", not the
    nurse's default "a patient"). Worked out for flagged posts only, and not for a plain JSON audit of a
    large export, which keeps the kind's default at no cost per post."""
    shown = [s.to_dict() for s in suggested_in_context(text, spans, role)]
    record["spans"] = shown
    if record.get("rewrite") is None:  # not rewritten: the offered text is the post itself
        record["final_spans"] = shown


class _Nowhere:
    """Where the records go when only the report was asked for."""

    def write(self, text: str) -> int:
        return len(text)


_NOWHERE = _Nowhere()
