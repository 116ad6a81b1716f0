"""Answers about a whole text that the helper process works out ahead, while spaCy runs here.

Some of the detector's checks read nothing but a post's text and cost tens of microseconds each (the
observances it names, the writer's own family and animals, a family's legal matter). The helper process
(offload.py) has time to spare while this process runs spaCy, so with each text it is sent the names of
these checks; it answers them first, and its answers wait here until the detector asks.

What makes an answer right: each check is a pure function of the text (no config, no state), the key
is the check's name and the whole text (a lookup compares the strings), and the helper runs the same
code. So an answer is right for any caller that asks about the same text, whichever thread sent it, and
a check asked about a text with no answer here simply runs. Only the last few texts' answers are kept.
"""

from __future__ import annotations

import functools
import importlib
import threading

# name -> "module:function" of each check the helper may answer (imported in the helper on first use)
CHECKS = {
    "observances": "rewriter.detect.observances:observance_regions",
    "own_family": "rewriter.detect.own_family:own_family_names",
    "own_pets": "rewriter.detect.recognizers.support.not_people:own_pet_names",
    "private_matter": "rewriter.detect.detector:private_matter",
}
_LIMIT = 64  # answers kept: a few texts' worth

_answers: dict[tuple[str, str], object] = {}
_lock = threading.Lock()
_MISSING = object()


def put(name: str, text: str, answer) -> None:
    with _lock:
        _answers[(name, text)] = answer
        while len(_answers) > _LIMIT:
            del _answers[next(iter(_answers))]


def clear() -> None:
    with _lock:
        _answers.clear()


def compute(name: str, text: str):
    """The check's own answer (the helper's side)."""
    module, function = CHECKS[name].split(":")
    check = getattr(importlib.import_module(module), function)
    return getattr(check, "__wrapped__", check)(text)


def answered_ahead(name: str, copy=None):
    """Decorate a check of one text: an answer the helper sent for the same text is used instead of
    running it. ``copy`` makes a fresh copy of a mutable answer for each caller."""

    def decorate(check):
        @functools.wraps(check)
        def wrapper(text: str):
            found = _answers.get((name, text), _MISSING)
            if found is _MISSING:
                return check(text)
            return copy(found) if copy is not None else found

        return wrapper

    return decorate
