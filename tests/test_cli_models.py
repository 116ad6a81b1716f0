"""`rewriter models`: the models found in the search order, which one is used and why, sizes, how to add
one; the speed on this machine with --measure."""

from __future__ import annotations

import struct

import pytest


def gguf(path, size=4096):
    """A file with a GGUF header that passes the cheap check (never loaded here)."""
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 1, 1) + bytes(size))
    return path


def test_models_lists_the_search_order_and_says_which_is_used_and_why(cli, tmp_path):
    (tmp_path / "models").mkdir()
    gguf(tmp_path / "models" / "b-model.gguf")
    gguf(tmp_path / "models" / "a-model.gguf", size=2 * 1024 * 1024)
    done = cli("models")
    assert done.code == 0 and done.err == ""
    lines = done.out.splitlines()
    assert lines[1:5] == ["  1. --model PATH", "       (not given)", "  2. [model] path in the config", "       (not given)"]
    used = [line for line in lines if line.endswith("<- in use")]
    assert len(used) == 1 and "a-model.gguf  2.0 MB" in used[0]  # the first by name, with its size
    assert any("b-model.gguf  4.0 KB" in line for line in lines)
    assert "In use: a-model.gguf (models/; nothing at --model PATH, [model] path in the config)." in lines
    assert any(line.startswith("To add one: put a GGUF instruct model") for line in lines)
    assert "rewriter models --measure" in done.out  # nothing measured, nothing loaded unless asked


def test_models_names_a_broken_file_and_a_model_given_with_model(cli, tmp_path):
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "broken.gguf").write_bytes(b"not a model")
    done = cli("models", "--model", str(gguf(tmp_path / "mine.gguf")))
    assert "broken.gguf  - not a GGUF model file" in done.out
    assert "In use: mine.gguf (--model; named first)." in done.out


@pytest.mark.llm
def test_models_measure_times_the_model_in_use(cli):
    done = cli("models", "--measure", cwd=None)
    assert done.code == 0, done.err
    line = next(line for line in done.out.splitlines() if line.startswith("Speed on this machine:"))
    assert "loads in" in line and "tokens/s" in line
