"""Remembering a setting the user chose in the app: the role, written into their config file.

No TOML writer is installed, and rewriting the whole file would drop the user's comments and layout, so
this is a targeted line edit: the top-level ``role = ...`` line is replaced, or one is added at the top
of the file. The result is parsed again and must hold exactly the old settings with the new role, or
nothing is written. A new file is created readable by the user only.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

from .config import ROLES, normalise_role, user_config_dir
from .errors import ConfigError
from .outputs import is_a_device_or_pipe

HEADER = "# rewriter settings; config.example.toml describes every key.\n"
ROLE_LINE = re.compile(r"^[ \t]*role[ \t]*=")
TABLE_LINE = re.compile(r"^[ \t]*\[")


def user_config_file() -> Path:
    """The user's own config file (read when no --config, $REWRITER_CONFIG or ./rewriter.toml is used)."""
    return user_config_dir() / "config.toml"


def remember_role(role: str, path: Path | None = None) -> Path:
    """Write ``role`` into the config file at ``path`` (the user's by default); returns the file written."""
    role = normalise_role(role)
    if role not in ROLES:
        raise ConfigError(f"role: expected one of {', '.join(ROLES)}, got {role!r}")
    target = (path or user_config_file()).expanduser().resolve()  # a linked dotfile: edit the file itself
    line = f'role = "{role}"'
    if target.exists():
        old = _read(target)
        new = with_role_line(old, line)
        expected = {**_parse(old, target), "role": role}
        mode = target.stat().st_mode & 0o777
    else:
        new, expected, mode = f"{HEADER}{line}\n", {"role": role}, 0o600
    if _parse(new, target) != expected:  # the edit would change more than the role: do not write it
        raise ConfigError(f"{target}: could not change only the role line; set role = \"{role}\" there yourself")
    _write(target, new, mode)
    return target


def with_role_line(text: str, line: str) -> str:
    """``text`` with its top-level role line replaced by ``line``, or ``line`` added at the top."""
    lines = text.splitlines(keepends=True)
    for i, old in enumerate(lines):
        if TABLE_LINE.match(old):
            break  # past the top level: keys below belong to a table
        if ROLE_LINE.match(old):
            ending = old[len(old.rstrip("\r\n")):] or "\n"
            lines[i] = line + ending
            return "".join(lines)
    newline = "\r\n" if text.count("\r\n") and text.count("\r\n") == text.count("\n") else "\n"
    return line + newline + text


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text; set the role there yourself") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None


def _parse(text: str, path: Path) -> dict:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc}); fix it, then set the role again") from None
    if "role" in data:
        data["role"] = normalise_role(data["role"]) if isinstance(data["role"], str) else data["role"]
    return data


def _write(path: Path, text: str, mode: int) -> None:
    """Replace ``path`` in one step (a crash leaves the old file or the new one, never half of one). A device or a
    named pipe ("--config /dev/null") is written in place: replacing it would put a file where the device was."""
    if is_a_device_or_pipe(path):
        try:
            with open(path, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        except OSError as exc:
            raise ConfigError(f"{path}: cannot write ({exc.strerror})") from None
        return
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise ConfigError(f"{path.parent}: cannot write there ({exc.strerror})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ConfigError(f"{path}: cannot write ({exc.strerror})") from None
