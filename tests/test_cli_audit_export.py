"""`rewriter audit EXPORT`: a platform's export in, today's records plus where each post is out, and a
summary by platform with reposts apart. Today's JSONL input keeps today's records exactly."""

from __future__ import annotations

import json
import re
import sys

from rewriter.cli.audit import Progress
from sources.exports import EXPORTS, write_folder, write_zip

TODAY = ["id", "spans", "risks", "rewrite", "final_spans", "final_risks", "status", "clean", "method", "seconds"]
ADDED = ["platform", "post_id", "date", "url", "repost", "text"]


def test_an_x_archive_is_checked_post_by_post_with_links_and_reposts_apart(cli, tmp_path):
    write_zip(tmp_path / "twitter-2024.zip", EXPORTS["x"]())
    run = cli("audit", "twitter-2024.zip")
    assert run.code == 1, run.err
    records = [json.loads(line) for line in run.out.splitlines()]
    assert all(list(r) == TODAY + ADDED for r in records)
    by_id = {r["post_id"]: r for r in records}
    assert "1050118621198921731" not in by_id  # the empty post: nothing to check
    patient = by_id["1050118621198921728"]
    assert patient["id"] == "1050118621198921728" and patient["platform"] == "x"
    assert patient["date"] == "2018-10-10T20:19:24Z"
    assert patient["url"] == "https://x.com/sam_nurse_example/status/1050118621198921728"
    assert patient["status"] == "identifying" and "Orla Quennell" in {s["text"] for s in patient["spans"]}
    assert patient["text"][slice(*[patient["spans"][0][k] for k in ("start", "end")])] == patient["spans"][0]["text"]
    assert by_id["1050118621198921729"]["repost"] is True
    assert by_id["1050118621198921732"]["text"] == "Coffee ☕ and 🎉 on a Monday"
    assert "by platform (own posts):" in run.err
    assert "X           3 posts" in run.err
    assert "reposts    1 of others' posts checked" in run.err
    assert "no text    1" in run.err


def test_a_facebook_folder_to_a_named_output(cli, tmp_path):
    write_folder(tmp_path / "facebook-sam", EXPORTS["facebook"]())
    run = cli("audit", "facebook-sam", "--out", "out.jsonl")
    assert run.code == 1, run.err
    assert run.out == ""
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records] == ["Café afterwork with Zoë Achterberg from Ward 9 🎉👩‍⚕️",
                                            "https://example.org/story", "So true!"]
    assert [r["repost"] for r in records] == [False, False, True]
    assert records[0]["date"] == "2020-01-01T12:00:00Z" and records[0]["url"] is None
    assert "Facebook    2 posts" in run.err and "no text    1" in run.err


def test_jsonl_records_keep_todays_fields_only(cli, tmp_path):
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": 7, "text": "A quiet day at work."}) + "\n")
    run = cli("audit", "in.jsonl")
    (record,) = [json.loads(line) for line in run.out.splitlines()]
    assert list(record) == TODAY and record["id"] == 7
    assert "by platform" not in run.err and "reposts" not in run.err


def test_the_progress_of_an_export_is_how_much_of_it_has_been_read(monkeypatch, capsys):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    progress = Progress(None, lambda: 0.5)
    progress.update(1234)
    progress.close()
    shown = capsys.readouterr().err
    assert "[" + "#" * 15 + "." * 15 + "]" in shown and "1,234 posts, 50% read" in shown


def _terminal_line(written: str) -> str:
    """What one line of a terminal shows after ``written``: a carriage return goes back to its start,
    ESC [K erases from there to its end, other characters overwrite."""
    line, cursor = [], 0
    for part in re.split(r"(\r|\x1b\[K)", written):
        if part == "\r":
            cursor = 0
        elif part == "\x1b[K":
            del line[cursor:]
        else:
            for ch in part:
                line[cursor : cursor + 1] = [ch]
                cursor += 1
    return "".join(line)


def test_the_bar_of_an_export_ends_with_its_line_blank_however_long_it_grew(monkeypatch, capsys):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    progress = Progress(None, lambda: 0.999)
    progress.started -= 1e-6  # a huge rate: the longest line the bar draws
    progress.update(12_345_678)
    assert len(capsys.readouterr().err) > 70
    progress.update(12_345_679)
    progress.close()
    assert _terminal_line(capsys.readouterr().err) == ""


def test_no_bar_when_the_records_stream_to_the_same_terminal(monkeypatch, capsys):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    progress = Progress(None, lambda: 0.5, records_to_terminal=True)
    progress.update(10)
    progress.close()
    assert capsys.readouterr().err == ""


def test_a_warning_during_an_audit_starts_on_a_blank_line(isolated_env, tmp_path, monkeypatch, capsys):
    from rewriter.cli import main

    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(key, isolated_env[key])
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    long_post = "A quiet day at work. " * 1000  # too long to rewrite: the audit warns after the bar is drawn
    posts = tmp_path / "in.jsonl"
    posts.write_text(json.dumps({"id": 1, "text": "A quiet day."}) + "\n" + json.dumps({"id": 2, "text": long_post}) + "\n")
    (tmp_path / "empty.toml").write_text("")
    main(["audit", str(posts), "--rewrite", "--no-llm", "--out", str(tmp_path / "out.jsonl"),
          "--config", str(tmp_path / "empty.toml")])
    err = capsys.readouterr().err
    warning = next(line for line in err.split("\n") if "too long to rewrite" in line)
    assert "1/2" in err and _terminal_line(warning).startswith("rewriter: ")
