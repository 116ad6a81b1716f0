"""Synthetic exports, one per platform, laid out as each platform documents its archive (see the
module docstrings in rewriter/sources/). Every person, handle and post here is invented.

Each builder returns {path inside the export: bytes}; ``write_zip`` and ``write_folder`` lay the same
files out as the .zip a user downloads or as the folder they unpacked it to."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

# A caption with a name, a place, accents and emoji: what Meta's broken encoding has to survive.
ACCENTED = "Café afterwork with Zoë Achterberg from Ward 9 🎉👩‍⚕️"


def meta_json(obj) -> bytes:
    """JSON as Facebook and Instagram write it: every UTF-8 byte of a string escaped on its own."""

    def mangle(value):
        if isinstance(value, str):
            return value.encode("utf-8").decode("latin-1")
        if isinstance(value, list):
            return [mangle(v) for v in value]
        if isinstance(value, dict):
            return {k: mangle(v) for k, v in value.items()}
        return value

    return json.dumps(mangle(obj), indent=2, ensure_ascii=True).encode("ascii")


def ytd(name: str, part: int, items) -> bytes:
    return f"window.YTD.{name}.part{part} = {json.dumps(items, indent=2, ensure_ascii=False)}".encode("utf-8")


def tweet(tweet_id: str, text: str, when: str = "Wed Oct 10 20:19:24 +0000 2018", urls=()) -> dict:
    return {"tweet": {"id_str": tweet_id, "id": tweet_id, "full_text": text, "created_at": when,
                      "favorite_count": "0", "retweet_count": "0", "lang": "en",
                      "entities": {"hashtags": [], "symbols": [], "user_mentions": [],
                                   "urls": [{"url": s, "expanded_url": e, "display_url": e[8:]} for s, e in urls]}}}


def x_files() -> dict[str, bytes]:
    return {
        "data/account.js": ytd("account", 0, [{"account": {"email": "sam@example.org", "username": "sam_nurse_example",
                                                           "accountId": "42", "accountDisplayName": "Sam"}}]),
        "data/tweets.js": ytd("tweets", 0, [
            tweet("1050118621198921728", "Long shift but my patient Orla Quennell made it home today &amp; smiled"),
            tweet("1050118621198921729", "RT @other_person: Our clinic is hiring in Leeds",
                  "Thu Oct 11 08:00:00 +0000 2018"),
            tweet("1050118621198921730", "https://t.co/AbCdEf", urls=[("https://t.co/AbCdEf", "https://example.org/fundraiser")]),
            tweet("1050118621198921731", ""),
        ]),
        "data/tweets-part1.js": ytd("tweets", 1, [tweet("1050118621198921732", "Coffee ☕ and 🎉 on a Monday",
                                                        "Mon Jan 06 09:30:00 +0000 2020")]),
        "data/like.js": ytd("like", 0, [{"like": {"tweetId": "1", "fullText": "not ours"}}]),
        "assets/manifest.js": b"window.__THAR_CONFIG = {}",
    }


def facebook_files() -> dict[str, bytes]:
    posts = [
        {"timestamp": 1577880000, "data": [{"post": ACCENTED}, {"update_timestamp": 1577880001}],
         "title": "Sam Example updated her status."},
        {"timestamp": 1580000000, "attachments": [{"data": [{"external_context": {"url": "https://example.org/story"}}]}],
         "title": "Sam Example shared a link."},
        {"timestamp": 1590000000, "data": [{"post": "So true!"}], "title": "Sam Example shared Kit Marlowe's post."},
        {"timestamp": 1600000000, "attachments": [{"data": [{"media": {"uri": "photos/1.jpg", "creation_timestamp": 1600000000}}]}],
         "title": "Sam Example added a new photo."},
    ]
    return {"your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": meta_json(posts),
            "your_facebook_activity/posts/media/photo.jpg": b"\xff\xd8\xff not really a photo"}


def facebook_comment_files(folder: str = "your_facebook_activity/comments_and_reactions") -> dict[str, bytes]:
    """The comments the user wrote; ``folder="comments"`` for the older layout."""
    comments = {"comments_v2": [
        {"timestamp": 1585000000,
         "data": [{"comment": {"timestamp": 1585000000, "comment": "Get well soon Zoë, see you on Ward 9 ❤️",
                               "author": "Sam Example"}}],
         "title": "Sam Example commented on Kit Marlowe's post."},
        {"timestamp": 1586000000,
         "attachments": [{"data": [{"media": {"uri": "your_facebook_activity/posts/media/stickers_used/1.png"}}]}],
         "data": [{"comment": {"timestamp": 1586000000, "comment": "", "author": "Sam Example"}}],
         "title": "Sam Example replied to Kit Marlowe's comment."},
        {"data": [{"comment": {"timestamp": 1587000000, "comment": "Thanks, Dr Ines Dubec!", "author": "Sam Example",
                               "group": "Night Nurses of Leeds"}}],
         "title": "Sam Example commented on Ines Dubec's photo."},
    ]}
    return {f"{folder}/comments.json": meta_json(comments)}


def instagram_files() -> dict[str, bytes]:
    posts = [
        {"media": [{"uri": "media/posts/1.jpg", "creation_timestamp": 1650000000, "title": ACCENTED}]},
        {"media": [{"uri": "media/posts/2.jpg", "creation_timestamp": 1651000000, "title": ""},
                   {"uri": "media/posts/3.jpg", "creation_timestamp": 1651000000, "title": ""}],
         "title": "Two views of the new clinic 🏥", "creation_timestamp": 1651000000},
        {"media": [{"uri": "media/posts/4.jpg", "creation_timestamp": 1652000000, "title": ""}]},
    ]
    return {"your_instagram_activity/content/posts_1.json": meta_json(posts),
            "your_instagram_activity/content/profile_photos.json": meta_json({"ig_profile_picture": []})}


def instagram_reel_files(folder: str = "your_instagram_activity/content") -> dict[str, bytes]:
    reels = {"ig_reels_media": [
        {"media": [{"uri": "media/reels/1.mp4", "creation_timestamp": 1655000000,
                    "title": "Night shift at St Brigid's with Zoë 🌙", "media_metadata": {"video_metadata": {}}}]},
        {"media": [{"uri": "media/reels/2.mp4", "creation_timestamp": 1656000000, "title": ""}]},
    ]}
    return {f"{folder}/reels.json": meta_json(reels)}


def csv_bytes(header, rows, **dialect) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, **dialect)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def linkedin_files() -> dict[str, bytes]:
    # LinkedIn quotes the commentary a second time: lines joined by '"\n"', quotes doubled, inside the CSV field.
    twice_quoted = '"Proud of our team at Hallam Dental.""Best"" week!"\n"Thanks to Ines Dubec for the cover."'
    shares = csv_bytes(
        ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
        [["2021-05-04 10:20:30", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6794567890123456789",
          twice_quoted, "", "", "MEMBER_NETWORK"],
         ["2022-02-01 08:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6794567890123456790",
          "Plain one-line post about\nthree lines\nof text", "", "", "PUBLIC"],
         ["2022-03-01 08:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6794567890123456791",
          "", "https://example.org/article", "", "PUBLIC"]],
        quoting=csv.QUOTE_ALL)
    comments = b'Date,Link,Message\n2022-04-01 12:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A1,"Well said, \\"Dr\\" Vale"\n'
    return {"Shares.csv": shares, "Comments.csv": comments, "Profile.csv": b"First Name,Last Name\nSam,Example\n"}


def linkedin_repost_files(member: str = "") -> dict[str, bytes]:
    """An archive with reposts, its files named as newer archives name them (``member="_17529409"``) or
    not: an instant repost in InstantReposts.csv, and in Shares.csv a repost with no commentary, a repost
    with the user's words, and an article shared without words (the user's own link-only post)."""
    other_post = "https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000001/"
    shares = csv_bytes(
        ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
        [["2023-01-02 09:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7011111111111111111",
          "", other_post, "", "PUBLIC"],
         ["2023-01-03 09:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7011111111111111112",
          "So proud of Ines Dubec and the ward 9 team!", other_post, "", "PUBLIC"],
         ["2023-01-04 09:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7011111111111111113",
          "", "https://example.org/nursing-article", "", "PUBLIC"],
         ["2023-01-05 09:00:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7011111111111111114",
          "", "", "https://www.linkedin.com/posts/kit-marlowe_hiring-activity-7000000000000000002-AbCd", "PUBLIC"]],
        quoting=csv.QUOTE_ALL)
    reposts = csv_bytes(["Date", "Link"],
                        [["2023-02-01 08:30:00", "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7000000000000000003"]])
    comments = b"Date,Link,Message\n2023-03-01 12:00:00,https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A4,Congrats!\n"
    return {f"Shares{member}.csv": shares, f"InstantReposts{member}.csv": reposts, f"Comments{member}.csv": comments,
            "Profile.csv": b"First Name,Last Name\nSam,Example\n"}


def reddit_files() -> dict[str, bytes]:
    posts = csv_bytes(
        ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"],
        [["t1abcd", "https://www.reddit.com/r/nursing/comments/t1abcd/rough_night/", "2023-05-18 04:35:32 UTC",
          "192.0.2.1", "nursing", "0", "Rough night", "", "Our patient Bram Oduya on bay 4\nwas discharged."],
         ["t1abce", "https://www.reddit.com/r/nursing/comments/t1abce/link/", "2023-06-01 10:00:00 UTC",
          "192.0.2.1", "nursing", "0", "Worth a read", "https://example.org/guide", ""]])
    comments = csv_bytes(
        ["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"],
        [["c1", "https://www.reddit.com/r/nursing/comments/t1abcd/rough_night/c1/", "2023-05-18 05:00:00 UTC",
          "192.0.2.1", "nursing", "0", "", "", "[deleted]", ""],
         ["c2", "https://www.reddit.com/r/nursing/comments/t1abcd/rough_night/c2/", "2023-05-19 05:00:00 UTC",
          "192.0.2.1", "nursing", "0", "", "", "Thanks, all 🙏", ""]])
    return {"posts.csv": posts, "comments.csv": comments, "account_gender.csv": b"account_gender\n\n"}


def mastodon_files() -> dict[str, bytes]:
    base = "https://social.example/users/sam"
    outbox = {
        "@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
        "totalItems": 3,
        "orderedItems": [
            {"id": f"{base}/statuses/109/activity", "type": "Create", "actor": base,
             "published": "2022-11-01T10:00:00Z", "to": ["https://www.w3.org/ns/activitystreams#Public"],
             "object": {"id": f"{base}/statuses/109", "type": "Note", "summary": None,
                        "url": "https://social.example/@sam/109", "published": "2022-11-01T10:00:00Z",
                        "content": '<p>Visited <span class="h-card"><a href="https://x.example/@lee" class="u-url '
                                   'mention">@<span>lee</span></a></span> &amp; the team at Roe Lane Surgery</p>'
                                   '<p>See <a href="https://example.org/a/b"><span class="invisible">https://</span>'
                                   '<span class="">example.org/a/b</span><span class="invisible"></span></a><br>bye</p>'}},
            {"id": f"{base}/statuses/110/activity", "type": "Announce", "actor": base,
             "published": "2022-11-02T10:00:00Z", "object": "https://other.example/users/kim/statuses/5"},
            {"id": f"{base}/statuses/111/activity", "type": "Create", "actor": base,
             "published": "2022-11-03T10:00:00Z",
             "object": {"id": f"{base}/statuses/111", "type": "Note", "summary": "work",
                        "published": "2022-11-03T10:00:00.000Z", "content": "<p>A quiet day 😌</p>"}},
        ],
    }
    return {"outbox.json": json.dumps(outbox, indent=2).encode("utf-8"),
            "actor.json": json.dumps({"type": "Person", "preferredUsername": "sam"}).encode("utf-8")}


def plain_csv_files() -> dict[str, bytes]:
    return {"my-posts.csv": csv_bytes(["id", "date", "text", "likes"],
                                      [["p1", "2019-01-02", "Met Hana Sørvik at the Elm Street care home", "3"],
                                       ["p2", "", "Just a quiet day", "0"]])}


EXPORTS = {
    "x": x_files,
    "facebook": facebook_files,
    "instagram": instagram_files,
    "linkedin": linkedin_files,
    "reddit": reddit_files,
    "mastodon": mastodon_files,
}


def write_zip(path: Path, files: dict[str, bytes], top: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(top + name, data)
    return path


def write_folder(path: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        target = path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return path
