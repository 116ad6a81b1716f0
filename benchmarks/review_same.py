"""Does this tree's post-level review give exactly the risks it gave before? (for work on the review's speed)

Runs the review (rewriter.review.Reviewer, the risk model included) on every draft of
benchmarks/data/fresh_drafts/*.jsonl and ../shared/data/dev_drafts*.jsonl, each with the detector's spans
and again with none, and writes every risk (kind, start, end, text, why, advice, rewrite, by_model,
whole_post) as JSON; or compares with such a file written before and prints how many texts differ.

    python benchmarks/review_same.py --save OUT.json [--spans SPANS.pkl] [--audits DIR]
    python benchmarks/review_same.py --compare OUT.json [--spans SPANS.pkl] [--audits DIR]

With --audits DIR (a score_drafts.py --keep directory), the rewrites in DIR/*.audit.jsonl are reviewed too
(the review runs on every candidate text as well as on the draft).

The detector's spans are worked out once and kept in SPANS.pkl (default /tmp/review_same_spans.pkl), so
both runs read the same spans and only the review is compared. Differences on the hold-out sets
(fresh42*, writer_n) are counted, never printed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "benchmarks" / "data" / "fresh_drafts").glob("*.jsonl")) + sorted(
    (ROOT.parent / "shared" / "data").glob("dev_drafts*.jsonl"))
HELD_OUT = ("fresh42", "writer_n")


def texts(audits: Path | None = None) -> list[tuple[str, str]]:
    out = []
    for path in sorted(audits.glob("*.audit.jsonl")) if audits else ():
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else {}
            if rec.get("rewrite"):
                out.append((f"{path.name.split('.')[0]}:{rec.get('id')}:rewrite", rec["rewrite"]))
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out.append((f"{path.stem}:{rec.get('id')}", rec["text"]))
    return out


def spans_for(items: list[tuple[str, str]], cache: Path) -> dict[str, list]:
    known = pickle.loads(cache.read_bytes()) if cache.exists() else {}
    todo = sorted({t for _, t in items if t not in known})
    if todo:
        from rewriter.detect import Detector

        detector = Detector()
        for text, spans in zip(todo, detector.detect_many(todo)):
            known[text] = spans
        cache.write_bytes(pickle.dumps(known))
    return known


def review_all(items, spans) -> dict[str, list]:
    from rewriter.review import Reviewer

    reviewer = Reviewer()
    out = {}
    for key, text in items:
        for variant, given in (("spans", spans[text]), ("none", ())):
            out[f"{key}|{variant}"] = [dataclasses.asdict(r) for r in reviewer.review(text, given)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", type=Path)
    g.add_argument("--compare", type=Path)
    ap.add_argument("--spans", type=Path, default=Path("/tmp/review_same_spans.pkl"))
    ap.add_argument("--show", type=int, default=5)
    ap.add_argument("--audits", type=Path, help="also review the rewrites in DIR/*.audit.jsonl")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    items = texts(args.audits)
    got = review_all(items, spans_for(items, args.spans))
    risks = sum(len(v) for v in got.values())
    if args.save:
        args.save.write_text(json.dumps(got, ensure_ascii=False, sort_keys=True))
        print(f"saved {len(got)} reviews ({len(items)} texts, with spans and without), {risks} risks")
        return
    before = json.loads(args.compare.read_text())
    differ = sorted(k for k in set(before) | set(got) if before.get(k) != got.get(k))
    print(f"{len(got)} reviews ({len(items)} texts, with spans and without), {risks} risks; differing: {len(differ)}")
    shown = 0
    for k in differ:
        if any(k.startswith(h) for h in HELD_OUT) or shown >= args.show:
            continue
        shown += 1
        print(f"  {k}\n    before {before.get(k)}\n    now    {got.get(k)}")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
