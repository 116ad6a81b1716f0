"""Debian's headless Chromium, run so that it reaches nothing: for the report's browser test and for
the screenshot in docs/ (docs/make_report_screenshot.py).

Every host name maps to "not found", Chromium's own background services are off, the profile is a
fresh folder, and a net log records every URL request, so a test can tell whether the page started one.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

CHROMIUM = shutil.which("chromium")

OFFLINE_FLAGS = (
    "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--no-default-browser-check",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
    "--disable-extensions", "--disable-client-side-phishing-detection", "--disable-domain-reliability",
    "--no-pings", "--disable-breakpad", "--metrics-recording-only",
    "--disable-features=Translate,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying",
    # nothing resolves: even a request that slipped through could not leave the machine
    "--host-resolver-rules=MAP * ~NOTFOUND",
)


def chromium(scratch: Path, page: Path, *action: str) -> tuple[str, list[dict]]:
    """Run headless Chromium on ``page`` with ``action`` (--dump-dom, --screenshot=...), its profile and
    net log in ``scratch``: its standard output, and every URL request the net log holds."""
    scratch.mkdir(parents=True, exist_ok=True)
    netlog = scratch / f"netlog-{len(list(scratch.glob('netlog-*')))}.json"
    home = scratch / "home"
    home.mkdir(exist_ok=True)
    proc = subprocess.run(
        [CHROMIUM, *OFFLINE_FLAGS, f"--user-data-dir={scratch / 'profile'}", f"--log-net-log={netlog}",
         *action, page.as_uri()],
        capture_output=True, timeout=120, env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
    )
    if proc.returncode != 0:
        raise RuntimeError(f"chromium failed: {proc.stderr.decode('utf-8', 'replace')[-2000:]}")
    return proc.stdout.decode("utf-8"), url_requests(netlog)


def url_requests(netlog: Path) -> list[dict]:
    log = json.loads(netlog.read_text(encoding="utf-8"))
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [e["params"] for e in log["events"] if e["type"] == start_job and "url" in e.get("params", {})]


def from_the_page(requests: list[dict], page: Path) -> list[str]:
    """The requests the page started (other than loading itself). Chromium's own services (a Google
    account check, a search-box prefetch) run with no initiating origin outside the page's network
    partition, and fail at once here: every host name resolves to "not found"."""
    browser_own = [r for r in requests if r.get("initiator") == "not an origin"
                   and "file://" not in r.get("network_isolation_key", "")]
    return [r["url"] for r in requests if r not in browser_own and r["url"] != page.as_uri()]
