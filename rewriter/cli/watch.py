"""`rewriter watch`: add to, remove from, count and ask the watch list.

The names to watch are the most sensitive thing the tool is given, so besides arguments (for scripts)
they are taken from standard input, one a line, or typed at a prompt that does not echo: neither puts
them in the shell's history."""

from __future__ import annotations

import getpass
import sys

from ..detect.watchlist import load_default
from ..display import counted
from ..inputs import MAX_BYTES, decode
from .exits import EXIT_CLEAN, EXIT_FOUND, UsageError

def cmd_watch(args) -> int:
    action = args.watch_command
    if action is None:
        raise UsageError("watch needs an action: add, remove, count or has (see: rewriter watch --help)")
    watchlist = load_default()
    if action == "count":
        print(len(watchlist))
        return EXIT_CLEAN
    if action == "has":
        terms = [args.term] if args.term is not None else given_terms(action, at_most_one=True)
        found = terms[0] in watchlist
        print("yes" if found else "no")
        return EXIT_CLEAN if found else EXIT_FOUND
    terms = args.terms or given_terms(action)
    changed = 0
    for term in terms:
        changed += watchlist.add(term) if action == "add" else watchlist.remove(term)
    if changed:
        watchlist.save()
    verb = "added" if action == "add" else "removed"
    unchanged = len(terms) - changed
    note = f" ({unchanged} {'already there' if action == 'add' else 'not on the list'})" if unchanged else ""
    print(f"{verb} {changed}{note}; the watch list has {counted(len(watchlist), 'entry', 'entries')}")
    return EXIT_CLEAN


def given_terms(action: str, at_most_one: bool = False) -> list[str]:
    """The terms from standard input (one a line) or, on a terminal, typed at a prompt without echo."""
    if sys.stdin is not None and not sys.stdin.isatty():
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        terms = [line.strip() for line in decode(data, "standard input").splitlines() if line.strip()]
    else:
        terms = prompted_terms(at_most_one)
    if not terms:
        raise UsageError(f"watch {action}: no name or term given (type them at the prompt, pipe them in one a line, "
                         "or give them as arguments)")
    if at_most_one and len(terms) > 1:
        raise UsageError(f"watch {action}: one term at a time ({len(terms)} given)")
    return terms


def prompted_terms(just_one: bool) -> list[str]:
    if just_one:
        return [term for term in [getpass.getpass("Term (not shown): ").strip()] if term]
    print("Type each name or term and press enter; what you type is not shown. An empty line ends.", file=sys.stderr)
    terms: list[str] = []
    while term := getpass.getpass(f"{len(terms) + 1}: ").strip():
        terms.append(term)
    return terms
