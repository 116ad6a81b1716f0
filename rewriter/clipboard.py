"""Getting a finished rewrite out of the app: the system clipboard, or a file the user names.

The terminal clipboard (OSC 52) is written by the app itself (Textual's ``copy_to_clipboard``); this module
covers the other two ways, so it stays free of Textual and can be tested on its own.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError


class SystemClipboard:
    """The desktop clipboard through pyperclip (xclip, xsel, wl-copy, pbcopy, Windows), when one exists.

    Looked up once, lazily: on a server or over SSH there is usually none, and then ``available`` is False
    and the app relies on OSC 52 or offers to save to a file.
    """

    def __init__(self):
        self._copy = None
        self._checked = False

    def _lookup(self):
        if not self._checked:
            self._checked = True
            try:
                # Lazy, and inside the try: a broken pyperclip install must not stop the app either.
                import pyperclip

                copy, _paste = pyperclip.determine_clipboard()
            except Exception:  # a broken Qt or GTK install must not stop the app
                copy = None
            # pyperclip's "no clipboard" stand-in is falsy; calling it would raise
            self._copy = copy if copy else None
        return self._copy

    @property
    def available(self) -> bool:
        return self._lookup() is not None

    def copy(self, text: str) -> bool:
        """Put ``text`` on the system clipboard; False when there is none or it failed."""
        copy = self._lookup()
        if copy is None:
            return False
        try:
            copy(text)
        except Exception:  # xclip missing its display, a clipboard owner that died...
            return False
        return True


# Where a copy through the terminal (OSC 52) goes.
TMUX_TAKES_IT = "tmux"  # tmux keeps it as a paste buffer and passes it on to the terminal
TMUX_IGNORES_IT = "tmux ignores it"  # tmux without `set-clipboard on`: it goes nowhere
TERMINAL = "terminal"  # straight to the terminal, which accepts or refuses it without telling us


def terminal_clipboard_route(env: Mapping[str, str] = os.environ) -> str:
    """Where a copy through the terminal (OSC 52) goes, as far as the app can know.

    Inside tmux, tmux decides: only with ``set-clipboard on`` does it take an application's copy (the
    default, ``external``, ignores it). Outside tmux the terminal decides, and never answers.
    """
    if not env.get("TMUX"):
        return TERMINAL
    try:
        # the tmux server this app runs in ($TMUX names it); asked on each copy: the user may change it
        asked = subprocess.run(["tmux", "show-options", "-gv", "set-clipboard"], capture_output=True,
                               text=True, timeout=2, env=dict(env))
    except (OSError, subprocess.SubprocessError):
        return TERMINAL  # cannot ask tmux: say what we would say of any terminal
    if asked.returncode != 0:
        return TERMINAL
    return TMUX_TAKES_IT if asked.stdout.strip() == "on" else TMUX_IGNORES_IT


@dataclass(frozen=True)
class CopyReport:
    """What to tell the user after a copy: where the text went and how to check."""

    arrived: bool  # False: it reached no clipboard at all
    title: str
    message: str


# What to do when a copy of a post's text did not arrive (``copy_report``'s ``otherwise``).
SAVE_INSTEAD = "ctrl+s saves the text to a file"


def copy_report(route: str, system: bool, what: str = "the text", otherwise: str = SAVE_INSTEAD) -> CopyReport:
    """Where a copy of ``what`` went, given the terminal clipboard's ``route`` and whether the system
    clipboard took it; ``otherwise`` is what the user can do when nothing pastes (a clause)."""
    save = f"If nothing pastes, {otherwise}."
    if route == TMUX_TAKES_IT:
        where = "tmux's clipboard (OSC 52, passed on to your terminal)"
        check = "Check: paste it, or run `tmux show-buffer`."
    elif route == TMUX_IGNORES_IT:
        where = ""
        check = "tmux ignores the terminal clipboard (OSC 52) unless `set -g set-clipboard on` is in ~/.tmux.conf."
    else:
        where = "the terminal clipboard (OSC 52)"
        check = "Check: paste it (some terminals refuse OSC 52 unless allowed in their settings)."
    if system:
        message = f"Copied to the system clipboard{' and ' + where if where else ''}. {check}"
        return CopyReport(True, "Copied", message)
    if not where:
        # The title says what was not copied; the message says why and what to do (not the title again).
        thing = what.removeprefix("the ")
        return CopyReport(False, f"{thing[:1].upper()}{thing[1:]} not copied",
                          f"{check} No system clipboard was found. Instead, {otherwise}.")
    return CopyReport(True, "Copied", f"Copied {what} to {where}; no system clipboard was found. {check} {save}")


class NoSystemClipboard:
    """Stands in where there must be no desktop clipboard (tests, or when the user turns it off)."""

    available = False

    def copy(self, text: str) -> bool:
        return False


def save_text(path: str, text: str, overwrite: bool = False) -> Path:
    """Write ``text`` to the file the user named. Only ever called on the user's explicit request.

    The file is created readable by its owner only: it holds a post about someone's client or patient.
    """
    if not path or not path.strip():
        raise InputError("no file name given")
    target = Path(os.path.expanduser(path.strip()))
    if target.is_dir():
        raise InputError(f"{target}: is a directory; name a file")
    if target.exists() and not overwrite:
        raise InputError(f"{target}: already exists; choose another name")
    if not target.parent.is_dir():
        raise InputError(f"{target.parent}: no such folder")
    # Replacing never writes through a symbolic link, and leaves the file readable by its owner only.
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | (os.O_NOFOLLOW if overwrite else os.O_EXCL)
    try:
        fd = os.open(target, flags, 0o600)
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
    except FileExistsError:
        raise InputError(f"{target}: already exists; choose another name") from None
    except PermissionError:
        raise InputError(f"{target}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{target}: cannot write ({exc.strerror})") from None
    return target
