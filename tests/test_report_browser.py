"""The audit report in a real browser: Debian's headless Chromium renders it, shows the counts, and
loads nothing from the network.

Skipped (with the reason) where the `chromium` package is not installed; `./dev test` installs it when
it can (as root or with passwordless sudo). Chromium runs as tests/browser.py sets it up (every host
name "not found", its own services off, a fresh profile, a net log): the page must not have started a
single request. A page that does load something is checked the same way first, so the
check is known to see such requests.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from datetime import datetime, timezone
from pathlib import Path

import pytest

from rewriter.cli.report_html import AuditReport, render

from browser import CHROMIUM, chromium, from_the_page
from test_report_html import HOSTILE, NAMED, NEWS, record, risk, span

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium package is not installed "
                                "(./dev test installs it when run as root or with passwordless sudo)")


def png_size_and_colours(data: bytes) -> tuple[int, int, int]:
    """Width, height and how many byte values its pixels use (a blank page uses a handful)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


@pytest.fixture
def report_page(tmp_path) -> Path:
    report = AuditReport(io.StringIO(), "twitter-2024-archive.zip")
    two = "Marcus and Priya Odum came in today."
    report.add(NAMED, record(NAMED, [span(NAMED, "Sarah Quenby"), span(NAMED, "Brackenridge Ward", "FACILITY")],
                             platform="x", post_id="1100", date="2019-03-04T10:20:00Z",
                             url="https://x.com/i/web/status/1100", repost=False))
    report.add(NEWS, record(NEWS, risks=[risk(NEWS, "the Kilmore bus crash")], platform="x", post_id="1101",
                            date="2021-06-01T09:00:00Z", url="https://x.com/i/web/status/1101", repost=False))
    report.add(two, record(two, [span(two, "Marcus")], platform="x", date="2021-07-01T09:00:00Z", repost=True,
                           url="https://x.com/i/web/status/1102"))
    report.add(HOSTILE, record(HOSTILE, [span(HOSTILE, "Sarah Quenby")], platform="x", date="2023-01-01T00:00:00Z"))
    clean = "Lovely sunny day for a walk."
    for year in (2019, 2020, 2020, 2023):
        report.add(clean, record(clean, platform="x", date=f"{year}-05-05T12:00:00Z"))
    path = tmp_path / "report.html"
    path.write_text(render(report, datetime(2026, 12, 1, 20, 0, tzinfo=timezone.utc)), encoding="utf-8")
    return path


def test_the_net_log_check_sees_a_page_that_loads_something(tmp_path):
    page = tmp_path / "loads.html"
    page.write_text('<!doctype html><link rel="stylesheet" href="https://fonts.example.org/a.css">'
                    '<p>hello</p><img src="http://tracker.example.net/pixel.gif">', encoding="utf-8")
    _, requests = chromium(tmp_path, page, "--dump-dom")
    assert set(from_the_page(requests, page)) == {"https://fonts.example.org/a.css", "http://tracker.example.net/pixel.gif"}


def test_the_report_renders_in_chromium_shows_the_counts_and_makes_no_request(tmp_path, report_page):
    dom, requests = chromium(tmp_path, report_page, "--dump-dom")
    assert from_the_page(requests, report_page) == []
    counts = dict(re.findall(r'<b id="count-(\w+)">([\d,]+)</b>', dom))
    assert counts == {"checked": "8", "flagged": "4", "identifying": "3", "review": "1", "clean": "4"}
    assert "Flagged posts, most serious first" in dom and "Reposts, most serious first" in dom
    assert "<script" not in dom.lower() and "&lt;script&gt;" in dom  # the post's <script> stayed text
    assert dom.count("<article") == 4

    shot = tmp_path / "report.png"
    _, requests = chromium(tmp_path, report_page, "--window-size=1000,1400", f"--screenshot={shot}")
    assert from_the_page(requests, report_page) == []
    width, height, colours = png_size_and_colours(shot.read_bytes())
    assert (width, height) == (1000, 1400) and colours > 32  # drawn, not a blank page
