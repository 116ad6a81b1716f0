"""Detection over many posts: batches for spaCy's pipe, spread over forked processes when it pays."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from contextlib import nullcontext

BATCH = 128
# Below this many posts a second process costs more to start than it saves.
PARALLEL_MIN_POSTS = 400

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
            with mp.get_context("fork").Pool(workers, initializer=_ignore_ctrl_c) as pool:
                yield from pool.imap(_detect_batch, jobs)
        finally:
            _WORKER_DETECTOR = None
        return
    for batch_texts, batch_roles in jobs:
        started = time.perf_counter()
        spans = list(detector.detect_many(batch_texts, roles=batch_roles))
        yield spans, (time.perf_counter() - started) / max(len(batch_texts), 1)
