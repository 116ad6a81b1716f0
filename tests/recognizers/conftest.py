"""Fixtures for the recognizer tests."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from rewriter.detect.recognizers.support.base import NAMED_PERSON


@pytest.fixture
def person():
    """person(text, name, named=True): a first-pass PERSON result for ``name`` in ``text``, as a recognizer
    that names people gives it (or, with ``named=False``, one that does not, such as a lone initial)."""

    def make(text: str, name: str, named: bool = True) -> RecognizerResult:
        start = text.index(name)
        meta = {NAMED_PERSON: True} if named else {}
        return RecognizerResult("PERSON", start, start + len(name), 0.85, recognition_metadata=meta)

    return make
