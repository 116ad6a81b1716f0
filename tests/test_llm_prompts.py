"""Prompt files: plain text a user can edit, read on every run, with clear errors when malformed."""

from __future__ import annotations

import pytest

from rewriter.errors import ModelError
from rewriter.llm.prompts import FILES, load_prompts


def write_prompts(directory, **overrides):
    texts = {
        "system.txt": "Be brief.",
        "instructions.txt": "Post:\n{draft}",
        "examples.txt": "# a comment\ndraft: A client came.\nrewrite: A client visited.\n",
        "retry.txt": "No: {reasons}.",
    }
    texts.update(overrides)
    for name, text in texts.items():
        (directory / name).write_text(text, encoding="utf-8")
    return directory


def test_the_shipped_prompts_load_and_make_a_chat():
    prompts = load_prompts()
    messages = prompts.messages("A client {with braces} came in.")
    assert messages[0]["role"] == "system" and messages[-1]["content"].endswith("A client {with braces} came in.")
    assert len(prompts.examples) >= 1
    assert [m["role"] for m in messages[1:3]] == ["user", "assistant"]


def test_edited_prompts_are_used(tmp_path):
    prompts = load_prompts(write_prompts(tmp_path))
    messages = prompts.retry_messages("A client came.", "bad", ["it was bad"])
    assert [m["content"] for m in messages] == [
        "Be brief.", "Post:\nA client came.", "A client visited.", "Post:\nA client came.", "bad", "No: it was bad.",
    ]


@pytest.mark.parametrize(
    "override, message",
    [
        ({"instructions.txt": "no placeholder"}, "must contain {draft}"),
        ({"retry.txt": "try again"}, "must contain {reasons}"),
        ({"examples.txt": "draft: one\ndraft: two\n"}, "examples.txt:2"),
        ({"examples.txt": "draft: only a draft\n"}, "has no 'rewrite:'"),
    ],
)
def test_malformed_prompt_files_are_one_line_errors(tmp_path, override, message):
    with pytest.raises(ModelError, match=message.replace("{", r"\{").replace("}", r"\}")):
        load_prompts(write_prompts(tmp_path, **override))


def test_a_missing_prompt_file_is_named(tmp_path):
    write_prompts(tmp_path)
    (tmp_path / FILES[0]).unlink()
    with pytest.raises(ModelError, match="system.txt: prompt file not found"):
        load_prompts(tmp_path)
