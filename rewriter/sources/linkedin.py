"""LinkedIn: ``Shares.csv`` (the user's posts), ``Comments.csv`` (their comments) and
``InstantReposts.csv`` (their reposts) in the archive from Settings > Data privacy > Get a copy of your
data. Newer archives add the member's number to the name (``Shares_12345678.csv``); both are read.

``Shares.csv`` columns: ``Date`` (``2021-05-04 10:20:30``, UTC), ``ShareLink`` (the post's address,
``https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A<id>``), ``ShareCommentary`` (the text: a
quoted field over many lines), ``SharedUrl``, ``MediaUrl``, ``Visibility``. The commentary often comes
quoted twice: after CSV parsing it still starts and ends with ``"``, its lines are joined by
``"\\n"`` and its quotes doubled; that is undone. A share with no commentary is checked as its
``SharedUrl`` (a link-only post), unless it is a repost (below). ``Comments.csv``: ``Date``, ``Link``,
``Message``, quotes escaped with a backslash.

Reposts: a repost without words of the user's ("instant repost") is a row of ``InstantReposts.csv``
(``Date``, ``Link``: the reposted post); in ``Shares.csv`` it is a row with no commentary whose
``SharedUrl`` (or ``MediaUrl``) is the address of a LinkedIn post rather than of an article. Either
is a repost with no text of the user's: counted apart, nothing to check. A repost WITH commentary is
the user's post: the commentary is read and checked.

Layout read from: Hermione-Granger-1176/linkedin-analyzer (``cleaners/shares.py``: the six columns;
``core/text.py``: the double-quoting of ShareCommentary and the backslash quotes of Comments.csv) and
a LinkedIn data-request README describing ``Date``/``ShareLink``/``ShareCommentary``/``SharedUrl``.
Reposts and numbered names: a Rust manifest of every file of a "Complete" LinkedIn export
(``InstantReposts_<id>.csv``: "Posts you reposted instantly (date, post link)"; ``Shares_<id>.csv``,
``Comments_<id>.csv``), a Python LinkedIn-export parser reading ``Date`` and ``Link`` of the
instant reposts, and an export script that globs ``Shares_*.csv``/``InstantReposts_*.csv`` and drops
the shares with no commentary as reshares (found through the project's code search).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from .archive import Archive, natural_key, open_text
from .post import Post
from .reading import csv_rows, iso_from_text, is_placeholder

PLATFORM = "linkedin"
LOOKED_FOR = "Shares.csv or InstantReposts.csv (LinkedIn)"
_ID = re.compile(r"urn:li:(?:share|activity|ugcPost|comment):([\w(),:]+)")
# The files by name, with or without the member number newer archives append.
_SHARES = re.compile(r"(^|/)Shares(_\d+)?\.csv$", re.IGNORECASE)
_COMMENTS = re.compile(r"(^|/)Comments(_\d+)?\.csv$", re.IGNORECASE)
_REPOSTS = re.compile(r"(^|/)InstantReposts(_\d+)?\.csv$", re.IGNORECASE)
# The address of a post on LinkedIn (someone's post, reposted), not of an article or a file.
_LINKEDIN_POST = re.compile(r"^https?://([\w-]+\.)?linkedin\.com/(feed/update/urn(:|%3A)li(:|%3A)|posts/)",
                            re.IGNORECASE)


def _named(archive: Archive, name: re.Pattern) -> list[str]:
    return sorted((m for m in archive.members if name.search(m)), key=natural_key)


def members(archive: Archive) -> list[str]:
    shares, reposts = _named(archive, _SHARES), _named(archive, _REPOSTS)
    if not (shares or reposts):
        return []
    return shares + _named(archive, _COMMENTS) + reposts


def unquote_commentary(text: str) -> str:
    if len(text) >= 2 and text.startswith('"') and text.endswith('"'):
        text = text[1:-1].replace('"\n"', "\n").replace('""', '"')
    return text.strip()


def _post_id(link: str) -> str | None:
    found = _ID.search(unquote(link or ""))
    return found.group(1) if found else None


def _comments(archive: Archive, member: str) -> Iterator[Post]:
    rows = csv_rows(open_text(archive, member), archive.where(member), ("Date", "Message"), escapechar="\\")
    for row in rows:
        text = row.get("message", "").strip()
        link = row.get("link", "").strip() or None
        yield Post(text="" if is_placeholder(text) else text, platform=PLATFORM, post_id=_post_id(link),
                   date=iso_from_text(row.get("date")), url=link)


def _instant_reposts(archive: Archive, member: str) -> Iterator[Post]:
    for row in csv_rows(open_text(archive, member), archive.where(member), ("Date", "Link")):
        link = row.get("link", "").strip() or None
        yield Post(text="", platform=PLATFORM, post_id=_post_id(link), date=iso_from_text(row.get("date")),
                   url=link, repost=True)


def _shares(archive: Archive, member: str) -> Iterator[Post]:
    for row in csv_rows(open_text(archive, member), archive.where(member), ("Date", "ShareCommentary")):
        text = unquote_commentary(row.get("sharecommentary", ""))
        shared = row.get("sharedurl", "").strip()
        link = row.get("sharelink", "").strip() or None
        # No words of the user's and another post shared: a repost. A shared article is the user's post.
        repost = not text and any(_LINKEDIN_POST.match(row.get(c, "").strip()) for c in ("sharedurl", "mediaurl"))
        if not text and not repost:
            text = shared
        yield Post(text=text, platform=PLATFORM, post_id=_post_id(link), date=iso_from_text(row.get("date")),
                   url=link, repost=repost)


def read(archive: Archive, files: list[str]) -> Iterator[Post]:
    for member in files:
        if _COMMENTS.search(member):
            yield from _comments(archive, member)
        elif _REPOSTS.search(member):
            yield from _instant_reposts(archive, member)
        else:
            yield from _shares(archive, member)
