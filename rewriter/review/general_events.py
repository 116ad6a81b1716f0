"""A specific event said generally: "the Kilmore bus crash" -> "a serious accident", any other event ("the
Glenmoy blaze", "the Ridgeway stabbing") -> "a serious incident"; which one it was and what it was both go."""

from __future__ import annotations

import re

_ACCIDENT = re.compile(r"(?i)crash|collision|pile|accident|derail|crush|hit[\s-]+and[\s-]+run|rollover|smash|capsiz|wreck|"
                       r"shipwreck|sinking|emergency\s+landing|drowning|lightning")
# No event keeps its kind: the labelled drafts count the kind itself as pointing at one case in a story ("the
# teenager from a stabbing", "lost her shop in a fire", "lost everything in the floods", "from an avalanche"): tried
# in session 38 for crimes, then for fires and nature's events, and each added leaks on the tuning sets.
_PLAIN_KINDS: dict[str, str] = {}


def general_event(what: str) -> str:
    """The general phrase for an event whose kind word is ``what`` ("bus crash", "stabbing", "blaze")."""
    if _ACCIDENT.search(what):
        return "a serious accident"
    last = what.lower().split()[-1] if what.strip() else ""
    return _PLAIN_KINDS.get(last, "a serious incident")
