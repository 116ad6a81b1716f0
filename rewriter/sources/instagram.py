"""Instagram: ``posts_1.json`` (``posts_2.json``...) and ``reels.json`` of "Download your information"
(JSON format), under ``your_instagram_activity/content/`` in recent exports, ``content/`` in older ones
(``media/reels.json`` in some).

Each file is a list of ``{"media": [{"uri": ..., "creation_timestamp": ..., "title": "caption"}],
"title": "caption", "creation_timestamp": ...}``; a post with one photo has its caption only in
``media[0].title``. Read: the caption and the creation time. Same mis-encoding as Facebook (each
UTF-8 byte escaped on its own), repaired. No id or address of a post is given. An empty caption
(a photo posted without words) has nothing to check.

``reels.json`` is an object whose one list holds the reels as posts are held:
``{"ig_reels_media": [{"media": [{"uri": ..., "creation_timestamp": ..., "title": "caption"}]}]}``;
read the same way. (Stories are not read: a story's ``title`` is rarely the user's words and the
story is gone after a day.)

Layout read from: an ``InstagramExportedPost`` TypeScript interface ("posts_1.json data export from
Instagram as of 2025/02/11": media, title, creation_timestamp) and two importers that read
``content/posts_1.json`` (``post.media[].title``), found through the project's code search. Reels,
found the same way: an Instagram-export importer that looks for
``your_instagram_activity/content/reels.json`` (and ``content/reels.json``) and reads
``ig_reels_media[].media[].title`` and ``creation_timestamp``; a Python export extractor that counts
``ig_reels_media[].media[].creation_timestamp`` of ``your_instagram_activity/content/reels``; a Swift
reader noting that ``reels.json`` and ``stories.json`` wrap their list in one key (``ig_reels_media``,
``ig_stories``) where ``posts_N.json`` is a bare list; scripts reading ``media/reels.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .archive import Archive, natural_key, open_text
from .post import Post
from .reading import iso_from_timestamp, iter_json_array, repair_mojibake

PLATFORM = "instagram"
LOOKED_FOR = "content/posts_1.json or content/reels.json (Instagram)"
_POSTS = re.compile(r"(^|/)posts_\d+\.json$", re.IGNORECASE)
_REELS = re.compile(r"(^|/)(content|media)/reels\.json$", re.IGNORECASE)
_OPENING = re.compile(r"^\s*\[")
_REELS_OPENING = re.compile(r'"ig_reels_media"\s*:\s*\[')


def members(archive: Archive) -> list[str]:
    posts = sorted((m for m in archive.members if _POSTS.search(m)), key=natural_key)
    return posts + sorted((m for m in archive.members if _REELS.search(m)), key=natural_key)


def _post(item: dict) -> Post:
    media = [m for m in item.get("media") or [] if isinstance(m, dict)]
    caption = item.get("title")
    if not (isinstance(caption, str) and caption.strip()):
        caption = next((m["title"] for m in media if isinstance(m.get("title"), str) and m["title"].strip()), "")
    when = item.get("creation_timestamp") or next((m.get("creation_timestamp") for m in media), None)
    return Post(text=repair_mojibake(caption), platform=PLATFORM, date=iso_from_timestamp(when))


def read(archive: Archive, files: list[str]) -> Iterator[Post]:
    for member in files:
        opening = _REELS_OPENING if _REELS.search(member) else _OPENING
        for item in iter_json_array(open_text(archive, member), opening, archive.where(member)):
            if isinstance(item, dict):
                yield _post(item)
