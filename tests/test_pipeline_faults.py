"""A misbehaving model: garbage, loops, an echo of the prompt, invented names, control sequences, a crash.

The real detector with the scripted backend of test_pipeline.py (which covers placeholders, chatty
preambles, a name brought back and prompt injection). Whatever the model does, the result is a
verified fallback: never "clean" while something identifying or broken is in the offered text, and
the draft the user typed is untouched.
"""

from __future__ import annotations

import pytest

from rewriter.errors import ModelError
from rewriter.llm.prompts import load_prompts
from rewriter.pipeline import RewriteResult

from test_pipeline import DRAFT, draft_in, make, polished  # noqa: F401  (make is a fixture)

GARBAGE = "ÿþ@@@ ### \ufffd\ufffd %%%% <0x0A><0x0A> ▒▒▒▒ 0x00 0x00"


def looping(messages) -> str:
    return " ".join([draft_in(messages)] + ["and then the client said it again"] * 12)


def echo_of_the_prompt(messages) -> str:
    return "\n".join(m["content"] for m in messages)


def word_salad_loop(messages) -> str:
    return "Huge step Huge step Huge step " * 20


def an_invented_place_and_number(messages) -> str:
    return draft_in(messages).replace("this morning", "this morning at Ward 12 in Harrogate")


def with_escape_sequences(messages) -> str:
    return draft_in(messages).replace("Huge step", "\x1b]0;pwned\x07\x1b[1mhuge step")


def _a_verified_fallback(result: RewriteResult, draft: str) -> None:
    assert result.original == draft
    assert result.method == "generalised" and result.text == result.generalised
    assert result.clean and result.final_spans == []
    assert "Gregory" not in result.text and "Walsh" not in result.text
    assert result.attempts and not any(a.accepted for a in result.attempts)


@pytest.mark.parametrize(
    "reply, reason",
    [
        (GARBAGE, "leaves out"),
        ("", "the answer is empty"),
        ("   \n\n  ", "the answer is empty"),
        (looping, "repeats"),
        (word_salad_loop, "repeats"),
        (echo_of_the_prompt, "repeats the instructions"),
        (an_invented_place_and_number, "adds the"),
    ],
    ids=["garbage", "empty", "blank", "loop", "word-salad", "echoes-the-prompt", "invents-details"],
)
def test_a_misbehaving_model_ends_in_the_verified_generalised_text(make, reply, reason):
    draft = str(DRAFT)
    pipeline, backend = make(reply, reply)
    result = pipeline.rewrite(draft)
    _a_verified_fallback(result, draft)
    assert draft == DRAFT
    assert all(any(reason in r for r in a.reasons) for a in result.attempts), [a.reasons for a in result.attempts]
    assert len(backend.calls) == 2


def test_the_echoed_prompt_really_was_the_prompt(make):
    # guards the case above: the echo holds the instructions the model was given, word for word
    pipeline, backend = make(echo_of_the_prompt, echo_of_the_prompt)
    pipeline.rewrite(DRAFT)
    sent = echo_of_the_prompt(backend.calls[0])
    assert load_prompts().system.split("\n")[0] in sent


def test_model_output_with_terminal_escapes_is_rejected(make):
    # an otherwise faithful rewrite that slips in a window-title change and a bold switch
    pipeline, _ = make(with_escape_sequences, with_escape_sequences)
    result = pipeline.rewrite(DRAFT)
    _a_verified_fallback(result, DRAFT)
    assert "\x1b" not in result.text
    assert all("contains control characters" in a.reasons for a in result.attempts)


def test_a_model_that_crashes_mid_generation_is_a_clear_error_and_the_draft_is_intact(make):
    def crash(messages):
        raise ModelError("scripted: generation failed: llama_decode returned -3")

    draft = str(DRAFT)
    pipeline, _ = make(crash)
    with pytest.raises(ModelError, match="generation failed"):
        pipeline.rewrite(draft)
    assert draft == DRAFT


def test_a_second_good_attempt_after_garbage_is_offered_and_verified(make):
    pipeline, backend = make(GARBAGE, polished)
    result = pipeline.rewrite(DRAFT)
    assert result.method == "llm" and result.clean and result.final_spans == []
    assert [a.accepted for a in result.attempts] == [False, True]
    # the garbage may be shown back to the model (it names no one); the original never is
    assert not any("Gregory" in m["content"] for call in backend.calls for m in call)


def test_a_model_that_dies_on_its_second_attempt_leaves_the_first_and_the_generalised_text(make):
    from rewriter.errors import ModelCrashed

    def dies(messages):
        raise ModelCrashed("the local model stopped unexpectedly (it crashed: SIGSEGV)")

    draft = str(DRAFT)
    pipeline, backend = make(GARBAGE, dies)
    result = pipeline.rewrite(draft)
    _a_verified_fallback(result, draft)
    assert result.model_stopped and result.model_note == "the local model stopped unexpectedly (it crashed: SIGSEGV)"
    assert len(result.attempts) == 1 and len(backend.calls) == 2  # the refused first answer is still listed


def test_refused_answers_are_not_called_a_model_stop(make):
    pipeline, _ = make(GARBAGE, GARBAGE)
    result = pipeline.rewrite(DRAFT)
    assert not result.model_stopped and "stopped unexpectedly" not in result.model_note
