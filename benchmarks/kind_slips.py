"""Which names the generaliser writes as a firm or a place: every person, place or organisation span of a
kept audit whose replacement says "an organisation", "a client company", "a company", "the area", "a local
place" or "someone else", with the words around it, for a reader to tell a person written as a firm
("Go on [Lily-Mae]!!" -> "an organisation") from a firm rightly so.

    python benchmarks/score_drafts.py --keep DIR SET.jsonl ...
    python benchmarks/kind_slips.py DIR SET.jsonl ...

One line a span, tab-separated: set, post id, entity type, span, replacement, context. The replacement is
the generaliser's first round on the audit's spans (no risks, no model), as the rewrite starts from.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rewriter.generalise.driver import generalise  # noqa: E402
from rewriter.spans import Span  # noqa: E402

WATCHED = re.compile(r"organisation|client company|\ba company\b|\bthe area\b|a local place|someone else")
FIELDS = ("start", "end", "text", "entity_type", "score", "source", "why", "suggestion")


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        sys.exit(__doc__)
    audit_dir = Path(argv[0])
    for labels in map(Path, argv[1:]):
        posts = {p["id"]: p for p in map(json.loads, labels.open(encoding="utf-8"))}
        for line in (audit_dir / f"{labels.stem}.audit.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            post = posts[record["id"]]
            spans = [Span(**{k: s[k] for k in FIELDS}) for s in record["spans"]]
            for r in generalise(post["text"], spans, post.get("role", "other")).replacements:
                if r.span is None or r.span.entity_type not in ("ORGANIZATION", "LOCATION", "PERSON"):
                    continue
                if WATCHED.search(r.text):
                    t = post["text"]
                    context = t[max(0, r.start - 35):r.start] + "[" + t[r.start:r.end] + "]" + t[r.end:r.end + 30]
                    print("\t".join((labels.stem, record["id"], r.span.entity_type, r.span.text, r.text, repr(context))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
