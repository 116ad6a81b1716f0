"""`rewriter audit`: many posts at once. JSONL in, JSONL out, batch NLP, the review per post, a progress bar
and a summary on stderr."""

from __future__ import annotations

import sys
import time
from collections import Counter

from ..config import ROLES, normalise_role
from ..detect.batch import detect_in_batches
from ..display import dumps_safe, safe_for_terminal
from ..inputs import read_file_bytes
from ..outputs import PrivateFile, check_target
from ..pipeline import MAX_REWRITE_CHARS
from ..sources.jsonl import Post, decode_lines, parse_lines
from ..verify import CLEAN, IDENTIFYING, REVIEW, judge_draft
from .common import EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND, make_detector, make_pipeline, make_reviewer
from .report import summary_lines
from .report_html import AuditReport


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
    data, name = _read(args.input)
    warnings: list[str] = []

    def warn(message: str) -> None:
        warnings.append(message)
        print(f"rewriter: {safe_for_terminal(message)}", file=sys.stderr)

    raw = decode_lines(data, name, warn, getattr(args, "encoding", None))
    bad_lines = len(warnings)
    posts, skipped = parse_lines(raw, name, warn)
    skipped += bad_lines
    if args.out:
        check_target(args.out)  # a bad --out is reported before any work
    report = AuditReport.create(args.report, name) if getattr(args, "report", None) else None

    started = time.perf_counter()
    detector = make_detector(config)
    reviewer = make_reviewer()
    rewriter = None
    if args.rewrite:
        rewriter = make_pipeline(args, config, detector, reviewer)

    def role_of(post: Post) -> str:
        if post.role and normalise_role(post.role) in ROLES:
            return normalise_role(post.role)
        return config.role

    statuses: Counter = Counter()
    by_type: Counter = Counter()
    risks_by_kind: Counter = Counter()
    progress = Progress(len(posts))
    done = 0
    texts = [p.text for p in posts]
    roles = [role_of(p) for p in posts]
    # Detection in forked workers only without a loaded language model: forking a process that
    # holds llama.cpp threads is not safe, and generation dominates a rewrite run anyway.
    batches = detect_in_batches(detector, texts, roles, parallel=rewriter is None)
    out = PrivateFile(args.out) if args.out else sys.stdout  # put in place only once every line is written
    try:
        position = 0
        for all_spans, per_post_detect in batches:
            batch = posts[position : position + len(all_spans)]
            position += len(all_spans)
            for post, spans in zip(batch, all_spans):
                role = role_of(post)
                t0 = time.perf_counter()
                risks = reviewer.review(post.text, spans)
                verdict = judge_draft(post.text, spans, risks)
                record = {
                    "id": post.id,
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
                if rewriter is not None and len(post.text) > MAX_REWRITE_CHARS:
                    warn(f"{name}:{post.line}: too long to rewrite ({len(post.text):,} characters); checked only")
                    # not rewritten, so not offered as clean: the user must look at it
                    record.update(clean=False, method="too long", status=IDENTIFYING if spans else REVIEW)
                elif rewriter is not None:
                    result = rewriter.rewrite(post.text, role=role, spans=spans, risks=risks)
                    record.update(
                        rewrite=result.text,
                        final_spans=[s.to_dict() for s in result.final_spans],
                        final_risks=[r.to_dict() for r in result.final_risks],
                        status=result.status,
                        clean=result.clean,
                        method=result.method,
                        seconds=round(per_post_detect + time.perf_counter() - t0, 4),
                    )
                for s in spans:
                    by_type[s.entity_type] += 1
                for r in risks:
                    risks_by_kind[r.kind] += 1
                statuses[record["status"]] += 1
                out.write(dumps_safe(record) + "\n")
                if report is not None:
                    report.add(post.text, record)
                done += 1
                progress.update(done)
    except BaseException:
        if out is not sys.stdout:
            out.close(keep=False)
        raise
    finally:
        progress.close()
    if out is not sys.stdout:
        out.close()
    seconds = time.perf_counter() - started
    lines = summary_lines(
        len(posts), statuses[IDENTIFYING], by_type, skipped, seconds, statuses[REVIEW], risks_by_kind
    )
    for line in lines:
        print(line, file=sys.stderr)
    if report is not None:
        report.finish()
        print(f"report     {safe_for_terminal(args.report)}", file=sys.stderr)
    if skipped:
        return EXIT_ERROR
    return EXIT_CLEAN if statuses[CLEAN] == len(posts) else EXIT_FOUND
