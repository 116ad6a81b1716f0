"""A plain CSV file of posts: a header row with a ``text`` column, and optionally ``id``, ``date`` and
``url`` columns (any others are ignored). The way to audit posts from a platform whose export we do
not read: put them in a spreadsheet and save it as CSV (UTF-8)."""

from __future__ import annotations

from collections.abc import Iterator

from .archive import Archive, open_text
from .post import Post
from .reading import csv_rows, iso_from_text

PLATFORM = "csv"
LOOKED_FOR = "a .csv file with a 'text' column"


def read(archive: Archive, files: list[str]) -> Iterator[Post]:
    for member in files:
        for row in csv_rows(open_text(archive, member), archive.where(member), ("text",)):
            date = row.get("date", "").strip()
            yield Post(text=row["text"].replace("\x00", ""), platform=PLATFORM,
                       post_id=row.get("id", "").strip() or None,
                       date=iso_from_text(date) or (date or None),
                       url=row.get("url", "").strip() or None)
