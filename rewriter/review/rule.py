"""What the review rules share: one kind each, and a way to make a risk of that kind."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from ..kinds import RISK_KINDS
from .context import Post
from .risk import Risk


class Rule:
    """One risk kind. Subclasses set KIND and implement ``find``."""

    KIND: ClassVar[str] = ""

    def find(self, post: Post) -> Iterable[Risk]:
        raise NotImplementedError

    def risk(self, post: Post, start: int, end: int, rewrite: str | None = None) -> Risk:
        """A risk of this rule's kind on [start, end) of the post, without the spaces at either end."""
        text = post.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        kind = RISK_KINDS[self.KIND]
        return Risk(self.KIND, start, end, text[start:end], kind.why, kind.advice, rewrite)
