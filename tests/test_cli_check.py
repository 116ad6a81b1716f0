"""`rewriter check`, `audit` and `watch` through the real command line, as a subprocess."""

from __future__ import annotations

import json

DRAFT = "Had a session with Gregory Walsh this morning and he finally opened up."
CLEAN = "Healing is not linear. Be gentle with yourself this week."


def test_check_reports_spans_and_exits_1(cli):
    r = cli("check", "-", input=DRAFT)
    assert r.code == 1, r.err
    assert "[Gregory Walsh]" in r.out
    assert "PERSON" in r.out


def test_check_clean_exits_0(cli):
    r = cli("check", "-", input=CLEAN)
    assert r.code == 0, r.err
    assert "clean" in r.out


def test_check_json_has_the_span_contract(cli, tmp_path):
    f = tmp_path / "draft.txt"
    f.write_text(DRAFT, encoding="utf-8")
    r = cli("check", str(f), "--json")
    assert r.code == 1
    data = json.loads(r.out)
    assert data["clean"] is False
    span = next(s for s in data["spans"] if s["text"] == "Gregory Walsh")
    assert set(span) == {"start", "end", "text", "entity_type", "score", "source", "why", "suggestion"}
    assert DRAFT[span["start"] : span["end"]] == "Gregory Walsh"


def test_check_uses_role_for_suggestions(cli):
    r = cli("check", "--json", "--role", "therapist", input=DRAFT)
    span = json.loads(r.out)["spans"][0]
    assert span["suggestion"] == "a client"


def test_errors_are_one_line_with_exit_2(cli, tmp_path):
    for args in (["check", str(tmp_path / "missing.txt")], ["check", str(tmp_path)], ["check", "--nope"], ["frobnicate"]):
        r = cli(*args)
        assert r.code == 2, (args, r.err)
        assert r.err.count("\n") == 1 and r.err.startswith("rewriter: error:"), r.err
        assert "Traceback" not in r.err


def test_bad_config_is_exit_2_naming_the_key(cli, tmp_path):
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[detection]\nthreshold = 'high'\n")
    r = cli("check", "--config", str(cfg), input=DRAFT)
    assert r.code == 2
    assert "threshold" in r.err and str(cfg) in r.err


def test_audit_writes_one_line_per_post_and_skips_malformed(cli, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": DRAFT}) + "\n"
        + "{broken\n"
        + json.dumps({"id": "b", "text": CLEAN}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    r = cli("audit", str(src), "--out", str(out))
    assert r.code == 2  # malformed lines make the run an input error, after the rest is processed
    assert f"{src}:2: not valid JSON" in r.err
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [row["id"] for row in rows] == ["a", "b"]
    assert rows[0]["clean"] is False and rows[1]["clean"] is True
    assert set(rows[0]) == {"id", "spans", "risks", "rewrite", "final_spans", "final_risks", "status", "clean", "method", "seconds"}
    assert [row["status"] for row in rows] == ["identifying", "clean"]
    assert "posts      2" in r.err and "flagged    1" in r.err


def test_watch_add_count_has_remove_and_check_catches_it(cli):
    assert "added 1" in cli("watch", "add", "Whiskers").out
    assert cli("watch", "count").out.strip() == "1"
    assert cli("watch", "has", "WHISKERS").code == 0
    r = cli("check", "--json", input="she keeps asking for her cat whiskers")
    assert [s["entity_type"] for s in json.loads(r.out)["spans"]] == ["WATCHED"]
    assert "removed 1" in cli("watch", "remove", "whiskers").out
    assert cli("watch", "has", "Whiskers").code == 1


def test_check_shows_what_the_rewrite_puts_there_in_context(cli):
    # walk-through: a nurse's "my colleague Tom Reyes" was suggested as "a patient" (the kind's default)
    r = cli("check", "--role", "nurse", "-", input="Shoutout to my colleague Tom Reyes who covered my nights. Legend.")
    assert r.code == 1
    assert "say instead: “colleague Tom Reyes” → “colleague”" in r.out, r.out
    assert "a patient" not in r.out


def test_audit_with_rewrites_counts_the_posts_as_they_stand_and_the_rewrites_apart(cli, tmp_path):
    # A user checking years of posts: a post with a name in it is flagged even though its rewrite is clean.
    src = tmp_path / "posts.jsonl"
    src.write_text(json.dumps({"id": "a", "text": DRAFT}) + "\n" + json.dumps({"id": "b", "text": CLEAN}) + "\n",
                   encoding="utf-8")
    r = cli("audit", str(src), "--rewrite", "--no-llm")
    assert "flagged    1" in r.err and "clean      1" in r.err
    assert "rewrites   2 verified clean" in r.err
    assert r.code == 1  # a post to delete or edit


def test_check_json_suggests_what_the_rewrite_puts_there_as_the_report_does(cli):
    draft = "Covering for my colleague Priya Sharma on ICU tonight."
    data = json.loads(cli("check", "--json", "--role", "nurse", input=draft).out)
    span = next(s for s in data["spans"] if s["text"] == "Priya Sharma")
    # not the nurse's default "a patient": the sentence says a colleague, and the report says the same
    assert span["suggestion"] == "“colleague Priya Sharma” → “colleague”"
    assert "“colleague Priya Sharma” → “colleague”" in cli("check", "--role", "nurse", input=draft).out


def test_audit_report_and_rewrite_json_suggest_what_the_rewrite_puts_there(cli, tmp_path):
    # walk-through 7 #10: the audit's JSON and its HTML report gave the nurse's default "a patient" for a colleague
    src = tmp_path / "posts.jsonl"
    src.write_text(json.dumps({"id": "p1", "text": "Covering for my colleague Priya Sharma on ICU tonight."}) + "\n",
                   encoding="utf-8")
    in_context = "“colleague Priya Sharma” → “colleague”"

    def suggestion(out: str) -> str:
        record = json.loads(out.splitlines()[0])
        return next(s["suggestion"] for s in record["spans"] if s["text"] == "Priya Sharma")

    rewritten = cli("audit", str(src), "--role", "nurse", "--rewrite", "--no-llm")
    assert suggestion(rewritten.out) == in_context, rewritten.out
    report = tmp_path / "report.html"
    reported = cli("audit", str(src), "--role", "nurse", "--report", str(report), "--out", str(tmp_path / "o.jsonl"))
    assert suggestion((tmp_path / "o.jsonl").read_text(encoding="utf-8")) == in_context
    page = report.read_text(encoding="utf-8")
    assert "Say instead: “colleague Priya Sharma” → “colleague”" in page.replace("&ldquo;", "“").replace("&rdquo;", "”"), reported.err
    assert "a patient" not in page
    plain = cli("audit", str(src), "--role", "nurse")  # a plain JSON audit: the kind's default, no cost per post
    assert suggestion(plain.out) == "a patient"
