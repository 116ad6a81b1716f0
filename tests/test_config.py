"""Configuration: discovery order, validation, and errors that name file, key and expectation."""

from __future__ import annotations

from pathlib import Path

import pytest

from rewriter.config import Config, find_config, load_config, load_config_file
from rewriter.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]


def write(tmp_path, text, name="rewriter.toml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_example_config_loads_and_matches_the_defaults():
    cfg = load_config_file(ROOT / "config.example.toml")
    default = Config()
    assert cfg.role == default.role
    assert cfg.detection == default.detection
    assert cfg.model == default.model
    assert cfg.app == default.app


def test_values_are_read(tmp_path):
    cfg = load_config_file(write(tmp_path, 'role = "Social Worker"\n[detection]\nthreshold = 0.5\nallow = ["Jo Bloggs"]\n'))
    assert cfg.role == "social worker"
    assert cfg.detection.threshold == 0.5
    assert cfg.detection.allow == ("Jo Bloggs",)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("role = \n", "invalid TOML"),
        ('colour = "red"\n', "colour: unknown key"),
        ('[detection]\nthreshhold = 0.5\n', "[detection] threshhold: unknown key"),
        ('[detection]\nthreshold = "high"\n', "[detection] threshold: expected a number from 0 to 1"),
        ('[detection]\nthreshold = 3\n', "[detection] threshold: expected a number from 0 to 1"),
        ('[model]\nthreads = true\n', "[model] threads: expected a whole number"),
        ('[detection]\nallow = "me"\n', "[detection] allow: expected a list"),
        ('role = "astronaut"\n', "role: expected one of"),
        ('detection = 3\n', "[detection] must be a table"),
        ('[app]\ntheme = "neon"\n', '[app] theme: expected "dark" or "light"'),
    ],
)
def test_bad_config_names_file_key_and_expectation(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_config_file(path)
    message = str(err.value)
    assert str(path) in message
    assert expected in message
    assert "\n" not in message


def test_missing_named_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(str(tmp_path / "nope.toml"))


def test_discovery_order(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("REWRITER_CONFIG", raising=False)
    assert find_config() is None
    user = tmp_path / "xdg" / "rewriter" / "config.toml"
    user.parent.mkdir(parents=True)
    user.write_text('role = "nurse"\n')
    assert find_config() == user
    write(tmp_path, 'role = "teacher"\n')
    assert find_config() == Path("rewriter.toml")
    env = write(tmp_path, 'role = "lawyer"\n', "env.toml")
    monkeypatch.setenv("REWRITER_CONFIG", str(env))
    assert find_config() == env
    assert find_config(str(user)) == user
    assert load_config().role == "lawyer"
