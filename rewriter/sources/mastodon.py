"""Mastodon: ``outbox.json`` of the archive from Preferences > Import and export > Request your archive.

``outbox.json`` is an ActivityPub ``OrderedCollection``: ``{"type": "OrderedCollection", "orderedItems":
[activity...]}``. A ``Create`` activity carries the post in ``object``: ``{"id":
"https://server/users/NAME/statuses/ID", "type": "Note", "url": "https://server/@NAME/ID", "published":
"2022-11-01T10:00:00Z", "summary": content warning or null, "content": "<p>HTML</p>"}``. An
``Announce`` is a boost of someone else's post; its ``object`` is only that post's address, so it
has no text of the user's to check (a repost). Read: the object's id (its last part as the post id),
url, published, summary and content, the HTML made plain text (links keep their full address).

Layout read from: superseriousbusiness/gotosocial ``docs/federation/federating_with_gotosocial/outbox.md``
(OrderedCollection, orderedItems, Create with published/object), a Swift ``mastodon-archive-reader``
(``APubOutbox``: the outbox must be an OrderedCollection of orderedItems) and an OCaml archive reader
(Create -> object.content, Announce -> object url). None of it copied.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .archive import Archive, open_text
from .post import Post
from .reading import html_to_text, iso_from_text, iter_json_array

PLATFORM = "mastodon"
LOOKED_FOR = "outbox.json (Mastodon)"
_OPENING = re.compile(r'"orderedItems"\s*:\s*\[')


def members(archive: Archive) -> list[str]:
    return archive.find("outbox.json")


def _content(note: dict) -> str:
    content = note.get("content")
    if not isinstance(content, str):
        languages = note.get("contentMap")
        content = next(iter(languages.values()), "") if isinstance(languages, dict) and languages else ""
    text = html_to_text(content) if isinstance(content, str) else ""
    warning = note.get("summary")
    if isinstance(warning, str) and warning.strip():
        text = f"{html_to_text(warning)}\n\n{text}".strip()
    return text


def read(archive: Archive, files: list[str]) -> Iterator[Post]:
    for member in files:
        for activity in iter_json_array(open_text(archive, member), _OPENING, archive.where(member)):
            if not isinstance(activity, dict):
                continue
            kind, obj = activity.get("type"), activity.get("object")
            if kind == "Announce":
                url = obj if isinstance(obj, str) else None
                yield Post(text="", platform=PLATFORM, date=iso_from_text(activity.get("published")),
                           url=url, repost=True)
                continue
            if kind != "Create" or not isinstance(obj, dict) or obj.get("type") == "Tombstone":
                continue
            object_id = obj.get("id") if isinstance(obj.get("id"), str) else None
            url = obj.get("url") if isinstance(obj.get("url"), str) else object_id
            yield Post(
                text=_content(obj),
                platform=PLATFORM,
                post_id=object_id.rstrip("/").rsplit("/", 1)[-1] if object_id else None,
                date=iso_from_text(obj.get("published") or activity.get("published")),
                url=url,
            )
