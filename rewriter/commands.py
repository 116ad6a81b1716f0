"""Commands that need the language model or the app. Kept apart so `check` never imports them."""

from __future__ import annotations

import sys

from .errors import RewriterError


def make_backend(args, config):
    """The model backend for ``--model``/config/models//built-in, checked (not loaded) now; None with --no-llm.

    The prompt files are read now too, so a broken override is reported before any models load."""
    if getattr(args, "no_llm", False) or config.model.attempts == 0:
        return None
    from .llm import LlamaCppBackend, find_model
    from .llm.prompts import load_prompts

    choice = find_model(getattr(args, "model", None), config.model.path)
    backend = LlamaCppBackend(choice, config.model)
    load_prompts(config.model.prompts_dir)
    return backend


def make_pipeline(args, config, detector):
    """Build the rewrite pipeline (detect → generalise → polish → verify) for the CLI.

    The model is checked here and loaded once, on the first post that needs it."""
    from .pipeline import Pipeline

    return Pipeline(config, detector, make_backend(args, config))


class _TerminalProgress:
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
        import time

        if not self.enabled:
            return
        if self.started is None:
            self.started = time.perf_counter()
        self.tokens += 1
        elapsed = time.perf_counter() - self.started
        # the rate is counted from the first token, so it is not skewed by reading the prompt
        rate = f", {(self.tokens - 1) / elapsed:.1f} tokens/s" if self.tokens > 2 and elapsed > 0 else ""
        self.say(f"generating: {self.tokens} tokens{rate}")

    def done(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def cmd_rewrite(args, config) -> int:
    """Print a verified rewrite. Exit 0 verified clean, 1 no clean text could be made, 2 error."""
    from .cli import EXIT_CLEAN, EXIT_FOUND, make_detector
    from .inputs import read_draft

    from .pipeline import check_length

    text = read_draft(args.file, args.encoding)
    check_length(text)  # before loading anything: a too-long draft is reported at once
    progress = _TerminalProgress()
    backend = make_backend(args, config)  # a bad model file is reported before any work
    detector = make_detector(config)
    from .pipeline import Pipeline

    pipeline = Pipeline(config, detector, backend)
    spans = detector.detect(text)
    if spans and backend is not None and not backend.loaded:
        progress.say(f"loading model {backend.name}...")
        seconds = pipeline.prepare()
        progress.say(f"model {backend.name} ready in {seconds:.1f} s")
    try:
        result = pipeline.rewrite(text, spans=spans, on_token=progress.on_token)
    finally:
        progress.done()
    from .display import dumps_safe, safe_for_terminal

    if args.json:
        sys.stdout.write(dumps_safe(result.to_dict()) + "\n")
    else:
        # Made safe even into a pipe: the rewrite is meant to be pasted somewhere, and an escape
        # sequence from the draft (a clipboard write, a screen clear) has no place in a post.
        out = safe_for_terminal(result.text)
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
        if not result.clean:
            why = "; ".join(result.reasons[:3]) or "it could not be verified"
            print(f"rewriter: no verified clean rewrite: {safe_for_terminal(why)}", file=sys.stderr)
    return EXIT_CLEAN if result.clean else EXIT_FOUND


def cmd_tui(args, config) -> int:
    """Open the app, optionally on a draft file. The file is read before the app starts so a missing
    or undecodable file is a one-line error (exit 2), not a message inside a screen."""
    from .inputs import read_draft

    file = getattr(args, "file", None)
    draft = read_draft(file, getattr(args, "encoding", None)) if file is not None else ""
    try:
        from .tui import app as _app  # noqa: F401  (imports Textual now, inside this try)
        from .tui import run
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("textual", "rich"):
            raise
        # check, rewrite and audit work without it; only the app needs Textual
        raise RewriterError(f"the app needs the '{exc.name}' package, which is not installed: "
                            "pip install textual (check, rewrite and audit work without it)") from None

    return run(config, draft, model_path=getattr(args, "model", None))
