"""The export screen: a platform's data export checked post by post in a worker, the flagged posts
listed most serious first, each opened in the view a draft gets (``audit_post.py``).

The scan follows toolong's cancellable scan: a thread worker reads and checks a window of posts at a
time, posts what it found as a message, and stops at the next window once cancelled (leaving the
screen, or x). The export is read where it is (a zip in memory, member by member): nothing of it is
written anywhere, and only the flagged posts are kept; the clean ones are counted.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Label, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, WorkerState, get_current_worker

from ..sources.exports import NAMES, Export
from ..spans import Span
from .audit_post import PostScreen
from .marks import safe_text
from .messages import ExportChecked, PostsChecked, WorkerErrors
from .standing import IDENTIFYING, REVIEW

if TYPE_CHECKING:  # rewriter.audit brings the pipeline: imported by the scan, in its worker
    from ..audit import Item

# Posts detected together in the app: small, so a stop is heard soon and the draft's own check (which
# shares the detector) never waits long for the scan.
APP_WINDOW = 32
# The list is rebuilt at most this often while the scan runs (and once at its end).
REDRAW_SECONDS = 0.5
EXCERPT = 300  # characters of a post on its line, at most (the width cuts it shorter)


@dataclass(frozen=True, eq=False)  # each post is itself: two alike are still two places in the list
class FlaggedPost:
    """A post of the export with something identifying or to review in it."""

    item: Item
    spans: list[Span]
    risks: list
    status: str

    @property
    def fields(self) -> dict:
        return self.item.export_fields or {}

    @property
    def text(self) -> str:
        return self.item.text

    @property
    def date(self) -> str:
        return (self.fields.get("date") or "")[:10] or "no date"

    @property
    def platform(self) -> str:
        platform = self.fields.get("platform") or ""
        return NAMES.get(platform, platform)

    @property
    def url(self) -> str | None:
        return self.fields.get("url")

    @property
    def repost(self) -> bool:
        return bool(self.fields.get("repost"))


def most_serious_first(posts: list[FlaggedPost]) -> list[FlaggedPost]:
    """Identifying before review; then more findings first; then the newest (no date last)."""
    newest = sorted(posts, key=lambda p: p.fields.get("date") or "", reverse=True)
    return sorted(newest, key=lambda p: (p.status != IDENTIFYING, -(len(p.spans) + len(p.risks))))


COUNTS = len("9 identifying · 9 to review")


def _counts(post: FlaggedPost) -> Text:
    out = Text()
    if post.spans:
        out.append(f"{len(post.spans)} identifying", style="bold red")
    if post.risks:
        out.append(" · " if post.spans else "")
        out.append(f"{len(post.risks)} to review", style="yellow")
    out.pad_right(COUNTS - out.cell_len)
    return out


def post_row(post: FlaggedPost) -> Text:
    """One line of the list: date, platform, what was found, then as much of the post as fits."""
    row = Text(f"{post.date:<10}  {post.platform:<9}  ", style="dim")
    row.append_text(_counts(post))
    row.append("  ")
    row.append_text(safe_text(" ".join(post.text.split())[:EXCERPT]))
    return row


def _heading(text: str) -> Option:
    return Option(Text(text, style="bold"), disabled=True)


def _ignore(message: str) -> None:
    """check_post warns only about rewrites, which the screen does not ask for."""


class AuditScreen(WorkerErrors, Screen):
    BINDINGS = [
        Binding("escape", "back", "Back to the draft"),
        Binding("x", "stop", "Stop the scan"),
    ]
    DEFAULT_CSS = """
    #audit-progress { height: auto; padding: 0 1; }
    #audit-posts { height: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }
    #audit-hint { height: auto; padding: 0 1; }
    """

    def __init__(self, export: Export, source: str):
        super().__init__()  # no id: a post opened from this list can open another export
        self.export = export
        self.source = source  # the path, as the user gave it
        self.flagged: list[FlaggedPost] = []
        self.checked = 0
        self.fraction_read = 0.0
        self.state = "waiting"  # waiting (for the detector) | scanning | done | stopped | failed
        self.scan_worker: Worker | None = None
        self._shown: list[FlaggedPost] = []  # in list order; an option's id is its place here
        self._drawn_at = 0.0
        self._summary = ""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label(Text("Posts to look at in ") + safe_text(self.source), classes="pane-title")
        yield Static(id="audit-progress")
        yield OptionList(id="audit-posts")
        yield Static(Text("enter opens a post: its highlights, why, what to do; ctrl+r there suggests a "
                          "rewrite. Clean posts are counted, not listed.", style="dim"), id="audit-hint")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()
        self.watch(self.app, "status", self._status_changed, init=False)
        self._show_progress()
        if self.app.detector is not None:
            self._start()
        elif self.app.status.detector_state == "failed":
            self._failed(f"the detector could not start: {self.app.status.detector_error}")

    def _status_changed(self, old, new) -> None:
        if self.state == "waiting" and new.detector_state == "ready" and self.app.detector is not None:
            self._start()
        elif self.state == "waiting" and new.detector_state == "failed":
            self._failed(f"the detector could not start: {new.detector_error}")

    # -- the scan ------------------------------------------------------------------------------

    def _start(self) -> None:
        self.state = "scanning"
        self._show_progress()
        self.scan_worker = self.scan(self.app.detector, self.app.reviewer, self.app.status.role)

    @work(thread=True, exclusive=True, group="audit-scan", exit_on_error=False)
    def scan(self, detector, reviewer, role: str) -> None:
        # Lazy, in the worker: these bring the pipeline, seconds of imports the screen does not wait for.
        from ..audit import ExportTally, check_post, export_items, windows
        from ..detect.batch import detect_in_batches

        cancelled = get_current_worker().cancelled_event  # set by worker.cancel(), from the event loop
        tally = ExportTally()
        items = export_items(self.export, tally)
        checked = 0
        try:
            for window in windows(items, APP_WINDOW):
                if cancelled.is_set():
                    return
                found = []
                # never forked: the app's process holds threads (the CLI forks only without them too)
                texts, roles = [i.text for i in window], [role] * len(window)
                spans_per_post = [s for batch, _ in detect_in_batches(detector, texts, roles, parallel=False)
                                  for s in batch]
                for item, spans in zip(window, spans_per_post):
                    record, risks = check_post(item, spans, 0.0, role, reviewer, None, _ignore)
                    tally.count(item.export_fields, record["status"])
                    if record["status"] in (IDENTIFYING, REVIEW):
                        found.append(FlaggedPost(item, spans, risks, record["status"]))
                checked += len(window)
                self.post_message(PostsChecked(found, checked, self.export.fraction_read()))
            if not cancelled.is_set():
                self.post_message(ExportChecked(checked, tally))
        finally:
            # The export's files are closed also when the scan stops early (the stream of posts would
            # close them only when it is collected).
            items.close()
            self.export.archive.close()

    def on_posts_checked(self, message: PostsChecked) -> None:
        self.flagged.extend(message.flagged)
        self.checked = message.checked
        self.fraction_read = message.fraction_read
        self._show_progress()
        if time.monotonic() - self._drawn_at >= REDRAW_SECONDS:
            self._show_posts()

    def on_export_checked(self, message: ExportChecked) -> None:
        self.state = "done"
        self.checked = message.checked
        tally = message.tally
        empty = sum(tally.empty.values())
        self._summary = f"{empty:,} with no text (nothing to check)" if empty else ""
        self._show_progress()
        self._show_posts()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        super().on_worker_state_changed(event)
        if event.worker is self.scan_worker and event.state == WorkerState.CANCELLED and self.is_attached:
            self.state = "stopped"
            self._show_progress()
            self._show_posts()

    def work_failed(self, group: str, error: str) -> None:
        self._failed(error)

    def _failed(self, error: str) -> None:
        self.state = "failed"
        self._show_progress(error)
        self._show_posts()

    def action_stop(self) -> None:
        if self.state == "scanning" and self.scan_worker is not None:
            self.scan_worker.cancel()

    def action_back(self) -> None:
        self.dismiss()

    def on_unmount(self) -> None:
        if self.scan_worker is not None:
            self.scan_worker.cancel()
        elif self.state == "waiting":
            self.export.archive.close()  # never scanned: nothing else will close it

    # -- what the screen shows -----------------------------------------------------------------

    def _show_progress(self, error: str = "") -> None:
        identifying = sum(p.status == IDENTIFYING for p in self.flagged)
        review = len(self.flagged) - identifying
        found = (f"{identifying:,} identifying, {review:,} to review, "
                 f"{self.checked - len(self.flagged):,} clean")
        line = {
            "waiting": Text("Waiting for the detector to load…", style="italic"),
            "scanning": Text(f"{self.checked:,} posts checked ({self.fraction_read:.0%} of the export read): "
                             f"{found} · x stops the scan", style="italic"),
            "done": Text(f"All {self.checked:,} posts checked: {found}"
                         + (f"; {self._summary}" if self._summary else "") + "."),
            "stopped": Text(f"Stopped after {self.checked:,} posts: {found}.", style="yellow"),
            "failed": Text(f"Stopped after {self.checked:,} posts: ", style="bold red") + safe_text(error),
        }[self.state]
        self.query_one("#audit-progress", Static).update(line)

    def _show_posts(self) -> None:
        """Rebuild the list, most serious first, keeping the post the cursor is on under it."""
        self._drawn_at = time.monotonic()
        posts = self.query_one(OptionList)
        current = self.current
        ordered = most_serious_first(self.flagged)
        own = [p for p in ordered if not p.repost]
        reposts = [p for p in ordered if p.repost]
        self._shown = own + reposts
        options: list[Option | None] = []
        if own:
            options.append(_heading(f"Your posts ({len(own):,})"))
            options += [Option(post_row(p), id=str(i)) for i, p in enumerate(own)]
        if reposts:
            options.append(_heading(f"Reposts of others' posts ({len(reposts):,}): they cannot be edited, "
                                    "only removed"))
            options += [Option(post_row(p), id=str(len(own) + i)) for i, p in enumerate(reposts)]
        posts.clear_options()
        posts.add_options(options)
        if current is not None:
            posts.highlighted = posts.get_option_index(str(self._shown.index(current)))
        elif self._shown:
            posts.highlighted = 1  # the first post, under its heading

    @property
    def current(self) -> FlaggedPost | None:
        """The post the cursor is on."""
        posts = self.query_one(OptionList)
        if posts.highlighted is None:
            return None
        option = posts.get_option_at_index(posts.highlighted)
        return self._shown[int(option.id)] if option.id is not None else None

    @on(OptionList.OptionSelected, "#audit-posts")
    def _open(self) -> None:
        if (post := self.current) is not None:
            self.app.push_screen(PostScreen(post.text, post.date, post.platform, post.url, post.repost))
