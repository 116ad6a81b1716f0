"""The personal watch list: names and terms the user always wants caught, stored only as salted hashes.

An entry is reduced to its canonical words (casefolded, accents and invisible characters removed,
look-alike letters folded), joined by one space, and hashed with a per-user random salt (keyed
BLAKE2b). Matching hashes every run of the same number of words in a draft. The file never holds
the plaintext; a short name is still guessable by someone who has the file and tries candidate
names with the salt, which is why the file is written readable by its owner only.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from pathlib import Path

from ..config import user_data_dir, watchlist_path
from ..errors import InputError
from ..kinds import kind
from ..spans import Span
from ..text import Normalised, canonical

WORD = re.compile(r"[^\W_]+")
FILE_NAME = "watchlist.json"
_WATCHED = kind("WATCHED")


def _words(text: str) -> list[str]:
    return WORD.findall(canonical(text))


class WatchList:
    def __init__(self, path: Path, salt: bytes, entries: dict[str, int]):
        self.path = path
        self._salt = salt
        self._entries = entries  # hash -> number of words
        self._lengths = sorted(set(entries.values()))

    # -- storage ---------------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> "WatchList":
        if not path.exists():
            return cls(path, secrets.token_bytes(16), {})
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            salt = bytes.fromhex(data["salt"])
            entries = {e["hash"]: int(e["words"]) for e in data["entries"]}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}: watch list is unreadable or damaged ({exc.__class__.__name__})") from None
        return cls(path, salt, entries)

    def save(self) -> None:
        # the folder is the user's own: a new one readable by them only, like the file
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        data = {
            "version": 1,
            "about": "rewriter watch list: salted hashes only, no plaintext",
            "salt": self._salt.hex(),
            "entries": [{"hash": h, "words": n} for h, n in sorted(self._entries.items())],
        }
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1)
        os.replace(tmp, self.path)

    # -- editing ---------------------------------------------------------------------------------

    def _hash(self, words: list[str]) -> str:
        return hashlib.blake2b(" ".join(words).encode("utf-8"), key=self._salt, digest_size=16).hexdigest()

    def _key(self, term: str) -> tuple[str, int]:
        words = _words(term)
        if not words:
            raise InputError(f"nothing to watch in {term!r}: it has no letters or digits")
        return self._hash(words), len(words)

    def add(self, term: str) -> bool:
        """Add a term; False when it was already there."""
        h, n = self._key(term)
        if h in self._entries:
            return False
        self._entries[h] = n
        self._lengths = sorted(set(self._entries.values()))
        return True

    def remove(self, term: str) -> bool:
        h, _ = self._key(term)
        if self._entries.pop(h, None) is None:
            return False
        self._lengths = sorted(set(self._entries.values()))
        return True

    def __contains__(self, term: str) -> bool:
        try:
            return self._key(term)[0] in self._entries
        except InputError:
            return False

    def __len__(self) -> int:
        return len(self._entries)

    # -- matching --------------------------------------------------------------------------------

    def find(self, norm: Normalised, role: str = "other") -> list[Span]:
        """Spans of ``norm.original`` whose words hash to a watched entry."""
        if not self._entries:
            return []
        # Canonical words with their positions in the normalised text. canonical() works per word so
        # positions stay exact; accents are stripped inside each word.
        tokens = [(m.start(), m.end(), canonical(m.group())) for m in WORD.finditer(norm.text)]
        tokens = [t for t in tokens if t[2]]
        spans = []
        for n in self._lengths:
            for i in range(len(tokens) - n + 1):
                window = tokens[i : i + n]
                words = " ".join(t[2] for t in window).split()
                if self._hash(words) in self._entries:
                    start, end = norm.to_original(window[0][0], window[-1][1])
                    spans.append(
                        Span(
                            start,
                            end,
                            norm.original[start:end],
                            _WATCHED.name,
                            1.0,
                            "watch list",
                            _WATCHED.why,
                            # a few words are most likely a name; more, a phrase
                            "someone" if n <= 3 else _WATCHED.suggestion,
                        )
                    )
        return spans


def default_path() -> Path:
    return user_data_dir() / FILE_NAME


def load_default() -> WatchList:
    return WatchList.load(watchlist_path()[0])
