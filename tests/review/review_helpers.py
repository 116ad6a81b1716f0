"""Shared by the review tests: one reviewer, and the kinds or phrases it reports."""

from __future__ import annotations

import pytest

from rewriter.kinds import Detail
from rewriter.review import Reviewer
from rewriter.spans import Span

REVIEWER = Reviewer(model=False)  # the rules alone (the risk model has its own tests)


def kinds(text: str, spans=()) -> set[str]:
    return {r.kind for r in REVIEWER.review(text, spans)}


def phrases(text: str, kind: str, spans=()) -> list[str]:
    return [r.text for r in REVIEWER.review(text, spans) if r.kind == kind]


def rewrites(text: str, kind: str, spans=()) -> list[tuple[str, str | None]]:
    return [(r.text, r.rewrite) for r in REVIEWER.review(text, spans) if r.kind == kind]


def span(text: str, part: str, entity_type: str, suggestion: str = "something", detail: Detail | None = None) -> Span:
    """A detector span over the first ``part`` of ``text``."""
    start = text.index(part)
    return Span(start, start + len(part), part, entity_type, 0.8, "test", "why", suggestion, detail)


@pytest.fixture(scope="session")
def review(detector):
    """The kinds the rules report on a post, with the real detector's spans, as the pipeline runs them; a test
    module takes it by importing it."""

    def run(text: str) -> set[str]:
        return {r.kind for r in REVIEWER.review(text, detector.detect(text))}

    return run
