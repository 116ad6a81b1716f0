"""The unified view (ctrl+d): removed words struck through, new words after them, and never two words
run together ("Priya Sharmaon ICU", "Tuesdayto sit")."""

from __future__ import annotations

import re

import pytest

from rewriter.tui.marks import DELETED, INSERTED, unified_text, word_diff

PAIRS = [
    ("Sat with Priya Sharma on ICU tonight.", "Sat with a patient on ICU tonight."),
    ("Priya Sharma on ICU tonight.", "On ICU tonight."),
    ("See you on Tuesday to sit the exam.", "See you to sit the exam."),
    ("I met Priya Sharma.", "I met someone."),
    ("I met Priya Sharma, who was lovely.", "I met someone, who was lovely."),
    ("Priya Sharma is back.", "She is back."),
    ("Back on ward 4B at St Mary's on Tuesday.", "Back on a ward."),
    ("Thanks Priya", "Thanks"),
    ("Thanks", "Thanks Priya"),
    ("A  double  space Priya here", "A  double  space here"),
    ("Line one Priya\nline two", "Line one\nline two"),
    # the placeholders of a rewrite in another language (generalise/unread.py) are text, never markup
    ("Hr. Brøndum fra værelse 214 ringede igen.", "Hr. [name] fra værelse [number] ringede igen."),
]

# A sentence dropped or added, at the end or in the middle, with and without a space after its full
# stop: the walk-through saw a struck full stop after "clinic" read as a stray one.
SENTENCES = [
    ("At our Crawley clinic. Less than 1 in a million. Writing it up!", "At our local clinic. Writing it up!"),
    ("They've got until 30 June to fix it. Happy Monday.", "They've got until then to fix it."),
    ("Fix it. Thanks all.", "Fix it."),
    ("Fix it.", "Fix it. Thanks all."),
    ("Sat with Priya today. She is 9. Lovely kid!", "Sat with a child today. Lovely kid!"),
    ("Sat with Priya today! She is 9! Lovely kid!", "Sat with a child today! Lovely kid!"),
    ("Long night. Ward 7 was chaos. Home now.", "Long night. Home now."),
]
PAIRS += SENTENCES


def words(text: str) -> list[str]:
    """Words and punctuation marks: "Sharmaon" stays one word, so a lost space shows."""
    return re.findall(r"[\w']+|[^\w\s]", text)


def _without(text, style: str) -> str:
    """The plain text of ``text`` with every stretch drawn in ``style`` left out."""
    out, pos = [], 0
    for span in sorted(text.spans, key=lambda s: s.start):
        if span.style == style:
            out.append(text.plain[pos:span.start])
            pos = span.end
    out.append(text.plain[pos:])
    return "".join(out)


@pytest.mark.parametrize("before, after", PAIRS)
def test_no_two_words_run_together(before, after):
    shown = unified_text(before, after, word_diff(before, after))
    for text in (before, after):
        rest = iter(words(shown.plain))
        # every word of each text is a word of the view, in order: none is glued to its neighbour
        assert all(word in rest for word in words(text)), (text, shown.plain)


@pytest.mark.parametrize("before, after", PAIRS)
def test_leaving_out_the_struck_words_reads_as_the_rewrite(before, after):
    shown = unified_text(before, after, word_diff(before, after))
    assert words(_without(shown, DELETED)) == words(after)
    assert words(_without(shown, INSERTED)) == words(before)


def test_the_reported_cases():
    before = "Long night with Priya Sharma on ICU, then Tuesday to sit with the family."
    after = "Long night with a patient on ICU, then to sit with the family."
    plain = unified_text(before, after, word_diff(before, after)).plain
    assert "Sharmaon" not in plain and "Tuesdayto" not in plain


@pytest.mark.parametrize("before, after", SENTENCES)
def test_a_dropped_or_added_sentence_is_marked_from_its_first_word(before, after):
    shown = unified_text(before, after, word_diff(before, after))
    changed = [shown.plain[span.start:span.end] for span in shown.spans if span.style in (DELETED, INSERTED)]
    assert changed and all(part[:1].isalnum() for part in changed), (changed, shown.plain)


def test_a_placeholder_is_shown_as_written():
    before, after = "Hr. Brøndum fra værelse 214 ringede igen.", "Hr. [name] fra værelse [number] ringede igen."
    shown = unified_text(before, after, word_diff(before, after))
    assert "[name]" in shown.plain and "[number]" in shown.plain
    assert " ".join(_without(shown, DELETED).split()) == after
