"""Keep llama.cpp's logging off the terminal without touching the process's stdout/stderr.

llama-cpp-python's own answer, ``verbose=False``, silences llama.cpp by ``dup2``-ing /dev/null over file
descriptors 1 and 2 while a model loads: for that moment everything the process writes is lost, including
a running terminal UI. Instead we:

* install our own ``llama_log_set`` callback, so every C-level message goes to Python logging
  (logger ``rewriter.llm.llama_cpp``, silent unless the application configures a handler), and the last
  error is kept so a failed load can say *why* in one line;
* construct ``Llama`` with ``verbose=True`` (so it never ``dup2``s) while the few diagnostic ``print``s
  its constructor makes to ``sys.stderr`` are caught by a proxy that only diverts writes from the
  loading thread; other threads keep writing to the real stderr.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import sys
import threading

log = logging.getLogger("rewriter.llm.llama_cpp")
# A library must not print through logging's last-resort handler when the app configured nothing.
logging.getLogger("rewriter").addHandler(logging.NullHandler())
logging.getLogger("llama-cpp-python").addHandler(logging.NullHandler())

# ggml_log_level in the llama.cpp this package builds: NONE, DEBUG, INFO, WARN, ERROR, CONT(inue).
_LEVELS = {0: logging.CRITICAL, 1: logging.DEBUG, 2: logging.INFO, 3: logging.WARNING, 4: logging.ERROR}
_CONT = 5

_state = {"installed": False, "last_level": logging.DEBUG, "errors": [], "interrupted": False}
_callback = None  # the ctypes callback must stay referenced for as long as llama.cpp may call it


def install() -> None:
    """Route llama.cpp's log output into Python logging. Idempotent; call before loading a model."""
    global _callback
    if _state["installed"]:
        return
    import llama_cpp  # lazy: loading llama.cpp's library is slow, and only a model run needs it

    @llama_cpp.llama_log_callback
    def _route(level: int, text: bytes, user_data) -> None:
        try:
            message = text.decode("utf-8", errors="replace").rstrip("\n")
            py_level = _state["last_level"] if level == _CONT else _LEVELS.get(level, logging.DEBUG)
            _state["last_level"] = py_level
            if py_level >= logging.ERROR and message.strip():
                errors = _state["errors"]
                errors.append(message.strip())
                del errors[:-5]
            if message:
                log.log(py_level, "%s", message)
        except KeyboardInterrupt:
            # ctrl+c landed while llama.cpp was calling us (it logs a lot while a model loads): ctypes
            # would print the exception and drop it, and the command would run on; keep it for later.
            _state["interrupted"] = True
        except Exception:  # never let an exception cross back into C
            pass

    _callback = _route
    llama_cpp.llama_log_set(_callback, ctypes.c_void_p(0))
    _state["installed"] = True


@contextlib.contextmanager
def interruptible():
    """Around a call into llama.cpp: a ctrl+c that arrived inside one of our callbacks during the call
    is raised once the call returns, in place of whatever else the call raised (a load cut short)."""
    _state["interrupted"] = False
    try:
        yield
    finally:
        if _state["interrupted"]:
            _state["interrupted"] = False
            raise KeyboardInterrupt


def take_errors() -> list[str]:
    """The error lines llama.cpp logged since the last call (most recent last)."""
    errors = list(_state["errors"])
    _state["errors"].clear()
    return errors


class _ThreadStderr:
    """Stands in for sys.stderr: writes from one thread go to logging, all others pass through."""

    def __init__(self, real, thread_id: int):
        self._real = real
        self._thread_id = thread_id

    def write(self, text: str) -> int:
        if threading.get_ident() == self._thread_id:
            if text.strip():
                log.debug("%s", text.rstrip("\n"))
            return len(text)
        return self._real.write(text)

    def flush(self) -> None:
        if threading.get_ident() != self._thread_id:
            self._real.flush()

    def __getattr__(self, name):
        return getattr(self._real, name)


@contextlib.contextmanager
def diverted_stderr_prints():
    """While active, Python-level writes to sys.stderr from *this* thread go to logging."""
    real = sys.stderr
    proxy = _ThreadStderr(real, threading.get_ident())
    sys.stderr = proxy
    try:
        yield
    finally:
        # Only undo our own change: someone (a UI starting up) may have replaced stderr meanwhile.
        if sys.stderr is proxy:
            sys.stderr = real
