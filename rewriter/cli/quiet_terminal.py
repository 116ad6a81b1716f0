"""The terminal does not echo what is typed while the app starts.

Until Textual takes the terminal over (about a second after ``rewriter tui``), the terminal is in line
mode and echoes every key: a draft typed or pasted at once was drawn on the shell's screen and was
still there, in the scrollback, after the app closed (walk-through 8). The app keeps those keys
(rewriter/tui/early_input.py); the echo is turned off from the first moment the command knows it opens
the app, and the terminal's own settings are put back when it ends, whatever happens. Keys already
waiting in the input at that moment were typed while the echo was on, so they were shown: the caller
clears the screen after the app (``Quieted.keys_were_shown``), since on a busy machine the app may read
them only after it is ready and then does not know they came early.
"""

from __future__ import annotations

import contextlib
import select
import sys
from collections.abc import Iterator
from dataclasses import dataclass

try:
    import termios
except ImportError:  # Windows: no line discipline to quieten
    termios = None  # type: ignore[assignment]


@dataclass
class Quieted:
    keys_were_shown: bool = False  # keys were waiting when the echo went off: the terminal drew them


def _keys_waiting(fd: int) -> bool:
    with contextlib.suppress(OSError, ValueError):
        return bool(select.select([fd], [], [], 0)[0])
    return False


@contextlib.contextmanager
def no_echo_until_done(stream=None) -> Iterator[Quieted]:
    stream = stream if stream is not None else sys.stdin
    state = Quieted()
    try:
        fd = stream.fileno()
        saved = termios.tcgetattr(fd) if termios is not None and stream.isatty() else None
    except (OSError, ValueError, termios.error if termios is not None else OSError):
        saved = None
    if saved is None:
        yield state
        return
    quiet = list(saved)
    # lflag: keys typed stay in the input, unshown; out of line mode, so a line not yet ended is
    # readable too (the app takes raw mode soon anyway) and select() below sees keys already typed
    quiet[3] &= ~(termios.ECHO | termios.ECHONL | termios.ICANON)
    quiet[6] = list(quiet[6])
    quiet[6][termios.VMIN], quiet[6][termios.VTIME] = 1, 0
    with contextlib.suppress(termios.error):
        termios.tcsetattr(fd, termios.TCSANOW, quiet)  # TCSANOW: nothing typed so far is thrown away
    state.keys_were_shown = _keys_waiting(fd)
    try:
        yield state
    finally:
        with contextlib.suppress(termios.error):
            termios.tcsetattr(fd, termios.TCSANOW, saved)
