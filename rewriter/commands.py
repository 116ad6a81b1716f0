"""Commands that need the language model or the app. Kept apart so `check` never imports them."""

from __future__ import annotations

import sys

from .errors import RewriterError


def make_pipeline(args, config, detector):
    """Build the rewrite pipeline (detect → generalise → polish → verify) for the CLI."""
    raise RewriterError("rewriting is not built yet (issue 3)")


def cmd_rewrite(args, config) -> int:
    raise RewriterError("rewriting is not built yet (issue 3)")


def cmd_tui(args, config) -> int:
    """Open the app, optionally on a draft file. The file is read before the app starts so a missing
    or undecodable file is a one-line error (exit 2), not a message inside a screen."""
    from .inputs import read_draft

    file = getattr(args, "file", None)
    draft = read_draft(file, getattr(args, "encoding", None)) if file is not None else ""
    from .tui import run

    return run(config, draft, model_path=getattr(args, "model", None))
