"""The one record every source gives: a post of the user's, with where to find it again."""

from __future__ import annotations

from dataclasses import dataclass

PLATFORMS = ("x", "facebook", "instagram", "linkedin", "reddit", "mastodon", "csv")


@dataclass(frozen=True)
class Post:
    """One post (or comment) as a platform's export holds it.

    ``date`` is ISO 8601 in UTC (``2019-03-04T10:20:00Z``) or None when the export has none; ``url`` is the
    post's address where the export gives it or it can be built from the id; ``repost`` is True for a
    retweet/share/boost of someone else's post: the user cannot edit it, only remove the repost."""

    text: str
    platform: str
    post_id: str | None = None
    date: str | None = None
    url: str | None = None
    repost: bool = False

    def fields(self) -> dict:
        """The fields an audit record adds for a post from an export."""
        return {"platform": self.platform, "post_id": self.post_id, "date": self.date, "url": self.url,
                "repost": self.repost}
