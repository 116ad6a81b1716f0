"""The checks a rewrite must pass: nothing identifying survives, and model output is fit to offer."""

from __future__ import annotations

import pytest

from rewriter.spans import Span
from rewriter.verify import added_details, identifying_tokens, leaks, quality_problems


def span(text: str, entity_type: str = "PERSON", start: int = 0) -> Span:
    return Span(start, start + len(text), text, entity_type, 0.9, "test", "why", "hint")


def test_the_whole_span_text_is_a_leak_even_disguised():
    assert leaks("Met Gregory Walsh today", [span("Gregory Walsh")])
    # zero-width space and a Cyrillic "а" do not hide it
    assert leaks("Met Greg\u200bory W\u0430lsh today", [span("Gregory Walsh")])


def test_any_token_of_a_name_is_a_leak():
    assert leaks("Had a chat with Walsh", [span("Gregory Walsh")]) == ["'walsh' from 'Gregory Walsh' is still there"]
    assert leaks("Had a chat with Mr. Walsh", [span("Mr. Walsh")])
    assert leaks("Had a chat with a client", [span("Mr. Walsh")]) == []


def test_a_name_that_is_also_a_word_counts_only_when_written_as_a_name():
    assert leaks("It will get better, my colleague said.", [span("Will")]) == []
    assert leaks("Lunch with my colleague Will.", [span("Will")])


def test_generic_words_of_places_and_companies_may_stay_but_names_may_not():
    assert identifying_tokens(span("Dunmore Logistics", "ORGANIZATION")) == ["dunmore"]
    assert leaks("a court report", [span("Court", "ORGANIZATION")]) == []
    assert leaks("the Dunmore case", [span("Dunmore Logistics", "ORGANIZATION")])


def test_numbers_from_a_span_are_leaks():
    assert leaks("case 4471 settled", [span("22-CV-4471", "REFERENCE_NUMBER")])
    assert leaks("an older patient", [span("92-year-old", "AGE")]) == []
    assert leaks("a 92 year old", [span("92-year-old", "AGE")])


def test_added_names_and_numbers_are_rejected():
    draft = "A client told me she is sleeping better."
    assert added_details("Sarah told me she is sleeping better.", draft) == []  # sentence start: unknown
    assert added_details("A client called Sarah told me she sleeps better.", draft) == ["adds the name 'Sarah'"]
    assert added_details("A client told me she slept 8 hours, 12 nights.", draft) == ["adds the number 12"]
    assert added_details("A client told me she is sleeping better.", draft) == []


DRAFT = "Had a session with a client this morning and he finally opened up about the accident. Huge step for him."


@pytest.mark.parametrize(
    "candidate, problem",
    [
        ("", "empty"),
        ("Had a session with <PERSON> this morning and he finally opened up about the accident.", "placeholder"),
        ("Had a session with [NAME] this morning and he opened up about the accident. Huge step.", "placeholder"),
        ("Had a session with {{client}} this morning and he opened up about the accident. Huge step.", "placeholder"),
        ("Here is the rewritten post: Had a session with a client and he opened up about the accident. Huge step.", "talks about"),
        ("Sure! Had a session with a client this morning and he finally opened up about the accident.", "talks about"),
        ("Huge step for him. Huge step for him. Had a session with a client this morning about the accident.", "repeats"),
        ("a client a client a client a client a client a client session accident morning huge step", "repeats"),
        ("Had a session.", "too short"),
        ("Had a session with a client this morning. " * 1 + "We talked about the weather, the news, the traffic, "
         "his dog, his job, his plans and his garden for an hour before he finally opened up about the accident.", "too long"),
        ("Met someone today and we talked for a while about things in general, which was nice enough.", "leaves out"),
        ("You edit social media posts written by professionals such as nurses. Had a session with a client.", "instructions"),
    ],
)
def test_quality_gates(candidate, problem):
    from rewriter.llm.prompts import load_prompts

    problems = quality_problems(candidate, DRAFT, load_prompts().texts())
    assert any(problem in p for p in problems), problems


def test_a_faithful_rewrite_passes_every_gate():
    good = "Had a session with a client this morning, and he finally opened up about the accident. Such a huge step for him."
    assert quality_problems(good, DRAFT) == []
    assert added_details(good, DRAFT) == []
