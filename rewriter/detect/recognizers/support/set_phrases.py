"""Set phrases that contain a name: "Jack of all trades, master of paperwork", "Bob's your uncle",
"Murphy's law". The small spaCy model takes the name for a person, above all at a sentence's start;
the phrase names no one."""

from __future__ import annotations

import functools
import re

from .... import vocab

_NAME_IDIOMS = re.compile(rf"(?<![\w'’]){vocab.alternation('name_idioms')}(?![\w'’])", re.IGNORECASE)
# The same without the check after the phrase: wherever a search of a window of the text finds a phrase
# (the window's end passes for the text's end), this finds one in the whole text at the same place.
_NAME_IDIOM_STARTS = re.compile(rf"(?<![\w'’]){vocab.alternation('name_idioms')}", re.IGNORECASE)


@functools.lru_cache(maxsize=8)  # asked for each candidate name of a post: the last few posts' answers
def _may_hold_set_phrase(text: str) -> bool:
    """False when no window of ``text`` can hold a set phrase: one search of the post, where most posts
    have none, instead of one per candidate name."""
    return _NAME_IDIOM_STARTS.search(text) is not None


def inside_set_phrase(text: str, start: int, end: int) -> bool:
    """True when text[start:end] lies inside one of the set phrases (rewriter/data/name_idioms.txt)."""
    if not _may_hold_set_phrase(text):
        return False
    left = max(0, start - 40)
    return any(left + m.start() <= start and end <= left + m.end() for m in _NAME_IDIOMS.finditer(text, left, end + 40))
