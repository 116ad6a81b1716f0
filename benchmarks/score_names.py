"""How well does detection tell private names, small places and client organisations (to flag) from public
figures, brands and big places (to leave alone)? Measured on benchmarks/data/name_drafts/.

    python benchmarks/score_names.py [--show N] [FILE.jsonl ...]

Prints, per label: marks a detector span touches (recall for NAME, PLACE, ORG; the false-alarm rate for
PUBLIC), and the count of person/place/organisation spans on unmarked words (ordinary words taken for
names). With --show, examples of each error.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rewriter.config import Config  # noqa: E402
from rewriter.detect import Detector  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "name_drafts"
MARK = re.compile(r"\[\[(.+?)\|([A-Z]+)\]\]")
NAME_LIKE = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "FACILITY", "HANDLE"})


def unmark(marked: str) -> tuple[str, list[tuple[int, int, str]]]:
    out, marks, pos, length = [], [], 0, 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        length += m.start() - pos
        marks.append((length, length + len(m.group(1)), m.group(2)))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), marks


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show", type=int, default=0, help="examples of each kind of error")
    args = ap.parse_args()
    files = args.files or sorted(DATA.glob("*.jsonl"))
    detector = Detector(Config())
    touched, total = Counter(), Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    public_flagged: list[str] = []
    unmarked: list[str] = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            draft = json.loads(line)
            text, marks = unmark(draft["marked"])
            spans = detector.detect(text, role=draft["role"])
            for start, end, label in marks:
                hit = [s for s in spans if s.start < end and start < s.end]
                total[label] += 1
                touched[label] += bool(hit)
                if label == "PUBLIC" and hit:
                    public_flagged.append(f"{text[start:end]} ({hit[0].entity_type})")
                elif label != "PUBLIC" and not hit:
                    misses[label].append(text[start:end])
            for s in spans:
                if s.entity_type in NAME_LIKE and not any(s.start < e and b < s.end for b, e, _ in marks):
                    unmarked.append(f"{s.text} ({s.entity_type})")
    for label in ("NAME", "PLACE", "ORG"):
        if total[label]:
            print(f"{label:7} found {touched[label]}/{total[label]} ({touched[label] / total[label]:.3f})")
    if total["PUBLIC"]:
        print(f"PUBLIC  flagged {touched['PUBLIC']}/{total['PUBLIC']} ({touched['PUBLIC'] / total['PUBLIC']:.3f}; lower is better)")
    print(f"ordinary words flagged as names, places or organisations: {len(unmarked)}")
    if args.show:
        for label, missed in misses.items():
            print(f"missed {label}: {missed[:args.show]}")
        print(f"public flagged: {public_flagged[:args.show]}")
        print(f"ordinary words flagged: {unmarked[:args.show]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
