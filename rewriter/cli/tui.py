"""`rewriter` alone, or `rewriter tui`: open the app."""

from __future__ import annotations

from ..config import find_config
from ..errors import RewriterError
from ..inputs import read_draft
from ..sources.exports import open_to_check


def cmd_tui(args, config) -> int:
    """Open the app, optionally on a draft file and an export to check. The file is read (and the
    export opened) before the app starts so a missing or undecodable one is a one-line error (exit 2),
    not a message inside a screen."""
    file = getattr(args, "file", None)
    draft = read_draft(file, getattr(args, "encoding", None)) if file is not None else ""
    export_path = getattr(args, "audit", None)
    export = open_to_check(export_path) if export_path is not None else None  # opened now, for the same reason
    try:
        # Lazy, and inside this try: only the app needs Textual, which may not be installed.
        from ..tui import run
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("textual", "rich"):
            raise
        # check, rewrite and audit work without it; only the app needs Textual
        raise RewriterError(f"the app needs the '{exc.name}' package, which is not installed: "
                            "pip install textual (check, rewrite and audit work without it)") from None

    return run(config, draft, model_path=getattr(args, "model", None),
               config_path=find_config(getattr(args, "config", None)), export=export, export_path=export_path or "")
