"""The real default GGUF through llama-cpp-python: loading, streaming, cancelling, and quiet logs."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import cancelled_at_first_token  # tests/ is on the path

from rewriter.config import ModelConfig
from rewriter.errors import ModelError
from rewriter.llm import LlamaCppBackend, find_model

pytestmark = pytest.mark.llm

MESSAGES = [
    {"role": "system", "content": "Reply in one short sentence."},
    {"role": "user", "content": "Say hello to a nurse."},
]


@pytest.fixture(scope="module")
def backend():
    return LlamaCppBackend(find_model(), ModelConfig(max_tokens=16))


def test_generates_streamed_text_and_loads_once(backend):
    pieces = []
    first = backend.generate(MESSAGES, on_token=pieces.append)
    llm = backend._llm
    assert first.text.strip() and "".join(pieces) == first.text
    assert 0 < first.tokens <= 16 and first.tokens_per_second and first.tokens_per_second > 0
    assert backend.load() == 0.0 and backend._llm is llm  # loaded once, reused
    assert backend.load_seconds is not None and backend.load_seconds > 0


def test_same_settings_same_answer(backend):
    assert backend.generate(MESSAGES).text == backend.generate(MESSAGES).text


def test_cancel_between_tokens(backend):
    pieces = cancelled_at_first_token(backend, MESSAGES)
    assert len(pieces) == 1
    # the model is still usable afterwards
    assert backend.generate(MESSAGES, max_tokens=4).tokens > 0


def test_a_truncated_model_is_a_one_line_error_not_a_crash(tmp_path):
    source = find_model().path
    cut = tmp_path / "cut.gguf"
    with source.open("rb") as src, cut.open("wb") as dst:
        dst.write(src.read(source.stat().st_size // 2))
    with pytest.raises(ModelError) as info:
        LlamaCppBackend(cut).load()
    message = str(info.value)
    assert str(cut) in message and "\n" not in message and "corrupted or incomplete" in message


def test_loading_and_generating_write_nothing_to_stdout_or_stderr(tmp_path):
    """In a fresh process (llama.cpp logs most on first load): both streams stay empty, and the
    process's file descriptors are never swapped (verbose=False would dup2 /dev/null over them)."""
    script = (
        "import os, sys\n"
        "swaps = []\n"
        "real_dup2 = os.dup2\n"
        "os.dup2 = lambda *a, **k: (swaps.append(a), real_dup2(*a, **k))[1]\n"
        "from rewriter.llm import LlamaCppBackend, find_model\n"
        "from rewriter.config import ModelConfig\n"
        "b = LlamaCppBackend(find_model(), ModelConfig(max_tokens=4))\n"
        "b.generate([{'role': 'user', 'content': 'hi'}])\n"
        "os.dup2 = real_dup2\n"
        "assert swaps == [], swaps\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""


def test_llama_cpp_messages_go_to_python_logging(backend, caplog):
    import logging

    from rewriter.llm import logs

    caplog.set_level(logging.DEBUG, logger="rewriter.llm.llama_cpp")
    with pytest.raises(ModelError):
        LlamaCppBackend(find_model().path.parent / "__init__.py")  # not GGUF: refused before llama.cpp
    logs.install()
    import llama_cpp

    llama_cpp.llama_print_system_info()  # does not log; loading a second context does
    LlamaCppBackend(find_model(), ModelConfig(context_size=256)).load()
    assert any(r.name == "rewriter.llm.llama_cpp" for r in caplog.records)
