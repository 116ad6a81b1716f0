"""`--config PATH` before or after the command, and `rewriter config` (which file, where found, every value)."""

from __future__ import annotations

import json

import pytest

DRAFT = "Had a session with Gregory Walsh this morning. Huge step for him.\n"


@pytest.fixture
def allow_config(tmp_path):
    """A config whose allow list takes the only name out of DRAFT: with it, `check` finds nothing."""
    path = tmp_path / "mine.toml"
    path.write_text('role = "nurse"\n[detection]\nallow = ["Gregory Walsh"]\n', encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("where", ["before", "after"])
def test_config_is_honoured_before_and_after_the_command(cli, allow_config, where):
    args = ["--config", allow_config, "check", "-", "--json"] if where == "before" else ["check", "-", "--json", "--config", allow_config]
    done = cli(*args, input=DRAFT)
    assert done.code == 0, done.err
    assert json.loads(done.out)["spans"] == []


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_missing_config_file_is_exit_2_with_one_line(cli, tmp_path, isolated_env, where):
    # a user config exists, and must not be used in place of the one named
    user = tmp_path / "home" / "config" / "rewriter"
    user.mkdir(parents=True)
    (user / "config.toml").write_text('role = "nurse"\n', encoding="utf-8")
    missing = tmp_path / "nope.toml"
    args = ["--config", str(missing), "check", "-"] if where == "before" else ["check", "-", "--config", str(missing)]
    done = cli(*args, input=DRAFT)
    assert done.code == 2 and done.out == ""
    assert done.err == f"rewriter: error: {missing}: config file not found\n"


def test_an_empty_config_path_is_an_error_not_the_defaults(cli):
    done = cli("--config", "", "check", "-", input=DRAFT)
    assert done.code == 2 and done.err == "rewriter: error: --config: the path is empty\n"
