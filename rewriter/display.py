"""Showing user text on a terminal without letting it control the terminal."""

from __future__ import annotations

import json
import re

# C0 and C1 control characters other than newline and tab, plus DEL. An ESC from a pasted draft or
# from model output must never reach the terminal: it could move the cursor, retitle the window or
# write to the clipboard.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional overrides reorder what is displayed; show them rather than obey them.
_BIDI = re.compile(r"[\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture", e.g. ␛ for ESC
    if code == 0x7F:
        return "\u2421"
    return f"<U+{code:04X}>"


def safe_for_terminal(text: str) -> str:
    """Return ``text`` with every control character made visible and harmless."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _BIDI.sub(_visible, _CONTROL.sub(_visible, text))


_C1_AND_DEL = re.compile(r"[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def dumps_safe(obj) -> str:
    """JSON for a terminal or a pipe: non-ASCII text stays readable, but DEL, the C1 controls (an
    8-bit CSI is a terminal command) and bidi overrides are escaped. json already escapes C0."""
    text = json.dumps(obj, ensure_ascii=False)
    return _C1_AND_DEL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """"1 identifier", "2 identifiers", "0 things", "1,234 posts": a count and its noun in agreement."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
