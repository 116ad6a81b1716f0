"""Set phrases that contain a name: "Jack of all trades, master of paperwork", "Bob's your uncle",
"Murphy's law". The small spaCy model takes the name for a person, above all at a sentence's start;
the phrase names no one."""

from __future__ import annotations

import re

from .... import vocab

_NAME_IDIOMS = re.compile(rf"(?<![\w'’]){vocab.alternation('name_idioms')}(?![\w'’])", re.IGNORECASE)

# The longest run of ASCII letters of each phrase ("mccoy" of "the real mccoy"): a post holds a phrase only
# if it holds that run in lowercase. The phrases' alternation, matched in any case, costs tens of
# microseconds a call and is asked about every name of a post; most posts hold none of these runs.
_KEYS = tuple(sorted({max(re.findall(r"[a-z]+", e.lower()), key=len) for e in vocab.entries("name_idioms")}))
# Characters that match an ASCII letter in any case without lowering to it ("ſ" matches "s"): with one of
# them in a post, the runs cannot rule a phrase out.
_ODD_CASES = ("ſ", "ı", "İ")
_last: tuple[str, bool] = ("", False)


def _may_hold_a_phrase(text: str) -> bool:
    """False only when no set phrase can match anywhere in ``text`` (remembered for the last text:
    every name of a post asks)."""
    global _last
    last = _last
    if last[0] is text or last[0] == text:
        return last[1]
    lower = text.lower()
    answer = any(key in lower for key in _KEYS) or any(c in text for c in _ODD_CASES)
    _last = (text, answer)
    return answer


def inside_set_phrase(text: str, start: int, end: int) -> bool:
    """True when text[start:end] lies inside one of the set phrases (rewriter/data/name_idioms.txt)."""
    if not _may_hold_a_phrase(text):
        return False
    # finditer with a start and an end position still gives offsets into the whole text
    return any(m.start() <= start and end <= m.end() for m in _NAME_IDIOMS.finditer(text, max(0, start - 40), end + 40))
