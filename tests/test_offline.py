"""Offline for real: nothing in rewriter reaches for the network, and the guard would notice if it did."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT, TESTS

EMAIL_DRAFT = "Ping me at hr.sam@initrode.co.uk or see https://example.org/team about the Leeds role."


def _guarded_python(code: str, tmp_path, env_extra=None) -> str:
    log = tmp_path / "net.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("REWRITER_")}
    env.update(
        PYTHONPATH=os.pathsep.join([str(TESTS / "netguard"), str(ROOT)]),
        REWRITER_NETGUARD_LOG=str(log),
        HOME=str(tmp_path),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        **(env_extra or {}),
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, timeout=120)
    return log.read_text() if log.exists() else ""


def test_guard_catches_stock_tldextract_reaching_for_the_suffix_list(tmp_path):
    # Stock Presidio's e-mail check calls tldextract, which fetches the public suffix list on first
    # use. This proves both that the problem is real and that the guard sees it.
    attempts = _guarded_python("import tldextract; tldextract.extract('hr.sam@initrode.co.uk')", tmp_path)
    assert "network attempt" in attempts


def test_detecting_emails_and_links_makes_no_network_attempt(tmp_path):
    code = (
        "from rewriter.detect import Detector\n"
        f"spans = Detector().detect({EMAIL_DRAFT!r})\n"
        "assert any(s.entity_type == 'EMAIL_ADDRESS' for s in spans), spans\n"
    )
    assert _guarded_python(code, tmp_path) == ""


def test_in_process_detection_of_an_email_is_offline(detector):
    # The autouse fixture in conftest fails this test if any connect or lookup was attempted.
    spans = detector.detect(EMAIL_DRAFT)
    assert [s.text for s in spans if s.entity_type == "EMAIL_ADDRESS"] == ["hr.sam@initrode.co.uk"]


def test_cli_check_and_audit_are_offline(cli, tmp_path):
    # The cli fixture asserts that the subprocess logged no network attempt.
    assert cli("check", "-", input=EMAIL_DRAFT).code == 1
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text('{"id": 1, "text": "%s"}\n' % EMAIL_DRAFT, encoding="utf-8")
    assert cli("audit", str(jsonl)).code == 1
