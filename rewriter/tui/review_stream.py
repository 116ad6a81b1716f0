"""The review screen while the rewrite streams in: the text so far, and a line on how it is going."""

from __future__ import annotations

import time

from rich.text import Text

from ..display import counted


class StreamProgress:
    """The model's output as it arrives (appended on the main thread, from ``RewriteStreamed``), with
    the timings the progress line shows. The screen redraws from it on a timer, so a fast model never
    waits for the screen."""

    def __init__(self):
        self.started = time.perf_counter()
        self.first_at: float | None = None
        self._pieces: list[str] = []
        # the generalised text, once the pipeline has it and asks the model to smooth it; shown instead
        # of the model's raw output
        self.generalised: str | None = None

    def add(self, piece: str) -> None:
        if self.first_at is None:
            self.first_at = time.perf_counter()
        self._pieces.append(piece)

    @property
    def text(self) -> str:
        return self.generalised if self.generalised is not None else "".join(self._pieces)

    @property
    def tokens(self) -> int:
        return len(self._pieces)

    def summary(self, waiting_for: str | None, cancelling: bool, skipping: bool = False) -> Text:
        """``waiting_for``: what the rewrite waits for before it can start ("the model"), or None;
        ``skipping``: the writer chose the generalised text and the model is being stopped."""
        now = time.perf_counter()
        out = Text()
        if cancelling:
            out.append("Cancelling… ", style="bold yellow")
        elif skipping:
            out.append("Using the generalised text… ", style="bold")
        elif self.generalised is not None:
            out.append("Generalised. The model is smoothing the wording… ", style="bold")
        elif waiting_for:
            out.append(f"Waiting for {waiting_for} to load… ", style="bold yellow")
        else:
            out.append("Rewriting… ", style="bold")
        out.append(f"{now - self.started:.1f} s")
        if waiting_for and not cancelling:
            out.append(" · the rewrite starts as soon as it is ready")
        if self.tokens:
            rate = self.tokens / max(now - (self.first_at or now), 1e-6)
            out.append(f" · {counted(self.tokens, 'token')} · {rate:.1f} tokens/s")
        if self.generalised is not None and not (cancelling or skipping):
            out.append("   enter: use this text now · escape cancels", style="dim")
        else:
            out.append("   escape cancels", style="dim")
        return out
