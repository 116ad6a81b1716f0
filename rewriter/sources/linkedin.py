"""LinkedIn: ``Shares.csv`` (the user's posts) and ``Comments.csv`` (their comments) in the archive from
Settings > Data privacy > Get a copy of your data.

``Shares.csv`` columns: ``Date`` (``2021-05-04 10:20:30``, UTC), ``ShareLink`` (the post's address,
``https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A<id>``), ``ShareCommentary`` (the text: a
quoted field over many lines), ``SharedUrl``, ``MediaUrl``, ``Visibility``. The commentary often comes
quoted twice: after CSV parsing it still starts and ends with ``"``, its lines are joined by
``"\\n"`` and its quotes doubled; that is undone. A share with no commentary is checked as its
``SharedUrl`` (a link-only post). ``Comments.csv``: ``Date``, ``Link``, ``Message``, quotes escaped
with a backslash. LinkedIn does not mark a repost in the export.

Layout read from: Hermione-Granger-1176/linkedin-analyzer (``cleaners/shares.py``: the six columns;
``core/text.py``: the double-quoting of ShareCommentary and the backslash quotes of Comments.csv) and
a LinkedIn data-request README describing ``Date``/``ShareLink``/``ShareCommentary``/``SharedUrl``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from .archive import Archive, open_text
from .post import Post
from .reading import csv_rows, iso_from_text, is_placeholder

PLATFORM = "linkedin"
LOOKED_FOR = "Shares.csv (LinkedIn)"
_ID = re.compile(r"urn:li:(?:share|activity|ugcPost|comment):([\w(),:]+)")


def members(archive: Archive) -> list[str]:
    shares = archive.find("Shares.csv")
    return shares + archive.find("Comments.csv") if shares else []


def unquote_commentary(text: str) -> str:
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        text = text[1:-1].replace('"\n"', "\n").replace('""', '"')
    return text.strip()


def _post_id(link: str) -> str | None:
    found = _ID.search(unquote(link or ""))
    return found.group(1) if found else None


def read(archive: Archive, files: list[str]) -> Iterator[Post]:
    for member in files:
        where = archive.where(member)
        if member.lower().endswith("comments.csv"):
            rows = csv_rows(open_text(archive, member), where, ("Date", "Message"), escapechar="\\")
            for row in rows:
                text = row.get("message", "").strip()
                link = row.get("link", "").strip() or None
                yield Post(text="" if is_placeholder(text) else text, platform=PLATFORM, post_id=_post_id(link),
                           date=iso_from_text(row.get("date")), url=link)
            continue
        for row in csv_rows(open_text(archive, member), where, ("Date", "ShareCommentary")):
            text = unquote_commentary(row.get("sharecommentary", ""))
            if not text:
                text = row.get("sharedurl", "").strip()
            link = row.get("sharelink", "").strip() or None
            yield Post(text=text, platform=PLATFORM, post_id=_post_id(link),
                       date=iso_from_text(row.get("date")), url=link)
