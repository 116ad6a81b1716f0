"""Facebook: the posts and comments JSON of "Download your information" (JSON format), under the
activity folder: ``your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json`` in
recent exports, ``posts/your_posts_1.json`` in older ones (any ``your_posts*.json`` is read, in number
order); then ``your_facebook_activity/comments_and_reactions/comments.json`` (older:
``comments/comments.json``), the comments the user wrote.

Each file is a list of ``{"timestamp": 1577836800, "data": [{"post": "..."}, {"update_timestamp": ...}],
"attachments": [{"data": [{"external_context": {"url": ...}}, {"media": {...}}, ...]}], "title":
"Jane Doe shared a link."}``. Read: the ``data[].post`` texts, ``timestamp``, the ``external_context``
URL (a link-only post is checked as its link) and ``title`` (which says when the post is a share of
someone else's post: a repost). Facebook gives no id or address for a post.

The comments file is an object, ``{"comments_v2": [{"timestamp": ..., "data": [{"comment": {"timestamp":
..., "comment": "text", "author": "Jane Doe"}}], "attachments": [...], "title": "Jane Doe commented on
Kit's post."}]}`` (``"comments"`` in place of ``"comments_v2"`` in the oldest exports). Read: the
``data[].comment.comment`` texts and the comment's ``timestamp``. A comment that is only a sticker or
a GIF (an empty text and an attachment) has nothing of the user's to check; no address is given.

Every non-ASCII character is mis-encoded: each UTF-8 byte is written as its own ``\\u00XX`` escape
("é" arrives as "Ã©"); ``reading.repair_mojibake`` undoes it.

Layout read from: apparebit/deface (``deface/ingest.py``: the post, data, attachments, timestamp and
title keys, and its README on the broken encoding), NorseKode/Waultar-App
``documents/parser/content_examples.md`` (escaped bytes such as ``L\\u00c3\\u00b8ye``) and
mitchealex1/facebook-json-archive-encoding-fix (the latin-1/UTF-8 repair). The comments layout:
NorseKode/Waultar-App ``documents/parser/content_examples.md`` (``comments_and_reactions/comments.json``
with ``comments_v2``, ``data[].comment.{timestamp, comment, author}``, ``title``, and the empty comment
with a sticker or GIF attachment). None of it copied.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .archive import Archive, natural_key, open_text
from .post import Post
from .reading import is_placeholder, iso_from_timestamp, iter_json_array, repair_mojibake

PLATFORM = "facebook"
LOOKED_FOR = "posts/your_posts_1.json or comments_and_reactions/comments.json (Facebook)"
_POSTS = re.compile(r"(^|/)your_posts[^/]*\.json$", re.IGNORECASE)
_COMMENTS = re.compile(r"(^|/)comments(_and_reactions)?/comments\.json$", re.IGNORECASE)
_OPENING = re.compile(r"^\s*\[")
_COMMENTS_OPENING = re.compile(r'"comments(?:_v2)?"\s*:\s*\[')
# "Jane Doe shared Sam Roe's post.", "... shared a video." - not "shared a link" (own) or "a memory" (own, again)
_SHARE_OF_ANOTHER = re.compile(r"\bshared\b(?!\s+(?:a\s+link|a\s+memory|an?\s+album))[^.]*\b(?:post|video|photo|reel)\b",
                               re.IGNORECASE)


def members(archive: Archive) -> list[str]:
    posts = sorted((m for m in archive.members if _POSTS.search(m)), key=natural_key)
    return posts + sorted((m for m in archive.members if _COMMENTS.search(m)), key=natural_key)


def _link(item: dict) -> str | None:
    for attachment in item.get("attachments") or []:
        for entry in (attachment or {}).get("data") or []:
            url = ((entry or {}).get("external_context") or {}).get("url")
            if isinstance(url, str) and url:
                return url
    return None


def _comments(archive: Archive, member: str) -> Iterator[Post]:
    for item in iter_json_array(open_text(archive, member), _COMMENTS_OPENING, archive.where(member)):
        if not isinstance(item, dict):
            continue
        comments = [d["comment"] for d in item.get("data") or []
                    if isinstance(d, dict) and isinstance(d.get("comment"), dict)]
        texts = [repair_mojibake(c["comment"]) for c in comments if isinstance(c.get("comment"), str)]
        when = item.get("timestamp") or next((c.get("timestamp") for c in comments), None)
        yield Post(text="\n\n".join(t for t in texts if t.strip()), platform=PLATFORM, date=iso_from_timestamp(when))


def read(archive: Archive, files: list[str]) -> Iterator[Post]:
    for member in files:
        if _COMMENTS.search(member):
            yield from _comments(archive, member)
            continue
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
