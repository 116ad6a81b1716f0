"""A specific event said by its kind alone: "the Kilmore bus crash" -> "a serious accident", "the Ridgeway
stabbing" -> "a stabbing", "the Glenmoy blaze" -> "a fire". What happened stays (the post's point); which one it
was (its place, its date, its name) goes. "a serious incident" only where the kind itself is unusual enough to
point at one event (a massacre, a rampage) or no kind is known."""

from __future__ import annotations

import re

_ACCIDENT = re.compile(r"(?i)crash|collision|pile|accident|derail|crush|hit[\s-]+and[\s-]+run|rollover|smash|capsiz|wreck|"
                       r"shipwreck|sinking|emergency\s+landing")
# Kinds of event common enough that saying one happened points at none: said with "a"/"an".
_PLAIN_KINDS = {
    "stabbing": "a stabbing", "shooting": "a shooting", "shootout": "a shooting", "shoot-out": "a shooting",
    "gunfight": "a shooting", "robbery": "a robbery", "burglary": "a burglary", "break-in": "a break-in",
    "heist": "a robbery", "assault": "an assault", "attack": "an attack", "murder": "a murder", "killing": "a killing",
    "riot": "a riot", "explosion": "an explosion", "blast": "an explosion", "blaze": "a fire", "fire": "a fire",
    "arson": "an arson attack", "carjacking": "a carjacking", "hijacking": "a hijacking", "kidnapping": "a kidnapping",
    "abduction": "an abduction", "brawl": "a fight", "drowning": "a drowning", "landslide": "a landslide",
    "avalanche": "an avalanche", "flood": "a flood", "floods": "the floods", "flooding": "the flooding",
    "storm": "a storm", "storms": "the storms", "fires": "the fires", "wildfire": "a wildfire", "bushfire": "a bushfire", "earthquake": "an earthquake",
}


def general_event(what: str) -> str:
    """The general phrase for an event whose kind word is ``what`` ("bus crash", "stabbing", "blaze")."""
    if _ACCIDENT.search(what):
        return "a serious accident"
    last = what.lower().split()[-1] if what.strip() else ""
    return _PLAIN_KINDS.get(last, "a serious incident")
