"""The files of an export, however the user has it: the ``.zip`` as downloaded, the unpacked folder,
or one file of it. A zip is read member by member in memory and never unpacked to disk.

What a downloaded archive can hold that must not be trusted:
- member names that are absolute or climb out with ``..``: nothing is extracted, but such a name is a
  sign the file was made to attack an unzipper, so the whole archive is refused;
- a zip bomb: a member whose declared size, or whose size over its compressed size, is beyond any
  real export (``MAX_MEMBER_BYTES``, ``MAX_RATIO``); reading also stops at the cap whatever a header
  says, so a lying header cannot make us inflate more;
- a partial download: the central directory is missing (truncated file), a member fails its CRC or
  its compressed data ends early. Each is reported as "looks incomplete: download it again".
"""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from ..errors import InputError

# The largest file of posts we read. X's tweets.js for 100,000 tweets is a few hundred MB; nothing a
# platform writes for one person's posts comes near this.
MAX_MEMBER_BYTES = 2 * 1024**3
# Deflate reaches about 1,000:1 only on data made to do so; JSON of real posts compresses 5-20:1.
MAX_RATIO = 200
CHUNK = 1024 * 1024


class IncompleteArchive(InputError):
    pass


def incomplete(name: str) -> IncompleteArchive:
    return IncompleteArchive(f"{name}: the archive looks incomplete: download it again")


def unsafe_member(name: str) -> bool:
    """An absolute path, a Windows drive, or a ``..`` step: a name made to write outside a folder."""
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return True
    return ".." in PurePosixPath(posix).parts


class Archive:
    """The export's files by their path inside it (``/``-separated), each readable as a stream of bytes.

    ``read_bytes`` tracks how much of the export's readable data has been read, for a progress bar
    whose total is not known in posts."""

    def __init__(self, name: str, sizes: dict[str, int]):
        self.name = name
        self.sizes = sizes
        self.bytes_read = 0

    @property
    def members(self) -> list[str]:
        return list(self.sizes)

    def find(self, *suffixes: str) -> list[str]:
        """Members whose path ends with one of ``suffixes`` (whole path parts, case-insensitive), in
        path order: an export may sit one folder down in a re-zipped archive."""
        wanted = [s.lower().strip("/") for s in suffixes]
        found = []
        for member in self.sizes:
            lower = member.lower()
            if any(lower == s or lower.endswith("/" + s) for s in wanted):
                found.append(member)
        return sorted(found, key=natural_key)

    def chunks(self, member: str) -> Iterator[bytes]:
        raise NotImplementedError

    def where(self, member: str) -> str:
        """How messages name a member: the archive, then the file in it."""
        return f"{self.name}: {member}"

    def vet(self, member: str) -> None:
        """Refuse, before anything is read, a member no export could hold (a zip's bombs)."""

    def close(self) -> None:
        pass


def natural_key(path: str):
    """``tweets-part10.js`` after ``tweets-part2.js``."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", path)]


class ZipArchive(Archive):
    def __init__(self, path: str):
        try:
            self.zip = zipfile.ZipFile(path)
        except FileNotFoundError:
            raise InputError(f"{path}: no such file") from None
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except (zipfile.BadZipFile, EOFError, OSError, ValueError):
            raise incomplete(path) from None
        infos = [i for i in self.zip.infolist() if not i.is_dir()]
        for info in infos:
            if unsafe_member(info.filename):
                self.zip.close()
                raise InputError(
                    f"{path}: refused: member {info.filename!r} has an absolute or '..' path, "
                    "which no platform export has")
        super().__init__(path, {i.filename: i.file_size for i in infos})
        self.infos = {i.filename: i for i in infos}

    def vet(self, member: str) -> None:
        info = self.infos[member]
        if info.file_size > MAX_MEMBER_BYTES:
            raise InputError(
                f"{self.name}: refused: {info.filename} would unpack to {info.file_size:,} bytes "
                f"(more than {MAX_MEMBER_BYTES // 1024**3} GB): not a platform export, or a zip bomb")
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > CHUNK:
            raise InputError(
                f"{self.name}: refused: {info.filename} would unpack {info.file_size / info.compress_size:,.0f} "
                f"times its size (more than {MAX_RATIO}): a zip bomb")

    def chunks(self, member: str) -> Iterator[bytes]:
        info = self.infos[member]
        self.vet(member)
        done = 0
        try:
            with self.zip.open(info) as fh:
                while True:
                    block = fh.read(CHUNK)
                    if not block:
                        break
                    done += len(block)
                    if done > min(info.file_size, MAX_MEMBER_BYTES):
                        raise InputError(
                            f"{self.name}: refused: {member} unpacks to more than its header says: a zip bomb")
                    self.bytes_read += len(block)
                    yield block
        except (zipfile.BadZipFile, zlib.error, EOFError):
            raise incomplete(self.name) from None
        except NotImplementedError:
            raise InputError(f"{self.name}: {member} is compressed in a way Python's zipfile cannot read") from None
        except RuntimeError as exc:  # an encrypted member
            raise InputError(f"{self.name}: {member} cannot be read ({exc})") from None
        if done != info.file_size:
            raise incomplete(self.name)

    def close(self) -> None:
        self.zip.close()


class FolderArchive(Archive):
    """An unpacked export. Symbolic links are not followed: the folder's own files only."""

    def __init__(self, path: str):
        self.root = Path(path)
        sizes = {}
        for folder, dirs, files in os.walk(self.root):
            dirs.sort()
            for file in sorted(files):
                full = Path(folder) / file
                if full.is_symlink() or not full.is_file():
                    continue
                sizes[full.relative_to(self.root).as_posix()] = full.stat().st_size
        super().__init__(path, sizes)

    def chunks(self, member: str) -> Iterator[bytes]:
        try:
            with (self.root / member).open("rb") as fh:
                while block := fh.read(CHUNK):
                    self.bytes_read += len(block)
                    yield block
        except OSError as exc:
            raise InputError(f"{self.root / member}: cannot read ({exc.strerror})") from None


class FileArchive(FolderArchive):
    """One file of an export (``tweets.js``, ``outbox.json``, ``Shares.csv``...), as a folder holding it."""

    def __init__(self, path: str):
        file = Path(path)
        self.root = file.parent
        Archive.__init__(self, path, {file.name: file.stat().st_size})

    def where(self, member: str) -> str:
        return self.name


def is_zip(path: str) -> bool:
    if path.lower().endswith(".zip"):
        return True
    try:
        with open(path, "rb") as fh:
            return fh.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def open_archive(path: str) -> Archive:
    if os.path.isdir(path):
        return FolderArchive(path)
    if is_zip(path):
        return ZipArchive(path)
    return FileArchive(path)


class _ChunkStream(io.RawIOBase):
    """A member's byte chunks as a file, for ``io.TextIOWrapper`` (and so for ``csv`` and JSON)."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks = chunks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self._pending:
            self._pending = next(self._chunks, b"")
            if not self._pending:
                return 0
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


class _Utf8Text(io.TextIOWrapper):
    """UTF-8 text whose decoding errors are one-line InputErrors naming the file."""

    def __init__(self, raw, where: str):
        super().__init__(raw, encoding="utf-8-sig", newline="")
        self.where = where

    def _not_utf8(self, exc: UnicodeDecodeError) -> InputError:
        return InputError(f"{self.where}: not valid UTF-8 text ({exc.reason})")

    def read(self, size: int | None = -1) -> str:
        try:
            return super().read(size)
        except UnicodeDecodeError as exc:
            raise self._not_utf8(exc) from None

    def readline(self, size: int = -1) -> str:
        try:
            return super().readline(size)
        except UnicodeDecodeError as exc:
            raise self._not_utf8(exc) from None

    def __next__(self) -> str:
        try:
            return super().__next__()
        except UnicodeDecodeError as exc:
            raise self._not_utf8(exc) from None


def open_text(archive: Archive, member: str) -> io.TextIOWrapper:
    """The member as UTF-8 text (a byte-order mark dropped), read as it is needed. Newlines are left
    as they are, as ``csv`` wants them."""
    raw = io.BufferedReader(_ChunkStream(archive.chunks(member)), buffer_size=CHUNK)
    return _Utf8Text(raw, archive.where(member))
