"""A helper process that runs the text-only recognizers while this process runs spaCy.

On a 280-character post spaCy (tokenizer and entity recognizer) takes about half of the detection
time and the recognizers that read nothing but the text (phone numbers, dates, addresses, money,
company names... marked ``TEXT_ONLY``) about a third. The two are independent, so on a machine with
two cores they can run at once: the text goes to the helper, spaCy runs here, then the answers meet.
The helper had time to spare, so it also finds, first, the regex matches of the name recognizers that
check each match against spaCy's doc (``PREMATCH``) and sends them ahead: those recognizers run here
once the doc is ready, without scanning the text again (about 0.2 ms a post).
Threads cannot do this: regex matching holds the GIL, and handing it back and forth made a
thread pool slower than one thread (measured). A process halves the wait.

The helper is our own interpreter (``python -m rewriter.detect.offload``) speaking length-prefixed
pickles over its stdin and stdout: nothing touches the disk or the network, and it exits when this
process closes the pipe or dies. It is an optimisation only: until it has started, while another
thread is using it, or after it has failed, the recognizers run here as before, with the same results.
"""

from __future__ import annotations

import select
import subprocess
import sys
import threading

from ..frames import read_message as _read, serve_standard_streams, write_message as _write
from . import ahead
from .recognizers import all_recognizers


class TextRecognizerHelper:
    """The parent's end: ``submit`` a text, do other work, then ``collect`` the results."""

    def __init__(self, command: list[str] | None = None) -> None:
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._names: frozenset[str] = frozenset()
        self._prematch_names: frozenset[str] = frozenset()
        self._early_due = False  # the last submit asked for matches ahead, not read yet
        self._checks: list = []  # the last submit's (name, text) checks
        self._failed = False
        self.answered = 0  # texts the helper has answered (tests check it is really used)
        self.ahead = 0  # texts whose regex matches it sent ahead and were read
        self.wait_ahead = False  # wait for what it sends ahead, however late (tests: a count that does not depend on timing)
        self._proc = subprocess.Popen(
            command or [sys.executable, "-m", "rewriter.detect.offload"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            # Its warnings would scribble over the app's screen; a helper that fails is simply not used.
            stderr=subprocess.DEVNULL,
            close_fds=True,
        )
        # The helper needs about a second to import its recognizers; wait for its greeting off the
        # caller's thread so building the detector (spaCy, at the same time) is not held up.
        threading.Thread(target=self._await_greeting, name="rewriter-helper-start", daemon=True).start()

    def _await_greeting(self) -> None:
        try:
            greeting = _read(self._proc.stdout)
        except Exception:  # a broken pipe or a garbled greeting: do without the helper
            greeting = None
        if isinstance(greeting, tuple) and len(greeting) in (2, 3) and greeting[0] == "ready":
            self._names = frozenset(greeting[1])
            self._prematch_names = frozenset(greeting[2]) if len(greeting) == 3 else frozenset()
        else:
            self._failed = True
        self._ready.set()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Block until the helper has started (or failed); True when it can be used."""
        self._ready.wait(timeout)
        return self.available

    @property
    def available(self) -> bool:
        return self._ready.is_set() and not self._failed

    def runs(self, name: str) -> bool:
        return name in self._names

    def prematches(self, name: str) -> bool:
        """Can the helper find the regex matches of recognizer ``name`` ahead (``PREMATCH``)?"""
        return name in self._prematch_names

    def submit(self, text: str, entities, names: list[str], prematch: list[str] = (), checks=()) -> bool:
        """Send ``text`` to the helper for the recognizers called ``names``, and for the regex matches of
        those called ``prematch`` and the answers to ``checks`` ((name, text) pairs of ahead.py's whole-text
        checks), which it sends ahead. False (nothing sent) when the helper is not ready,
        has failed, or is busy with another thread's text; the caller then runs those recognizers itself.
        After True, the caller may call ``collect_early`` once, then must call ``collect`` exactly once."""
        if not self.available or not self._lock.acquire(blocking=False):
            return False
        try:
            _write(self._proc.stdin, (text, list(entities) if entities else None, names, list(prematch), list(checks)))
        except Exception:
            self._fail()
            self._lock.release()
            return False
        self._early_due = bool(prematch or checks)
        self._checks = list(checks)
        return True

    def collect_early(self) -> dict | None:
        """The regex matches of the last ``submit``'s ``prematch`` recognizers, by name, or None (none
        asked, or the helper failed: the recognizers then scan the text themselves). The answers to its
        ``checks`` go where the checks find them (ahead.py)."""
        if not self._early_due:
            return None
        try:
            # Not waited for: on a busy machine the helper may not have had the CPU yet, and scanning
            # here costs less than waiting (``collect`` then reads past it). Nothing of this submit's
            # replies has been read, so no part of it can be sitting in the reader's buffer.
            if not self.wait_ahead and not select.select([self._proc.stdout], [], [], 0)[0]:
                return None
            reply = _read(self._proc.stdout)
        except Exception:
            reply = None
        self._early_due = False
        if not (isinstance(reply, tuple) and len(reply) == 3 and reply[0] == "early"):
            self._fail()  # ``collect`` then finds the stream closed and answers None
            return None
        prematched = self._keep_answers(reply)
        if not isinstance(prematched, dict):
            return None
        self.ahead += 1
        return prematched

    def _keep_answers(self, early: tuple):
        """Put the answers to the checks where the checks find them; return the regex matches."""
        _, prematched, answers = early
        if isinstance(answers, list) and len(answers) == len(self._checks):
            for (name, text), (ok, answer) in zip(self._checks, answers):
                if ok:
                    ahead.put(name, text, answer)
        return prematched

    def collect(self):
        """The results of the last ``submit``: one list per name, or None if the helper failed."""
        try:
            if self._early_due:  # sent ahead but not read: the checks' answers still serve
                self._early_due = False
                early = _read(self._proc.stdout)
                if not (isinstance(early, tuple) and len(early) == 3 and early[0] == "early"):
                    raise ValueError("no matches ahead")
                self._keep_answers(early)
            reply = _read(self._proc.stdout)
        except Exception:
            reply = None
        finally:
            self._lock.release()
        if not (isinstance(reply, tuple) and len(reply) == 2 and reply[0] == "ok"):
            self._fail()
            return None
        self.answered += 1
        return reply[1]

    def _fail(self) -> None:
        self._failed = True
        self.close()

    def close(self) -> None:
        proc = self._proc
        try:
            proc.stdin.close()
        except Exception:
            pass
        try:
            proc.wait(timeout=2)
        except Exception:
            proc.kill()
        for stream in (proc.stdout,):
            try:
                stream.close()
            except Exception:
                pass


def serve(stdin, stdout) -> None:
    """The helper's side: build the text-only recognizers, greet, then answer until stdin closes."""
    built = all_recognizers()
    recognizers = {r.name: r for r in built if getattr(r, "TEXT_ONLY", False)}
    prematchers = {r.name: r for r in built if getattr(r, "PREMATCH", False)}
    _write(stdout, ("ready", sorted(recognizers), sorted(prematchers)))
    while True:
        request = _read(stdin)
        if request is None:
            return
        text, entities, names, prematch, checks = request
        if prematch or checks:
            # first what the parent reads first, once spaCy is done (analysis.py)
            try:
                early = {name: prematchers[name].regex_spans(text) for name in prematch}
            except Exception:  # the parent scans the text itself
                early = None
            _write(stdout, ("early", early, [_check(name, checked) for name, checked in checks]))
        try:
            reply = ("ok", [recognizers[name].analyze(text=text, entities=entities, nlp_artifacts=None) for name in names])
        except Exception as exc:  # the parent runs them itself and stops using the helper
            reply = ("error", repr(exc))
        _write(stdout, reply)


def _check(name: str, text: str) -> tuple[bool, object]:
    """(True, the answer) to one of ahead.py's checks, or (False, None): the parent then runs it."""
    try:
        return True, ahead.compute(name, text)
    except Exception:
        return False, None


def main() -> None:
    serve_standard_streams(serve)


if __name__ == "__main__":
    main()
