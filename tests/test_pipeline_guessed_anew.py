"""The verdict on a rewrite does not count a guess from context on the writer's own words that the
draft's detection read as no one (pipeline._not_guessed_anew): "Shukriya to Iqbal Hussain sahib" ->
"Shukriya to a customer who" makes the statistical model take "Shukriya" for a name; generalising it
again gave "A customer to a customer who". Patterns, words written like a handle, words of a name the
draft flagged and words right beside it still count."""

from __future__ import annotations

import re

from rewriter.pipeline import _not_guessed_anew
from rewriter.spans import Span


def span_of(text: str, words: str, entity_type: str = "PERSON", source: str = "language model (spaCy)") -> Span:
    m = re.search(re.escape(words), text)
    return Span(m.start(), m.end(), words, entity_type, 0.85, source, "", "")


DRAFT = "Grazie to Marta Rossi who brought the whole ward cake, and shoutout to dan.k on nights."
REWRITE = "Grazie to a patient who brought the whole ward cake, and shoutout to dan.k on nights."
DRAFT_SPANS = [span_of(DRAFT, "Marta Rossi")]


def test_a_guess_on_a_word_the_draft_read_as_no_one_is_not_counted():
    assert _not_guessed_anew([span_of(REWRITE, "Grazie")], DRAFT, DRAFT_SPANS) == []


def test_the_same_guess_by_a_pattern_still_counts():
    found = [span_of(REWRITE, "Grazie", source="titled name rule")]
    assert _not_guessed_anew(found, DRAFT, DRAFT_SPANS) == found


def test_a_word_written_like_a_handle_still_counts():
    found = [span_of(REWRITE, "dan.k")]
    assert _not_guessed_anew(found, DRAFT, DRAFT_SPANS) == found


def test_a_word_of_a_name_the_draft_flagged_still_counts():
    draft = "Marta Rossi came in. Rossi is lovely."
    rewrite = "A patient came in. Rossi is lovely."
    found = [span_of(rewrite, "Rossi")]
    assert _not_guessed_anew(found, draft, [span_of(draft, "Marta Rossi")]) == found


def test_a_word_right_beside_a_flagged_name_still_counts():
    draft = "Closed the East Legon deal today."
    rewrite = "Closed the East deal today."
    found = [span_of(rewrite, "East", "LOCATION")]
    assert _not_guessed_anew(found, draft, [span_of(draft, "Legon", "LOCATION")]) == found


def test_a_name_the_draft_never_had_still_counts():
    found = [span_of("A patient called Gianni came in.", "Gianni")]
    assert _not_guessed_anew(found, DRAFT, DRAFT_SPANS) == found
