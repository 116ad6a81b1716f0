"""Checking a text while it is being edited: soon after a change, one run at a time.

The draft is checked for identifiers and the edited rewrite is verified again after every pause in
typing. Both use this: the first change after a quiet spell runs at once; changes that follow within
the debounce of a run are gathered into one more run, so typing never queues work behind the
language models.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from textual.dom import DOMNode
from textual.timer import Timer


class OneAtATime:
    """Start ``start()`` soon after ``request()``; never two at once. The owner calls ``finished()``
    when a run is over (whether it worked or not), which starts one more run if changes came in."""

    def __init__(self, owner: DOMNode, debounce: Callable[[], float], start: Callable[[], None]):
        self._owner = owner
        self._debounce = debounce  # seconds, read on each request (the config can change)
        self._start = start
        self.running = False
        self.pending = False
        self._timer: Timer | None = None
        self._last_start = float("-inf")

    def request(self, now: bool = False) -> None:
        """Run again soon (``now``: as soon as the run in flight, if any, is over)."""
        self.pending = True
        if self.running:
            return
        if now:
            self._stop_timer()
        elif self._timer is not None:
            return
        wait = 0.0 if now else self._last_start + self._debounce() - time.perf_counter()
        if wait <= 0:
            self._run()
        else:
            self._timer = self._owner.set_timer(wait, self._timer_fired)

    def finished(self, again: bool = False, now: bool = False) -> None:
        """The run is over; ``again``: run once more even without a change (``now``: at once)."""
        self.running = False
        if self.pending or again:
            self.request(now)

    def _timer_fired(self) -> None:
        self._timer = None
        if self.pending and not self.running:
            self._run()

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _run(self) -> None:
        self.pending = False
        self.running = True
        self._last_start = time.perf_counter()
        self._start()
