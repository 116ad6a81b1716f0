"""Post-level review quality and speed on labelled drafts (issue 11).

    .venv/bin/python benchmarks/review_score.py LABELS.jsonl [LABELS2.jsonl ...] [--no-spans] [--no-model] [--show] [--json]

Each LABELS file holds drafts as ../shared/data/dev_drafts2.jsonl does ({"id", "clean", "role", "text",
"risks": [kind...], ...}). For each file separately it prints, with the definitions of
../shared/eval/score.py:
- risk_recall: labelled (draft, kind) pairs whose kind the review reported anywhere in the draft;
- risky drafts caught: drafts with a labelled risk that got at least one risk;
- harmless drafts flagged: drafts with "clean": true given any risk;
- per kind: precision (reported kinds the label has, over all drafts) and recall.
Then the mean milliseconds per 280-character post of review alone beside detection alone, measured in
the same run on the benchmark's distinct 280-character posts (benchmarks/detect_speed.py), as CPU time of
this process and as wall time (on a busy shared machine the wall time of both stretches).
The review gets the real detector's spans for each draft, as the pipeline will give them (--no-spans:
review alone, as a caller without a detector would run it); it is the rules and the risk model
(rewriter/review/risk_model.py) as shipped, or the rules alone with --no-model.

Targets (issue 11, on dev_drafts2): risk_recall >= 0.90, >= 95% of risky drafts caught, <= 1 of 30
harmless drafts flagged, review <= 0.5 ms per 280-character post.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")  # the detector must not reach the network

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from rewriter.review import RISK_KINDS, Reviewer  # noqa: E402


def load(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def score(drafts: list[dict], found: list[set[str]]) -> dict:
    hit = total = posts = caught = clean = clean_flagged = 0
    tp, fp, fn = Counter(), Counter(), Counter()
    misses, false_alarms = [], []
    for draft, kinds in zip(drafts, found):
        labelled = set(draft.get("risks") or [])
        if labelled:
            posts += 1
            caught += bool(kinds)
            total += len(labelled)
            hit += len(labelled & kinds)
        if draft.get("clean"):
            clean += 1
            clean_flagged += bool(kinds)
        for kind in kinds | labelled:
            if kind in kinds and kind in labelled:
                tp[kind] += 1
            elif kind in kinds:
                fp[kind] += 1
                false_alarms.append((draft["id"], kind))
            else:
                fn[kind] += 1
                misses.append((draft["id"], kind))
    per_kind = {
        kind: {
            "labelled": tp[kind] + fn[kind],
            "reported": tp[kind] + fp[kind],
            "precision": round(tp[kind] / (tp[kind] + fp[kind]), 3) if tp[kind] + fp[kind] else None,
            "recall": round(tp[kind] / (tp[kind] + fn[kind]), 3) if tp[kind] + fn[kind] else None,
        }
        for kind in RISK_KINDS
    }
    return {
        "drafts": len(drafts),
        "risk_recall": round(hit / total, 3) if total else None,
        "risk_pairs": f"{hit}/{total}",
        "risky_drafts_caught": f"{caught}/{posts}",
        "risky_drafts_caught_rate": round(caught / posts, 3) if posts else None,
        "harmless_flagged": f"{clean_flagged}/{clean}",
        "per_kind": per_kind,
        "misses": misses,
        "false_alarms": false_alarms,
    }


def timing(detector, reviewer: Reviewer, n: int = 400) -> dict:
    """Mean ms per 280-character post: detection alone, then review alone on the detector's spans. Both
    as CPU time of this process (steady on a shared machine, where other processes stretch wall time)
    and as wall time."""
    from detect_speed import make_posts

    posts = make_posts(n)
    spans = [detector.detect(p) if detector else [] for p in posts[:20]]  # warm up both
    for p, s in zip(posts[:20], spans):
        reviewer.review(p, s)
    cpu = {"detect": 0.0, "review": 0.0}
    wall = {"detect": 0.0, "review": 0.0}
    for p in posts:
        c, w = time.process_time(), time.perf_counter()
        s = detector.detect(p) if detector else []
        cpu["detect"] += time.process_time() - c
        wall["detect"] += time.perf_counter() - w
        c, w = time.process_time(), time.perf_counter()
        reviewer.review(p, s)
        cpu["review"] += time.process_time() - c
        wall["review"] += time.perf_counter() - w

    def ms(x: float) -> float:
        return round(x / len(posts) * 1000, 3)

    return {
        "posts": len(posts),
        "post_chars": len(posts[0]),
        "detect_cpu_ms": ms(cpu["detect"]) if detector else None,
        "review_cpu_ms": ms(cpu["review"]),
        "detect_wall_ms": ms(wall["detect"]) if detector else None,
        "review_wall_ms": ms(wall["review"]),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("labels", nargs="+")
    ap.add_argument("--no-spans", action="store_true", help="review without the detector's spans")
    ap.add_argument("--no-model", action="store_true", help="the rules alone, without the risk model (review/risk_model.py)")
    ap.add_argument("--show", action="store_true", help="list each missed and each unlabelled kind")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    detector = None
    if not args.no_spans:
        from rewriter.detect import Detector

        detector = Detector()
    reviewer = Reviewer(model=not args.no_model)
    results = {}
    for path in args.labels:
        drafts = load(path)
        texts = [d["text"] for d in drafts]
        spans = list(detector.detect_many(texts, [d.get("role") for d in drafts])) if detector else [[] for _ in texts]
        found = [{r.kind for r in reviewer.review(t, s)} for t, s in zip(texts, spans)]
        results[Path(path).name] = score(drafts, found)
    results["speed"] = timing(detector, reviewer)
    if args.json:
        print(json.dumps(results, indent=1))
        return
    for name, res in results.items():
        if name == "speed":
            continue
        print(f"== {name}: {res['drafts']} drafts")
        print(
            f"risk_recall {res['risk_recall']} ({res['risk_pairs']})  risky drafts caught {res['risky_drafts_caught']}"
            f" ({res['risky_drafts_caught_rate']})  harmless drafts flagged {res['harmless_flagged']}"
        )
        print(f"  {'kind':22} {'labelled':>8} {'reported':>8} {'precision':>9} {'recall':>7}")
        for kind, k in res["per_kind"].items():
            p = "-" if k["precision"] is None else f"{k['precision']:.2f}"
            r = "-" if k["recall"] is None else f"{k['recall']:.2f}"
            print(f"  {kind:22} {k['labelled']:8} {k['reported']:8} {p:>9} {r:>7}")
        if args.show:
            print("  missed:", " ".join(f"{i}:{k}" for i, k in res["misses"]))
            print("  unlabelled:", " ".join(f"{i}:{k}" for i, k in res["false_alarms"]))
    s = results["speed"]
    detect = "-" if s["detect_cpu_ms"] is None else f"{s['detect_cpu_ms']:.2f} ms CPU ({s['detect_wall_ms']:.2f} ms wall)"
    print(
        f"speed: {s['posts']} posts of {s['post_chars']} characters, same run: review {s['review_cpu_ms']:.3f} ms CPU "
        f"({s['review_wall_ms']:.3f} ms wall) per post (target <= 0.5 ms); detection {detect} per post"
    )

if __name__ == "__main__":
    main()
