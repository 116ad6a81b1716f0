"""The writer's emoji and marks stay even where the generaliser dropped the words after them: a model
that turns "the whole time 😍 [a dropped photo sentence]" into "the whole time." loses the writer's tone
(judged worse than the generalised text). A mark the generaliser itself wrote may still go."""

from __future__ import annotations

from rewriter.llm.untouched import changed_offsets, keep_untouched


def test_an_emoji_before_a_dropped_sentence_is_kept():
    original = "Best afternoon with Mavis, we did her nails 😍 pic below of her showing off her manicure!!"
    generalised = "Best afternoon with a resident, we did her nails 😍"
    answer = "Best afternoon with a resident, we did her nails."
    assert keep_untouched(original, generalised, answer) == generalised


def test_a_fix_beside_a_replacement_is_still_taken():
    original = "Lovely chat with Mavis 😍 today"
    generalised = "Lovely chat with a resident 😍 today"
    answer = "Lovely chat with one resident 😍 today"
    assert keep_untouched(original, generalised, answer) == answer


def test_written_only_leaves_out_the_word_before_a_gap():
    assert changed_offsets("Lovely day 😍 pic below", "Lovely day 😍", written_only=True) == []
    assert changed_offsets("Lovely day 😍 pic below", "Lovely day 😍") == [11]
