"""`rewriter watch`: add to, remove from, count and ask the watch list."""

from __future__ import annotations

from ..detect.watchlist import load_default
from .common import EXIT_CLEAN, EXIT_FOUND, UsageError


def cmd_watch(args) -> int:
    watchlist = load_default()
    action = args.watch_command
    if action is None:
        raise UsageError("watch needs an action: add, remove, count or has (see: rewriter watch --help)")
    if action == "count":
        print(len(watchlist))
        return EXIT_CLEAN
    if action == "has":
        found = args.term in watchlist
        print("yes" if found else "no")
        return EXIT_CLEAN if found else EXIT_FOUND
    changed = 0
    for term in args.terms:
        changed += watchlist.add(term) if action == "add" else watchlist.remove(term)
    if changed:
        watchlist.save()
    verb = "added" if action == "add" else "removed"
    unchanged = len(args.terms) - changed
    note = f" ({unchanged} {'already there' if action == 'add' else 'not on the list'})" if unchanged else ""
    print(f"{verb} {changed}{note}; the watch list has {len(watchlist)} entr{'y' if len(watchlist) == 1 else 'ies'}")
    return EXIT_CLEAN
