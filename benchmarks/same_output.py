"""Does this tree detect and generalise exactly as an earlier commit did?

A refactor must not change behaviour. This runs `rewriter audit --rewrite --no-llm` (spans, the
deterministic rewrite, the re-detected spans, the review's risks on both and the verdict of every post)
on every text we have,
once with the code of REF and once with this work tree, and prints the number of posts whose output
differs (0 is the goal), with the first few differences.

    python benchmarks/same_output.py [--ref COMMIT] [--show N] [--all-sets]

Texts: ../shared/data/dev_drafts.jsonl and dev_drafts2.jsonl (with their roles), the 1,500
presidio-research synth sentences and the 400 benchmark posts (roles taken in turn from a fixed list,
so role-dependent suggestions are exercised). With --all-sets, also every labelled draft of
benchmarks/data (the hold-out sets' differences are counted, never printed). The user's own config and
watch list are kept out: both runs get an empty config and empty config and data directories.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
DEFAULT_REF = "9910b3a"  # the commit issue 9 was read from: behaviour as it was before the restructure
ROLES = ("therapist", "nurse", "teacher", "engineer", "lawyer", "hr", "other", "social worker", "care worker", "analyst")
COMPARED = ("spans", "rewrite", "final_spans", "clean", "method", "status", "risks", "final_risks")


# Labelled sets kept for measuring at a helper's start and end only: compared, never printed.
HOLD_OUT = ("risk_drafts/writer_w.jsonl", "risk_drafts/writer_x.jsonl", "risk_drafts/writer_y.jsonl",
            "risk_drafts/writer_z.jsonl", "risk_drafts/writer_za.jsonl", "fresh_drafts/writer_n.jsonl")


def labelled_sets() -> list[dict]:
    """Every labelled draft of benchmarks/data (with its role), for ``--all-sets``."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from score_names import unmark

    posts = []
    for path in sorted((ROOT / "benchmarks" / "data").rglob("*.jsonl")):
        name = path.relative_to(ROOT / "benchmarks" / "data").as_posix()
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                d = json.loads(line)
                text = d["text"] if "text" in d else unmark(d["marked"])[0]  # name_drafts: the marks taken out
                posts.append({"id": f"{name}:{d.get('id', n)}", "text": text, "role": d.get("role") or "other"})
    return posts


def corpus(all_sets: bool = False) -> list[dict]:
    posts: list[dict] = labelled_sets() if all_sets else []
    for name in ("dev_drafts.jsonl", "dev_drafts2.jsonl"):
        for line in (SHARED / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                posts.append({"id": f"{name}:{d['id']}", "text": d["text"], "role": d.get("role", "other")})
    synth = json.loads((SHARED / "presidio-research" / "synth_dataset_v2.json").read_text(encoding="utf-8"))
    for i, item in enumerate(synth):
        posts.append({"id": f"synth:{i}", "text": item["full_text"], "role": ROLES[i % len(ROLES)]})
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from detect_speed import make_posts  # the benchmark's own 280-character posts

    for i, text in enumerate(make_posts(400)):
        posts.append({"id": f"bench:{i}", "text": text, "role": ROLES[(i * 7) % len(ROLES)]})
    return posts


def run_audit(tree: Path, corpus_file: Path, out: Path, scratch: Path) -> None:
    config = scratch / "empty.toml"
    config.write_text("", encoding="utf-8")
    env = dict(os.environ)
    env.update(
        PYTHONPATH=str(tree),
        XDG_CONFIG_HOME=str(scratch / "config"),
        XDG_DATA_HOME=str(scratch / "data"),
        XDG_CACHE_HOME=str(scratch / "cache"),
    )
    env.pop("REWRITER_CONFIG", None)
    cmd = [sys.executable, "-m", "rewriter", "audit", str(corpus_file), "--rewrite", "--no-llm",
           "--out", str(out), "--config", str(config)]
    proc = subprocess.run(cmd, cwd=scratch, env=env, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"audit failed in {tree} (exit {proc.returncode}):\n{proc.stderr[-2000:]}")


def export_ref(ref: str, dest: Path) -> str:
    sha = subprocess.run(["git", "rev-parse", ref], cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    archive = subprocess.run(["git", "archive", sha], cwd=ROOT, capture_output=True, check=True).stdout
    tar_path = dest.parent / "ref.tar"
    tar_path.write_bytes(archive)
    with tarfile.open(tar_path) as tar:
        tar.extractall(dest, filter="data") if hasattr(tarfile, "data_filter") else tar.extractall(dest)
    return sha


def load(path: Path) -> dict[str, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out[d["id"]] = {k: d.get(k) for k in COMPARED}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", default=DEFAULT_REF, help=f"commit to compare against (default {DEFAULT_REF})")
    ap.add_argument("--show", type=int, default=5, help="differences to print")
    ap.add_argument("--all-sets", action="store_true",
                    help="also every labelled set of benchmarks/data (hold-out sets compared, not printed)")
    args = ap.parse_args()

    posts = corpus(args.all_sets)
    body = "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in posts)
    digest = hashlib.sha256(body.encode()).hexdigest()[:12]
    with tempfile.TemporaryDirectory(prefix="same-output-") as tmp:
        tmp_path = Path(tmp)
        corpus_file = tmp_path / "corpus.jsonl"
        corpus_file.write_text(body, encoding="utf-8")
        ref_tree = tmp_path / "ref"
        ref_tree.mkdir()
        sha = export_ref(args.ref, ref_tree)
        # The reference output depends only on the commit and the texts: kept between runs.
        cache = Path(tempfile.gettempdir()) / f"rewriter-same-output-{sha[:12]}-{digest}.jsonl"
        if not cache.exists():
            scratch = tmp_path / "scratch-ref"
            scratch.mkdir()
            run_audit(ref_tree, corpus_file, tmp_path / "ref.jsonl", scratch)
            (tmp_path / "ref.jsonl").replace(cache)
        scratch = tmp_path / "scratch-head"
        scratch.mkdir()
        run_audit(ROOT, corpus_file, tmp_path / "head.jsonl", scratch)
        before, after = load(cache), load(tmp_path / "head.jsonl")

    differing = [pid for pid in before if before[pid] != after.get(pid)]
    missing = [pid for pid in after if pid not in before]
    print(f"posts compared: {len(before)} (ref {sha[:10]} against the work tree)")
    for pid in differing[: args.show]:
        if pid.startswith(HOLD_OUT):
            print(f"- {pid}: differs (a hold-out draft: not shown)")
            continue
        a, b = before[pid], after.get(pid) or {}
        for key in COMPARED:
            if a.get(key) != b.get(key):
                print(f"- {pid} {key}:\n    before {json.dumps(a.get(key), ensure_ascii=False)[:400]}\n"
                      f"    after  {json.dumps(b.get(key), ensure_ascii=False)[:400]}")
    print(f"differences: {len(differing) + len(missing)}")
    return 1 if differing or missing else 0


if __name__ == "__main__":
    sys.exit(main())
