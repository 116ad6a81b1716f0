"""The plain functions behind highlighting and the diff views."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rewriter.spans import Span
from rewriter.tui.marks import (
    DELETED,
    INSERTED,
    diff_marks,
    edit_between,
    line_marks,
    safe_text,
    shift_spans,
    unified_text,
    visible,
    word_diff,
)


def span(text: str, whole: str, kind: str = "PERSON") -> Span:
    start = whole.index(text)
    return Span(start, start + len(text), text, kind, 0.9, "test", "why", "someone")


def test_visible_keeps_length_and_shows_control_characters():
    raw = "a\x1b]52;c;SGk=\x07b\x9bc\u202ed\x7f\te"
    shown = visible(raw)
    assert len(shown) == len(raw)
    assert shown == "a␛]52;c;SGk=␇b\ufffdc\ufffdd␡\te"


def test_safe_text_never_parses_markup():
    text = safe_text("[bold]x[/bold] [link=http://e]y[/link] [@click=app.quit]z[/]")
    assert text.plain == "[bold]x[/bold] [link=http://e]y[/link] [@click=app.quit]z[/]"
    assert not text.spans


def test_line_marks_split_a_mark_over_lines():
    lines = ["Gregory", "Walsh here"]
    marks = [(0, 13, "red"), (14, 18, "blue")]
    assert line_marks(lines, 1, marks) == {0: [(0, 7, "red")], 1: [(0, 5, "red"), (6, 10, "blue")]}
    assert line_marks(["ab", "cd"], 2, [(4, 6, "x")]) == {1: [(0, 2, "x")]}  # \r\n newlines


def test_edit_between_finds_the_single_change():
    assert edit_between("hello world", "hello brave world") == (6, 6, 12)
    assert edit_between("abc", "ac") == (1, 2, 1)
    assert edit_between("same", "same") == (4, 4, 4)


def test_shift_spans_follows_typing_and_drops_touched_spans():
    old = "I met Gregory Walsh at Oakfield."
    spans = [span("Gregory Walsh", old), span("Oakfield", old, "FACILITY")]
    new = "Today I met Gregory Walsh at Oakfield."
    moved = shift_spans(old, new, spans)
    assert [new[s.start : s.end] for s in moved] == ["Gregory Walsh", "Oakfield"]
    touched = shift_spans(old, old.replace("Walsh", "Walters"), spans)
    assert [s.text for s in touched] == ["Oakfield"]


@given(st.text(max_size=40), st.text(max_size=40))
def test_shifted_spans_still_cover_their_text(before, after):
    whole = before + "Gregory Walsh" + after
    spans = [span("Gregory Walsh", whole)]
    for edited in (whole + "x", "x" + whole, whole[: len(before)] + whole[len(before) + 2 :]):
        for s in shift_spans(whole, edited, spans):
            assert edited[s.start : s.end] == s.text


def test_word_diff_marks_both_sides_and_the_unified_view():
    before = "Had a session with Gregory Walsh at Oakfield Primary today."
    after = "Had a session with someone at a local school today."
    changes = word_diff(before, after)
    left, right = diff_marks(before, after, changes)
    assert [before[s:e] for s, e, _ in left] == ["Gregory Walsh", "Oakfield Primary"]
    assert [after[s:e] for s, e, _ in right] == ["someone", "a local school"]
    assert {style for _, _, style in left} == {DELETED} and {style for _, _, style in right} == {INSERTED}
    unified = unified_text(before, after, changes)
    assert unified.plain == "Had a session with Gregory Walsh someone at Oakfield Primary a local school today."
    struck = [unified.plain[s.start : s.end] for s in unified.spans if s.style == DELETED]
    assert struck == ["Gregory Walsh", "Oakfield Primary"]


def test_word_diff_of_equal_texts_is_empty():
    assert word_diff("same words here", "same words here") == []


@given(st.text(max_size=60), st.text(max_size=60))
def test_unified_view_holds_the_whole_rewrite_in_order(before, after):
    changes = word_diff(before, after)
    unified = unified_text(before, after, changes)
    # take out what was struck through: the rest is the rewrite (give or take the separating spaces)
    kept = list(unified.plain)
    for span in unified.spans:
        if span.style == DELETED:
            kept[span.start : span.end] = [""] * (span.end - span.start)
    assert "".join("".join(kept).split()) == "".join(visible(after).split())
