"""Score the labelled drafts: `rewriter audit --rewrite` on each set, then ../shared/eval/score.py.

    python benchmarks/score_drafts.py [--llm] [--keep DIR] [EXTRA.jsonl ...]

Sets: ../shared/data/dev_drafts.jsonl and dev_drafts2.jsonl, plus any labelled JSONL named on the
command line (same fields). Without --llm the rewrite is the deterministic generaliser's (what the model
has to beat, and what is offered when it fails); with --llm the default model polishes it, as the app
does. Prints score.py's figures per set: identifier recall, leaks, false "clean", harmless posts
flagged and changed, keep rate and, where the labels have them, the post-level risks. With --keep DIR
the audit output stays in DIR (for ../shared/eval/make_pairs.py and a reader's judgement).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = [SHARED / "data" / "dev_drafts.jsonl", SHARED / "data" / "dev_drafts2.jsonl"]
SHOWN = ("posts", "detect_recall", "leaked_patterns", "leak_patterns_total", "false_clean", "clean_flagged",
         "clean_changed", "clean_total", "keep_rate", "risk_recall", "risk_posts_caught", "risk_posts",
         "clean_risk_flagged", "median_s")


def score(labels: Path, out_dir: Path, llm: bool, config: Path) -> dict:
    out = out_dir / f"{labels.stem}.audit.jsonl"
    cmd = [sys.executable, "-m", "rewriter", "audit", str(labels), "--rewrite", "--out", str(out), "--config", str(config)]
    if not llm:
        cmd.append("--no-llm")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("REWRITER_CONFIG", None)
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"audit failed on {labels.name} (exit {proc.returncode}):\n{proc.stderr[-2000:]}")
    scored = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(labels), str(out), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(scored.stdout)["summary"]


def unscorable(labels: Path) -> str | None:
    """Why this file cannot be scored here, or None; checked first so one odd file does not end the run."""
    try:
        with labels.open(encoding="utf-8") as f:
            first = json.loads(f.readline() or "{}")
    except (OSError, ValueError) as err:
        return f"cannot read it ({err})"
    if "text" not in first:
        # The name drafts carry inline marks ("marked") and have their own scorer.
        return "its lines have no 'text' field (marked name drafts are scored by benchmarks/score_names.py)"
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("extra", nargs="*", type=Path, help="more labelled JSONL files")
    ap.add_argument("--llm", action="store_true", help="polish with the default model (slower)")
    ap.add_argument("--keep", type=Path, help="keep the audit output in this folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="score-drafts-") as tmp:
        out_dir = args.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        config = Path(tmp) / "empty.toml"
        config.write_text("", encoding="utf-8")
        for labels in [*SETS, *args.extra]:
            problem = unscorable(labels)
            if problem:
                print(f"{labels.name}: skipped, {problem}", flush=True)
                continue
            figures = score(labels, out_dir, args.llm, config)
            shown = ", ".join(f"{k} {figures[k]}" for k in SHOWN if figures.get(k) is not None)
            print(f"{labels.name}: {shown}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
