"""Command line: `rewriter` opens the app; subcommands check, rewrite, audit, watch, config and models.

Exit codes are a contract (see README): 0 clean (no identifier, no risk), 1 identifying spans or risks
found / no clean rewrite, 2 usage, config or input error, 130 interrupted (ctrl+c). Errors a user can cause are one line on stderr, never a traceback.
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
from .exits import EXIT_CLEAN, EXIT_ERROR, EXIT_INTERRUPTED, UsageError


class Parser(argparse.ArgumentParser):
    """argparse prints usage and exits 2 on its own; we want the same one-line style as other errors."""

    def error(self, message: str):
        raise UsageError(f"{message} (see: {self.prog} --help)")


# Names to watch are the most sensitive thing the tool is given: say how to keep them out of shell history.
HOW_TO_GIVE = (
    "Prefer standard input (rewriter watch add < names.txt) or the prompt (run with no TERM on a terminal: "
    "what you type is not shown): a TERM given as an argument is kept in your shell's history."
)
CONFIG_HELP = "config file (default: $REWRITER_CONFIG, ./rewriter.toml, user config dir)"


def _common(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: a subcommand that was not given --config must leave the one given before the command
    # (`rewriter --config X check`) in place, not overwrite it with its own default.
    p.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS, help=CONFIG_HELP)


def build_parser() -> Parser:
    parser = Parser(
        prog="rewriter",
        description="Find what in a draft post could identify a client, patient, student, colleague or "
        "confidential project, and rewrite it with a language model that runs on this computer. "
        "Run with no command to open the app.",
        epilog="Exit codes: 0 clean, 1 something identifying or to review was found (or no clean rewrite could be "
        "made), 2 usage, config or input error, 130 interrupted (ctrl+c). Errors are one line on stderr.",
    )
    parser.add_argument("--version", action="version", version=f"rewriter {__version__}")
    parser.add_argument("--config", metavar="PATH", help=CONFIG_HELP)
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
    p.add_argument("--report", metavar="REPORT.html",
                   help="also write a web page of the flagged posts, most serious first (readable by you only)")
    p.add_argument("--rewrite", action="store_true", help="also rewrite each post and verify the rewrite")
    p.add_argument("--model", metavar="PATH", help="with --rewrite: a GGUF model file to use")
    p.add_argument("--no-llm", action="store_true", help="with --rewrite: generalise only, no language model")
    p.add_argument("--role", help='role for posts without a "role" field (overrides the config)')
    p.add_argument("--encoding", help="read INPUT in this encoding instead of UTF-8")
    _common(p)

    p = sub.add_parser("watch", help="manage your watch list of names and terms always to catch",
                       description="The watch list is stored as salted hashes only: entries cannot be listed back. "
                       + HOW_TO_GIVE)
    _common(p)
    wsub = p.add_subparsers(dest="watch_command", metavar="ACTION", parser_class=Parser)
    term_help = "names or terms (none: read them from standard input, one a line, or a prompt that does not show them)"
    w = wsub.add_parser("add", help="add names or terms", description="Add names or terms. " + HOW_TO_GIVE)
    w.add_argument("terms", nargs="*", metavar="TERM", help=term_help)
    _common(w)
    w = wsub.add_parser("remove", help="remove names or terms", description="Remove names or terms. " + HOW_TO_GIVE)
    w.add_argument("terms", nargs="*", metavar="TERM", help=term_help)
    _common(w)
    w = wsub.add_parser("count", help="how many entries the watch list has")
    _common(w)
    w = wsub.add_parser("has", help="is TERM on the watch list? exit 0 yes, 1 no",
                        description="Is TERM on the watch list? Exit 0 yes, 1 no. " + HOW_TO_GIVE)
    w.add_argument("term", nargs="?", metavar="TERM", help="the term (none: from standard input or a prompt)")
    _common(w)

    p = sub.add_parser("config", help="show the config file in use, where it was found, and every value",
                       description="Show which config file is in use and how it was found, then every effective "
                       "value (defaults included) as TOML you can copy into your own file.")
    p.add_argument("--role", help="as check and rewrite would take it (overrides the config)")
    _common(p)

    p = sub.add_parser("models", help="list the models found, which one is used and why, and how to add one",
                       description="List the model files in the order they are looked for, with their sizes, "
                       "which one is used and why, and how to add one. Offline; loads nothing unless --measure.")
    p.add_argument("--model", metavar="PATH", help="a GGUF model file, as rewrite --model takes it")
    p.add_argument("--measure", action="store_true", help="load the model in use and time a short answer on this machine")
    _common(p)

    p = sub.add_parser("tui", help="open the app (the default when no command is given)")
    p.add_argument("file", nargs="?", metavar="FILE", help="start with this draft")
    p.add_argument("--model", metavar="PATH", help="a GGUF model file to use")
    p.add_argument("--role", help="your role, for the suggestions (overrides the config; in the app: ctrl+p, "
                   "Set my role…, which can also remember it)")
    p.add_argument("--encoding", help="read FILE in this encoding instead of UTF-8")
    p.add_argument("--audit", metavar="EXPORT",
                   help="open on this platform export (.zip or folder) or CSV of posts: its flagged posts, most "
                   "serious first, each opened like a draft (in the app: ctrl+p, Open an export to check…)")
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
        return EXIT_INTERRUPTED
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
    if (args.command or "tui") == "tui":
        from .quiet_terminal import no_echo_until_done

        with no_echo_until_done() as quieted:  # before the config is read: keys typed at once are not drawn
            code = _run(args)
        if quieted.keys_were_shown:  # typed before the echo went off: not left on the shell's screen
            from ..tui.early_input import forget_early_echo

            forget_early_echo(sys.stdout)
        return code
    return _run(args)


def _run(args) -> int:
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
    if command in ("config", "models"):
        from .settings import cmd_config, cmd_models

        return (cmd_config if command == "config" else cmd_models)(args, config)
    if command == "tui":
        from .tui import cmd_tui

        return cmd_tui(args, config)
    raise UsageError(f"unknown command {command!r}")
