"""`rewriter audit --report report.html`: the page's content, its safety, and the command that writes it.

The renderer is tested on audit records built here (with and without the fields an export adds); the
command on today's JSONL; the page in a real browser in tests/test_report_browser.py.
"""

from __future__ import annotations

import io
import os
import re
import stat
from datetime import datetime, timezone

import pytest

from rewriter.audit import found_status
from rewriter.cli.report_html import CSP, AuditReport, render
from rewriter.errors import InputError
from rewriter.kinds import KINDS, RISK_KINDS

NOW = datetime(2026, 12, 1, 20, 0, tzinfo=timezone.utc)


def span(text: str, part: str, entity_type: str = "PERSON") -> dict:
    start = text.index(part)
    k = KINDS[entity_type]
    return {"start": start, "end": start + len(part), "text": part, "entity_type": entity_type, "score": 0.85,
            "source": "test", "why": k.why, "suggestion": k.suggestion}


def risk(text: str, part: str, kind: str = "news_event") -> dict:
    start = text.index(part)
    k = RISK_KINDS[kind]
    return {"kind": kind, "start": start, "end": start + len(part), "text": part, "why": k.why, "advice": k.advice}


def record(text: str, spans=(), risks=(), **export) -> dict:
    spans, risks = list(spans), list(risks)
    status = "identifying" if spans else "review" if risks else "clean"
    out = {"id": export.pop("id", 1), "spans": spans, "risks": risks, "rewrite": None, "final_spans": spans,
           "final_risks": risks, "status": status, "clean": status == "clean", "method": "detect", "seconds": 0.01}
    out.update(export)
    return out


def page(*posts: tuple[str, dict]) -> str:
    report = AuditReport(io.StringIO(), "archive.zip")
    for text, rec in posts:
        report.add(text, rec)
    return render(report, NOW)


def count(html: str, key: str) -> int:
    return int(re.search(rf'id="count-{key}">([\d,]+)<', html).group(1).replace(",", ""))


NAMED = "Long night. Sarah Quenby at Brackenridge Ward finally slept."
NEWS = "Still thinking about the Kilmore bus crash, it's all over the news."
CLEAN = "Lovely sunny day for a walk."


def test_summary_counts_posts_checked_flagged_identifying_review_and_clean():
    html = page(
        (NAMED, record(NAMED, [span(NAMED, "Sarah Quenby"), span(NAMED, "Brackenridge Ward", "FACILITY")])),
        (NEWS, record(NEWS, risks=[risk(NEWS, "the Kilmore bus crash")])),
        (CLEAN, record(CLEAN)),
        (CLEAN, record(CLEAN)),
    )
    assert [count(html, k) for k in ("checked", "flagged", "identifying", "review", "clean")] == [4, 2, 1, 1, 2]
    assert "<title>rewriter audit: 4 posts checked, 2 flagged</title>" in html


def test_the_charts_count_by_year_and_by_kind_and_posts_without_a_date_are_counted_apart():
    html = page(
        (NAMED, record(NAMED, [span(NAMED, "Sarah Quenby")], date="2019-03-04T10:20:00Z")),
        (CLEAN, record(CLEAN, date="2019-07-01T08:00:00Z")),
        (NEWS, record(NEWS, risks=[risk(NEWS, "the Kilmore bus crash")], date="2023-01-02T00:00:00Z")),
        (CLEAN, record(CLEAN)),  # today's JSONL: no date
    )
    years = re.findall(r'<tr><th scope="row">([^<]+)</th>.*?<td class="n">([^<]+)</td>', html)
    assert ("2019", "1 of 2 flagged") in years
    assert ("2023", "1 of 1 flagged") in years
    assert ("no date", "0 of 1 flagged") in years
    assert [y for y, _ in years].index("2019") < [y for y, _ in years].index("2023") < [y for y, _ in years].index("no date")
    assert (KINDS["PERSON"].label, "1 post") in years  # the by-kind chart: labels from kinds.py
    assert (RISK_KINDS["news_event"].label, "1 post") in years


def test_flagged_posts_come_most_serious_first_identifying_before_review():
    two = "Marcus and Priya Odum came in today."
    html = page(
        (NEWS, record(NEWS, risks=[risk(NEWS, "the Kilmore bus crash")], id="news")),
        (NAMED, record(NAMED, [span(NAMED, "Sarah Quenby")], id="one-name")),
        (CLEAN, record(CLEAN, id="clean")),
        (two, record(two, [span(two, "Marcus"), span(two, "Priya Odum")], id="two-names")),
    )
    order = re.findall(r"id (one-name|two-names|news|clean)<", html)
    assert order == ["two-names", "one-name", "news"]


def test_each_flagged_post_has_its_spans_and_risks_marked_with_why_and_advice_from_kinds():
    text = "My client Marcus was in the Kilmore bus crash."
    html = page((text, record(text, [span(text, "Marcus")], [risk(text, "the Kilmore bus crash")])))
    assert '<mark class="id" title="person">Marcus</mark><sup class="n">1</sup>' in html
    # the risk's phrase is underlined across its whole length
    assert re.search(r'<span class="risk-phrase">the Kilmore bus crash</span>', html)
    assert KINDS["PERSON"].why in html and KINDS["PERSON"].suggestion in html
    news = RISK_KINDS["news_event"]
    assert news.label in html and news.why in html and news.advice.replace('"', "&quot;") in html


def test_overlapping_spans_and_risks_nest_and_every_character_of_the_post_is_shown_once():
    text = "We lost Marcus Bell in the Kilmore bus crash last week."
    html = page((text, record(text, [span(text, "Marcus Bell"), span(text, "Kilmore", "LOCATION")],
                              [risk(text, "the Kilmore bus crash"), risk(text, "Marcus Bell in the Kilmore", "rare_or_unique")])))
    body = re.search(r'<div class="text">(.*?)</div>', html, re.S).group(1)
    assert re.sub(r"<sup[^>]*>\d+</sup>", "", re.sub(r"<(?!/?sup)[^>]+>", "", body)) == text
    assert '<span class="risk-phrase"><mark class="id" title="location">Kilmore</mark><sup class="n">2</sup></span>' in body


def test_export_fields_show_the_date_the_platform_and_a_link_to_the_post():
    rec = record(NAMED, [span(NAMED, "Sarah Quenby")], platform="x", post_id="1100",
                 date="2019-03-04T10:20:00Z", url="https://x.com/i/web/status/1100", repost=False)
    html = page((NAMED, rec))
    assert "2019-03-04 10:20 UTC" in html
    assert '<a href="https://x.com/i/web/status/1100" rel="noopener noreferrer">open on X</a>' in html


def test_a_link_that_is_not_a_web_address_is_shown_but_never_made_a_link():
    rec = record(NAMED, [span(NAMED, "Sarah Quenby")], platform="facebook", url="javascript:alert(1)")
    html = page((NAMED, rec))
    assert "javascript:alert(1)" in html
    assert 'href="javascript' not in html.lower()
    rec = record(NAMED, [span(NAMED, "Sarah Quenby")], url='https://example.org/"><script>alert(1)</script>')
    html = page((NAMED, rec))
    assert "<script" not in html.lower()


def test_reposts_are_listed_apart_with_what_the_user_can_do():
    text = "RT @kilmoreherald: Sarah Quenby named as the driver"
    html = page(
        (text, record(text, [span(text, "Sarah Quenby")], platform="x", repost=True, id="rt")),
        (NAMED, record(NAMED, [span(NAMED, "Sarah Quenby")], platform="x", repost=False, id="own")),
    )
    flagged, reposts = html.split('<section id="reposts">')
    assert "id own<" in flagged and "id rt<" not in flagged
    assert "id rt<" in reposts and "only remove the repost" in reposts
    assert "1 flagged post is a repost" in html


def test_the_suggested_rewrite_is_shown_with_its_verdict_when_there_is_one():
    rec = record(NAMED, [span(NAMED, "Sarah Quenby")])
    rec.update(rewrite="Long night. A patient finally slept.", status="clean", final_spans=[], method="generalise")
    html = page((NAMED, rec))
    assert 'Suggested rewrite (verified clean):</div><div class="rewrite">Long night. A patient finally slept.</div>' in html
    assert "Suggested rewrite" not in page((NAMED, record(NAMED, [span(NAMED, "Sarah Quenby")])))


def test_with_a_clean_rewrite_the_post_as_published_is_still_flagged():
    rec = record(NAMED, [span(NAMED, "Sarah Quenby")])
    rec.update(rewrite="Long night.", status="clean", clean=True, final_spans=[], final_risks=[])
    assert found_status(rec) == "identifying"
    assert count(page((NAMED, rec)), "flagged") == 1


HOSTILE = '<script>alert("x")</script> <img src=x onerror=alert(1)> Sarah Quenby\x1b[31m \u202eevil'


def test_every_piece_of_user_text_is_escaped_and_control_and_bidi_characters_are_shown():
    rec = record(HOSTILE, [span(HOSTILE, "Sarah Quenby")], platform="<b>x</b>", date="<i>2019</i>", id="<u>1</u>")
    rec["rewrite"] = "</div><script>alert(2)</script>"
    html = page((HOSTILE, rec))
    assert "<script" not in html.lower() and "<img" not in html.lower() and "<u>" not in html and "<i>2019" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "\x1b" not in html and "\u202e" not in html
    assert "\u241b[31m" in html and "&lt;U+202E&gt;" in html


def test_the_page_is_self_contained_no_script_no_external_asset_and_a_strict_policy():
    rec = record(NAMED, [span(NAMED, "Sarah Quenby")], platform="x", url="https://x.com/i/web/status/1")
    html = page((NAMED, rec))
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP}">' in html
    assert CSP == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    assert "<script" not in html.lower() and "<link" not in html.lower() and "@import" not in html
    assert not re.search(r"\bsrc\s*=", html) and "url(" not in html
    # the only address in the page is the post's own link, opened only when clicked
    assert re.findall(r'href="([^"]*)"', html) == ["https://x.com/i/web/status/1"]


def test_nothing_flagged_says_so():
    html = page((CLEAN, record(CLEAN)))
    assert count(html, "flagged") == 0 and "every post checked is clean" in html


def test_the_report_file_is_the_owners_only_and_replaces_an_existing_one_whole(tmp_path):
    path = tmp_path / "report.html"
    AuditReport.create(str(path), "posts.jsonl").finish()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.chmod(0o644)
    AuditReport.create(str(path), "posts.jsonl").finish()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and "<html" in path.read_text()


def test_an_interrupted_audit_leaves_the_users_file_as_it_was(tmp_path):
    path = tmp_path / "report.html"
    path.write_text("keep")
    AuditReport.create(str(path), "posts.jsonl").discard()
    assert path.read_text() == "keep" and [p.name for p in tmp_path.iterdir()] == ["report.html"]


def test_the_report_refuses_a_symbolic_link_and_a_directory(tmp_path):
    target = tmp_path / "elsewhere.html"
    target.write_text("keep")
    link = tmp_path / "report.html"
    link.symlink_to(target)
    with pytest.raises(InputError, match="symbolic link"):
        AuditReport.create(str(link), "posts.jsonl")
    assert target.read_text() == "keep"
    with pytest.raises(InputError, match="is a directory"):
        AuditReport.create(str(tmp_path), "posts.jsonl")


# -- the command ---------------------------------------------------------------------------------------

POSTS = [
    '{"id": "p1", "text": "Long night. Sarah Quenby-Hollowell at Brackenridge Ward finally slept, and so did I."}',
    '{"id": "p2", "text": "Lovely sunny day for a walk along the river."}',
    '{"id": "p3", "text": "<script>alert(1)</script> my client Marcus told me about the Kilmore bus crash"}',
]


def test_audit_writes_the_report_readable_by_the_user_only_and_the_jsonl_is_unchanged(cli, tmp_path):
    (tmp_path / "in.jsonl").write_text("\n".join(POSTS) + "\n", encoding="utf-8")
    run = cli("audit", "in.jsonl", "--rewrite", "--no-llm", "--role", "therapist", "--report", "report.html")
    assert run.code in (0, 1), run.err  # the exit code follows the rewrites, as without --report
    report = tmp_path / "report.html"
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    html = report.read_text(encoding="utf-8")
    assert [count(html, k) for k in ("checked", "flagged", "clean")] == [3, 2, 1]
    assert "<script" not in html.lower() and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert html.count('<div class="rewrite">') == 2  # --rewrite: a suggestion per flagged post
    assert "report     report.html" in run.err
    lines = run.out.splitlines()
    assert len(lines) == 3 and all('"platform"' not in line for line in lines)  # today's records, as they were


def test_a_report_path_that_cannot_be_written_fails_before_the_audit(cli, tmp_path):
    (tmp_path / "in.jsonl").write_text(POSTS[1] + "\n", encoding="utf-8")
    (tmp_path / "target.html").write_text("keep")
    os.symlink(tmp_path / "target.html", tmp_path / "report.html")
    run = cli("audit", "in.jsonl", "--report", "report.html")
    assert run.code == 2 and "report.html: is a symbolic link" in run.err
    assert run.out == "" and (tmp_path / "target.html").read_text() == "keep"


def test_a_one_post_page_says_post_not_posts():
    assert "<title>rewriter audit: 1 post checked, 0 flagged</title>" in page((CLEAN, record(CLEAN)))
