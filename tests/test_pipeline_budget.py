"""The model's budget: max_tokens sized from the draft within the context window; a draft the model
cannot take still gets the deterministic rewrite, with a note saying why; a prompt echo is refused; a
fallback says why."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rewriter.config import Config
from rewriter.llm.backend import ContextExceeded, Generation
from rewriter.llm.budget import plan
from rewriter.pipeline import Pipeline

DRAFT = "Had a session with Gregory Walsh this morning and he finally opened up about the accident. Huge step for him."


class CountingBackend:
    """Counts a token per word (and 8 a message), answers from a list (the last one again and again), and
    records each max_tokens."""

    name = "counting"

    def __init__(self, *replies, context_size=2048):
        self.replies = list(replies)
        self.context_size = context_size
        self.max_tokens: list[int] = []

    def count_tokens(self, messages):
        return sum(len(m["content"].split()) + 8 for m in messages)

    def generate(self, messages, *, max_tokens=None, on_token=None, cancel=None):
        self.max_tokens.append(max_tokens)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        reply = reply(messages) if callable(reply) else reply
        return Generation(reply, len(reply.split()), 0.01, "stop")


def generalised(messages) -> str:
    return [m["content"] for m in messages if m["role"] == "user"][-1].split("\n", 1)[1]


@pytest.fixture
def make(detector):
    def _make(backend, max_tokens=0):
        config = Config(role="therapist")
        config = replace(config, model=replace(config.model, max_tokens=max_tokens))
        return Pipeline(config, detector, backend)

    return _make


def test_max_tokens_grows_with_the_draft_and_stays_within_the_context(make):
    short, long = CountingBackend(generalised), CountingBackend(generalised)
    make(short).rewrite(DRAFT)
    make(long).rewrite(" ".join([DRAFT] * 12))
    assert short.max_tokens[0] < 100 < 256 < long.max_tokens[0]
    assert len(set(short.max_tokens)) == len(set(long.max_tokens)) == 1
    assert plan(prompt_tokens=1900, draft_tokens=120, context=2048).max_tokens == 148  # what the context leaves


def test_a_configured_max_tokens_caps_the_budget(make):
    backend = CountingBackend(generalised)
    make(backend, max_tokens=40).rewrite(" ".join([DRAFT] * 12))
    assert set(backend.max_tokens) == {40}


def test_a_draft_too_long_for_the_context_gets_the_generalised_text_and_says_why(make):
    backend = CountingBackend(context_size=256)
    result = make(backend).rewrite(" ".join([DRAFT] * 12))
    assert backend.max_tokens == []  # never asked
    assert result.method == "generalised" and "Gregory" not in result.text and result.clean
    assert result.model_note.startswith("the model was skipped: the draft is too long for the model")
    assert "context holds 256" in result.model_note and result.to_dict()["model_note"] == result.model_note


def test_a_context_overflow_the_count_missed_is_a_skip_not_an_error(make):
    backend = CountingBackend(ContextExceeded("counting: generation failed: Requested tokens (3247) exceed context window of 2048"))
    result = make(backend).rewrite(DRAFT)
    assert result.method == "generalised" and result.clean
    assert result.model_note == "the model was skipped: counting: generation failed: Requested tokens (3247) exceed context window of 2048"


def test_an_answer_echoing_the_retry_prompt_is_refused_as_an_echo(make):
    def echo(messages):
        return f"{messages[-1]['content']} {generalised(messages)}"

    backend = CountingBackend("Huge step.", echo)
    result = make(backend).rewrite(DRAFT)
    assert result.method == "generalised"
    assert "repeats the instructions" in result.attempts[1].reasons


def test_a_fallback_says_why(make):
    result = make(CountingBackend("Huge step.", "Yes.")).rewrite(DRAFT)
    assert result.method == "generalised" and len(result.attempts) == 2
    assert result.model_note.startswith("the model's 2 answers were not used (the last one is too short")


def test_a_cut_off_answer_says_so(make):
    class CutOff(CountingBackend):
        def generate(self, messages, **kwargs):
            done = super().generate(messages, **kwargs)
            return Generation(done.text, done.tokens, done.seconds, "length")

    result = make(CutOff("Had a session with", "Had a session")).rewrite(DRAFT)
    assert result.attempts[0].reasons[0].startswith("was cut off at")


@pytest.mark.llm
def test_the_command_line_says_why_the_model_was_skipped(cli, tmp_path):
    """`rewrite` of a draft the model cannot take (a context of 256 here): the generalised text, exit 0 (it
    is clean), and one line saying why. The model is loaded (its vocabulary counts the tokens), never run."""
    (tmp_path / "rewriter.toml").write_text('role = "therapist"\n[model]\ncontext_size = 256\n', encoding="utf-8")
    run = cli("rewrite", "-", "--config", str(tmp_path / "rewriter.toml"), input=" ".join([DRAFT] * 12) + "\n", timeout=600)
    assert run.code == 0, run.err
    assert "Gregory" not in run.out and run.out.count(" client ") == 12
    assert run.err.startswith("rewriter: the model was skipped: the draft is too long for the model (")
    assert run.err.endswith("; the generalised text is offered\n") and run.err.count("\n") == 1
