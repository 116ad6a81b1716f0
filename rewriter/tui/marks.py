"""Plain functions behind the app's highlighting and diff views (no Textual here, so they test fast).

A *mark* is ``(start, end, style)``: a range of string indices into a text and a Rich style string.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from rich.text import Text

from ..spans import Span

if TYPE_CHECKING:  # the review package compiles its cue lists on import: not before the first paint
    from ..review import Risk

Mark = tuple[int, int, str]

# Styles for word-level changes. Kept as plain Rich style strings so both themes can read them.
DELETED = "strike red"
INSERTED = "bold green"
RESIDUAL = "reverse"  # added on top of the kind colour: an identifier that is still there
# A post-level risk (a story in the news, a small community...) marks a phrase, not a name: a
# background, so it reads apart from the coloured identifiers and can sit under one of them.
RISK = "on dark_orange3"
RISK_CHECKED = "underline dark_orange3"  # one the writer has checked ("I've checked this")

# Control characters (C0 except tab and the line breaks the editor splits on, DEL, C1) and
# bidirectional overrides. In an editor they must stay one character each, so columns and the
# cursor still line up: each is replaced by one visible stand-in at display time only.
_HIDDEN = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")


def _stand_in(match: re.Match) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode "control picture": ESC shows as ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd"  # C1 controls and bidi overrides: the replacement character


def visible(line: str) -> str:
    """``line`` with every control character shown as a harmless stand-in of the same length."""
    return _HIDDEN.sub(_stand_in, line)


def safe_text(text: str, style: str = "") -> Text:
    """User or model text as a Rich ``Text``: never parsed as markup, control characters made visible."""
    return Text(visible(text), style=style)


def span_marks(spans: list[Span], extra: str = "underline") -> list[Mark]:
    """One mark per span, coloured by its kind (the same colours as `rewriter check`)."""
    return [(s.start, s.end, f"{s.kind.style} {extra}".strip()) for s in spans]


def risk_marks(risks: list[Risk], checked=lambda risk: False) -> list[Mark]:
    """One mark per risk's phrase; the ones ``checked(risk)`` says the writer has checked are quieter."""
    return [(r.start, r.end, RISK_CHECKED if checked(r) else RISK) for r in risks if r.end > r.start]


def line_marks(lines: list[str], newline_length: int, marks: list[Mark]) -> dict[int, list[tuple[int, int, str]]]:
    """Split marks on whole-text indices into per-line column ranges, for an editor that draws line by line."""
    by_line: dict[int, list[tuple[int, int, str]]] = {}
    if not marks:
        return by_line
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + newline_length
    for start, end, style in sorted(marks):
        for row, line_start in enumerate(starts):
            line_end = line_start + len(lines[row])
            if line_end < start:
                continue
            if line_start >= end:
                break
            a, b = max(start, line_start) - line_start, min(end, line_end) - line_start
            if a < b:
                by_line.setdefault(row, []).append((a, b, style))
    return by_line


def edit_between(old: str, new: str) -> tuple[int, int, int]:
    """The single edit that turns ``old`` into ``new``: (start, old_end, new_end), by common prefix/suffix."""
    limit = min(len(old), len(new))
    prefix = 0
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    return prefix, len(old) - suffix, len(new) - suffix


def shift_spans(old: str, new: str, spans: list[Span]) -> list[Span]:
    """Keep highlights attached to their words while the user types, until detection runs again.

    Spans before the edit stay, spans after it move by the length change, spans the edit touches are
    dropped (the next detection decides about them).
    """
    if old == new:
        return list(spans)
    start, old_end, new_end = edit_between(old, new)
    delta = new_end - old_end
    kept = []
    for s in spans:
        if s.end <= start:
            kept.append(s)
        elif s.start >= old_end and not (s.start == start == old_end):
            kept.append(s.moved(s.start + delta, s.end + delta, s.text))
    return kept


def shift_risks(old: str, new: str, risks: list[Risk]) -> list[Risk]:
    """Keep risks attached to their phrases while the user types, like ``shift_spans``; a risk is
    dropped only when the edit changes its phrase (typing right before or after it does not)."""
    if old == new:
        return list(risks)
    start, old_end, new_end = edit_between(old, new)
    delta = new_end - old_end
    kept = []
    for r in risks:
        if r.on_whole_post:  # read on the whole post: it stays on the whole post until the next check
            kept.append(replace(r, start=0, end=len(new), text=new))
        elif r.end <= start:
            kept.append(r)
        elif r.start >= old_end:
            kept.append(replace(r, start=r.start + delta, end=r.end + delta))
    return kept


# -- word-level diff --------------------------------------------------------------------------

# A word (or one punctuation mark) with the spaces after it: bare spaces are never matched on their own,
# so "Oakfield Primary" -> "a local school" is one change, not three around two "equal" spaces.
_TOKEN = re.compile(r"\w+(?:['’]\w+)*\s*|[^\w\s]\s*|\s+")


def _tokens(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _TOKEN.finditer(text)]


@dataclass(frozen=True)
class Change:
    """One differing stretch: ``before[a_start:a_end]`` became ``after[b_start:b_end]``."""

    tag: str  # "replace", "delete" or "insert"
    a_start: int
    a_end: int
    b_start: int
    b_end: int


def word_diff(before: str, after: str) -> list[Change]:
    """Word-level differences between two texts, as character ranges into each."""
    a, b = _tokens(before), _tokens(after)
    a_words = [before[s:e] for s, e in a]
    b_words = [after[s:e] for s, e in b]
    matcher = difflib.SequenceMatcher(None, a_words, b_words, autojunk=False)
    changes = []
    opcodes = matcher.get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            continue
        following = opcodes[n + 1] if n + 1 < len(opcodes) else None
        i1, i2, j1, j2 = _at_word_start(tag, i1, i2, j1, j2, a_words, b_words, following)
        a_start = a[i1][0] if i1 < len(a) else len(before)
        a_end = a[i2 - 1][1] if i2 > i1 else a_start
        b_start = b[j1][0] if j1 < len(b) else len(after)
        b_end = b[j2 - 1][1] if j2 > j1 else b_start
        changes.append(Change(tag, a_start, a_end, b_start, b_end))
    return changes


def _at_word_start(tag, i1, i2, j1, j2, a_words, b_words, following):
    """A whole sentence dropped (or added) is matched by difflib from the full stop before it to the
    one it ends with: "clinic[. Less than 1 in a million]. Writing", which shows a struck full stop
    after "clinic" as a stray one. Slide such a change over the equal words after it (the same text
    either way) until it starts with a word: "clinic. [Less than 1 in a million. ]Writing"."""
    if tag == "replace" or following is None:
        return i1, i2, j1, j2
    words, start, end = (a_words, i1, i2) if tag == "delete" else (b_words, j1, j2)
    room = following[2] - following[1]  # the equal words after the change
    shift = 0
    while (shift < room and not _starts_a_word(words[start + shift])
           and words[start + shift].rstrip() == words[end + shift].rstrip()):
        shift += 1
    return i1 + shift, i2 + shift, j1 + shift, j2 + shift


def _starts_a_word(token: str) -> bool:
    return token[:1].isalnum() or token[:1] == "_"


def _is_blank(text: str) -> bool:
    return not text.strip()


def _trimmed(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing whitespace, so a mark covers the words and not the gap after."""
    return start + len(text[start:end].rstrip())


def diff_marks(before: str, after: str, changes: list[Change]) -> tuple[list[Mark], list[Mark]]:
    """Marks for the side-by-side view: what went on the left, what came in on the right."""
    left, right = [], []
    for c in changes:
        # whitespace-only changes are real but marking them only adds noise
        if c.a_end > c.a_start and not _is_blank(before[c.a_start : c.a_end]):
            left.append((c.a_start, _trimmed(before, c.a_start, c.a_end), DELETED))
        if c.b_end > c.b_start and not _is_blank(after[c.b_start : c.b_end]):
            right.append((c.b_start, _trimmed(after, c.b_start, c.b_end), INSERTED))
    return left, right


def unified_text(before: str, after: str, changes: list[Change]) -> Text:
    """One flowing text: removed words struck through in red, new words in green."""
    out = Text()
    pos_b = 0
    for c in changes:
        out.append(visible(after[pos_b : c.b_start]))
        if c.a_end > c.a_start:
            if c.a_start and before[c.a_start - 1].isspace() and out.plain[-1:] not in ("", " ", "\n"):
                out.append(" ")  # "fix it. [Happy Monday.]": the rewrite ends where the struck words began
            removed = before[c.a_start : c.a_end]
            words = removed.rstrip()
            gap = removed[len(words):]
            out.append(visible(words), style=DELETED)  # the strike covers the words, not the gap after
            # the gap stays, so the struck words never run into what follows; new words get one too
            out.append(visible(gap) if gap else " " if c.b_end > c.b_start else "")
        if c.b_end > c.b_start:
            out.append(visible(after[c.b_start : c.b_end]), style=INSERTED)
        pos_b = c.b_end
    out.append(visible(after[pos_b:]))
    return out
