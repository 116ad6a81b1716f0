"""Train the post-level "work talk" classifier: does this post mention a private person from the writer's work?

    python benchmarks/train_work_talk.py [--save DIR] [--epochs 8]

The detector's name-like spans that rest only on capitalisation (spaCy's PERSON/ORG/LOCATION guesses and
the proper-noun fallback) are what make harmless posts about the writer's own life change ("Lowkey Stormzy
closing Glastonbury...", "Migrated my side project from Jenkins to GitHub Actions"). A post that names a
private person from work nearly always says so around the name: a role (client, patient, pupil), a place of
work (ward, Year 5, caseload, shift) or a story about someone served. This classifier reads the whole post
(spaCy's TextCatBOW over lower-cased words and word pairs) and rewriter/detect/work_talk.py uses it as a
gate: where it is confident the post has no such person, those spans are dropped.

Labels (WORK = yes):
- benchmarks/data/name_drafts/writer_*.jsonl except writer_4 (kept for score_names.py's held-out figure):
  a NAME, PLACE or ORG mark -> yes (PLACE and ORG too, because the gate would drop spaCy's place and
  organisation guesses as well); only PUBLIC/OWN marks or none -> no. NAME here is always someone private
  the writer meets through work or a client's relative or pet; the writer's own family is OWN (writer_8).
- benchmarks/data/risk_drafts/*.jsonl, fresh_drafts/fresh6.jsonl, ../shared/data/dev_drafts.jsonl:
  ``clean`` false -> yes (a post with any identifier is never gated on), true -> no.
Never read: fresh7.jsonl and ../shared/data/dev_drafts2.jsonl (held out for selection).

The threshold is chosen by cross-validation leaving one hand-written file out at a time (writer_5, the
templated drafts, always trains): the highest P(WORK) below which at most MAX_WORK_GATED of the held-out
"yes" posts fall.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import spacy
from spacy.training import Example

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.score_names import unmark  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
NAME_FILES = ["writer_1.jsonl", "writer_2.jsonl", "writer_3.jsonl", "writer_5.jsonl", "writer_6.jsonl",
              "writer_7.jsonl", "writer_8.jsonl"]
ALWAYS_TRAIN = {"writer_5.jsonl"}  # templated: not a voice to hold out
PRIVATE_MARKS = {"NAME", "PLACE", "ORG"}
LABEL = "WORK"
OTHER = "NOT_WORK"
MAX_WORK_GATED = 0.01
SEED = 0
# The saved model's home in the package (rewriter/detect/work_talk.py loads it).
DEFAULT_OUT = ROOT / "rewriter" / "models" / "work_talk"

CONFIG = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 2,
    "no_output_layer": False,
    "length": 2**18,
}


def load() -> dict[str, list[tuple[str, bool]]]:
    """Posts by source file: (text, mentions a private person from work)."""
    sets: dict[str, list[tuple[str, bool]]] = {}
    for name in NAME_FILES:
        rows = []
        for line in (DATA / "name_drafts" / name).read_text(encoding="utf-8").splitlines():
            text, marks = unmark(json.loads(line)["marked"])
            rows.append((text, any(label in PRIVATE_MARKS for _, _, label in marks)))
        sets[name] = rows
    labelled = sorted((DATA / "risk_drafts").glob("*.jsonl")) + [
        DATA / "fresh_drafts" / "fresh6.jsonl", ROOT.parent / "shared" / "data" / "dev_drafts.jsonl"]
    for path in labelled:
        rows = [(r["text"], not r["clean"]) for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())]
        sets[path.name] = rows
    return sets


def train(rows: list[tuple[str, bool]], epochs: int):
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": CONFIG})
    textcat.add_label(LABEL)
    textcat.add_label(OTHER)
    examples = [Example.from_dict(nlp.make_doc(text), {"cats": {LABEL: float(y), OTHER: float(not y)}})
                for text, y in rows]
    random.seed(SEED)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(epochs):
        random.shuffle(examples)
        losses: dict = {}
        for batch in spacy.util.minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
    return nlp


def scores(nlp, texts: list[str]) -> list[float]:
    return [doc.cats[LABEL] for doc in nlp.pipe(texts)]


def cross_validate(sets: dict[str, list[tuple[str, bool]]], epochs: int) -> list[tuple[str, float, bool]]:
    """(file, held-out P(WORK), label) for every post of every hand-written file."""
    out = []
    for held in sets:
        if held in ALWAYS_TRAIN:
            continue
        rows = [r for name, rs in sets.items() if name != held for r in rs]
        nlp = train(rows, epochs)
        for p, (_, y) in zip(scores(nlp, [t for t, _ in sets[held]]), sets[held]):
            out.append((held, p, y))
        print(f"  fold {held}: {sum(y for _, y in sets[held])} yes / {len(sets[held])}", flush=True)
    return out


def choose_threshold(cv: list[tuple[str, float, bool]]) -> float:
    yes = sorted(p for _, p, y in cv if y)
    return yes[int(len(yes) * MAX_WORK_GATED)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path, help=f"save the model here (e.g. {DEFAULT_OUT.relative_to(ROOT)})")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation (threshold not reported)")
    args = ap.parse_args()
    sets = load()
    total = sum(len(r) for r in sets.values())
    print(f"{total} posts, {sum(y for r in sets.values() for _, y in r)} yes", flush=True)
    if not args.no_cv:
        cv = cross_validate(sets, args.epochs)
        threshold = choose_threshold(cv)
        for t in sorted({threshold, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5}):
            yes = [p for _, p, y in cv if y]
            no = [p for _, p, y in cv if not y]
            print(f"threshold {t:.3f}: yes gated {sum(p < t for p in yes) / len(yes):.3f}, "
                  f"no gated {sum(p < t for p in no) / len(no):.3f}")
        print(f"chosen threshold (at most {MAX_WORK_GATED:.0%} of held-out yes posts gated): {threshold:.3f}")
        for name in sets:
            if name in ALWAYS_TRAIN:
                continue
            yes = [p for f, p, y in cv if f == name and y]
            no = [p for f, p, y in cv if f == name and not y]
            print(f"  {name}: yes gated {sum(p < threshold for p in yes)}/{len(yes)}, "
                  f"no gated {sum(p < threshold for p in no)}/{len(no)}")
    if args.save:
        started = time.perf_counter()
        nlp = train([r for rs in sets.values() for r in rs], args.epochs)
        nlp.to_disk(args.save)
        print(f"saved to {args.save} in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
