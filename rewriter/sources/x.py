"""X (Twitter): ``data/tweets.js`` in the archive from Settings > Your account > Download an archive
of your data (older archives: ``data/tweet.js``; large ones go on in ``tweets-part1.js``, ``-part2``...).

Each file is JavaScript, not JSON: ``window.YTD.tweets.part0 = [ {"tweet": {...}}, ... ]``. Read:
``id_str``, ``full_text`` (HTML entities such as ``&amp;`` unescaped; ``t.co`` links replaced by their
``entities.urls[].expanded_url``), ``created_at`` (``Wed Oct 10 20:19:24 +0000 2018``). A retweet is
stored as ``RT @someone: ...``: the user can only undo it, so it is a repost. The user name for the
link comes from ``data/account.js`` (``[{"account": {"username": ...}}]``); without it the link is
``https://x.com/i/web/status/ID``, which X also resolves.

Layout read from: lmmx/wotd PREPROCESSING.md (the ``window.YTD.tweet.part0 = [`` prefix), the
``PartialTweet`` interface of a TypeScript archive reader (id_str, text, retweeted_status) and a
Python archive loader that strips ``window\\.YTD\\.tweets\\.part\\d+\\s*=`` and reads ``full_text``
(public code found through the project's code search; none of it copied).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator

from .archive import Archive, open_text
from .post import Post
from .reading import iso_from_twitter_date, iter_json_array

PLATFORM = "x"
LOOKED_FOR = "data/tweets.js (X)"
_TWEETS = re.compile(r"(^|/)tweets?(-part\d+)?\.js$", re.IGNORECASE)
_OPENING = re.compile(r"^\s*(?:window\.YTD\.\w+\.part\d+\s*=\s*)?\[")
_ACCOUNT_OPENING = re.compile(r"^\s*(?:window\.YTD\.\w+\.part\d+\s*=\s*)?(?=\[)")


def _order(member: str) -> tuple[str, int]:
    """tweets.js (part 0, no number), then tweets-part1.js, tweets-part2.js... of the same folder."""
    match = _TWEETS.search(member)
    part = match.group(2)
    return member[: match.start()], int(part.removeprefix("-part")) if part else 0


def members(archive: Archive) -> list[str]:
    return sorted((m for m in archive.members if _TWEETS.search(m)), key=_order)


def _username(archive: Archive) -> str | None:
    found = archive.find("data/account.js", "account.js")
    if not found or archive.sizes[found[0]] > 1024 * 1024:
        return None
    text = _ACCOUNT_OPENING.sub("", open_text(archive, found[0]).read(), count=1)
    try:
        name = json.loads(text)[0]["account"]["username"]
    except (ValueError, LookupError, TypeError):  # an unreadable account file costs only the name in links
        return None
    return name if isinstance(name, str) and re.fullmatch(r"\w{1,50}", name) else None


def _text(tweet: dict) -> str:
    text = tweet.get("full_text") or tweet.get("text") or ""
    if not isinstance(text, str):
        return ""
    for link in (tweet.get("entities") or {}).get("urls") or []:
        short, full = link.get("url"), link.get("expanded_url")
        if isinstance(short, str) and isinstance(full, str) and short:
            text = text.replace(short, full)
    return html.unescape(text)


def read(archive: Archive, files: list[str]) -> Iterator[Post]:
    user = _username(archive)
    for member in files:
        for item in iter_json_array(open_text(archive, member), _OPENING, archive.where(member)):
            tweet = item.get("tweet", item) if isinstance(item, dict) else None
            if not isinstance(tweet, dict):
                continue
            tweet_id = tweet.get("id_str") or tweet.get("id")
            tweet_id = str(tweet_id) if tweet_id is not None else None
            text = _text(tweet)
            url = None
            if tweet_id and tweet_id.isdigit():
                url = f"https://x.com/{user or 'i/web'}/status/{tweet_id}"
            yield Post(
                text=text,
                platform=PLATFORM,
                post_id=tweet_id,
                date=iso_from_twitter_date(tweet.get("created_at")),
                url=url,
                repost=text.startswith("RT @") or "retweeted_status" in tweet,
            )
