"""What the app's workers tell the event loop, as typed messages.

A worker thread never touches a widget: it posts one of these (``post_message`` is safe from any
thread) and the handler on the main thread updates the screen. Failures are not messages: a worker
raises, and ``WorkerErrors`` turns the worker's error state into one line for the user.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.message import Message
from textual.worker import Worker, WorkerState

from ..spans import Span

if TYPE_CHECKING:  # the review package compiles its cue lists on import: not before the first paint
    from ..review import Risk


class DetectorReady(Message, bubble=False):
    """The detector and the post-level reviewer are loaded."""

    def __init__(self, detector: Any, reviewer: Any) -> None:
        super().__init__()
        self.detector = detector
        self.reviewer = reviewer


class ModelChosen(Message, bubble=False):
    """The model file that is being loaded (its name, for the status bar)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class ModelReady(Message, bubble=False):
    """The language model is loaded and its shared prompt evaluated."""

    def __init__(self, backend: Any) -> None:
        super().__init__()
        self.backend = backend


class SpansDetected(Message, bubble=False):
    """What identifies someone in ``text``, and the post-level risks in it."""

    def __init__(self, text: str, spans: list[Span], risks: list[Risk]) -> None:
        super().__init__()
        self.text = text
        self.spans = spans
        self.risks = risks


class RewriteStreamed(Message, bubble=False):
    """A piece of the model's output, as it is generated."""

    def __init__(self, piece: str) -> None:
        super().__init__()
        self.piece = piece


class RewriteGeneralised(Message, bubble=False):
    """The generalised text, verified safe, shown while the model tries to smooth its wording."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class RewriteFinished(Message, bubble=False):
    """The rewrite, verified, with the risks left in its text."""

    def __init__(self, result: Any, risks: list[Risk]) -> None:
        super().__init__()
        self.result = result
        self.risks = risks


class RewriteCancelled(Message, bubble=False):
    """The rewrite stopped because the user cancelled it."""


class RewriteChecked(Message, bubble=False):
    """The verdict on ``text`` (the rewrite as the user edited it) and the risks in it."""

    def __init__(self, text: str, verdict: Any, risks: list[Risk]) -> None:
        super().__init__()
        self.text = text
        self.verdict = verdict
        self.risks = risks


class PostsChecked(Message, bubble=False):
    """A window of an export's posts has been checked: the flagged ones among them (the clean ones are
    only counted), how many posts have been checked so far, and how much of the export has been read."""

    def __init__(self, flagged: list, checked: int, fraction_read: float) -> None:
        super().__init__()
        self.flagged = flagged
        self.checked = checked
        self.fraction_read = fraction_read


class ExportChecked(Message, bubble=False):
    """Every post of the export has been checked; ``tally`` counts them (rewriter.audit.ExportTally)."""

    def __init__(self, checked: int, tally: Any) -> None:
        super().__init__()
        self.checked = checked
        self.tally = tally


class ExportOpened(Message, bubble=False):
    """The path given (as typed) is an export the app can read (rewriter.sources.exports.Export)."""

    def __init__(self, export: Any, path: str) -> None:
        super().__init__()
        self.export = export
        self.path = path


def first_line(error: BaseException | None) -> str:
    """An exception as one line for the user (the class name when it has no message)."""
    if error is None:
        return "unknown error"
    text = str(error).strip() or error.__class__.__name__
    return text.splitlines()[0]


class WorkerErrors:
    """Mixed into the app and its screens: a worker that raises is reported once, as one line.

    A worker's group names what failed; the node that started it answers in ``work_failed``.
    """

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.work_failed(event.worker.group, first_line(event.worker.error))

    def work_failed(self, group: str, error: str) -> None:
        raise NotImplementedError
