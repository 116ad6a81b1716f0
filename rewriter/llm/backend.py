"""The language model behind a small protocol, and its llama.cpp implementation.

The pipeline only needs "turn these chat messages into text, token by token, and stop when asked", so
another engine (a server, a different runtime) can be added by implementing ``Backend``.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..config import ModelConfig
from ..errors import Cancelled, ModelError
from . import logs
from .discovery import ModelChoice, check_gguf


class ContextExceeded(ModelError):
    """The prompt and the answer asked for do not fit the model's context window."""


@dataclass
class Generation:
    """What one model call produced."""

    text: str
    tokens: int
    seconds: float
    finish_reason: str | None = None  # "stop" (model ended), "length" (max_tokens reached)

    @property
    def tokens_per_second(self) -> float | None:
        return self.tokens / self.seconds if self.seconds > 0 and self.tokens else None


@runtime_checkable
class Backend(Protocol):
    name: str

    def generate(
        self,
        messages: list[dict[str, str]],
        *,
        max_tokens: int | None = None,
        on_token: Callable[[str], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Generation:
        """Generate a reply to chat ``messages``; raise ``rewriter.errors.Cancelled`` when ``cancel`` is set."""
        ...


# What a chat template adds around each message ("<|im_start|>user\n" ... "<|im_end|>\n" is 5 with
# SmolLM2's; other templates add a few more).
TEMPLATE_TOKENS_PER_MESSAGE = 8


def auto_threads() -> int:
    """One thread per core but one, at most 8.

    llama.cpp's worker threads wait for each other at every step, so one busy core (the app, the
    detector, another program) stalls them all; leaving a core free is faster in practice, and on
    2 cores measured about 2x more predictable than using both."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores - 1, 8))


class LlamaCppBackend:
    """llama-cpp-python in this process. The model is loaded on first use (or by ``load()``) and kept."""

    def __init__(self, model: ModelChoice | Path | str, settings: ModelConfig | None = None):
        if not isinstance(model, ModelChoice):
            model = ModelChoice(Path(model), "--model")
        self.choice = model
        self.settings = settings or ModelConfig()
        self.name = model.name
        self.load_seconds: float | None = None
        self._llm = None
        self._lock = threading.Lock()
        # Checked now, so a bad file is reported before any work, not half-way through a batch.
        check_gguf(model.path)

    @property
    def loaded(self) -> bool:
        return self._llm is not None

    @property
    def context_size(self) -> int:
        return self.settings.context_size

    def count_tokens(self, messages: list[dict[str, str]]) -> int:
        """About how many tokens ``messages`` take as a prompt (the chat template's few per message
        counted generously). Loads the model: its vocabulary does the counting."""
        with self._lock:
            self._load_locked()
            with logs.interruptible():
                return sum(
                    len(self._llm.tokenize(m["content"].encode("utf-8"), add_bos=False, special=False))
                    + TEMPLATE_TOKENS_PER_MESSAGE
                    for m in messages
                )

    @property
    def threads(self) -> int:
        return self.settings.threads or auto_threads()

    def load(self) -> float:
        """Load the model if it is not loaded yet; return the seconds loading took (0 if it was loaded)."""
        with self._lock:
            return self._load_locked()

    def _load_locked(self) -> float:
        if self._llm is not None:
            return 0.0
        logs.install()
        import llama_cpp  # lazy: loading llama.cpp's library is slow, and only a model run needs it

        started = time.perf_counter()
        logs.take_errors()
        try:
            with logs.interruptible(), logs.diverted_stderr_prints():
                llm = llama_cpp.Llama(
                    model_path=str(self.choice.path),
                    n_ctx=self.settings.context_size,
                    n_threads=self.threads,
                    n_threads_batch=self.threads,
                    seed=self.settings.seed,
                    # verbose=False would dup2 /dev/null over the process's stdout/stderr while loading
                    # (see logs.py); our log callback already keeps llama.cpp quiet.
                    verbose=True,
                )
        except (ValueError, RuntimeError, OSError) as exc:
            detail = logs.take_errors()
            reason = _reason(detail) or str(exc)
            raise ModelError(f"{self.choice.path}: model could not be loaded: {reason}") from None
        # From here on llama-cpp-python's own diagnostic prints are not wanted either.
        llm.verbose = False
        self._llm = llm
        self.load_seconds = time.perf_counter() - started
        return self.load_seconds

    def warm(self, messages: list[dict[str, str]]) -> float:
        """Evaluate ``messages`` once so later prompts sharing that start reuse the cached state.

        The system prompt and the examples are the same for every post: paying for them once, at load
        time, takes them off the first rewrite's latency. Returns the seconds it took."""
        with self._lock:
            self._load_locked()
            started = time.perf_counter()
            with logs.interruptible():
                self._llm.create_chat_completion(messages=messages, max_tokens=1, temperature=0.0, seed=self.settings.seed)
            return time.perf_counter() - started

    def generate(self, messages, *, max_tokens=None, on_token=None, cancel=None) -> Generation:
        with self._lock:
            self._load_locked()
            if cancel is not None and cancel.is_set():
                raise Cancelled("rewrite cancelled")
            started = time.perf_counter()
            pieces: list[str] = []
            tokens = 0
            finish = None
            with logs.interruptible():
                stream = self._llm.create_chat_completion(
                    messages=messages,
                    stream=True,
                    # None: up to the end of the context (the pipeline always sizes it: llm.budget)
                    max_tokens=max_tokens or self.settings.max_tokens or None,
                    temperature=self.settings.temperature,
                    seed=self.settings.seed,
                )
                try:
                    for chunk in stream:
                        if cancel is not None and cancel.is_set():
                            raise Cancelled("rewrite cancelled")
                        choice = chunk["choices"][0]
                        finish = choice.get("finish_reason") or finish
                        piece = choice.get("delta", {}).get("content")
                        if piece:
                            tokens += 1
                            pieces.append(piece)
                            if on_token is not None:
                                on_token(piece)
                except (ValueError, RuntimeError) as exc:
                    reason = _reason(logs.take_errors()) or str(exc)
                    error = ContextExceeded if "exceed context window" in reason else ModelError
                    raise error(f"{self.name}: generation failed: {reason}") from None
                finally:
                    stream.close()
            return Generation("".join(pieces), tokens, time.perf_counter() - started, finish)


def _reason(errors: list[str]) -> str:
    """The most telling llama.cpp error line: the one that says what is wrong, not just "failed"."""
    for line in reversed(errors):
        if "error loading model:" in line:
            return line.split("error loading model:", 1)[1].strip()
    return errors[-1] if errors else ""
