"""What kind of place a name says it is, by the words in it: "Oak Lodge" is a care home, "Ward 7" a
hospital ward. Reshaping detector spans reads it to tell a person from a place; the generaliser reads
it to say what kind of place was meant."""

from __future__ import annotations

from .. import vocab
from ..text import canonical


def _row(line: str) -> tuple[tuple[str, ...], str]:
    """"bed, bay, cubicle: a bed" -> (("bed", "bay", "cubicle"), "a bed")."""
    keys, _, kind = line.rpartition(":")
    return tuple(key.strip() for key in keys.split(",")), kind.strip()


# Places and services by the words in their names (rewriter/data/facility_kinds.txt): the first
# matching row gives the kind.
FACILITY_KINDS: tuple[tuple[tuple[str, ...], str], ...] = tuple(_row(line) for line in vocab.entries("facility_kinds"))


def kind_of_place(name: str) -> str | None:
    """The kind phrase ("a care home") for a place's name, or None when its words do not say."""
    words = canonical(name)
    padded = f" {words} "
    for keys, kind in FACILITY_KINDS:
        for key in keys:
            if key in _SHORE_WORDS and _names_a_shore(words, key):
                continue
            if f" {key} " in padded or f" {key}s " in padded:
                return kind
    return None


# A word for a bed space that is also a stretch of coast: "Bay 3", "bed bay C" are beds; "Marina Bay",
# "Byron Bay" are places by the sea.
_SHORE_WORDS = frozenset({"bay"})


def _names_a_shore(words: str, key: str) -> bool:
    parts = words.split()
    if len(parts) >= 2 and parts[-1] in (key, key + "s") and parts[-2] not in ("bed", "side", "the"):
        return True
    # "Waipuna Bay School", "Byron Bay Surf Club": a bay with a name before it and a word after that is no
    # bed's number or letter ("Bay 3", "bay C") is part of a place's name
    for i, part in enumerate(parts[1:-1], start=1):
        if part in (key, key + "s") and parts[i - 1] not in ("bed", "side", "the", "a") and not (
                parts[i + 1].isdigit() or len(parts[i + 1]) == 1):
            return True
    return False
