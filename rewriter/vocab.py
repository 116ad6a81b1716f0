"""Word lists kept as data: ``rewriter/data/NAME.txt``, one entry a line.

Each file opens with ``#`` lines that say what the list is for and where it came from (a ``# source:``
line); blank lines and further ``#`` lines are ignored. Entries are kept exactly as written (case,
inner spaces, order), so a list that feeds a regular expression keeps the order it was tried in.
A list whose header has the line ``# format: entry: meaning`` may give an entry a meaning after a colon
("labrador: dog"): ``entries`` and ``words`` give the entry alone, ``meanings`` the entries that have one.
Files are read once per process and shared by every module that asks.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

_PACKAGE = "rewriter"
_FOLDER = "data"


class UnknownList(LookupError):
    pass


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of list ``name`` in file order."""
    try:
        raw = resources.files(_PACKAGE).joinpath(_FOLDER, f"{name}.txt").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UnknownList(f"no word list named {name!r} in rewriter/{_FOLDER}/") from None
    return tuple(entry for entry, _ in _rows(name, raw))


_MEANING_FORMAT = "format: entry: meaning"


def _rows(name: str, raw: str) -> list[tuple[str, str]]:
    """(entry, meaning or "") for each entry line of ``raw``."""
    with_meanings = _MEANING_FORMAT in header(name)
    rows = []
    for line in raw.splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            meaning = ""
            if with_meanings and ":" in entry:
                entry, _, meaning = (part.strip() for part in entry.rpartition(":"))
            rows.append((entry, meaning))
    return rows


@functools.cache
def meanings(name: str) -> dict[str, str]:
    """The entries of list ``name`` that carry a meaning ("labrador: dog"), entry -> meaning."""
    raw = resources.files(_PACKAGE).joinpath(_FOLDER, f"{name}.txt").read_text(encoding="utf-8")
    return {entry: meaning for entry, meaning in _rows(name, raw) if meaning}


@functools.cache
def words(name: str) -> frozenset[str]:
    """The entries of list ``name`` as a set."""
    return frozenset(entries(name))


@functools.cache
def alternation(name: str) -> str:
    """The entries of list ``name`` as a regular-expression alternation, each escaped, in file order:
    ``(?:a|b|c)``. Put longer entries first in the file where one is a prefix of another."""
    return "(?:" + "|".join(re.escape(e) for e in entries(name)) + ")"


def available() -> list[str]:
    """Names of every list shipped with the package."""
    folder = resources.files(_PACKAGE).joinpath(_FOLDER)
    return sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt"))


def header(name: str) -> list[str]:
    """The opening comment lines of list ``name`` (what it is for, where it came from)."""
    raw = resources.files(_PACKAGE).joinpath(_FOLDER, f"{name}.txt").read_text(encoding="utf-8")
    lines = []
    for line in raw.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].strip())
    return lines
