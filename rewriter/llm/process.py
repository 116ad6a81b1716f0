"""The model in a child process, so that a crash in llama.cpp's native code costs a rewrite, not the app.

llama.cpp is C++: a build that uses an instruction the system has not enabled (AMX tiles, on the first
token), a model file that passes our checks but breaks the loader, or memory running out ends the
process with a signal that Python cannot catch. In-process, that took the app down with the writer's
draft. Here the model runs in our own interpreter (``python -m rewriter.llm.process``), which loads it
once and keeps it warm between requests; ``ModelProcess`` is the parent's end and has the interface of
``LlamaCppBackend`` (name, load, warm, count_tokens, generate), so the pipeline does not know the
difference. The generaliser and the verifier stay in the parent: only the model call moves.

When the child dies (a signal, a load that kills it, out of memory) or says nothing for longer than a
generous budget (a hang), the request raises ``ModelCrashed``; the pipeline then offers the generalised
text with a note, and the next request starts a fresh child. After a few deaths in a row with no answer
between them the model is not started again (a build that crashes on every token would otherwise cost a
restart for every post of an audit).

The protocol is offload.py's: length-prefixed pickles over the child's stdin and stdout, nothing on disk
or the network. Each message carries the request's number, so what a cancelled or interrupted request
still sends is recognised and dropped. The child exits as soon as its stdin closes, so it never outlives
the app, even one that is killed.
"""

from __future__ import annotations

import os
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from ..config import ModelConfig
from ..errors import Cancelled, ModelCrashed, ModelError
from ..frames import read_message as _read, serve_standard_streams, take_message, write_message as _write
from .backend import ContextExceeded, Generation, LlamaCppBackend, auto_threads
from .discovery import ModelChoice, check_gguf

# Seconds the child may stay silent in a request before it is taken to hang and is stopped. Generous:
# a large model reading a long prompt on two cores goes a long while before its first token, and
# loading one from a slow disk longer still.
SILENCE_SECONDS = 180.0
LOAD_SECONDS = 600.0
# Deaths in a row (no answer between them) after which the model is not started again.
DEATHS_BEFORE_GIVING_UP = 3
# How often a waiting request looks at its cancel event.
_POLL_SECONDS = 0.05

_GONE = object()  # what the child "says" once its stdout has ended


def _own_entry() -> list[str]:
    # -P (Python 3.11+): the current directory is not searched first, so a folder called rewriter
    # where the app was started cannot stand in for this package.
    safe_path = ["-P"] if sys.version_info >= (3, 11) else []
    return [sys.executable, *safe_path, "-m", "rewriter.llm.process"]


def _env_with_this_package() -> dict[str, str]:
    """The environment, with this copy of the package first on the child's path: the child runs the
    code the parent runs (a checkout, a worktree), not whichever copy is installed."""
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
    return env


class _Child:
    """One child process, and what it says, read as it comes.

    Read on the caller's thread, with select (a timeout lets it look at its cancel event and its
    budget): one wake-up per token, where a reader thread and a queue would take two."""

    def __init__(self, command: list[str]) -> None:
        self.proc = subprocess.Popen(
            command,
            env=_env_with_this_package(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # A traceback or llama.cpp's own prints would scribble over the app's screen; what the
            # parent needs to know comes over the protocol, and a death by its exit status.
            stderr=subprocess.DEVNULL,
            close_fds=True,
            # A session of its own: ctrl+c (sent to the terminal's whole process group) is the parent's
            # to act on; the child ends when the parent closes its stdin or dies.
            start_new_session=True,
        )
        self.loaded = False
        self.stopped = False  # by ``stop``, not by itself
        self._fd = self.proc.stdout.fileno()
        self._buffer = bytearray()
        self._ended = False

    def next_message(self, timeout: float):
        """The child's next message; None when none came within ``timeout`` seconds; _GONE once its
        stdout has ended (it died, or closed it) or it sent something that is not a message."""
        while True:
            try:
                message = take_message(self._buffer)
            except Exception:  # garbled: the child is no longer to be trusted
                self._buffer.clear()
                self._ended = True
                message = None
            if message is not None:
                return message  # what it said before it ended comes first
            if self._ended:
                return _GONE
            if not select.select([self._fd], [], [], timeout)[0]:
                return None
            try:
                data = os.read(self._fd, 1 << 16)
            except OSError:
                data = b""
            if not data:
                self._ended = True
            self._buffer += data

    def send(self, message) -> bool:
        try:
            _write(self.proc.stdin, message)
            return True
        except (OSError, ValueError):  # the child is gone (broken pipe) or its stdin was closed
            return False

    def death(self) -> str:
        """Why the child stopped, in a few words, once it has (its exit status)."""
        if self.stopped:
            self._reap()
            return "it was stopped: the app is closing"
        try:
            code = self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            return "it stopped answering"
        if code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            if -code == signal.SIGKILL:
                return f"killed by {name}, as when memory runs out"
            return f"it crashed: {name}"
        return f"it exited with status {code}"

    def stop(self) -> None:
        """End the process from another thread than the one using it; its pipes are left to that one."""
        self.stopped = True
        try:
            self.proc.kill()
        except OSError:
            pass

    def kill(self) -> None:
        try:
            self.proc.kill()
        except OSError:
            pass
        self._reap()

    def close(self, timeout: float = 2.0) -> None:
        """Ask the child to stop (end of its stdin), and make sure it has."""
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
        self._reap()

    def _reap(self) -> None:
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                stream.close()
            except OSError:
                pass


class ModelProcess:
    """``LlamaCppBackend`` in a child process: the same calls, and ``ModelCrashed`` when the child dies.

    ``command`` starts another entry point (tests: one that crashes on purpose); by default it is
    ``python -m rewriter.llm.process``. ``silence_seconds``/``load_seconds`` bound how long the child
    may stay silent in a request and in a load before it is stopped as hung."""

    def __init__(self, model: ModelChoice | Path | str, settings: ModelConfig | None = None, *,
                 command: list[str] | None = None, silence_seconds: float = SILENCE_SECONDS,
                 load_seconds: float = LOAD_SECONDS, deaths_before_giving_up: int = DEATHS_BEFORE_GIVING_UP):
        if not isinstance(model, ModelChoice):
            model = ModelChoice(Path(model), "--model")
        self.choice = model
        self.settings = settings or ModelConfig()
        self.name = model.name
        self.load_seconds: float | None = None
        self.command = command or _own_entry()
        self.silence_seconds = silence_seconds
        self.load_budget = load_seconds
        self.deaths_before_giving_up = deaths_before_giving_up
        self.children_started = 0  # tests check that a death is followed by a fresh child
        self.deaths_in_a_row = 0
        self._child: _Child | None = None
        # How many times ``close`` has run: a request that began before a close must not start a child
        # after it (the app would quit with a fresh model loading behind it, and the request would wait).
        self._closes = 0
        self._stopped_by_close: _Child | None = None  # stopped while a request held the lock; that one reaps it
        self._next_id = 0
        self._lock = threading.Lock()
        # Checked now, so a bad file is reported before any work, not half-way through a batch.
        check_gguf(model.path)

    # -- what LlamaCppBackend offers --------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        child = self._child
        return child is not None and child.loaded and child.proc.poll() is None

    @property
    def context_size(self) -> int:
        return self.settings.context_size

    @property
    def threads(self) -> int:
        return self.settings.threads or auto_threads()

    @property
    def pid(self) -> int | None:
        """The running child's process id (tests send it signals), or None."""
        child = self._child
        return child.proc.pid if child is not None and child.proc.poll() is None else None

    def load(self) -> float:
        """Start the child and load the model in it, if that is not done yet; the seconds it took (0 if
        it was done)."""
        closes = self._closes
        with self._lock:
            return self._started(closes)

    def count_tokens(self, messages: list[dict[str, str]]) -> int:
        closes = self._closes
        with self._lock:
            return self._ask(self._running(closes), "count", messages)

    def warm(self, messages: list[dict[str, str]]) -> float:
        closes = self._closes
        with self._lock:
            child = self._running(closes)
            started = time.perf_counter()
            self._ask(child, "warm", messages)
            return time.perf_counter() - started

    def generate(self, messages, *, max_tokens=None, on_token: Callable[[str], None] | None = None,
                 cancel: threading.Event | None = None) -> Generation:
        closes = self._closes
        with self._lock:
            child = self._running(closes)
            if cancel is not None and cancel.is_set():
                raise Cancelled("rewrite cancelled")
            started = time.perf_counter()
            text, tokens, finish = self._ask(child, "generate", (messages, max_tokens), on_token=on_token,
                                             cancel=cancel)
            return Generation(text, tokens, time.perf_counter() - started, finish)

    def close(self) -> None:
        """Stop the child (the app calls this when it exits). A later request starts a new one.

        Without the lock: quitting must not wait for a rewrite in progress, which ends with
        ``ModelCrashed`` when its child goes."""
        self._closes += 1  # before the child is taken: see ``_running``
        child, self._child = self._child, None
        if child is None:
            return
        if self._lock.acquire(blocking=False):
            try:
                child.close()
            finally:
                self._lock.release()
        else:
            # A request is reading its pipe on another thread: closing the pipe under it could hand its
            # descriptor to some other file. End the process; the request sees it go and cleans up.
            self._stopped_by_close = child
            child.stop()

    # -- the child's lifetime -----------------------------------------------------------------------

    # Each request holds on to the child it was sent to: ``close`` (from another thread, without the
    # lock) may take ``self._child`` away meanwhile.

    def _started(self, closes: int) -> float:
        """Have a child with the model loaded; the seconds that took (0 when one was running).
        ``closes`` is ``self._closes`` as the request found it, before it waited for the lock."""
        child = self._child
        if child is not None and child.loaded and child.proc.poll() is None:
            return 0.0
        if self._closes != closes:
            # The close came after this request began and before it reached the child: the request
            # ends as it would have in the child's pipe, and reaps the child the close stopped.
            stopped, self._stopped_by_close = self._stopped_by_close, None
            if stopped is not None:
                stopped.kill()
            raise ModelCrashed("the local model stopped unexpectedly (it was stopped: the app is closing)")
        started = time.perf_counter()
        self._start()
        seconds = time.perf_counter() - started
        if self.load_seconds is None:
            self.load_seconds = seconds
        return seconds

    def _running(self, closes: int) -> _Child:
        """The child with the model loaded, started now if none is running (unless ``close`` ran since
        the request began)."""
        child = self._child
        if child is not None and child.loaded and child.proc.poll() is None:
            return child
        self._started(closes)
        return self._child_or_closed()

    def _start(self) -> None:
        old = self._child
        if old is not None:  # died between requests, or a load failed: the next one starts afresh
            old.kill()
            self._child = None
        if self.deaths_in_a_row >= self.deaths_before_giving_up:
            raise ModelCrashed(f"the local model stopped unexpectedly {self.deaths_in_a_row} times in a row "
                               "and is not started again")
        try:
            child = _Child(self.command)
        except OSError as exc:
            raise ModelError(f"{self.name}: the model process could not be started: {exc}") from None
        self._child = child
        self.children_started += 1
        self._ask(child, "load", (self.choice, self.settings), silence=self.load_budget)
        child.loaded = True

    def _child_or_closed(self) -> _Child:
        child = self._child
        if child is None:
            raise ModelCrashed("the local model was stopped (the app is closing)")
        return child

    def _ask(self, child: _Child, kind: str, payload, *, on_token=None, cancel=None, silence: float | None = None):
        """Send one request to ``child`` and wait for its answer; raise what the child raised, or
        ``ModelCrashed``."""
        self._next_id += 1
        request = self._next_id
        silence = self.silence_seconds if silence is None else silence
        finished = False
        try:
            if not child.send((request, kind, payload)):
                self._died(child)
            cancel_sent = False
            deadline = time.monotonic() + silence
            while True:
                if cancel is not None and not cancel_sent and cancel.is_set():
                    cancel_sent = child.send((request, "cancel", None))
                message = child.next_message(min(_POLL_SECONDS, max(0.0, deadline - time.monotonic())))
                if message is None:
                    if time.monotonic() > deadline:
                        self._hung(child, silence)
                    continue
                if message is _GONE:
                    self._died(child)
                deadline = time.monotonic() + silence
                if not (isinstance(message, tuple) and len(message) == 3):
                    continue
                answered, what, value = message
                if answered != request:
                    continue  # the end of a request that was cancelled or interrupted
                if what == "token":
                    if on_token is not None:
                        on_token(value)
                    continue
                finished = True
                self.deaths_in_a_row = 0
                if what == "ok":
                    return value
                if what == "cancelled":
                    raise Cancelled("rewrite cancelled")
                error_kind, text = value if isinstance(value, tuple) else ("model", str(value))
                raise (ContextExceeded if error_kind == "context" else ModelError)(text)
        finally:
            if not finished and self._child is child and child.proc.poll() is None:
                # Left early (ctrl+c, or on_token raised): the child may still be writing; tell it to
                # stop. What it still sends carries this request's number and is dropped.
                child.send((request, "cancel", None))

    def _died(self, child: _Child):
        why = child.death()
        self._forget(child)
        raise ModelCrashed(f"the local model stopped unexpectedly ({why})")

    def _hung(self, child: _Child, silence: float):
        self._forget(child)
        raise ModelCrashed(f"the local model stopped unexpectedly (no answer for {silence:.0f} s; it was stopped)")

    def _forget(self, child: _Child) -> None:
        child.kill()
        if self._child is child:
            self._child = None
        self.deaths_in_a_row += 1

    def __del__(self):
        child = getattr(self, "_child", None)
        if child is not None:
            try:
                child.proc.stdin.close()  # the child sees the end of its input and exits
            except Exception:
                pass


# -- the child's side ---------------------------------------------------------------------------------


class _Cancels:
    """The cancel event the engine watches for one request: set when the parent cancels that request."""

    def __init__(self, cancelled: set, request: int):
        self._cancelled = cancelled
        self._request = request

    def is_set(self) -> bool:
        return self._request in self._cancelled


def serve(stdin, stdout, make_engine: Callable[[ModelChoice, ModelConfig], object] = LlamaCppBackend) -> None:
    """The child's side: answer requests one at a time until stdin closes, then exit at once.

    A thread reads stdin so that a cancel reaches a generation in progress; requests wait in a queue."""
    requests: queue.Queue = queue.Queue()
    cancelled: set[int] = set()
    write_lock = threading.Lock()

    def reply(message) -> None:
        with write_lock:
            _write(stdout, message)

    def read_requests() -> None:
        while True:
            try:
                message = _read(stdin)
            except Exception:
                message = None
            if message is None:
                os._exit(0)  # the parent closed the pipe or died: nothing left to answer for
            request, kind, payload = message
            if kind == "cancel":
                cancelled.add(request)
            else:
                requests.put(message)

    threading.Thread(target=read_requests, name="rewriter-model-requests", daemon=True).start()
    engine = None
    while True:
        request, kind, payload = requests.get()
        try:
            if kind == "load":
                choice, settings = payload
                engine = make_engine(choice, settings)
                engine.load()
                reply((request, "ok", None))
            elif kind == "count":
                reply((request, "ok", engine.count_tokens(payload)))
            elif kind == "warm":
                reply((request, "ok", engine.warm(payload)))
            elif kind == "generate":
                messages, max_tokens = payload
                done = engine.generate(messages, max_tokens=max_tokens, cancel=_Cancels(cancelled, request),
                                       on_token=lambda piece: reply((request, "token", piece)))
                reply((request, "ok", (done.text, done.tokens, done.finish_reason)))
            else:
                reply((request, "error", ("model", f"unknown request {kind!r}")))
        except Cancelled:
            reply((request, "cancelled", None))
        except ContextExceeded as exc:
            reply((request, "error", ("context", str(exc))))
        except Exception as exc:  # ModelError, or a bug: said to the parent, which raises it there
            reply((request, "error", ("model", str(exc) or repr(exc))))
        cancelled.discard(request)


def main() -> None:
    serve_standard_streams(serve)


if __name__ == "__main__":
    main()
