"""Instagram: ``posts_1.json`` (``posts_2.json``...) of "Download your information" (JSON format), under
``your_instagram_activity/content/`` in recent exports, ``content/`` in older ones.

Each file is a list of ``{"media": [{"uri": ..., "creation_timestamp": ..., "title": "caption"}],
"title": "caption", "creation_timestamp": ...}``; a post with one photo has its caption only in
``media[0].title``. Read: the caption and the creation time. Same mis-encoding as Facebook (each
UTF-8 byte escaped on its own), repaired. No id or address of a post is given. An empty caption
(a photo posted without words) has nothing to check.

Layout read from: an ``InstagramExportedPost`` TypeScript interface ("posts_1.json data export from
Instagram as of 2025/02/11": media, title, creation_timestamp) and two importers that read
``content/posts_1.json`` (``post.media[].title``), found through the project's code search.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .archive import Archive, natural_key, open_text
from .post import Post
from .reading import iso_from_timestamp, iter_json_array, repair_mojibake

PLATFORM = "instagram"
LOOKED_FOR = "content/posts_1.json (Instagram)"
_POSTS = re.compile(r"(^|/)posts_\d+\.json$", re.IGNORECASE)
_OPENING = re.compile(r"^\s*\[")


def members(archive: Archive) -> list[str]:
    return sorted((m for m in archive.members if _POSTS.search(m)), key=natural_key)


def read(archive: Archive, files: list[str]) -> Iterator[Post]:
    for member in files:
        for item in iter_json_array(open_text(archive, member), _OPENING, archive.where(member)):
            if not isinstance(item, dict):
                continue
            media = [m for m in item.get("media") or [] if isinstance(m, dict)]
            caption = item.get("title")
            if not (isinstance(caption, str) and caption.strip()):
                caption = next((m["title"] for m in media if isinstance(m.get("title"), str) and m["title"].strip()), "")
            when = item.get("creation_timestamp") or next((m.get("creation_timestamp") for m in media), None)
            yield Post(text=repair_mojibake(caption), platform=PLATFORM, date=iso_from_timestamp(when))
