"""Where posts come from: JSON Lines (one post a line), a plain CSV with a text column, and the data
exports a platform lets its users download (X, Facebook, Instagram, LinkedIn, Reddit, Mastodon), as the
``.zip`` or the unpacked folder. A zip is read in memory, member by member, never unpacked to disk.

Every source gives ``Post(text, platform, post_id, date, url, repost)`` (see post.py).

The audit record (``rewriter audit``, one JSON line per post) for a post from an export or CSV is the
record of today plus six fields, in this order::

    {"id": <post_id, or the post's number in the export when it has none>,
     "spans": [span...], "risks": [risk...], "rewrite": str|null, "final_spans": [span...],
     "final_risks": [risk...], "status": "clean"|"review"|"identifying", "clean": bool, "method": str,
     "seconds": float,
     "platform": "x"|"facebook"|"instagram"|"linkedin"|"reddit"|"mastodon"|"csv",
     "post_id": str|null,        # the platform's own id of the post
     "date": str|null,           # ISO 8601 UTC, "2019-03-04T10:20:00Z"
     "url": str|null,            # where to find, edit or delete it
     "repost": bool,             # a retweet/share/boost of someone else's post: only removable
     "text": str}                # the post as read (spans and risks index it)

For today's JSONL input none of the six is added (the output is what it was). Posts with no text (a
photo without a caption, a boost, a deleted placeholder) are counted in the summary, not written.
"""

from .post import PLATFORMS, Post

__all__ = ["PLATFORMS", "Post"]
