"""People the text does not place at work (issue 10, session 9): a name guessed from capitals in a post
that is not about work is nobody's patient or client, nor are the names joined to it; a place is never
generalised as a person; the general words a rewrite puts in raise no risk the post did not have; a
role the text itself gives ("a wee student") is kept when only the name goes."""

from __future__ import annotations

import re

import pytest

from rewriter.detect import work_talk
from rewriter.generalise import generalise
from rewriter.spans import Span

SPACY = "language model (spaCy)"


def _span(text: str, word: str, entity_type: str = "PERSON", source: str = SPACY, nth: int = 0) -> Span:
    m = list(re.finditer(re.escape(word), text))[nth]
    return Span(m.start(), m.end(), word, entity_type, 0.85, source, "why", "a suggestion")


@pytest.fixture
def score(monkeypatch):
    """work_score fixed at a value the test sets, through the classifier (so the cache is exercised)."""
    calls: list[str] = []
    value = {"p": 0.2}

    class _Doc:
        @property
        def cats(self):
            return {work_talk.LABEL: value["p"]}

    def classifier():
        def read(text):
            calls.append(text)
            return _Doc()
        return read

    clear = getattr(work_talk.work_score, "cache_clear", lambda: None)
    clear()
    monkeypatch.setattr(work_talk, "_classifier", classifier)
    yield value, calls
    clear()  # no fake score stays cached for the tests after


def test_the_work_talk_score_is_read_once_per_post_however_many_guesses(score):
    _, calls = score
    text = "Beach day with Kofi, then Ama turned up, then Esi came too."
    spans = [_span(text, name) for name in ("Kofi", "Ama", "Esi")]
    out = generalise(text, spans, "nurse").text
    assert "patient" not in out
    assert len(calls) == 1, calls
