"""Each platform's export parsed from its documented layout, as a zip, as a folder and, where a user
may have only that, as its one file. Fast: no detector is built here."""

from __future__ import annotations

import pytest

from rewriter.sources.exports import open_export
from rewriter.sources.reading import html_to_text, iso_from_text, iso_from_twitter_date, repair_mojibake

from rewriter.audit import ExportTally, export_items

from .exports import (ACCENTED, EXPORTS, facebook_comment_files, instagram_reel_files, linkedin_repost_files,
                      plain_csv_files, write_folder, write_zip)


def read_posts(path) -> list:
    export = open_export(str(path))
    assert export is not None
    return list(export.posts())


@pytest.fixture(params=["zip", "folder", "zip one folder down"])
def lay_out(request, tmp_path):
    def make(files):
        if request.param == "zip":
            return write_zip(tmp_path / "export.zip", files)
        if request.param == "folder":
            return write_folder(tmp_path / "export", files)
        return write_zip(tmp_path / "export.zip", files, top="my-archive-2024/")
    return make


@pytest.mark.parametrize("platform", sorted(EXPORTS))
def test_the_platform_is_told_by_the_layout(platform, lay_out):
    export = open_export(str(lay_out(EXPORTS[platform]())))
    assert export.platform == platform
    assert all(post.platform == platform for post in export.posts())


def test_x_tweets_all_parts_entities_retweets_and_links(lay_out):
    posts = read_posts(lay_out(EXPORTS["x"]()))
    assert [p.post_id for p in posts] == [f"10501186211989217{n}" for n in (28, 29, 30, 31, 32)]
    first, retweet, link_only, empty, emoji = posts
    assert first.text == "Long shift but my patient Orla Quennell made it home today & smiled"
    assert first.date == "2018-10-10T20:19:24Z" and not first.repost
    assert first.url == "https://x.com/sam_nurse_example/status/1050118621198921728"
    assert retweet.repost and retweet.text.startswith("RT @other_person")
    assert link_only.text == "https://example.org/fundraiser"
    assert empty.text == ""
    assert emoji.text == "Coffee ☕ and 🎉 on a Monday" and emoji.date == "2020-01-06T09:30:00Z"


def test_x_without_an_account_file_links_by_id(tmp_path):
    files = EXPORTS["x"]()
    del files["data/account.js"]
    posts = read_posts(write_zip(tmp_path / "x.zip", files))
    assert posts[0].url == "https://x.com/i/web/status/1050118621198921728"


def test_facebook_repairs_the_encoding_and_flags_shares_of_others(lay_out):
    posts = read_posts(lay_out(EXPORTS["facebook"]()))
    status, link, share, photo = posts
    assert status.text == ACCENTED and status.date == "2020-01-01T12:00:00Z"
    assert link.text == "https://example.org/story" and not link.repost
    assert share.repost and share.text == "So true!"
    assert photo.text == "" and status.url is None and status.post_id is None


def test_facebook_comments_after_the_posts_with_their_dates_and_repaired_text(lay_out):
    posts = read_posts(lay_out({**EXPORTS["facebook"](), **facebook_comment_files()}))
    assert len(posts) == 7
    comment, sticker, group_comment = posts[4:]
    assert comment.text == "Get well soon Zoë, see you on Ward 9 ❤️" and comment.date == "2020-03-23T21:46:40Z"
    assert not comment.repost and comment.url is None and comment.platform == "facebook"
    assert sticker.text == ""  # a sticker alone: nothing of the user's to check
    assert group_comment.text == "Thanks, Dr Ines Dubec!" and group_comment.date == "2020-04-16T01:20:00Z"


def test_facebook_comments_alone_and_in_the_older_folder(lay_out):
    export = open_export(str(lay_out(facebook_comment_files(folder="comments"))))
    assert export.platform == "facebook"
    assert [p.text for p in export.posts()][0] == "Get well soon Zoë, see you on Ward 9 ❤️"


def test_instagram_reels_after_the_posts(lay_out):
    posts = read_posts(lay_out({**EXPORTS["instagram"](), **instagram_reel_files()}))
    reel, silent_reel = posts[3:]
    assert reel.text == "Night shift at St Brigid's with Zoë 🌙" and reel.date == "2022-06-12T02:13:20Z"
    assert silent_reel.text == "" and silent_reel.platform == "instagram"


@pytest.mark.parametrize("folder", ["content", "media"])
def test_instagram_reels_alone_in_older_folders(folder, tmp_path):
    export = open_export(str(write_folder(tmp_path / "ig", instagram_reel_files(folder=folder))))
    assert export.platform == "instagram" and next(export.posts()).text.startswith("Night shift")


def test_instagram_captions_from_the_post_or_its_one_photo(lay_out):
    one_photo, carousel, no_caption = read_posts(lay_out(EXPORTS["instagram"]()))
    assert one_photo.text == ACCENTED and one_photo.date == "2022-04-15T05:20:00Z"
    assert carousel.text == "Two views of the new clinic 🏥"
    assert no_caption.text == ""


def test_linkedin_multiline_commentary_its_second_quoting_link_only_and_comments(lay_out):
    quoted, multiline, link_only, comment = read_posts(lay_out(EXPORTS["linkedin"]()))
    assert quoted.text == 'Proud of our team at Hallam Dental."Best" week!\nThanks to Ines Dubec for the cover.'
    assert quoted.post_id == "6794567890123456789" and quoted.date == "2021-05-04T10:20:30Z"
    assert quoted.url.startswith("https://www.linkedin.com/feed/update/")
    assert multiline.text == "Plain one-line post about\nthree lines\nof text"
    assert link_only.text == "https://example.org/article"
    assert comment.text == 'Well said, "Dr" Vale' and comment.post_id == "1"


@pytest.mark.parametrize("member", ["", "_17529409"])
def test_linkedin_reposts_apart_and_a_repost_with_words_is_the_users_post(member, lay_out):
    bare, with_words, article, by_media, comment, instant = read_posts(lay_out(linkedin_repost_files(member)))
    assert bare.repost and bare.text == "" and bare.post_id == "7011111111111111111"
    assert bare.date == "2023-01-02T09:00:00Z" and bare.url.endswith("urn%3Ali%3Ashare%3A7011111111111111111")
    assert not with_words.repost and with_words.text == "So proud of Ines Dubec and the ward 9 team!"
    assert not article.repost and article.text == "https://example.org/nursing-article"
    assert by_media.repost and by_media.text == ""
    assert comment.text == "Congrats!" and not comment.repost
    assert instant.repost and instant.text == "" and instant.post_id == "7000000000000000003"
    assert instant.date == "2023-02-01T08:30:00Z" and instant.url.endswith("7000000000000000003")


def test_linkedin_an_archive_of_reposts_only(tmp_path):
    files = {"InstantReposts.csv": linkedin_repost_files()["InstantReposts.csv"]}
    export = open_export(str(write_zip(tmp_path / "li.zip", files)))
    assert export.platform == "linkedin" and [p.repost for p in export.posts()] == [True]


def test_linkedin_reposts_are_counted_apart_in_the_summary(tmp_path):
    export = open_export(str(write_zip(tmp_path / "li.zip", linkedin_repost_files("_17529409"))))
    tally = ExportTally()
    checked = [item.text for item in export_items(export, tally)]
    assert checked == ["So proud of Ines Dubec and the ward 9 team!", "https://example.org/nursing-article",
                       "Congrats!"]
    assert tally.empty_reposts == 3 and tally.empty["linkedin"] == 3
    assert any("3 reposts with no text of their own" in line for line in tally.lines())


def test_reddit_posts_and_comments_without_deleted_placeholders_or_ip(lay_out):
    post, link_post, deleted, comment = read_posts(lay_out(EXPORTS["reddit"]()))
    assert post.text == "Rough night\n\nOur patient Bram Oduya on bay 4\nwas discharged."
    assert post.post_id == "t1abcd" and post.date == "2023-05-18T04:35:32Z"
    assert post.url == "https://www.reddit.com/r/nursing/comments/t1abcd/rough_night/"
    assert link_post.text == "Worth a read\n\nhttps://example.org/guide"
    assert deleted.text == ""
    assert comment.text == "Thanks, all 🙏"
    assert not any("192.0.2.1" in p.text for p in (post, link_post, deleted, comment))


def test_mastodon_html_as_text_boosts_as_reposts_and_content_warnings(lay_out):
    note, boost, warned = read_posts(lay_out(EXPORTS["mastodon"]()))
    assert note.text == "Visited @lee & the team at Roe Lane Surgery\n\nSee https://example.org/a/b\nbye"
    assert note.post_id == "109" and note.url == "https://social.example/@sam/109"
    assert note.date == "2022-11-01T10:00:00Z"
    assert boost.repost and boost.text == "" and boost.url == "https://other.example/users/kim/statuses/5"
    assert warned.text == "work\n\nA quiet day 😌" and warned.url.endswith("/statuses/111")
    assert warned.date == "2022-11-03T10:00:00Z"


@pytest.mark.parametrize("platform, member", [("x", "data/tweets.js"), ("mastodon", "outbox.json"),
                                              ("linkedin", "Shares.csv"), ("reddit", "posts.csv")])
def test_one_file_of_an_export_alone(platform, member, tmp_path):
    path = tmp_path / member.rsplit("/", 1)[-1]
    path.write_bytes(EXPORTS[platform]()[member])
    export = open_export(str(path))
    assert export.platform == platform and list(export.posts())


def test_a_plain_csv_with_a_text_column(tmp_path):
    path = write_folder(tmp_path, plain_csv_files()) / "my-posts.csv"
    first, second = read_posts(path)
    assert (first.platform, first.post_id, first.date) == ("csv", "p1", "2019-01-02T00:00:00Z")
    assert first.text == "Met Hana Sørvik at the Elm Street care home" and second.date is None


def test_jsonl_and_standard_input_are_left_to_the_jsonl_reader(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": 1, "text": "hi"}\n')
    assert open_export(str(path)) is None and open_export("-") is None
    assert open_export(str(tmp_path / "missing.jsonl")) is None


def test_mojibake_repair_leaves_right_text_alone():
    assert repair_mojibake("\u00c3\u00a9t\u00c3\u00a9 \u00f0\u009f\u008e\u0089") == "été 🎉"
    assert repair_mojibake("été") == "été"  # Latin-1 that is not UTF-8 bytes: already right
    assert repair_mojibake("日本") == "日本"


def test_html_to_text_keeps_line_breaks_and_entities():
    assert html_to_text("<p>a &lt;b&gt;</p><p>c<br/>d</p>") == "a <b>\n\nc\nd"


def test_dates_whatever_the_form_and_zone():
    assert iso_from_twitter_date("Wed Oct 10 20:19:24 +0000 2018") == "2018-10-10T20:19:24Z"
    assert iso_from_twitter_date("Wed Oct 10 20:19:24 +0130 2018") == "2018-10-10T18:49:24Z"
    assert iso_from_twitter_date("Mi Okt 10 20:19:24 +0000 2018") is None
    assert iso_from_text("2023-05-18 04:35:32 UTC") == "2023-05-18T04:35:32Z"
    assert iso_from_text("2022-11-03T10:00:00.000Z") == "2022-11-03T10:00:00Z"
    assert iso_from_text("2022-11-03T12:00:00+02:00") == "2022-11-03T10:00:00Z"
    assert iso_from_text("yesterday") is None and iso_from_text("") is None
