"""Facebook: the posts JSON of "Download your information" (JSON format), under the activity folder:
``your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json`` in recent exports,
``posts/your_posts_1.json`` in older ones (any ``your_posts*.json`` is read, in number order).

Each file is a list of ``{"timestamp": 1577836800, "data": [{"post": "..."}, {"update_timestamp": ...}],
"attachments": [{"data": [{"external_context": {"url": ...}}, {"media": {...}}, ...]}], "title":
"Jane Doe shared a link."}``. Read: the ``data[].post`` texts, ``timestamp``, the ``external_context``
URL (a link-only post is checked as its link) and ``title`` (which says when the post is a share of
someone else's post: a repost). Facebook gives no id or address for a post.

Every non-ASCII character is mis-encoded: each UTF-8 byte is written as its own ``\\u00XX`` escape
("é" arrives as "Ã©"); ``reading.repair_mojibake`` undoes it.

Layout read from: apparebit/deface (``deface/ingest.py``: the post, data, attachments, timestamp and
title keys, and its README on the broken encoding), NorseKode/Waultar-App
``documents/parser/content_examples.md`` (escaped bytes such as ``L\\u00c3\\u00b8ye``) and
mitchealex1/facebook-json-archive-encoding-fix (the latin-1/UTF-8 repair). None of it copied.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .archive import Archive, natural_key, open_text
from .post import Post
from .reading import is_placeholder, iso_from_timestamp, iter_json_array, repair_mojibake

PLATFORM = "facebook"
LOOKED_FOR = "posts/your_posts_1.json (Facebook)"
_POSTS = re.compile(r"(^|/)your_posts[^/]*\.json$", re.IGNORECASE)
_OPENING = re.compile(r"^\s*\[")
# "Jane Doe shared Sam Roe's post.", "... shared a video." - not "shared a link" (own) or "a memory" (own, again)
_SHARE_OF_ANOTHER = re.compile(r"\bshared\b(?!\s+(?:a\s+link|a\s+memory|an?\s+album))[^.]*\b(?:post|video|photo|reel)\b",
                               re.IGNORECASE)


def members(archive: Archive) -> list[str]:
    return sorted((m for m in archive.members if _POSTS.search(m)), key=natural_key)


def _link(item: dict) -> str | None:
    for attachment in item.get("attachments") or []:
        for entry in (attachment or {}).get("data") or []:
            url = ((entry or {}).get("external_context") or {}).get("url")
            if isinstance(url, str) and url:
                return url
    return None


def read(archive: Archive, files: list[str]) -> Iterator[Post]:
    for member in files:
        for item in iter_json_array(open_text(archive, member), _OPENING, archive.where(member)):
            if not isinstance(item, dict):
                continue
            texts = [repair_mojibake(d["post"]) for d in item.get("data") or []
                     if isinstance(d, dict) and isinstance(d.get("post"), str)]
            text = "\n\n".join(t for t in texts if t.strip() and not is_placeholder(t))
            link = _link(item)
            if not text and link:
                text = link
            title = item.get("title")
            title = repair_mojibake(title) if isinstance(title, str) else ""
            yield Post(
                text=text,
                platform=PLATFORM,
                date=iso_from_timestamp(item.get("timestamp")),
                repost=bool(_SHARE_OF_ANOTHER.search(title)),
            )
