"""The terminal does not echo what is typed while the app starts.

Until Textual takes the terminal over (about a second after ``rewriter tui``), the terminal is in line
mode and echoes every key: a draft typed or pasted at once was drawn on the shell's screen and was
still there, in the scrollback, after the app closed (walk-through 8). The app keeps those keys
(rewriter/tui/early_input.py); the echo is turned off from the first moment the command knows it opens
the app, and the terminal's own settings are put back when it ends, whatever happens.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

try:
    import termios
except ImportError:  # Windows: no line discipline to quieten
    termios = None  # type: ignore[assignment]


@contextlib.contextmanager
def no_echo_until_done(stream=None) -> Iterator[None]:
    stream = stream if stream is not None else sys.stdin
    try:
        fd = stream.fileno()
        saved = termios.tcgetattr(fd) if termios is not None and stream.isatty() else None
    except (OSError, ValueError, termios.error if termios is not None else OSError):
        saved = None
    if saved is None:
        yield
        return
    quiet = list(saved)
    quiet[3] &= ~(termios.ECHO | termios.ECHONL)  # lflag; keys typed stay in the input, unshown
    with contextlib.suppress(termios.error):
        termios.tcsetattr(fd, termios.TCSANOW, quiet)  # TCSANOW: nothing typed so far is thrown away
    try:
        yield
    finally:
        with contextlib.suppress(termios.error):
            termios.tcsetattr(fd, termios.TCSANOW, saved)
