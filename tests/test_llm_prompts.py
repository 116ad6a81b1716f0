"""Prompt files: plain text a user can edit, read on every run, with clear errors when malformed.

The defaults ship inside the package; a user's own files (in ``[model] prompts_dir``, else in the user
config dir's ``prompts/``) replace them one file at a time.
"""

from __future__ import annotations

import pytest

from rewriter.config import load_config_file
from rewriter.errors import ModelError
from rewriter.llm import prompts as prompts_module
from rewriter.llm.prompts import DEFAULTS_DIR, FILES, load_prompts


@pytest.fixture(autouse=True)
def user_config(tmp_path, monkeypatch):
    """A user config dir of the test's own (empty), never the developer's."""
    directory = tmp_path / "user-config"
    directory.mkdir()
    monkeypatch.setattr(prompts_module, "user_config_dir", lambda: directory)
    return directory


def write_prompts(directory, **overrides):
    texts = {
        "system.txt": "Be brief.",
        "instructions.txt": "Post:\n{draft}",
        "examples.txt": "# a comment\ndraft: A client came.\nrewrite: A client visited.\n",
        "retry.txt": "No: {reasons}.",
    }
    texts.update(overrides)
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        if text is not None:
            (directory / name).write_text(text, encoding="utf-8")
    return directory


def test_the_shipped_prompts_load_and_make_a_chat():
    prompts = load_prompts()
    messages = prompts.messages("A client {with braces} came in.")
    assert messages[0]["role"] == "system" and messages[-1]["content"].endswith("A client {with braces} came in.")
    assert len(prompts.examples) >= 1
    assert [m["role"] for m in messages[1:3]] == ["user", "assistant"]
    assert prompts.paths == {name: DEFAULTS_DIR / name for name in FILES}


def test_the_defaults_are_inside_the_package():
    # package data, so a wheel installed anywhere has them (tests/test_packaging.py checks a real one)
    assert DEFAULTS_DIR.parent.name == "rewriter" and all((DEFAULTS_DIR / name).is_file() for name in FILES)


def test_edited_prompts_are_used(tmp_path):
    prompts = load_prompts(write_prompts(tmp_path / "mine"))
    messages = prompts.retry_messages("A client came.", "bad", ["it was bad"])
    assert [m["content"] for m in messages] == [
        "Be brief.", "Post:\nA client came.", "A client visited.", "Post:\nA client came.", "bad", "No: it was bad.",
    ]


def test_a_user_overrides_one_file_in_the_user_config_dir(user_config):
    write_prompts(user_config / "prompts", **{"instructions.txt": None, "examples.txt": None, "retry.txt": None})
    prompts, defaults = load_prompts(), load_prompts(DEFAULTS_DIR)
    assert prompts.system == "Be brief."
    assert (prompts.instructions, prompts.examples, prompts.retry) == (defaults.instructions, defaults.examples, defaults.retry)
    assert prompts.paths["system.txt"] == user_config / "prompts" / "system.txt"
    assert prompts.paths["retry.txt"] == DEFAULTS_DIR / "retry.txt"


def test_the_configured_folder_wins_over_the_user_config_dir(tmp_path, user_config):
    write_prompts(user_config / "prompts", **{"system.txt": "From the user config dir."})
    mine = write_prompts(tmp_path / "mine", **{"instructions.txt": None, "examples.txt": None, "retry.txt": None})
    prompts = load_prompts(str(mine))
    assert prompts.system == "Be brief."
    assert prompts.retry == load_prompts(DEFAULTS_DIR).retry  # the rest are the defaults, not the user dir's


def test_a_prompts_folder_in_the_current_directory_is_not_read(tmp_path, monkeypatch):
    write_prompts(tmp_path / "prompts", **{"system.txt": "Whatever this folder says."})
    monkeypatch.chdir(tmp_path)
    assert load_prompts().system != "Whatever this folder says."


def test_a_relative_prompts_dir_is_next_to_the_config_file(tmp_path, monkeypatch):
    config_dir = tmp_path / "somewhere"
    write_prompts(config_dir / "my prompts", **{"system.txt": "Mine."})
    (config_dir / "rewriter.toml").write_text('[model]\nprompts_dir = "my prompts"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    config = load_config_file(config_dir / "rewriter.toml")
    assert config.model.prompts_dir == str(config_dir / "my prompts")
    assert load_prompts(config.model.prompts_dir).system == "Mine."


def test_a_missing_configured_folder_is_a_one_line_error(tmp_path):
    with pytest.raises(ModelError, match=r"nope: prompts folder not found \(\[model\] prompts_dir\)$"):
        load_prompts(str(tmp_path / "nope"))


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


def test_a_malformed_override_in_the_user_config_dir_names_its_path(user_config):
    write_prompts(user_config / "prompts", **{"instructions.txt": "no placeholder"})
    with pytest.raises(ModelError) as err:
        load_prompts()
    assert str(err.value) == f"{user_config / 'prompts' / 'instructions.txt'}: must contain {{draft}} where the post goes"


def test_an_override_that_is_not_a_file_is_an_error_not_ignored(tmp_path):
    mine = write_prompts(tmp_path / "mine", **{"system.txt": None})
    (mine / "system.txt").mkdir()
    with pytest.raises(ModelError, match="system.txt: cannot read prompt file"):
        load_prompts(mine)


def test_a_missing_prompt_file_is_named(tmp_path, monkeypatch):
    # only a broken install can lack a default: overrides fall back to them file by file
    write_prompts(tmp_path / "defaults")
    (tmp_path / "defaults" / FILES[0]).unlink()
    monkeypatch.setattr(prompts_module, "DEFAULTS_DIR", tmp_path / "defaults")
    with pytest.raises(ModelError, match="system.txt: prompt file not found"):
        load_prompts()
