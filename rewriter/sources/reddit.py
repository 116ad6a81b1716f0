"""Reddit: ``posts.csv`` and ``comments.csv`` of the data request (reddit.com/settings/data-request).

``posts.csv`` columns: ``id``, ``permalink`` (the full address), ``date`` (``2025-05-18 04:35:32 UTC``),
``ip``, ``subreddit``, ``gildings``, ``title``, ``url`` (the link of a link post), ``body``.
``comments.csv``: ``id``, ``permalink``, ``date``, ``ip``, ``subreddit``, ``gildings``, ``link``,
``parent``, ``body``, ``media``. Read: id, permalink, date, title and body (a post is its title and
body; a link post with no body is checked with its link). ``ip`` is never read. A body of
``[deleted]`` or ``[removed]`` is Reddit's placeholder, not the user's words: nothing to check.

Layout read from: a metadata table of a Reddit-export viewer (``reddit_posts``: id, permalink, date
"2025-05-18 04:35:32 UTC", ip, subreddit, gildings, title, url, body; ``reddit_comments`` likewise),
found through the project's code search.
"""

from __future__ import annotations

from collections.abc import Iterator

from .archive import Archive, open_text
from .post import Post
from .reading import csv_rows, iso_from_text, is_placeholder

PLATFORM = "reddit"
LOOKED_FOR = "posts.csv and comments.csv (Reddit)"


def members(archive: Archive) -> list[str]:
    return archive.find("posts.csv") + archive.find("comments.csv")


def _text(row: dict[str, str]) -> str:
    parts = [row.get("title", "").strip()]
    body = row.get("body", "").strip()
    if body and not is_placeholder(body):
        parts.append(body)
    elif not body:
        link = row.get("url", "").strip()
        if link and link != row.get("permalink", "").strip():
            parts.append(link)
    return "\n\n".join(p for p in parts if p)


def read(archive: Archive, files: list[str]) -> Iterator[Post]:
    for member in files:
        for row in csv_rows(open_text(archive, member), archive.where(member), ("id", "date", "body")):
            yield Post(text=_text(row), platform=PLATFORM, post_id=row.get("id", "").strip() or None,
                       date=iso_from_text(row.get("date")), url=row.get("permalink", "").strip() or None)
