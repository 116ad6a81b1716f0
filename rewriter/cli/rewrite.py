"""`rewriter rewrite`: print a verified rewrite of one draft."""

from __future__ import annotations

import sys

from ..display import dumps_safe, safe_for_terminal
from ..errors import ModelCrashed
from ..inputs import read_draft
from ..pipeline import Pipeline, check_length
from ..verify import REVIEW
from .common import EXIT_CLEAN, EXIT_FOUND, TerminalProgress, close_model, make_backend, make_detector, make_reviewer


def cmd_rewrite(args, config) -> int:
    """Print a verified rewrite. Exit 0 verified clean, 1 no clean text could be made (an identifier or
    a risk remains), 2 error."""
    text = read_draft(args.file, args.encoding)
    check_length(text)  # before loading anything: a too-long draft is reported at once
    progress = TerminalProgress()
    backend = make_backend(args, config)  # a bad model file is reported before any work
    try:
        return _rewrite(args, config, text, backend, progress)
    finally:
        close_model(backend)


def _rewrite(args, config, text, backend, progress) -> int:
    detector = make_detector(config)
    pipeline = Pipeline(config, detector, backend, make_reviewer())
    spans = detector.detect(text)
    if spans and backend is not None and not backend.loaded:
        progress.say(f"loading model {backend.name}...")
        try:
            seconds = pipeline.prepare()
            progress.say(f"model {backend.name} ready in {seconds:.1f} s")
        except ModelCrashed:
            pass  # the rewrite starts it afresh, once, and says so if it stops again
    try:
        result = pipeline.rewrite(text, spans=spans, on_token=progress.on_token)
    finally:
        progress.done()
    if args.json:
        sys.stdout.write(dumps_safe(result.to_dict()) + "\n")
    else:
        # Made safe even into a pipe: the rewrite is meant to be pasted somewhere, and an escape
        # sequence from the draft (a clipboard write, a screen clear) has no place in a post.
        out = safe_for_terminal(result.text)
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
        if result.model_note:
            print(f"rewriter: {safe_for_terminal(result.model_note)}; the generalised text is offered", file=sys.stderr)
        if not result.clean:
            why = _reasons(result.reasons)
            if result.status == REVIEW:
                why = "no identifier remains, but look at this before posting: " + why
            print(f"rewriter: no verified clean rewrite: {safe_for_terminal(why)}", file=sys.stderr)
    return EXIT_CLEAN if result.clean else EXIT_FOUND


# Reasons listed in full up to this many; beyond, the first ones and how many more (a long line on
# stderr is still read; a silently shorter list is not).
SHOWN_REASONS = 8


def _reasons(reasons: list[str]) -> str:
    """Every reason the rewrite is not clean, or as many as fit and how many more, never fewer silently."""
    if not reasons:
        return "it could not be verified"
    if len(reasons) <= SHOWN_REASONS:
        return "; ".join(reasons)
    rest = len(reasons) - (SHOWN_REASONS - 1)
    return "; ".join(reasons[: SHOWN_REASONS - 1]) + f"; and {rest} more (--json lists every one)"
