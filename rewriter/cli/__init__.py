"""Command line: `rewriter` opens the app; subcommands check, rewrite, audit and watch.

Exit codes are a contract (see README): 0 clean (no identifier, no risk), 1 identifying spans or risks
found / no clean rewrite, 2 usage, config or input error. Errors a user can cause are one line on stderr, never a traceback.
Here: the argument parser and the dispatch; one module per command; what they share in common.py.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace

from .. import __version__
from ..config import ROLES, load_config, normalise_role
from ..display import safe_for_terminal
from ..errors import ConfigError, RewriterError
from .common import EXIT_CLEAN, EXIT_ERROR, UsageError


class Parser(argparse.ArgumentParser):
    """argparse prints usage and exits 2 on its own; we want the same one-line style as other errors."""

    def error(self, message: str):
        raise UsageError(f"{message} (see: {self.prog} --help)")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="PATH", help="config file (default: $REWRITER_CONFIG, ./rewriter.toml, user config dir)")


def build_parser() -> Parser:
    parser = Parser(
        prog="rewriter",
        description="Find what in a draft post could identify a client, patient, student, colleague or "
        "confidential project, and rewrite it with a language model that runs on this computer. "
        "Run with no command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"rewriter {__version__}")
    _common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    p = sub.add_parser("check", help="report what in a draft could identify someone",
                       description="Report identifying spans and post-level risks. "
                       "Exit 0 clean (no span, no risk), 1 spans or risks found, 2 error.")
    p.add_argument("file", nargs="?", default="-", metavar="FILE", help="draft file, or - for standard input (default)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--role", help="your role, for the suggestions (overrides the config)")
    p.add_argument("--encoding", help="read FILE in this encoding instead of UTF-8")
    _common(p)

    p = sub.add_parser("rewrite", help="make a verified, generalised rewrite of a draft",
                       description="Print a rewrite that no longer identifies anyone. "
                       "Exit 0 verified clean, 1 no clean rewrite could be made (an identifier or a risk remains), 2 error.")
    p.add_argument("file", nargs="?", default="-", metavar="FILE", help="draft file, or - for standard input (default)")
    p.add_argument("--json", action="store_true", help="print the whole result as JSON")
    p.add_argument("--model", metavar="PATH", help="a GGUF model file to use instead of the configured one")
    p.add_argument("--no-llm", action="store_true", help="skip the language model: generalise only")
    p.add_argument("--role", help="your role, for the replacements (overrides the config)")
    p.add_argument("--encoding", help="read FILE in this encoding instead of UTF-8")
    _common(p)

    p = sub.add_parser("audit", help="check (or rewrite) many posts: a platform's data export, a CSV or a JSONL file",
                       description="Read a platform's data export as downloaded (X, Facebook, Instagram, LinkedIn, "
                       "Reddit, Mastodon: the .zip or the unpacked folder), a CSV with a 'text' column, or "
                       'JSON Lines {"id": ..., "text": ...}; write one JSON line per post. '
                       "Exit 0 all clean, 1 some identifying or for review, 2 error (malformed lines are reported and skipped; "
                       "an unreadable, incomplete or unsafe export is a one-line error).")
    p.add_argument("input", metavar="INPUT", help="export .zip or folder, .csv, JSON Lines file, or - for standard input")
    p.add_argument("--out", metavar="OUT.jsonl", help="write results here instead of standard output")
    p.add_argument("--rewrite", action="store_true", help="also rewrite each post and verify the rewrite")
    p.add_argument("--model", metavar="PATH", help="with --rewrite: a GGUF model file to use")
    p.add_argument("--no-llm", action="store_true", help="with --rewrite: generalise only, no language model")
    p.add_argument("--role", help='role for posts without a "role" field (overrides the config)')
    p.add_argument("--encoding", help="read INPUT in this encoding instead of UTF-8")
    _common(p)

    p = sub.add_parser("watch", help="manage your watch list of names and terms always to catch",
                       description="The watch list is stored as salted hashes only: entries cannot be listed back.")
    _common(p)
    wsub = p.add_subparsers(dest="watch_command", metavar="ACTION", parser_class=Parser)
    w = wsub.add_parser("add", help="add names or terms")
    w.add_argument("terms", nargs="+", metavar="TERM")
    _common(w)
    w = wsub.add_parser("remove", help="remove names or terms")
    w.add_argument("terms", nargs="+", metavar="TERM")
    _common(w)
    w = wsub.add_parser("count", help="how many entries the watch list has")
    _common(w)
    w = wsub.add_parser("has", help="is TERM on the watch list? exit 0 yes, 1 no")
    w.add_argument("term", metavar="TERM")
    _common(w)

    p = sub.add_parser("tui", help="open the app (the default when no command is given)")
    p.add_argument("file", nargs="?", metavar="FILE", help="start with this draft")
    p.add_argument("--model", metavar="PATH", help="a GGUF model file to use")
    p.add_argument("--encoding", help="read FILE in this encoding instead of UTF-8")
    _common(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        return _dispatch(args)
    except RewriterError as exc:
        _error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        # the reader went away (e.g. `| head`): nothing to report
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_CLEAN


def _error(message: str) -> None:
    # one line, whatever the message quotes (a file name or a term may hold a line break)
    print(f"rewriter: error: {' '.join(safe_for_terminal(message).splitlines())}", file=sys.stderr)


def _dispatch(args) -> int:
    config = load_config(args.config)
    role = getattr(args, "role", None)
    if role:
        role = normalise_role(role)
        if role not in ROLES:
            raise ConfigError(f"--role: expected one of {', '.join(ROLES)}, got {args.role!r}")
        config = replace(config, role=role)

    command = args.command or "tui"
    # Lazy: a command's module is imported only when it runs, so each loads only what it needs (the
    # app does not wait for the pipeline to be imported; `check` never imports it or the model code).
    if command == "check":
        from .check import cmd_check

        return cmd_check(args, config)
    if command == "rewrite":
        from .rewrite import cmd_rewrite

        return cmd_rewrite(args, config)
    if command == "audit":
        from .audit import cmd_audit

        return cmd_audit(args, config)
    if command == "watch":
        from .watch import cmd_watch

        return cmd_watch(args)
    if command == "tui":
        from .tui import cmd_tui

        return cmd_tui(args, config)
    raise UsageError(f"unknown command {command!r}")
