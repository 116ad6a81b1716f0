"""Which platform an export is from, told by its layout, and its posts one at a time.

``open_export(path)`` takes the ``.zip`` as downloaded, the unpacked folder, a single file of an
export (``tweets.js``, ``outbox.json``, ``Shares.csv``...) or a plain CSV with a ``text`` column; it
returns None for anything else, which the caller reads as today's JSON Lines."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from types import ModuleType

from ..errors import InputError
from . import csvfile, facebook, instagram, linkedin, mastodon, reddit, x
from .archive import Archive, FileArchive, FolderArchive, ZipArchive, is_zip, open_text
from .post import Post

# In the order tried: the first whose files are there reads the export.
READERS: tuple[ModuleType, ...] = (x, mastodon, facebook, instagram, linkedin, reddit)
NAMES = {"x": "X", "facebook": "Facebook", "instagram": "Instagram", "linkedin": "LinkedIn", "reddit": "Reddit",
         "mastodon": "Mastodon", "csv": "CSV", "jsonl": "JSON Lines"}


def looked_for() -> str:
    return ", ".join(reader.LOOKED_FOR for reader in READERS)


@dataclass
class Export:
    archive: Archive
    reader: ModuleType
    files: list[str] = field(default_factory=list)

    @property
    def platform(self) -> str:
        return self.reader.PLATFORM

    def posts(self) -> Iterator[Post]:
        try:
            yield from self.reader.read(self.archive, self.files)
        finally:
            self.archive.close()

    def fraction_read(self) -> float:
        """How much of the files of posts has been read, 0 to 1: the progress of a stream of posts."""
        total = sum(self.archive.sizes[f] for f in self.files)
        return min(1.0, self.archive.bytes_read / total) if total else 1.0


def _csv_reader(archive: Archive, member: str) -> ModuleType:
    """A lone CSV: LinkedIn's or Reddit's by its columns, else a plain CSV of posts."""
    header = open_text(archive, member).readline().lower()
    if "sharecommentary" in header:
        return linkedin
    if "permalink" in header and "subreddit" in header:
        return reddit
    return csvfile


def _detect(archive: Archive) -> Export | None:
    for reader in READERS:
        files = reader.members(archive)
        if files:
            for member in files:
                archive.vet(member)
            return Export(archive, reader, files)
    return None


def open_export(path: str) -> Export | None:
    if path == "-" or not os.path.exists(path):
        return None
    if os.path.isdir(path):
        export = _detect(FolderArchive(path))
        if export is None:
            raise InputError(f"{path}: is a directory with no platform export in it (looked for {looked_for()})")
        return export
    if is_zip(path):
        archive = ZipArchive(path)
        export = _detect(archive)
        if export is None:
            archive.close()
            raise InputError(f"{path}: no posts found in this archive (looked for {looked_for()})")
        return export
    archive = FileArchive(path)
    (member,) = archive.members
    if member.lower().endswith(".csv"):
        reader = _csv_reader(archive, member)
        return Export(archive, reader, [member])
    if member.lower().endswith((".js", ".json")):
        return _detect(archive)
    return None


def open_to_check(path: str) -> Export:
    """The export (or CSV of posts) at ``path``, for the app; anything else is a one-line InputError
    (JSON Lines, which the app does not list, included: `rewriter audit` reads it)."""
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file or folder")
    export = open_export(path)
    if export is None:
        raise InputError(f"{path}: not a platform export or a CSV with a 'text' column (looked for {looked_for()})")
    return export
