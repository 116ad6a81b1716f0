"""Writing a file the user named that holds draft text: readable by the user only, never through a
symbolic link, and never left half-written.

The text goes to a new file beside the target (created with ``O_EXCL | O_NOFOLLOW`` and mode 0600, so
no one else can have it open or have it point elsewhere), which replaces the target only once everything is
written; when the command fails or is interrupted the new file is removed and the target is as it was.
A target that is a symbolic link is refused: it may point into someone else's file.

A target that is no regular file but a device or a named pipe ("--out /dev/null", a FIFO another program reads)
is written in place: it holds nothing to keep private or half-written, and replacing it would put a private
regular file where the system's device was (run as root, "--out /dev/null" did exactly that).
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from .errors import InputError

PRIVATE_MODE = 0o600


def check_target(path: str) -> Path:
    """The path to write, or a one-line InputError saying why it cannot be written."""
    if not path or not path.strip():
        raise InputError("no file name given")
    target = Path(os.path.expanduser(path))
    if target.is_symlink():
        raise InputError(f"{target}: is a symbolic link; name the file itself (a link may point into someone else's file)")
    if target.is_dir():
        raise InputError(f"{target}: is a directory; name a file")
    if not target.parent.is_dir():
        raise InputError(f"{target.parent}: no such folder")
    return target


def is_a_device_or_pipe(target: Path) -> bool:
    """Does ``target`` exist as something other than a regular file (a device, a named pipe)? Such a target is
    written in place: replacing it would put a regular file where the system's device or a reader's pipe was."""
    try:
        return not stat.S_ISREG(os.stat(target).st_mode)
    except FileNotFoundError:
        return False


class PrivateFile:
    """A text file (UTF-8) for ``path``, readable by its owner only, put in place by ``close(keep=True)``
    (or at the end of a ``with`` block that raised nothing); ``close(keep=False)`` leaves the target as
    it was and no part of the new file behind."""

    def __init__(self, path: str):
        self.target = check_target(path)
        if is_a_device_or_pipe(self.target):
            self._part = None
            try:
                fd = os.open(self.target, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
            except OSError as exc:
                raise InputError(f"{self.target}: cannot write ({exc.strerror})") from None
            self._file = os.fdopen(fd, "w", encoding="utf-8")
            return
        self._part = self.target.with_name(f".{self.target.name}.{secrets.token_hex(4)}.part")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self._part, flags, PRIVATE_MODE)
        except PermissionError:
            raise InputError(f"{self.target}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{self.target}: cannot write ({exc.strerror})") from None
        self._file = os.fdopen(fd, "w", encoding="utf-8")

    def write(self, text: str) -> int:
        return self._file.write(text)

    def close(self, keep: bool = True) -> None:
        if self._file.closed:
            return
        if self._part is None:
            self._file.close()  # a device or a pipe: written in place, nothing to put there or take back
            return
        try:
            self._file.close()
            if keep:
                os.replace(self._part, self.target)
        except OSError as exc:
            keep = False
            raise InputError(f"{self.target}: cannot write ({exc.strerror})") from None
        finally:
            if not keep:
                self._part.unlink(missing_ok=True)

    def __enter__(self) -> PrivateFile:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        # an error or ctrl+c: the user's file stays as it was
        self.close(keep=kind is None)
