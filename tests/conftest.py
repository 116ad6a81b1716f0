"""Test-wide guards and shared fixtures.

The network guard makes any socket connect or DNS lookup fail the test that made it, so "offline"
is checked on every test, not asserted once.
"""

from __future__ import annotations

import socket

import pytest

from rewriter.config import Config


class NetworkAttempt(AssertionError):
    pass


def _refuse(*args, **kwargs):
    raise NetworkAttempt(f"network access attempted: {args[1:] if len(args) > 1 else args}")


_BLOCKED = {
    (socket.socket, "connect"): _refuse,
    (socket.socket, "connect_ex"): _refuse,
    (socket, "getaddrinfo"): _refuse,
    (socket, "gethostbyname"): _refuse,
    (socket, "gethostbyname_ex"): _refuse,
    (socket, "gethostbyaddr"): _refuse,
    (socket, "create_connection"): _refuse,
}
_ORIGINALS = {key: getattr(key[0], key[1]) for key in _BLOCKED}


def _block():
    for (owner, name), fake in _BLOCKED.items():
        setattr(owner, name, fake)


def _unblock():
    for (owner, name), original in _ORIGINALS.items():
        setattr(owner, name, original)


def pytest_configure(config):
    _block()


def pytest_unconfigure(config):
    _unblock()


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
