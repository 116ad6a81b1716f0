"""Per-kind figures of the post-level review from `score_drafts.py --keep DIR` output.

    python benchmarks/risk_kinds.py DIR LABELS.jsonl [LABELS2.jsonl ...]

For the labelled sets named (their audit output is DIR/<stem>.audit.jsonl), summed: for each risk kind,
how many labelled (draft, kind) pairs the review reported (recall), how many drafts it gave the kind
without the label (on risky drafts and on harmless ones), and how many of the false_clean drafts (offered
as clean while a labelled leak remains) carry a labelled risk of that kind, and in how many of those the
review missed that kind on the draft.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir, sets = Path(argv[0]), [Path(p) for p in argv[1:]]
    total, hit, extra_risky, extra_clean = Counter(), Counter(), Counter(), Counter()
    false_clean_by, false_clean_missed = Counter(), Counter()
    posts = caught = clean = clean_flagged = false_clean = 0
    for labels in sets:
        audit = {str(r.get("id")): r for r in load(out_dir / f"{labels.stem}.audit.jsonl")}
        for lab in load(labels):
            out = audit.get(str(lab["id"]))
            if out is None:
                continue
            found = {r.get("kind") for r in out.get("risks") or []}
            labelled = set(lab.get("risks") or [])
            if labelled:
                posts += 1
                caught += bool(found)
            for kind in labelled:
                total[kind] += 1
                hit[kind] += kind in found
            for kind in found - labelled:
                (extra_clean if lab["clean"] else extra_risky)[kind] += 1
            if lab["clean"]:
                clean += 1
                clean_flagged += bool(found)
            elif out.get("clean") is True:
                final = out.get("rewrite") if out.get("rewrite") is not None else lab["text"]
                if any(re.search(p, final, re.I) for p in lab["leaks"]):
                    false_clean += 1
                    for kind in labelled:
                        false_clean_by[kind] += 1
                        false_clean_missed[kind] += kind not in found
    recall = sum(hit.values()) / max(1, sum(total.values()))
    print(f"risk_recall {sum(hit.values())}/{sum(total.values())} = {recall:.3f}; risky drafts caught {caught}/{posts}; "
          f"harmless given a risk {clean_flagged}/{clean}; false_clean {false_clean}")
    print(f"  {'kind':22s} {'recall':>14s} {'extra(risky)':>13s} {'extra(clean)':>13s} {'false_clean':>12s} {'(missed)':>9s}")
    for kind in sorted(set(total) | set(extra_clean) | set(extra_risky)):
        r = f"{hit[kind]}/{total[kind]} {hit[kind] / total[kind]:.3f}" if total[kind] else "-"
        print(f"  {kind:22s} {r:>14s} {extra_risky[kind]:13d} {extra_clean[kind]:13d} {false_clean_by[kind]:12d} {false_clean_missed[kind]:9d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
