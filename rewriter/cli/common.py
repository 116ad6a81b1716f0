"""What the commands share: the exit codes, the usage error, and how a command builds its detector,
reviewer, model backend and pipeline."""

from __future__ import annotations

import sys
import time

from ..detect import Detector
from ..display import counted
from ..detect.watchlist import load_default
from ..review import Reviewer
from .exits import EXIT_CLEAN, EXIT_ERROR, EXIT_FOUND, UsageError

__all__ = ["EXIT_CLEAN", "EXIT_ERROR", "EXIT_FOUND", "UsageError", "close_model", "make_backend", "make_detector", "make_pipeline",
           "make_reviewer", "TerminalProgress"]


def make_detector(config):
    return Detector(config, watchlist=load_default())


def make_reviewer():
    return Reviewer()


def make_backend(args, config):
    """The model backend for ``--model``/config/models//built-in, checked (not loaded) now; None with --no-llm.

    The prompt files are read now too, so a broken override is reported before any models load."""
    if getattr(args, "no_llm", False) or config.model.attempts == 0:
        return None
    from ..llm import ModelProcess, find_model  # lazy: `check` imports this module, and never runs a model
    from ..llm.prompts import load_prompts

    choice = find_model(getattr(args, "model", None), config.model.path)
    # In a child process: a crash in llama.cpp's native code costs a post its polish, not the command.
    backend = ModelProcess(choice, config.model)
    load_prompts(config.model.prompts_dir)
    return backend


def close_model(backend) -> None:
    """Stop the model's process, if one was started: a command ends with nothing of it left running."""
    close = getattr(backend, "close", None)
    if close is not None:
        close()


def make_pipeline(args, config, detector, reviewer):
    """Build the rewrite pipeline (detect + review → generalise → polish → verify) for the CLI.

    The model is checked here and loaded once, on the first post that needs it."""
    from ..pipeline import Pipeline  # lazy: `check` imports this module, and never rewrites

    return Pipeline(config, detector, make_backend(args, config), reviewer)


class TerminalProgress:
    """Model load and generation speed on stderr, only when stderr is a terminal."""

    def __init__(self):
        self.enabled = sys.stderr.isatty()
        self.tokens = 0
        self.started = None

    def say(self, message: str) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K" + message)
            sys.stderr.flush()

    def on_token(self, piece: str) -> None:
        if not self.enabled:
            return
        if self.started is None:
            self.started = time.perf_counter()
        self.tokens += 1
        elapsed = time.perf_counter() - self.started
        # the rate is counted from the first token, so it is not skewed by reading the prompt
        rate = f", {(self.tokens - 1) / elapsed:.1f} tokens/s" if self.tokens > 2 and elapsed > 0 else ""
        self.say(f"generating: {counted(self.tokens, 'token')}{rate}")

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
