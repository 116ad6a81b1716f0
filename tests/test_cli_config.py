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


def test_config_names_the_file_how_it_was_found_and_every_value(cli, allow_config, tmp_path):
    done = cli("--config", allow_config, "config")
    assert done.code == 0 and done.err == ""
    lines = done.out.splitlines()
    assert lines[0] == f"# config file: {tmp_path / 'mine.toml'} (named by --config)"
    assert 'role = "nurse"' in lines and 'allow = ["Gregory Walsh"]' in lines
    assert "context_size = 2048" in lines and "debounce_ms = 120" in lines and "[model]" in lines
    # what it prints is a config file: read back, it gives the same settings
    (tmp_path / "copy.toml").write_text("\n".join(line for line in lines if not line.startswith("#")))
    again = cli("config", "--config", str(tmp_path / "copy.toml"))
    assert again.out.splitlines()[2:] == lines[2:]


def test_config_without_a_file_says_the_defaults_are_used(cli, tmp_path):
    done = cli("config", env={"REWRITER_CONFIG": ""})
    assert done.out.startswith("# config file: none found: the defaults\n")
    (tmp_path / "rewriter.toml").write_text('role = "teacher"\n')
    done = cli("config")
    assert done.out.startswith(f"# config file: {tmp_path / 'rewriter.toml'} (rewriter.toml in the current directory)\n")
    assert 'role = "teacher"' in done.out


def test_config_names_where_the_watch_list_is_kept(cli, tmp_path):
    done = cli("config", env={"REWRITER_WATCHLIST": str(tmp_path / "mine.json")})
    assert f"# watch list: {tmp_path / 'mine.json'} (from $REWRITER_WATCHLIST; salted hashes only)\n" in done.out
