"""What real downloads contain besides posts: another layout, a zip bomb, path tricks, a partial
download, a cut-short file, 100,000 posts. Each is one line and no traceback (exit 2 from the CLI:
the input error of rewriter/cli/common.py), or, for the large export, read as a stream."""

from __future__ import annotations

import json
import struct
import zipfile

import pytest

from rewriter.errors import InputError
from rewriter.sources import archive as archive_module
from rewriter.sources.archive import IncompleteArchive
from rewriter.sources.exports import open_export

from .exports import (EXPORTS, facebook_comment_files, instagram_reel_files, linkedin_repost_files, tweet,
                      write_folder, write_zip, ytd)


def error_line(run, *fragments: str) -> str:
    """A one-line error, exit 2 (as tests/test_bad_input.py checks it), naming each fragment."""
    assert run.code == 2, (run.code, run.out, run.err)
    lines = run.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rewriter: error: "), run.err
    for fragment in fragments:
        assert fragment in lines[0], (fragment, lines[0])
    return lines[0]


def test_a_zip_with_no_layout_we_know_names_what_was_looked_for(cli, tmp_path):
    write_zip(tmp_path / "photos.zip", {"DCIM/1.jpg": b"\xff\xd8", "notes.txt": b"hello"})
    line = error_line(cli("audit", "photos.zip"), "photos.zip: no posts found in this archive")
    for wanted in ("data/tweets.js", "outbox.json", "your_posts_1.json", "posts_1.json", "Shares.csv", "posts.csv"):
        assert wanted in line


def test_a_folder_with_no_export(cli, tmp_path):
    write_folder(tmp_path / "stuff", {"a.txt": b"x"})
    error_line(cli("audit", "stuff"), "stuff: is a directory with no platform export in it", "data/tweets.js")


@pytest.mark.parametrize("name", ["../outside.txt", "/etc/cron.d/x", "data/../../x.js", "C:/Windows/x.js",
                                  "..\\..\\x.js"])
def test_path_tricks_refuse_the_whole_archive(name, tmp_path):
    files = EXPORTS["x"]()
    files[name] = b"boom"
    with pytest.raises(InputError, match="absolute or '..' path"):
        open_export(str(write_zip(tmp_path / "x.zip", files)))


def test_path_tricks_from_the_command_line(cli, tmp_path):
    files = EXPORTS["x"]()
    files["../../.bashrc"] = b"echo owned"
    write_zip(tmp_path / "x.zip", files)
    error_line(cli("audit", "x.zip"), "x.zip: refused: member '../../.bashrc'")
    assert not (tmp_path.parent / ".bashrc").exists()


def test_a_zip_bomb_by_ratio_is_refused_before_anything_is_read(cli, tmp_path):
    bomb = b"window.YTD.tweets.part0 = [" + b" " * (20 * 1024 * 1024) + b"]"
    write_zip(tmp_path / "bomb.zip", {"data/tweets.js": bomb})
    error_line(cli("audit", "bomb.zip"), "bomb.zip: refused: data/tweets.js would unpack", "a zip bomb")


def test_a_zip_bomb_by_declared_size(tmp_path, monkeypatch):
    monkeypatch.setattr(archive_module, "MAX_MEMBER_BYTES", 1000)
    path = write_zip(tmp_path / "big.zip", EXPORTS["x"]())
    with pytest.raises(InputError, match="would unpack to .* bytes"):
        open_export(str(path))


def test_a_header_that_understates_the_size_is_caught_while_reading(tmp_path):
    path = write_zip(tmp_path / "liar.zip", EXPORTS["x"]())
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo("data/tweets.js")
    # the uncompressed size in the central directory entry (offset 24 of the entry) set to 10 bytes
    central = data.index(b"PK\x01\x02" + data[data.index(b"PK\x01\x02") + 4 : data.index(b"PK\x01\x02") + 6])
    while True:
        name_length = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if data[central + 46 : central + 46 + name_length] == b"data/tweets.js":
            break
        central = data.index(b"PK\x01\x02", central + 4)
    data[central + 24 : central + 28] = struct.pack("<I", 10)
    path.write_bytes(bytes(data))
    assert info.file_size > 10
    with pytest.raises(InputError):
        list(open_export(str(path)).posts())


def test_a_partial_download_says_download_it_again(cli, tmp_path):
    whole = write_zip(tmp_path / "whole.zip", EXPORTS["x"]()).read_bytes()
    (tmp_path / "partial.zip").write_bytes(whole[: len(whole) // 2])
    error_line(cli("audit", "partial.zip"), "partial.zip: the archive looks incomplete: download it again")


def _corrupt_member(path, member: str) -> None:
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(member)
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_length + extra_length
    middle = start + info.compress_size // 2
    data[middle] ^= 0xFF
    path.write_bytes(bytes(data))


def test_a_bad_crc_says_download_it_again(tmp_path):
    path = write_zip(tmp_path / "x.zip", EXPORTS["x"]())
    _corrupt_member(path, "data/tweets.js")
    with pytest.raises(IncompleteArchive, match="looks incomplete: download it again"):
        list(open_export(str(path)).posts())


def test_a_bad_crc_from_the_command_line(cli, tmp_path):
    path = write_zip(tmp_path / "x.zip", EXPORTS["x"]())
    _corrupt_member(path, "data/tweets.js")
    run = cli("audit", "x.zip")
    assert run.code == 2 and "Traceback" not in run.err
    assert run.err.strip().splitlines()[-1] == "rewriter: error: x.zip: the archive looks incomplete: download it again"


@pytest.mark.parametrize("cut", [0.5, 0.97])
def test_a_file_of_posts_cut_short(cut, tmp_path):
    files = EXPORTS["x"]()
    files["data/tweets.js"] = files["data/tweets.js"][: int(len(files["data/tweets.js"]) * cut)]
    with pytest.raises(InputError, match="cut short"):
        list(open_export(str(write_folder(tmp_path / "x", files))).posts())


def test_not_the_expected_json(tmp_path):
    files = {"outbox.json": json.dumps({"type": "OrderedCollection", "items": []}).encode()}
    with pytest.raises(InputError, match="not the layout expected"):
        list(open_export(str(write_folder(tmp_path / "m", files))).posts())


COMMENTS = "your_facebook_activity/comments_and_reactions/comments.json"
REELS = "your_instagram_activity/content/reels.json"


def test_a_comments_file_cut_short_from_the_command_line(cli, tmp_path):
    files = {**EXPORTS["facebook"](), **facebook_comment_files()}
    files[COMMENTS] = files[COMMENTS][: len(files[COMMENTS]) // 2]
    write_zip(tmp_path / "facebook.zip", files)
    error_line(cli("audit", "facebook.zip"), f"facebook.zip: {COMMENTS}: ", "the file is cut short")


@pytest.mark.parametrize("files, member", [(facebook_comment_files, COMMENTS), (instagram_reel_files, REELS)])
def test_a_comments_or_reels_file_of_another_layout(files, member, tmp_path):
    bad = {member: json.dumps({"something_else": []}).encode()}
    with pytest.raises(InputError, match=f"{member}: not the layout expected"):
        list(open_export(str(write_folder(tmp_path / "export", {**files(), **bad}))).posts())


def test_a_broken_comment_names_its_number(tmp_path):
    files = facebook_comment_files()
    files[COMMENTS] = files[COMMENTS].replace(b'"title"', b'"title" "', 1)
    with pytest.raises(InputError, match=r"comments.json: post 1 is not valid JSON"):
        list(open_export(str(write_zip(tmp_path / "fb.zip", files))).posts())


def test_instant_reposts_without_a_link_column(tmp_path):
    files = linkedin_repost_files()
    files["InstantReposts.csv"] = b"Date,Url\n2023-02-01 08:30:00,https://www.linkedin.com/feed/\n"
    with pytest.raises(InputError, match=r"InstantReposts.csv: no 'Link' column \(found: Date, Url\)"):
        list(open_export(str(write_folder(tmp_path / "li", files))).posts())


def test_a_csv_without_a_text_column(cli, tmp_path):
    (tmp_path / "posts.csv").write_text("title,when\nhello,today\n")
    error_line(cli("audit", "posts.csv"), "posts.csv: no 'text' column (found: title, when)")


def test_a_file_of_posts_that_is_not_utf8(tmp_path):
    files = {"Shares.csv": "Date,ShareCommentary\n2020-01-01,caf\xe9\n".encode("latin-1")}
    with pytest.raises(InputError, match="not valid UTF-8"):
        list(open_export(str(write_folder(tmp_path / "li", files))).posts())


def test_100000_posts_are_read_as_a_stream(tmp_path):
    count = 100_000
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        with z.open("data/tweets.js", "w") as out:
            out.write(b"window.YTD.tweets.part0 = [")
            for i in range(count):
                item = tweet(str(10**15 + i), f"Post number {i} about the weather \u2600\ufe0f #{i % 97}")
                out.write((("," if i else "") + json.dumps(item)).encode())
            out.write(b"]")
    export = open_export(str(path))
    posts = export.posts()
    first = next(posts)
    assert first.post_id == str(10**15)
    assert export.fraction_read() < 0.2  # the first post came before the rest was read
    assert 1 + sum(1 for _ in posts) == count
    assert export.fraction_read() == 1.0


def test_ytd_helper_builds_what_x_writes():
    assert ytd("tweets", 0, []).startswith(b"window.YTD.tweets.part0 = [")
