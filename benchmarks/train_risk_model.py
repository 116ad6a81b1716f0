"""Train a post-level risk classifier and measure it (an experiment: not shipped yet).

    python benchmarks/train_risk_model.py [--save DIR]

Not shipped because, measured here, it is not good enough: leaving one writer out, it finds 30% of
labelled kinds at a threshold that flags 3% of harmless posts, and a short post full of words it never
saw scores near 0.5 on every kind ("Lovely walk with the dog this morning" got five risks). Next step:
more writers, short harmless posts in training, and a calibrated model.

The rules in rewriter/review/ find the phrase that raises a risk and, where they can, its rewrite; they
only see the wording their author thought of. This classifier reads the whole post (a bag of words and
word pairs: spaCy's TextCatBOW, about 0.2 ms per post) and would add a risk kind the rules missed,
marked on the whole post. It is trained on benchmarks/data/risk_drafts/ (six independent
writers); ../shared/data/dev_drafts2.jsonl is never trained on and is reported apart, as held out.

Cross-validation leaves one writer out at a time, so the figures say how the model does on a voice it
never saw. The threshold is chosen there (the lowest that flags at most 3% of harmless posts), not on
the held-out set.
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
DATA = ROOT / "benchmarks" / "data" / "risk_drafts"
HELD_OUT = ROOT.parent / "shared" / "data" / "dev_drafts2.jsonl"
KINDS = ("news_event", "rare_or_unique", "small_community", "ongoing_case", "photo", "client_contact",
         "venting", "confidential_business", "health_detail")
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
MAX_HARMLESS_FLAGGED = 0.03
SEED = 0
EPOCHS = 15
# Hashed features: 2**16 buckets keep the model near 2 MB with no loss measured against 2**18.
BOW = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
       "no_output_layer": False, "length": 65536}


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def train(drafts: list[dict]):
    random.seed(SEED)
    spacy.util.fix_random_seed(SEED)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": BOW})
    for kind in KINDS:
        textcat.add_label(kind)
    examples = [Example.from_dict(nlp.make_doc(d["text"]), {"cats": {k: float(k in d["risks"]) for k in KINDS}})
                for d in drafts]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(EPOCHS):
        random.shuffle(examples)
        for i in range(0, len(examples), 16):
            nlp.update(examples[i:i + 16], sgd=optimizer, drop=0.2)
    return nlp


def predictions(nlp, drafts: list[dict]) -> list[dict[str, float]]:
    return [doc.cats for doc in nlp.pipe(d["text"] for d in drafts)]


def figures(drafts: list[dict], cats: list[dict[str, float]], threshold: float) -> dict:
    hit = total = risky = caught = harmless = flagged = 0
    for d, c in zip(drafts, cats):
        found = {k for k, v in c.items() if v >= threshold}
        labelled = set(d["risks"])
        total += len(labelled)
        hit += len(labelled & found)
        if labelled:
            risky += 1
            caught += bool(found)
        if d["clean"]:
            harmless += 1
            flagged += bool(found)
    return {"recall": hit / max(total, 1), "caught": caught, "risky": risky, "flagged": flagged, "harmless": harmless}


def line(name: str, f: dict, threshold: float) -> str:
    return (f"{name}: threshold {threshold}: kind recall {f['recall']:.3f}, risky drafts caught {f['caught']}/{f['risky']}, "
            f"harmless flagged {f['flagged']}/{f['harmless']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path, help="save the model trained on every writer to this folder")
    args = ap.parse_args()
    writers = {p.stem: load(p) for p in sorted(DATA.glob("*.jsonl"))}
    if not writers:
        sys.exit(f"no training drafts in {DATA}")

    # Leave one writer out: every draft gets a prediction from a model that never saw its writer.
    pooled_drafts, pooled_cats = [], []
    for name, drafts in writers.items():
        rest = [d for other, ds in writers.items() if other != name for d in ds]
        pooled_drafts += drafts
        pooled_cats += predictions(train(rest), drafts)
    chosen = THRESHOLDS[-1]
    for threshold in THRESHOLDS:
        f = figures(pooled_drafts, pooled_cats, threshold)
        print(line("leave-one-writer-out", f, threshold))
        if f["flagged"] <= MAX_HARMLESS_FLAGGED * f["harmless"] and threshold < chosen:
            chosen = threshold
    print(f"chosen threshold: {chosen}")

    nlp = train([d for ds in writers.values() for d in ds])
    if HELD_OUT.exists():
        held = load(HELD_OUT)
        print(line("held out (dev_drafts2, never trained on)", figures(held, predictions(nlp, held), chosen), chosen))
    sample = [d["text"] for ds in writers.values() for d in ds][:400]
    started = time.perf_counter()
    list(nlp.pipe(sample))
    print(f"time per post: {(time.perf_counter() - started) * 1000 / len(sample):.3f} ms")
    if not args.save:
        return 0
    nlp.meta["name"] = "rewriter_risks"
    nlp.meta["description"] = "Post-level confidentiality risk kinds (bag of words); see benchmarks/train_risk_model.py"
    nlp.meta["threshold"] = chosen
    nlp.to_disk(args.save)
    size = sum(p.stat().st_size for p in args.save.rglob("*") if p.is_file())
    print(f"saved {args.save} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
