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
    """Until the app exists, show `check` on the given draft or a sample post."""
    from .cli import cmd_check

    if args.file is None:
        import argparse
        import tempfile

        sample = "Had a session with Gregory Walsh this morning at Oakfield Primary and he finally opened up."
        print("The app is not built yet; here is `rewriter check` on a sample post:\n", file=sys.stderr)
        with tempfile.TemporaryDirectory() as tmp:
            path = f"{tmp}/sample.txt"
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(sample)
            return cmd_check(argparse.Namespace(file=path, json=False, encoding=None), config)
    return cmd_check(args.__class__(file=args.file, json=False, encoding=args.encoding), config)
