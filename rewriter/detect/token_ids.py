"""The token ids of the texts the detector's spaCy pipeline read lately, so the risk model need not
tokenise the same text again.

The risk model (review/risk_model.py) reads a post as a bag of its tokens' ORTH ids, made by a spaCy
English tokenizer. The detector has just tokenised the same post with its own pipeline, and reviewing
a post right after detecting it is what the pipeline, the app and ``check`` do; tokenising it a second
time was about a third of the review's time. So the engine (engine.py) remembers the ORTH ids of each
text it tokenises, with its tokenizer's fingerprint, and the risk model takes them when it reads the
same text with a tokenizer of the same fingerprint.

What makes an entry right: the key is the whole text as tokenised (no hash of it: a lookup compares
the strings), and the ids are a pure function of the text and the tokenizer's rules (ORTH is the hash
of each token's own characters, the same in every spaCy vocabulary, and survives spaCy's memory zones).
The fingerprint is a digest of the tokenizer's rules (prefixes, suffixes, infixes, exceptions, URL and
token matches), so two pipelines whose tokenizers would split a text differently never share an entry.
A tokenizer changed after its fingerprint was taken (``add_special_case``) would need a new one: no
code of ours changes one. Nothing here is ever stale, so nothing is invalidated; the oldest entries
go once there are ``size`` of them (a batch of ``detect_many`` is 64 posts), and only short texts are
kept (a long draft's pieces are not reviewed as such).
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

import numpy

# Texts longer than this are not remembered: the detector reads a longer draft in pieces of at most
# CHUNK characters (detector.py), and the review reads the whole draft, never a piece.
MAX_CHARS = 2_000


def tokenizer_fingerprint(tokenizer) -> str:
    """A digest of everything that decides how ``tokenizer`` splits a text (about a millisecond)."""
    return hashlib.sha256(tokenizer.to_bytes(exclude=["vocab"])).hexdigest()


class RecentTokenIds:
    """A bounded, thread-safe map of (tokenizer fingerprint, text) -> the ORTH ids of its tokens and
    where each starts (two read-only numpy arrays of uint64, as ``doc.to_array`` gives ORTH and IDX)."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[str, str], tuple[numpy.ndarray, numpy.ndarray]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0  # lookups answered (tests and benchmarks read them)

    def remember(self, fingerprint: str, text: str, ids, starts) -> None:
        if len(text) > MAX_CHARS or self.size <= 0:
            return
        ids = numpy.array(ids, dtype=numpy.uint64)  # copies: the caller's arrays may change
        starts = numpy.array(starts, dtype=numpy.uint64)
        if ids.shape != starts.shape or ids.ndim != 1:
            raise ValueError("one id and one start per token")
        ids.flags.writeable = starts.flags.writeable = False
        key = (fingerprint, text)
        with self._lock:
            self._entries[key] = (ids, starts)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)

    def get(self, fingerprint: str, text: str) -> tuple[numpy.ndarray, numpy.ndarray] | None:
        """The (ids, starts) remembered for ``text`` tokenised by a tokenizer of ``fingerprint``, or None."""
        with self._lock:
            found = self._entries.get((fingerprint, text))
        if found is not None:
            self.hits += 1
        return found

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


# The one the engine fills and the risk model reads.
RECENT = RecentTokenIds()
