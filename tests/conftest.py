"""Test-wide guards and shared fixtures.

The network guard refuses every socket connect and DNS lookup in this process and records each
attempt; a test during which anything tried fails, even when the library caught the refusal and
carried on (tldextract does exactly that). Subprocesses get the same guard through
``tests/netguard/sitecustomize.py`` (see the ``cli`` fixture).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from rewriter.config import Config

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED = ROOT.parent / "shared"
ATTEMPTS: list[str] = []


def _refuse(*args, **kwargs):
    ATTEMPTS.append(repr(args[1:] if len(args) > 1 else args))
    raise OSError("network access is blocked in tests")


_BLOCKED = [
    (socket.socket, "connect"),
    (socket.socket, "connect_ex"),
    (socket, "getaddrinfo"),
    (socket, "gethostbyname"),
    (socket, "gethostbyname_ex"),
    (socket, "gethostbyaddr"),
    (socket, "create_connection"),
]
_ORIGINALS = {(owner, name): getattr(owner, name) for owner, name in _BLOCKED}


def pytest_configure(config):
    for owner, name in _BLOCKED:
        setattr(owner, name, _refuse)


def pytest_unconfigure(config):
    for (owner, name), original in _ORIGINALS.items():
        setattr(owner, name, original)


@pytest.fixture(autouse=True)
def no_network_attempts():
    ATTEMPTS.clear()
    yield
    assert not ATTEMPTS, f"the code under test tried to reach the network: {ATTEMPTS}"


@pytest.fixture(scope="session")
def detector():
    """The real detector (real Presidio, real spaCy model), built once for the session."""
    from rewriter.detect import Detector

    return Detector(Config())


@pytest.fixture(scope="session")
def find(detector):
    """find(text) -> list of (text, entity_type) for quick assertions."""

    def _find(text: str, role: str | None = None):
        return [(s.text, s.entity_type) for s in detector.detect(text, role=role)]

    return _find


@pytest.fixture(scope="session")
def floor(detector):
    """floor(text, role) -> the deterministic rewrite alone (detection, review, generaliser; no model):
    what the rewrite falls back to, so tests of its grammar read it without the model's variance."""
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    pipe = Pipeline(Config(), detector)

    def _floor(text: str, role: str = "other") -> str:
        spans = detector.detect(text, role=role)
        return pipe.generalised(text, spans, role, pipe.review(text, spans))[0]

    return _floor


def flagged_in(find, text: str, word: str, role: str | None = None) -> list:
    """The (text, entity_type) pairs ``find`` reports for ``text`` whose text holds ``word``."""
    return [(t, kind) for t, kind in find(text, role) if word in t]


def labelled_texts() -> list[str]:
    """Every labelled draft's text the checkout can see (the shared dev sets and the writers' risk drafts):
    a thousand and more real posts for tests that compare two readings of the same model."""
    import json

    texts = []
    for path in [SHARED / "data" / "dev_drafts.jsonl", SHARED / "data" / "dev_drafts2.jsonl",
                 *sorted((ROOT / "benchmarks" / "data" / "risk_drafts").glob("*.jsonl"))]:
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


@pytest.fixture
def isolated_env(tmp_path):
    """A fresh HOME, XDG dirs and TMPDIR, so nothing reads or writes the developer's own files."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REWRITER_", "XDG_"))}
    home = tmp_path / "home"
    for sub in ("config", "data", "cache", "state", "tmp"):
        (home / sub).mkdir(parents=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        TMPDIR=str(home / "tmp"),
    )
    return env


class CliRun:
    def __init__(self, proc: subprocess.CompletedProcess, netlog: Path):
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr
        self.network_attempts = netlog.read_text() if netlog.exists() else ""


@pytest.fixture
def cli(isolated_env, tmp_path):
    """cli(*args, input=None) runs `python -m rewriter` in a subprocess with the network guard."""
    netlog = tmp_path / "network-attempts.log"

    def run(*args, input: str | bytes | None = None, env: dict | None = None, cwd=None, timeout=300):
        full_env = dict(isolated_env)
        full_env["PYTHONPATH"] = os.pathsep.join([str(TESTS / "netguard"), str(ROOT)])
        full_env["REWRITER_NETGUARD_LOG"] = str(netlog)
        full_env.update(env or {})
        data = input.encode("utf-8") if isinstance(input, str) else input
        proc = subprocess.run(
            [sys.executable, "-m", "rewriter", *args],
            input=data if data is not None else b"",
            capture_output=True,
            env=full_env,
            cwd=cwd or tmp_path,
            timeout=timeout,
        )
        result = CliRun(
            subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"),
                                        proc.stderr.decode("utf-8", "replace")),
            netlog,
        )
        assert not result.network_attempts, f"the CLI tried to reach the network: {result.network_attempts}"
        return result

    return run


def cancelled_at_first_token(backend, messages) -> list[str]:
    """Ask ``backend`` for ``messages`` and cancel as the first token arrives; the pieces streamed by then.
    The generation must end in Cancelled."""
    import threading

    from rewriter.errors import Cancelled

    cancel = threading.Event()
    pieces: list[str] = []

    def on_token(piece):
        pieces.append(piece)
        cancel.set()

    with pytest.raises(Cancelled):
        backend.generate(messages, on_token=on_token, cancel=cancel)
    return pieces
