"""Reading drafts from files or standard input, with one-line errors instead of tracebacks."""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import InputError

MAX_BYTES = 8 * 1024 * 1024  # a social media draft is never this big; refuse before using the memory


def guess_encoding(data: bytes) -> str:
    """A best guess for bytes that are not UTF-8, for the error message only."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    utf16 = _utf16_without_mark(data)
    if utf16:
        return utf16
    if any(0x80 <= b <= 0x9F for b in data):
        return "cp1252"
    return "latin-1"


# Control bytes no text file in any legacy encoding holds (tab, line breaks, form feed and escape are
# text: a draft may carry an escape sequence, which is shown, not obeyed). A draft with more of them
# than this share is an image, a PDF, a word processor's file...: not text, whatever encoding is tried.
_BINARY_BYTES = frozenset(range(0x00, 0x09)) | frozenset(range(0x0E, 0x1B)) | frozenset(range(0x1C, 0x20))
_BINARY_SHARE = 0.01


def _utf16_without_mark(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the NUL bytes sit in every other place, as in English UTF-16."""
    sample = data[:4096]
    if len(sample) < 4 or sample.count(0) < len(sample) // 3:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    if odd >= 0.9 * (len(sample) // 2):
        return "utf-16-le"
    if even >= 0.9 * (len(sample) // 2):
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text in any encoding we could suggest (NUL-padded UTF-16 is text)."""
    sample = data[:65536]
    if not sample or _utf16_without_mark(sample):
        return False
    controls = sum(1 for b in sample if b in _BINARY_BYTES)
    return controls > 0 and (b"\x00" in sample or controls / len(sample) > _BINARY_SHARE)


def not_text(name: str) -> InputError:
    return InputError(f"{name}: not a text file (it looks like a binary file); give the draft as plain text")


# A byte-order mark names its encoding beyond doubt (Windows Notepad saves "Unicode" as UTF-16 LE
# with one), so such a file is read as what it says it is. UTF-32 first: its LE mark starts like UTF-16's.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    if not encoding:
        encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding:
        try:
            return data.decode(encoding).removeprefix("\ufeff")
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise InputError(f"{name}: not valid {encoding} at byte {exc.start}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if looks_binary(data):
            raise not_text(name) from None
        line = data[: exc.start].count(b"\n") + 1
        guess = guess_encoding(data)
        raise InputError(
            f"{name}: not valid UTF-8 at byte {exc.start} (line {line}); "
            f"it looks like {guess}: try --encoding {guess}"
        ) from None
    return text.removeprefix("\ufeff")


def read_file_bytes(path: str, expected: str, limit: int | None = None) -> bytes:
    """The bytes of the file at ``path`` (at most ``limit`` + 1), or a one-line InputError naming it."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{path}: is a directory, expected {expected}")
    try:
        with p.open("rb") as fh:
            return fh.read(-1 if limit is None else limit + 1)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


def read_draft(path: str | None, encoding: str | None = None) -> str:
    """Read a draft from ``path``, or standard input for None or "-"."""
    if path in (None, "-"):
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError("no draft given: name a FILE, or pipe text in (for example: rewriter check - < draft.txt)")
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "standard input"
    else:
        name = str(Path(path))
        data = read_file_bytes(name, "a text file", MAX_BYTES)
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB; split it into smaller drafts")
    text = decode(data, name, encoding)
    if "\x00" in text:
        # NUL bytes are never part of a post; they come from binary files or bad copy-paste.
        text = text.replace("\x00", "")
        if not text.strip():
            raise not_text(name)
    if not text.strip():
        raise InputError(f"{name}: the draft is empty")
    return text
