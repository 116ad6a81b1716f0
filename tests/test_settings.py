"""Remembering the role: only the role line of the user's config file changes; a new file is 0600."""

from __future__ import annotations

import os
import stat
import threading

import pytest

from rewriter.config import load_config_file
from rewriter.errors import ConfigError
from rewriter.settings import _write, remember_role, user_config_file

EXISTING = """# my settings
# (hand-written)

role = "Nurse"   # was a nurse

[detection]
# lower finds more
threshold = 0.5

[app]
theme = "light"
"""


def test_a_new_user_config_file_is_created_readable_by_the_user_only(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    written = remember_role("Social_Worker")
    assert written == user_config_file().resolve() == (tmp_path / "rewriter" / "config.toml").resolve()
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    assert load_config_file(written).role == "social worker"


def test_only_the_role_line_changes_in_an_existing_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(EXISTING, encoding="utf-8")
    path.chmod(0o640)
    remember_role("teacher", path)
    text = path.read_text(encoding="utf-8")
    assert text == EXISTING.replace('role = "Nurse"   # was a nurse', 'role = "teacher"')
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    config = load_config_file(path)
    assert config.role == "teacher" and config.app.theme == "light"


def test_a_file_without_a_role_gets_one_at_the_top_level(tmp_path):
    path = tmp_path / "config.toml"
    body = '[detection]\nthreshold = 0.4\n\n[app]\ntheme = "dark"\n'
    path.write_text(body, encoding="utf-8")
    remember_role("nurse", path)
    assert path.read_text(encoding="utf-8") == 'role = "nurse"\n' + body
    assert load_config_file(path).role == "nurse"


def test_a_role_key_inside_a_table_is_not_the_top_level_role(tmp_path):
    path = tmp_path / "config.toml"
    # not a valid config key, but valid TOML: the edit must not touch it
    body = '[other]\nrole = "x"\n'
    path.write_text(body, encoding="utf-8")
    remember_role("nurse", path)
    assert path.read_text(encoding="utf-8") == 'role = "nurse"\n' + body


def test_invalid_toml_is_left_alone(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("role = \n[app\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="invalid TOML"):
        remember_role("nurse", path)
    assert path.read_text(encoding="utf-8") == "role = \n[app\n"


def test_an_unknown_role_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="expected one of"):
        remember_role("astronaut", tmp_path / "config.toml")
    assert not (tmp_path / "config.toml").exists()


def test_a_linked_config_file_is_edited_in_place(tmp_path):
    real = tmp_path / "dotfiles" / "rewriter.toml"
    real.parent.mkdir()
    real.write_text('role = "other"\n', encoding="utf-8")
    link = tmp_path / "config.toml"
    link.symlink_to(real)
    remember_role("coach", link)
    assert link.is_symlink() and real.read_text(encoding="utf-8") == 'role = "coach"\n'


def test_a_config_that_is_a_named_pipe_is_written_in_place_not_replaced(tmp_path):
    # "--config /dev/null" or a FIFO: replacing it would leave a regular file where the device or pipe was
    pipe = tmp_path / "config.fifo"
    os.mkfifo(pipe)
    got = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    _write(pipe, 'role = "teacher"\n', 0o600)
    reader.join(timeout=10)
    assert got == ['role = "teacher"\n'] and stat.S_ISFIFO(pipe.lstat().st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["config.fifo"]
