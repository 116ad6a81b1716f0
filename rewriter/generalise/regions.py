"""The regions the story rewrites replace (stories.py and the story_*.py modules that feed it): a copy of
the review's risk over the words to replace, with the general words that replace them, and the choice of
those that do not overlap one already taken."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from ..review import Risk


def region(risk: Risk, text: str, start: int, end: int, rewrite: str) -> Risk:
    """``risk`` moved to ``text[start:end]``, to be replaced by ``rewrite`` ("" drops it)."""
    return dataclasses.replace(risk, start=start, end=end, text=text[start:end], rewrite=rewrite)


def first_fit(regions: Iterable[Risk], taken: list[tuple[int, int]]) -> list[Risk]:
    """The ``regions`` that overlap nothing in ``taken`` nor a region kept before them, in their order;
    ``taken`` grows by each one kept."""
    kept = []
    for r in regions:
        if not any(a < r.end and r.start < b for a, b in taken):
            kept.append(r)
            taken.append((r.start, r.end))
    return kept
