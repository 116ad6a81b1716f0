"""Messages between this process and a helper process of ours: length-prefixed pickles over a pipe.

The detector's helper (detect/offload.py) and the model's child (llm/process.py) both speak it over
their standard streams. Only our own processes are at either end, so pickle's trust is theirs.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
from collections.abc import Callable
from typing import BinaryIO

_LENGTH = struct.Struct("!I")


def write_message(stream, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def take_message(buffer: bytearray):
    """The first whole message in ``buffer``, removed from it, or None while it holds none yet (for a
    reader that waits with select and its own timeout rather than in a blocking read)."""
    if len(buffer) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack_from(buffer)
    end = _LENGTH.size + size
    if len(buffer) < end:
        return None
    data = bytes(buffer[_LENGTH.size:end])
    del buffer[:end]
    return pickle.loads(data)


def read_message(stream):
    """The next message, or None at the end of the stream."""
    head = stream.read(_LENGTH.size)
    if len(head) < _LENGTH.size:
        return None
    (size,) = _LENGTH.unpack(head)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


def serve_standard_streams(serve: Callable[[BinaryIO, BinaryIO], None]) -> None:
    """A helper process's whole life: ``serve`` reads messages from stdin and answers on stdout until
    the parent closes its end, then the process ends at once (no interpreter teardown to wait for)."""
    # The protocol owns the standard streams; anything a library prints must not corrupt it.
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr
    try:
        serve(stdin, stdout)
    except (BrokenPipeError, KeyboardInterrupt):
        pass
    os._exit(0)
