"""Train a token-level tagger of private identifiers, from scratch on the CPU, to try as the span veto.

    python benchmarks/train_token_veto.py [--epochs 8] [--width 64] [--depth 3] [--leave-out STEMS] [--save DIR]
        [--save-each] [--extra FILE.jsonl] [--eval-spans FILE]

A different learner from train_span_veto.py's bag of words over one span's hand-made features: a tagger over the
whole text of every labelled tuning draft (risk_drafts/writer_*, fresh_drafts/fresh*; never the hold-outs of
holdouts.py nor the shared dev sets; --leave-out keeps more files out, by default fresh40a-d, the leave-out test).
A token is PRIVATE ("P") when it overlaps a match of one of its draft's leak patterns, "O" otherwise: a clean draft
is all "O", which is the negative signal (other-language words, brands, venues, holidays, big places). The
tok2vec is spaCy's MultiHashEmbed over NORM, PREFIX, SUFFIX and SHAPE (an unseen word is read by its shape and
affixes) and a MaxoutWindowEncoder CNN that reads the context; the head is a softmax tagger, so each token has a
P(private). One draft in twenty is kept aside to pick the epoch.

As a veto: a detector candidate span (span_veto.vetoable, on a post that is not private business) goes when the
highest P(private) of its tokens is below a threshold. --eval-spans reads a cache of the detector's spans on the
left-out files (made by /work/hold/distil41/spans40.py: the spans without the veto, each with the shipped veto's
score) and prints, per threshold, positives lost, negatives vetoed and harmless posts left whole, beside the
shipped veto.

Measured 2026-12-05, session 41 (detector = main b47f986; 7,710 drafts in 64 files, fresh40a-d left out; 7,324
trained on, 386 to pick the epoch; width 64, depth 3, window 1, rows 5000/1000/2500/2500; one thread, about 70 s
an epoch on the shared 2-core machine at load 4, 4 min at load 14). Token F1 at P >= .5 on the 386: epoch 4 .577,
5 .590, 6 .608, 7 .597, 8 .566. The leave-out fresh40a-d (320 drafts by independent writers no rule or model
read): the detector's final spans without either veto, the candidates span_veto.vetoable reads on posts that are
not private business: 147 overlap a labelled leak, 77 do not; 49 harmless posts have a span other than a time.

    veto                                 positives lost   negatives vetoed   harmless posts left whole
    shipped bag of words (P >= .94)          0 / 147           4 / 77              1 / 49
    tagger epoch 4, max P(private) < .002    0                 2                   1      (or shipped: 0/5/2)
                                     .005    0                15                   8      (or shipped: 0/18/9)
                                     .01     0                22                  11      (or shipped: 0/25/13)
                                     .02     1                30                  13      (or shipped: 1/32/15)
                                     .05     2                36                  16
                                     .1      5                44                  19
    tagger epoch 6 (best dev F1)     .0005   0                 9                   6      (or shipped: 0/13/7)
                                     .005    1                28                  14      (or shipped: 1/31/16)
                                     .01     2                31                  15      (or shipped: 2/34/17)
    candidates without the listed-name and context guards (span_veto.candidate, 202 positive, 103 negative),
    epoch 4: .005 2 / 22 / 10, .01 2 / 30 / 13: the guards stay.

What it vetoes on the leave-out at .01 (epoch 4): big places as the writer's own ("a new mam in Cardiff", "all over
Dublin", "Maligayang Pasko from Leeds"), other languages' words ("mais c'est", "Obrigada", "Pasko", "Publikum",
"Beterschap", "Jai Hind"), brands and bodies ("UPS", "Milwaukee or DeWalt", "UPSC", "Ofsted ILACS", "IC"),
a museum, a hashtag, "Y'all", "Nothin". The labelled leaks nearest the line are small towns: "Greggs in
Pontefract" (.018), "Llanbradach deserves better" (.030). Epoch 4 and the threshold were read off this very
leave-out (epoch 6, picked by dev F1, is the honest figure: at .005 one positive lost for 14 harmless posts left
whole, against 0 and 1 for the shipped veto), so the figures above are optimistic; and at .01 the shipped
threshold would lose one labelled organisation of dev_drafts2 (P .0088): tried at .005 with the epoch-4 model.

Integrated behind span_veto.without_vetoed (commits d412c67 and fa262a3 of branch distil41: rewriter/detect/token_veto.py
reads the tagger in numpy, the same logits as thinc's to 2e-6, over a window of three tokens either side of each
candidate; the model is 3.9 MB) and measured, then taken out again:

    score_drafts.py (leaked / false clean / harmless changed), b47f986 (the coordinator's t41_start) -> + tagger at .005
      fresh40a-d (leave-out)   83 / 10 / 49  ->  84 / 10 / 41   (one leak more: fb072's "de roti shop" of a client,
                                                                  vetoed when the verify pass re-reads the half-rewritten
                                                                  post, a context the span-level figures above never see)
      dev_drafts2              21 leaked, 0 false clean, 0/30 changed -> the same (at .01: 22 leaked)
      dev_drafts               0 / 0 / 0 -> the same
      hold-outs writer_n, w-za (b47f986 run from a clean export)  326 / 10 / 82 -> 328 / 10 / 76 (writer_x and
                               writer_y a leak more each; writer_za 20 -> 15 changed, writer_w 15 -> 14); risky
                               caught 452, harmless given a risk 16: the same
    tests (test_detect*.py, test_detector*.py with it on): "SJH" of "Ward 7B at SJH was chaos again" and "Kal" of
      "Kal was my patient for six weeks" vetoed (test_detect_capitals, test_detect_other_englishes)
    synth (all texts), the tagger's threshold over the shipped veto (PERSON / ORGANIZATION / GPE recall, precision):
      none .9638 / .944 / .8078 / .9437; .001 .9627 / .940 / .8054 / .9436; .002 .9615 / .940 / .8029 / .9436;
      .005 .9522 / .936 / .7956 / .9466; .01 .9463 / .924 / .7859 / .9463. Lost at .005: single names in form-like
      text ("Nicole", "Murphy", "Pearson", "White", "Éva", "Nikolaj"), all-caps places ("ÅLESUND", "LYCKSELE", Greek),
      "Planetecosystems": the tagger learnt social posts, where such a name with no story around it is seldom a leak.
    cost (fresh40a-d, in-process CPU time at load 20): 145 of 320 posts have a candidate; the tagger 1.6 ms each,
      0.7 ms a post overall, against 11 ms of detection at that load (about 6%; 13% on the posts it reads); half of it
      is the blank tokenizer and its new lexemes.

Not shipped: it beats the shipped veto on the posts it never read (8 more harmless posts left whole of 49 at .005,
0 labelled spans lost at the span level), but every threshold that clears more than one harmless post loses synth
names (PERSON below .961 from .005, ORG below .94 from .005, GPE from .001), and in the pipeline it added a leak on
the leave-out. What might make it shippable (not measured end to end): veto only where both readings lean public,
the tagger below t AND the bag of words at P(public) >= G: on fresh40a-d (span level, with the shipped veto beside it)
G .5: t .005 0 lost / 17 negatives / 8 harmless whole, .01 0 / 23 / 12, .02 1 / 28 / 13; G .7: .01 0 / 18 / 10,
.02 0 / 21 / 11, .05 0 / 23 / 13; but with G .5 synth loses the same names (the bag of words, too, finds them
public): PERSON .9545 / ORG .936 / GPE .7981 at .005, .9627 / .940 / .8054 at .002 (G .7 not run); a tagger trained with synth-like text (forms, lists) among the negatives' opposites;
the detector's own tokens and lexemes instead of a second tokenizer; and a fold or second leave-out to pick the epoch
and threshold, which here were read off fresh40a-d.

Session 42 (branch distil42): the same model (epoch 4; trained before fresh41a-d existed, with fresh40a-d out too;
threshold .005 read off fresh40a-d), shipped behind guards where it was seen to misread (token_veto.asked: a span
in capitals only, a full name, a text without capitals, a sentence naming one person served, a name opening its
sentence before a verb, a name after a role word, form-like text) and a re-read rule for rewrites
(token_veto.rereading: in the verify pass a span goes only if its words read as no one's in the original too).
No retraining: the guards alone kept synth. Span level, the candidates the tagger reads at .005 (beside the
shipped bag of words, which has already dropped its own):

    set                       positives lost   negatives vetoed   harmless posts left whole
    fresh41a-d (leave-out)    0 / 164          16 / 104 (20 unguarded)   4 / 52
    fresh40a-d                0 / 142           9 / 55  (11 unguarded)   4 / 36
    end to end (leaked / false clean / harmless changed, base 006b779 -> 595ed08): fresh41a-d 105 / 17 / 54 ->
    105 / 17 / 49; hold-outs 324 / 10 / 82 -> 324 / 10 / 76; dev_drafts 0 / 0 / 0 and dev_drafts2 21 / 0 / 0 the same;
    fresh40a-d (4c55419) 66 / 3 / 37 -> 66 / 3 / 33
    synth (all 1500)          PERSON .9638 / ORG .944 / GPE .8054 / precision .9437 (none: .9638 / .944 / .8078 /
                              .9437; unguarded .9522 / .936 / .7956 / .9466; guarded at .01: .9615 / .936)

The guards were written from synth's losses at .005 and the two detector tests, so synth is no longer an
unseen measure of them; at .01 it still loses. End to end: /work/hold/distil42_report.md.

Session 43 (branch tagger43): retrained with fresh41a-d and fresh42a-d out (8,030 drafts in 68 files; 7,628 trained
on, 402 aside whose token F1 was printed but not used: every epoch saved with --save-each), epoch and threshold picked on fresh41a-d (the selection
set: 0 labelled spans lost, most harmless posts left whole), fresh42a-d the leave-out no choice read. One thread,
150-370 s an epoch at load 15-20. Variant B adds 900 form-like texts (--extra form_drafts/forms_1.jsonl, written by
make_form_drafts.py: forms, rosters, tables, dialogue lines, sign-offs with private names and towns; no synth text).
Span level, the candidates the tagger reads on HEAD cb268b6 with the guards (token_veto.asked), lost / negatives
vetoed / harmless posts left whole (recorded by /work/hold/tagger43/rec.py, scored by ana.py there):

    model                               fresh41a-d (selection)   fresh42a-d (leave-out)   synth guarded P / ORG / GPE / prec
    shipped (epoch 4, .005)             0/164  12/90  4/49       0/126  19/87  2/52       .9638 / .944 / .8054 / .9437
    A e2 .01                            0      9      3          0      19     2          -
    A e4 .005                           0     10      5          0      15     2          .9615 / .944 / .8078 / .947
    A e6 .002 (picked: best on f41)     0     14      6          0      14     3          .958  / .944 / .8078 / .9469
    A e7 .002 / .01                     2 / 5 lost               0 / 0 lost, 3 / 5 whole  .9557 / .928 at .002
    B e3 .01 (picked of B)              0     17      5          0      21     3          .9545 / .94  / .8078 / .9464
    B e4 .005                           0     16      2          0      20     2          .9533 / .936
    B e5, B e6 (any t >= .002)          2-4 lost                 0-1 lost                  .9568 / .9533 at .002

End to end (score_drafts' figures, leaked / false clean / harmless changed), fresh42a-d: shipped 95 / 19 / 50;
A e6 at .002 95 / 19 / 49; B e3 at .01 95 / 19 / 49 (the same post, fh043's "a Murphy's" kept). Read rewrite by
rewrite they are mixed: A e6 keeps "Murphy's", "Semma", "#famiglia" but now rewrites dialect and other languages' words
the shipped model vetoed ("Chala", "好擔心", "tellin", "Thalaivar") and the public "Osimhen" and "iTax"; B e3 keeps "Murphy's",
"Salah", "Soñad", "Phones" but rewrites "Gert lush" and "biryani". The labelled f41 positives the later epochs lose
are given names in other-language or dialect sentences ("Sr. Batista", "cos Emyr", "Dinny"; .003-.005).
Synth unguarded at .005: shipped .9522, A e3 .9545, B e3 .9533 PERSON: the form-like positives did not teach it
form-like names (the guards cannot be loosened on this evidence). Not shipped: no picked model beats the shipped one
on the leave-out by more than one harmless post in 52, each loses synth names (PERSON < .961), and hold-outs and dev
sets were not run for them.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy  # noqa: E402

from holdouts import HELD_OUT_STEMS  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
FILES = [*sorted((DATA / "risk_drafts").glob("writer_*.jsonl")), *sorted((DATA / "fresh_drafts").glob("fresh*.jsonl"))]
LEAVE_OUT = "fresh40a,fresh40b,fresh40c,fresh40d"
PRIVATE, OTHER = "P", "O"
SEED = 0


def tok2vec_config(width: int, depth: int, window: int = 1) -> dict:
    return {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": width,
                  "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 2500, 2500],
                  "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": width, "depth": depth,
                   "window_size": window, "maxout_pieces": 3},
    }


def load_drafts(left_out: frozenset[str]) -> dict[str, list[dict]]:
    out = {}
    for path in FILES:
        if path.stem in HELD_OUT_STEMS or path.stem in left_out:
            continue
        out[path.stem] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def leak_ranges(row: dict) -> list[tuple[int, int]]:
    return [m.span() for pat in row["leaks"] for m in re.finditer(pat, row["text"], re.IGNORECASE) if m.end() > m.start()]


def tags_of(doc, ranges: list[tuple[int, int]]) -> list[str]:
    return [PRIVATE if any(t.idx < b and a < t.idx + len(t.text) for a, b in ranges) else OTHER for t in doc]


def build(width: int, depth: int, window: int):
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "nO": None, "normalize": False,
                                             "tok2vec": tok2vec_config(width, depth, window)}})
    return nlp


def private_probs(nlp, docs) -> list:
    """Per doc, each token's P(private)."""
    tagger = nlp.get_pipe("tagger")
    column = list(tagger.labels).index(PRIVATE)
    out = []
    for batch in [docs[i : i + 64] for i in range(0, len(docs), 64)]:
        scores = tagger.model.predict(batch)
        # (Tagger.v2 with normalize=False predicts logits: the softmax is taken here)
        for s in scores:
            s = nlp.get_pipe("tagger").model.ops.to_numpy(s)
            e = numpy.exp(s - s.max(axis=1, keepdims=True))
            out.append(e[:, column] / e.sum(axis=1))
    return out


def token_f1(nlp, examples) -> dict:
    docs = [e.reference for e in examples]
    probs = private_probs(nlp, [nlp.make_doc(d.text) for d in docs])
    tp = fp = fn = 0
    for d, p in zip(docs, probs):
        for t, q in zip(d, p):
            gold = t.tag_ == PRIVATE
            tp += gold and q >= 0.5
            fp += (not gold) and q >= 0.5
            fn += gold and q < 0.5
    prec = tp / max(tp + fp, 1)
    rec = tp / max(tp + fn, 1)
    return {"p": round(prec, 3), "r": round(rec, 3), "f": round(2 * prec * rec / max(prec + rec, 1e-9), 3)}


def train(drafts: dict[str, list[dict]], epochs: int, width: int, depth: int, window: int, save: Path | None,
          save_each: bool = False):
    import spacy
    from spacy.training import Example

    nlp = build(width, depth, window)
    examples = []
    for rows in drafts.values():
        for r in rows:
            doc = nlp.make_doc(r["text"])
            examples.append(Example.from_dict(doc, {"tags": tags_of(doc, leak_ranges(r))}))
    random.seed(SEED)
    random.shuffle(examples)
    dev, train_set = examples[::20], [e for i, e in enumerate(examples) if i % 20]
    print(f"{len(train_set)} training drafts, {len(dev)} to pick the epoch", flush=True)
    optimizer = nlp.initialize(lambda: train_set[:500])
    best = None
    for epoch in range(epochs):
        started = time.perf_counter()
        random.shuffle(train_set)
        losses: dict = {}
        for batch in spacy.util.minibatch(train_set, size=16):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.1)
        score = token_f1(nlp, dev)
        print(f"epoch {epoch + 1}: loss {losses['tagger']:.0f}, dev tokens {score}, {time.perf_counter() - started:.0f}s",
              flush=True)
        if save and save_each:
            save.mkdir(parents=True, exist_ok=True)
            with nlp.use_params(optimizer.averages) if optimizer.averages else contextlib.nullcontext():
                nlp.to_disk(save / f"e{epoch + 1}")
        if save and (best is None or score["f"] > best):
            best = score["f"]
            if optimizer.averages:
                with nlp.use_params(optimizer.averages):
                    nlp.to_disk(save)
            else:
                nlp.to_disk(save)
            print(f"  saved to {save}", flush=True)
    return nlp


THRESHOLDS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)


def evaluate(nlp, spans_file: Path, dump: Path | None = None) -> None:
    """Veto each candidate whose tokens' highest P(private) is below t; beside it the shipped veto (P(public) >= .94)."""
    detected = json.loads(spans_file.read_text(encoding="utf-8"))
    posts = [p for rows in detected.values() for p in rows]
    docs = [nlp.make_doc(p["text"]) for p in posts]
    started = time.perf_counter()
    probs = private_probs(nlp, docs)
    print(f"tagged {len(docs)} posts in {1000 * (time.perf_counter() - started) / len(docs):.2f} ms a post")
    for p, doc, prob in zip(posts, docs, probs):
        for s in p["spans"]:
            s["tok"] = max((float(q) for t, q in zip(doc, prob) if t.idx < s["end"] and s["start"] < t.idx + len(t.text)),
                           default=0.0)

    def effect(vetoed, key: str = "cand") -> str:
        pos = lost = neg = neg_v = flagged = cleared = 0
        for p in posts:
            for s in p["spans"]:
                if s[key]:
                    pos += s["pos"]
                    neg += not s["pos"]
                    lost += s["pos"] and vetoed(s)
                    neg_v += (not s["pos"]) and vetoed(s)
            if p["clean"] and any(s["type"] != "DATE_TIME" for s in p["spans"]):
                flagged += 1
                cleared += all(s["type"] == "DATE_TIME" or (s[key] and vetoed(s)) for s in p["spans"])
        return f"positives lost {lost}/{pos}, negatives vetoed {neg_v}/{neg}, harmless left whole {cleared}/{flagged}"

    print("no veto:           ", effect(lambda s: False))
    print("shipped (>= .94):  ", effect(lambda s: s["shipped"] >= 0.94))
    for t in THRESHOLDS:
        print(f"tagger < {t:<5}:     ", effect(lambda s, t=t: s["tok"] < t))
        print(f"  or shipped:       ", effect(lambda s, t=t: s["tok"] < t or s["shipped"] >= 0.94))
        print(f"  wide candidates:  ", effect(lambda s, t=t: s["tok"] < t, "wide"))
        print(f"  and shipped >= .5:", effect(lambda s, t=t: s["tok"] < t and s["shipped"] >= 0.5))
    if dump:
        dump.write_text(json.dumps(detected), encoding="utf-8")
    return detected


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--width", type=int, default=64)
    ap.add_argument("--depth", type=int, default=3)
    ap.add_argument("--window", type=int, default=1)
    ap.add_argument("--leave-out", default=LEAVE_OUT)
    ap.add_argument("--save", type=Path)
    ap.add_argument("--save-each", action="store_true", help="also save every epoch's model as SAVE/eN")
    ap.add_argument("--extra", type=Path, action="append", default=[],
                    help="a jsonl of further labelled texts (text, leaks) to train on, e.g. form-like texts")
    ap.add_argument("--load", type=Path, help="evaluate a saved model instead of training")
    ap.add_argument("--eval-spans", type=Path)
    ap.add_argument("--dump", type=Path, help="write the spans with the tagger's score here")
    ap.add_argument("--limit", type=int, default=0, help="train on this many drafts only (a timing check)")
    args = ap.parse_args()
    from thinc.api import set_gpu_allocator  # noqa: F401  (CPU only)
    import spacy

    if args.load:
        nlp = spacy.load(args.load)
    else:
        drafts = load_drafts(frozenset(filter(None, args.leave_out.split(","))))
        if args.limit:
            flat = [r for rows in drafts.values() for r in rows][: args.limit]
            drafts = {"limited": flat}
        print(f"{sum(map(len, drafts.values()))} drafts in {len(drafts)} files", flush=True)
        for extra in args.extra:
            drafts[extra.stem] = [json.loads(line) for line in extra.read_text(encoding="utf-8").splitlines() if line.strip()]
            print(f"  + {len(drafts[extra.stem])} from {extra}", flush=True)
        nlp = train(drafts, args.epochs, args.width, args.depth, args.window, args.save, args.save_each)
        if args.save:
            nlp = spacy.load(args.save)
    if args.eval_spans:
        evaluate(nlp, args.eval_spans, args.dump)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
