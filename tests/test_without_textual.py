"""The domain (``rewriter`` minus ``rewriter.tui``) imports and works where Textual is not installed.

A subprocess blocks ``textual`` (``sys.modules['textual'] = None`` makes every import of it fail),
imports every module under ``rewriter/`` except the app's, runs ``check`` on a draft, and asks for
the app, which must then be a one-line error rather than a traceback.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT, TESTS

SCRIPT = r"""
import contextlib, importlib, io, json, pkgutil, sys
sys.modules["textual"] = None  # "import textual" now raises ImportError

import rewriter
imported = []
for info in pkgutil.walk_packages(rewriter.__path__, "rewriter."):
    if info.name.startswith("rewriter.tui") or info.name == "rewriter.__main__":
        continue  # the app needs Textual; __main__ would run the command line
    importlib.import_module(info.name)
    imported.append(info.name)

from rewriter.cli import main

out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    check = main(["check", "--json", sys.argv[1]])
    app = main(["tui"])
print(json.dumps({
    "imported": imported,
    "check": check,
    "spans": json.loads(out.getvalue().splitlines()[0])["spans"],
    "app": app,
    "app_error": err.getvalue(),
    "textual_loaded": [m for m in sys.modules if m.split(".")[0] == "textual" and sys.modules[m] is not None],
}))
"""


def test_the_domain_imports_and_checks_without_textual(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Met Sarah Jones at Ward 7 today.", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("REWRITER_")}
    env.update(PYTHONPATH=os.pathsep.join([str(TESTS / "netguard"), str(ROOT)]), HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path))
    proc = subprocess.run([sys.executable, "-c", SCRIPT, str(draft)], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.splitlines()[-1])
    assert {"rewriter.cli", "rewriter.pipeline", "rewriter.detect.detector", "rewriter.llm.backend",
            "rewriter.cli.audit", "rewriter.cli.check", "rewriter.cli.rewrite", "rewriter.cli.tui",
            "rewriter.cli.watch", "rewriter.sources.jsonl", "rewriter.detect.batch", "rewriter.clipboard"} <= set(result["imported"])
    assert result["check"] == 1
    assert ["Sarah Jones", "Ward 7"] == [s["text"] for s in result["spans"]]
    assert result["textual_loaded"] == []
    # asking for the app is one line, exit 2, and says what to install
    assert result["app"] == 2
    assert result["app_error"].count("\n") == 1 and "pip install textual" in result["app_error"]
