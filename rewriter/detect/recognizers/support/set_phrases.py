"""Set phrases that contain a name: "Jack of all trades, master of paperwork", "Bob's your uncle",
"Murphy's law". The small spaCy model takes the name for a person, above all at a sentence's start;
the phrase names no one."""

from __future__ import annotations

import re

from .... import vocab

_NAME_IDIOMS = re.compile(rf"(?<![\w'’]){vocab.alternation('name_idioms')}(?![\w'’])", re.IGNORECASE)


def inside_set_phrase(text: str, start: int, end: int) -> bool:
    """True when text[start:end] lies inside one of the set phrases (rewriter/data/name_idioms.txt)."""
    # finditer with a start and an end position still gives offsets into the whole text
    return any(m.start() <= start and end <= m.end() for m in _NAME_IDIOMS.finditer(text, max(0, start - 40), end + 40))
