"""Detection over many posts: batches for spaCy's pipe, spread over forked processes when it pays."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from itertools import chain
from typing import TypeVar

BATCH = 128
# Below this many posts a second process costs more to start than it saves.
PARALLEL_MIN_POSTS = 400
# Batches handed to the pool ahead of the one being read, per worker: enough that no worker waits
# while the caller writes a batch's records, few enough to keep memory flat.
AHEAD_PER_WORKER = 2

T = TypeVar("T")

# The detector a forked worker inherits; set just before the pool is created.
_WORKER_DETECTOR = None


def _detect_batch(job):
    texts, roles = job
    started = time.perf_counter()
    with vocabulary_zone(_WORKER_DETECTOR):
        spans = list(_WORKER_DETECTOR.detect_many(texts, roles=roles))
    return spans, (time.perf_counter() - started) / max(len(texts), 1)


def vocabulary_zone(detector):
    """A block after which spaCy forgets the words it met in it (spaCy 3.8's memory zone), so a worker
    that reads a long archive does not keep every new word, name and number of it in its vocabulary.
    Only for a detector no other thread uses meanwhile (the app's is shared with the editor's checks):
    nothing spaCy made in the block (docs, tokens, their strings) may be used after it; the spans
    returned hold copies of their text."""
    nlp = detector.analyzer.nlp_engine.nlp["en"]
    return nlp.memory_zone() if hasattr(nlp, "memory_zone") else nullcontext()


def _ignore_ctrl_c() -> None:
    # ctrl+c reaches every process of the terminal's foreground group: the parent stops the pool, and a
    # worker printing its own KeyboardInterrupt traceback would only bury the command's one line
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def detect_in_batches(detector, texts: list[str], roles: list[str], parallel: bool):
    """Yield (spans per post, seconds per post) batch by batch, in input order (see ``detect_stream``)."""
    jobs = ((texts[i : i + BATCH], roles[i : i + BATCH], None) for i in range(0, len(texts), BATCH))
    for _, spans, seconds in detect_stream(detector, jobs, parallel):
        yield spans, seconds


def detect_stream(detector, jobs: Iterable[tuple[list[str], list, T]], parallel: bool) -> Iterator[tuple[T, list, float]]:
    """For each job (texts, roles, tag), in order: (tag, spans per text, seconds per text).

    With ``parallel``, the batches go to one forked process per core: the spaCy model is shared
    copy-on-write, so there is no second load. One pool serves the whole stream, so its workers' caches
    stay warm from the first batch to the last, and only a few batches are in flight ahead of the one
    the caller reads, so memory stays flat however long the stream (an archive of 100,000 posts).
    Fork is only used where the platform has it, and not for fewer than PARALLEL_MIN_POSTS posts.
    """
    global _WORKER_DETECTOR
    jobs = iter(jobs)
    workers = min(os.cpu_count() or 1, 4)
    if not (parallel and workers > 1 and "fork" in mp.get_all_start_methods()):
        yield from _detect_here(detector, jobs)
        return
    head: list = []
    for job in jobs:
        head.append(job)
        if sum(len(texts) for texts, _, _ in head) >= PARALLEL_MIN_POSTS:
            break
    else:  # too few posts for a second process to pay
        yield from _detect_here(detector, head)
        return
    _WORKER_DETECTOR = detector
    try:
        with mp.get_context("fork").Pool(workers, initializer=_ignore_ctrl_c) as pool:
            in_flight: deque = deque()
            for texts, roles, tag in chain(head, jobs):
                in_flight.append((tag, pool.apply_async(_detect_batch, ((texts, roles),))))
                if len(in_flight) >= AHEAD_PER_WORKER * workers:
                    tag, answer = in_flight.popleft()
                    yield (tag, *answer.get())
            while in_flight:
                tag, answer = in_flight.popleft()
                yield (tag, *answer.get())
    finally:
        _WORKER_DETECTOR = None


def _detect_here(detector, jobs):
    for texts, roles, tag in jobs:
        started = time.perf_counter()
        spans = list(detector.detect_many(texts, roles=roles))
        yield tag, spans, (time.perf_counter() - started) / max(len(texts), 1)
