"""Checking many posts, as `rewriter audit` does and the app's export screen too: the posts of a
platform's export as items to check (the ones with no text only counted), read a window at a time, and
one post checked (its identifiers found beforehand, in batches) for post-level risks and a verdict, and
with a rewriter, rewritten and verified. Nothing here writes anything or knows who shows the result."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from .display import counted
from .pipeline import MAX_REWRITE_CHARS
from .sources.exports import NAMES, Export
from .verify import CLEAN, IDENTIFYING, REVIEW, judge_draft


@dataclass
class Item:
    """A post to check: its id in the output, text, role, where it was read (for messages), and for a
    post of an export the fields its record adds (see rewriter/sources/__init__.py)."""

    id: object
    text: str
    role: str | None
    where: str
    export_fields: dict | None = None


def export_items(export: Export, tally: ExportTally) -> Iterator[Item]:
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
            lines.append(f"  {NAMES.get(platform, platform):<10}  {counted(sum(statuses.values()), 'post')}, "
                         f"{statuses[IDENTIFYING]} identifying, {statuses[REVIEW]} for review")
        if not self.own:
            lines.append("  none")
        reposts = sum(self.reposts.values())
        lines.append(f"reposts    {reposts} of others' posts checked: {self.reposts[IDENTIFYING]} identifying, "
                     f"{self.reposts[REVIEW]} for review (they cannot be edited, only removed)")
        empty = sum(self.empty.values())
        if empty:
            lines.append(f"no text    {empty} (photos without a caption, deleted placeholders, "
                         f"{counted(self.empty_reposts, 'repost')} with no text of their own): nothing to check")
        return lines


def windows(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """``items`` a list of at most ``size`` at a time, read only as each list is asked for: a 100,000-post
    export never sits in memory whole."""
    iterator = iter(items)
    while window := list(islice(iterator, size)):
        yield window


def found_status(record: dict) -> str:
    """What was found in the post as it was published (with ``--rewrite`` the record's own status is
    the rewrite's): identifying when a span was, for review when only a risk was."""
    if record.get("spans"):
        return IDENTIFYING
    if record.get("risks"):
        return REVIEW
    return CLEAN


def check_post(item: Item, spans, per_post_detect: float, role: str, reviewer, rewriter, warn) -> tuple[dict, list]:
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
        if result.model_stopped:
            warn(f"{item.where}: {result.model_note}; the generalised text is offered")
    return record, risks
