"""Nothing of a draft is written to disk unless the user asks (``--out``, the app's save dialog).

Every command runs as a subprocess with a fresh HOME, XDG dirs and TMPDIR (the ``cli`` fixture) and
the draft on standard input; afterwards every file under that HOME, TMPDIR and the working directory,
every new file in the system temp dir, and the package's ``__pycache__`` are searched for the draft's
distinctive words. The app's own version of this check is tests/tui/test_app_flow.py
(test_nothing_of_the_draft_reaches_the_disk).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
from pathlib import Path

import pytest

from conftest import ROOT

# The distinctive words are put together at run time, so that no file holds them whole but this test's
# outputs: a copy of the repository made meanwhile by another process (a benchmark's `git archive` in
# the system temp dir) must not look like a leak.
WORDS = ("Quen" + "by", "Hollo" + "well", "Bracken" + "ridge")
NAME = f"Sarah {WORDS[0]}-{WORDS[1]}"
DRAFT = f"Long night. {NAME} at {WORDS[2]} Ward finally slept, and so did I."
SYSTEM_TMP = Path(tempfile.gettempdir())


def _holds_a_word(path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    for word in WORDS:
        for encoded in (word.encode("utf-8"), word.lower().encode("utf-8"), word.encode("utf-16-le")):
            if encoded in data or encoded in data.lower():
                return True
    return False


def _files_under(*roots: Path, newer_than: float | None = None) -> list[Path]:
    found = []
    for root in roots:
        if not root.exists():
            continue
        # os.walk, not rglob: other processes create and delete temp dirs while this walks, and
        # rglob raises when a directory vanishes under it (os.walk skips it)
        for path in (Path(d) / f for d, _, files in os.walk(root) for f in files):
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                if newer_than is not None and path.stat().st_mtime < newer_than:
                    continue
                if path.stat().st_size > 50_000_000:
                    continue
            except OSError:
                continue
            found.append(path)
    return found


@pytest.mark.llm
def test_no_command_writes_the_draft_anywhere(cli, tmp_path, isolated_env):
    started = time.time() - 1
    (tmp_path / "rewriter.toml").write_text('role = "nurse"\n[model]\nmax_tokens = 48\n', encoding="utf-8")

    check = cli("check", "-", input=DRAFT)
    assert check.code == 1 and WORDS[0] in check.out
    check_json = cli("check", "--json", "-", input=DRAFT)
    assert any(WORDS[0] in s["text"] for s in json.loads(check_json.out)["spans"])
    plain = cli("rewrite", "--no-llm", "-", input=DRAFT)
    assert plain.code == 0 and WORDS[0] not in plain.out and plain.out.strip()
    model = cli("rewrite", "--json", "-", input=DRAFT)
    assert model.code in (0, 1) and json.loads(model.out)["model_name"]
    audit = cli("audit", "--rewrite", "--no-llm", "-", input=json.dumps({"id": 1, "text": DRAFT}) + "\n")
    assert audit.code == 1 and json.loads(audit.out)["rewrite"]  # 1: the post as written has a name in it
    watch = cli("watch", "add", NAME, WORDS[2])
    assert watch.code == 0, watch.err
    watched = cli("check", "--json", "-", input=DRAFT)
    assert "WATCHED" in {s["entity_type"] for s in json.loads(watched.out)["spans"]}

    # the watch list is the one file written, and it holds salted hashes only
    home = Path(isolated_env["HOME"])
    watch_files = list(home.rglob("watchlist.json"))
    assert len(watch_files) == 1
    stored = json.loads(watch_files[0].read_text(encoding="utf-8"))
    assert set(stored) == {"version", "about", "salt", "entries"} and len(stored["entries"]) == 2
    assert all(re.fullmatch(r"[0-9a-f]{32}", e["hash"]) and set(e) == {"hash", "words"} for e in stored["entries"])

    written = _files_under(tmp_path)  # holds HOME, XDG_*, TMPDIR and the working directory
    assert watch_files[0] in written
    assert not [p for p in written if _holds_a_word(p)]
    # nothing new elsewhere either: the system temp dir, the package's byte-code, tldextract's cache
    elsewhere = _files_under(SYSTEM_TMP, newer_than=started)
    # other test sessions (pytest-of-*, possibly running this very test at the same time) and the
    # shell harness write there too; the commands under test had TMPDIR pointed inside tmp_path
    elsewhere = [p for p in elsewhere if not any(part.startswith(("pytest-of-", "bash_jobs")) for part in p.parts)]
    elsewhere += _files_under(*ROOT.joinpath("rewriter").rglob("__pycache__"), newer_than=started)
    elsewhere += _files_under(Path.home() / ".cache" / "python-tldextract", newer_than=started)
    assert not [p for p in elsewhere if _holds_a_word(p)]


def test_the_search_would_find_the_draft_if_it_were_written(cli, tmp_path):
    # the check above can fail: a file the user asked for (--out) is found by the same search
    out = tmp_path / "audit-out.jsonl"
    run = cli("audit", "--out", str(out), "-", input=json.dumps({"id": 1, "text": DRAFT}) + "\n")
    assert run.code == 1
    assert [p for p in _files_under(tmp_path) if _holds_a_word(p)] == [out]
