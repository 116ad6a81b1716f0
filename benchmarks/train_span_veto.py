"""Train the span veto: is a name guess the detector kept a private identifier, or a public star, a brand, a
dish, a word of another English or language, a public event, the writer's own family?

    python benchmarks/train_span_veto.py [--spans-cache FILE] [--cv-cache FILE] [--epochs 10] [--folds N]
        [--leave-out STEMS] [--no-cv] [--save DIR]

Distillation instead of word lists: every labelled draft we may tune on (benchmarks/data/risk_drafts, every
writer, fresh_drafts/fresh6/7/8/10/11/12 and fresh31a-d..35a-d; never the hold-outs of holdouts.py nor the shared
dev sets; the shipped model, session 13's, read neither fresh31-35 nor writers w-ze) is run
through the real detector (detect_many, with the draft's role, as the audit runs it) twice:
as shipped (the final spans), and with the rule gates off (observances, other Englishes, counted things, public
performers, sports teams, dishes, the work-talk gate, the own family), so the spans the rules drop are examples
too. A span is POSITIVE when it overlaps a match of one of the draft's leak patterns, NEGATIVE otherwise. The
rows are the candidates (span_veto.candidate: PERSON/ORGANIZATION/LOCATION/NRP from spaCy or a rule that
guesses from capitals and position) of posts that are not private business (no contact, address, number or
family legal matter). The classifier is spaCy's TextCatBOW (words only, 2**18 hashed features) over a
pseudo-text of features (span_veto.features): the span's words, affixes and word-list memberships, whether
the dictionary has each word as a word or a name, its kind, source, shape and length, three words either side
in its sentence with their positions (L1_, R1_...), a '#'/'@' before it or a possessive after it, the role,
and cue words of the whole post (my, our, client, patient, mum...). It is read bit for bit as spaCy scores it
(bag_of_words.py, about 0.05 ms per span). At run time (detector._finish, after the work-talk gate and the own
family, on posts that are not private business) a candidate goes when P(PUBLIC) >= THRESHOLD, unless it holds
a word the dictionary lists as a name or has fewer than 2 words around it in its sentence or 10 in the post
(span_veto.vetoable: without those two guards the veto took synth names from "What's your name? Elizabeth
Hanson" and a colleague's "Grant Fell" in dev_drafts2).

Measured 2026-12-03, session 13 (detector = main b6cbfff; 4,230 drafts in 24 files; 10 epochs; the folds leave
one writer out, about 5 min on the shared 2-core machine). Final candidate spans of the held-out writers:
1,965 positive, 923 negative; 229 harmless posts with a span other than a time. Writers p-s were written this
session, after every rule: 254 positive, 340 negative, 101 harmless posts with a span.

    threshold                      .80    .85    .88    .90    .92    .94    .96
    positives vetoed                48     28     21     16     10      6      3     (of 1,965)
    negatives vetoed               230    176    140    119    105     64     37     (of 923)
    harmless posts left unchanged   37     28     24     19     17     10      5     (of 229)
    writers p-s: positives vetoed    4      3      3      1      0      0      0     (of 254)
                 negatives vetoed   74     59     49     41     37     25     15     (of 340)
                 harmless cleared   17     11     10      8      7      4      2     (of 101)

The brief's budget (at most 1% of positives vetoed) allows .90; shipped at .94 because below it the synth
benchmark loses names it must keep (at .92: GPE "Port Paien", ORG "owens": GPE .813 -> .810, ORG .948 -> .944;
at .94 synth is as before: PERSON .964 ORG .948 GPE .813 precision .944). With the rule gates off and the
model alone in their place, the same folds have 826 harmless posts with a span and the model clears 57 at .94
(97 at .90), where the rules (tuned on these very drafts) clear 597: the veto adds to the rules, it does not
replace them.

score_drafts.py (no model), b6cbfff -> with the veto at .94 (writer_o and p-s are in the training data):
    dev_drafts2     recall .811, leaked 22/259, false clean 0, 0/30 changed -> the same
    dev_drafts      0 leaks, 0 changed -> the same
    writer_n (hold-out)  changed 4/45, false clean 4, leaked 42 -> the same
    fresh12         changed 0/32, false clean 1 -> the same
    writer_o        changed 16/48 -> 12/48, false clean 2 -> 2, leaked 114 -> 114

Tried: features without affixes and word lists (at 1% positives lost, 87 negatives of 526 vetoed on the
first 20 files, against 109 with them); only spaCy and the proper-noun rule as sources (the sentence-subject
rule's guesses are 35 negative to 2 positive on these drafts, so its guesses became candidates too).

Session 18, retrained on 5,580 drafts from 33 writers (writers w-za and zb-ze added): at .94 the folds lose 13 of
2,538 positives and clear 40 of 456 harmless posts with a span (at .90: 32 lost, 61 cleared). On the coordinator's
blind drafts (eight sets, 850 drafts) it changed 2 fewer harmless posts than the shipped model at .94 (105 -> 103)
and 6 fewer at .90 with one more post offered clean with a leak: not shipped. The shipped model's threshold
on the same blind drafts: .85 changes 10 fewer harmless posts with 2 more leaks and one more false clean; .70, 25
fewer with 8 more leaks. Dropping the context guard (span_veto.enough_context) changed no blind post and lost synth
PERSON names (.964 -> .960).

Session 34, retrained on 5,790 drafts from 40 files (session 18's less the hold-outs w-za, plus fresh31a-d, 32a-d,
33a-d: 960 drafts by independent writers in more varied Englishes; detector = main 05a5c88; 5,213 training spans;
--folds 8, the files dealt round-robin, about 40 s a fold). Final candidate spans of the held-out files: 2,552
positive, 1,177 negative, 362 harmless posts with a span:

    threshold                      .85    .90    .92    .94    .95    .96    .97
    positives vetoed                45     24     15     11      8      5      4     (of 2,552)
    negatives vetoed               269    197    159    116     89     68     44     (of 1,177)
    harmless posts cleared          67     47     40     33     27     19     14     (of 362)
    fresh31-33, new folds: pos / neg / cleared   4/60/19  3/41/11  3/31/8  3/23/6  3/20/5  1/17/5  0/10/5
      the shipped model (never read them)       4/53/14  3/38/10  2/30/9  2/25/8  2/23/7  1/16/6  1/11/5
    zb-ze, new folds                             10/69/20 6/52/15  4/42/12 2/32/11 2/24/10 2/18/7  2/14/5
      the shipped model (never read them)        7/53/16  4/37/10  3/30/9  2/25/8  2/21/5  2/15/3  2/11/2
    (fresh31-33: 349 positive, 231 negative, 92 harmless posts with a span; zb-ze: 253, 228, 95)

At .94, score_drafts.py (leaked / false clean / harmless changed / risky caught / harmless given a risk):
    leave-out check: trained without fresh33a-d    126 / 8 / 42 / 151 / 7 -> 128 / 8 / 41 / 151 / 7 (it vetoed
      a news channel a trial was on and "jeepney driver" of a labelled crash, both leaks; cleared "EDSA" and
      "sahur" but a harmless post's rewrite got worse: "Michelin Guide Singapore" -> "Someone someone")
    hold-outs writer_n, w-za (both models never read them)  335 / 5 / 113 / 466 / 11 -> 335 / 5 / 111 / 466 / 12
    dev_drafts2, dev_drafts                        unchanged (22 leaked, 0 false clean, 0/30, 66/67, 0; 0 and 0)
    synth (all texts)                              PERSON .963 -> .961, ORG .948, GPE .813, precision .944 -> .946
Not shipped: on the files neither model read the retrained one is no better (fresh31-33 loses one more real span
and clears two fewer harmless posts at .94; zb-ze clears three more), the leave-out check leaks two more, and synth
loses two real names, as veto23 found with fresh31a-d alone in session 23.

Session 36, retrained on every tuning set less fresh35a-d (kept out as a second blind test): 6,110 drafts in 44
files (fresh34a-d added); detector = main b0308ec; 10 epochs; one file per fold (44 folds, 15-20 s each on the
shared machine; the full run with the span cache about 15 min). Final candidate spans of the held-out files: 2,673
positive, 734 negative (the rules of sessions 18-35 now drop most of the public ones), 125 harmless posts with a
span. fresh34a-d (138 positive, 58 negative, 21 harmless posts with a span), which the shipped model never read:

    threshold                      .85    .90    .92    .94    .95    .96    .97
    positives vetoed                51     24     21     13     10      6      6     (of 2,673)
    negatives vetoed               133     91     69     49     40     26     15     (of 734)
    harmless posts cleared          22     16     13     10      9      6      5     (of 125)
    fresh34, new folds: pos / neg / cleared   1/13/7  1/10/4  1/7/3  1/4/3  1/4/3  0/3/2  0/2/2
      the shipped model (never read them)      1/9/4   1/8/4  1/5/3  0/4/3  0/4/3  0/3/3  0/3/3

The folds' 1% budget allows .90. score_drafts.py (leaked / false clean / harmless changed / risky caught / harmless
given a risk), the shipped model at .94 -> the retrained one (never read fresh35 nor the hold-outs):
    hold-outs writer_n, w-za       335 / 11 / 89 / 452 of 468 / 15 -> at .94: the same; at .90: 335 / 11 / 87 / 452 / 15
    fresh35a-d leave-out           120 / 11 / 42 / 154 of 176 / 14 -> at .94: the same; at .90: 120 / 11 / 39 / 154 / 14
    dev_drafts2, dev_drafts        unchanged at both (22 leaked, 0 false clean, 0/30, 66/67, 0; 0 and 0)
    synth (all texts)              PERSON .963 -> .957 (.90), .960 (.92), .960 (.94); GPE .813 -> .810 (.90), .813;
                                   ORG .948; precision .944 -> .952 (.90), .946 (.92), .943 (.94)
Not shipped: at .94 it changes no count on 1,190 blind drafts (one rewrite better: "Cymru am byth!" kept); at .90 it
leaves 5 more harmless posts whole without a leak, but synth loses private names at every threshold tried (three at
.94), as in sessions 23 and 34: more writers' public names teach it to veto unfamiliar surnames too.

Session 39, retrained on every tuning set: 7,390 drafts in 60 files (fresh36a-d, 37a-d, 38a-d added); detector =
main 02de7ce; 10 epochs; 6,507 training spans; --folds 4 (the machine was at load 20: the detection of both passes
took 15 min in two processes, each fold about 4 min). Final candidate spans of the held-out files: 3,212
positive, 967 negative, 235 harmless posts with a span (no NRP candidate is left after the rules):

    threshold                      .85    .88    .90    .92    .94    .95    .96    .97
    positives vetoed                50     37     26     19     13     11      7      7     (of 3,212)
    negatives vetoed               174    142    114     90     63     52     36     24     (of 967)
    harmless posts cleared          33     31     26     22     16     14     10      6     (of 235)
    fresh36-38, new folds: pos / neg / cleared      3/28/12 at .90, 1/23/9 at .92, 1/19/6 at .94, 0/11/4 at .96
      the shipped model (never read them)           2/25/10          2/17/8         0/11/5         0/7/2
      (416 positive, 251 negative, 105 harmless posts with a span)
    fresh31-38 and zb-ze, new folds                 11/65/19         6/53/16        6/42/12        4/26/8
      the shipped model (never read them)           9/55/15          8/41/12        4/32/9         3/21/6

The 1% budget (32) allows .90. A threshold per kind, chosen on these folds at the same budget (PERSON .88,
ORGANIZATION .90, LOCATION .92), clears 28 harmless posts against 26 at .90 for 6 more positives lost: in-sample and
no better, not kept.

score_drafts.py at .94 (leaked / false clean / harmless changed / risky caught / harmless given a risk):
    leave-out check: trained without fresh38a-d (6,027 spans), scored on fresh38a-d (320 drafts, 140 harmless)
      the shipped model              101 / 7 / 62 / 161 of 172 / 18
      retrained without fresh38      101 / 7 / 61 / 161 / 17  (3 harmless rewrites better: "Mānawatia a
                                     Matariki", "tae Edinburgh", "Nah cos"; a risky post keeps its ward, "on
                                     Delivery Suite", not a labelled leak)
      the same with --extra          101 / 7 / 60 / 161 / 17  (6 harmless rewrites better: also "Chand
                                     raat", "Teaching to Transgress", "daein the Address"; folds, synth and
                                     hold-outs not run)
    hold-outs writer_n, w-za (the full model)   328 / 10 / 84 / 452 of 468 / 15 -> 328 / 10 / 81 / 452 / 15
                                     (writer_w 16 -> 15 changed, writer_za 20 -> 18)
    dev_drafts2, dev_drafts          unchanged (21 leaked, 0 false clean, 0/30, 66/67, 0; 0 and 0)
    synth (all texts)                PERSON .9615, ORG .940 the same; GPE .8078 -> .8054 (the place "ÅLESUND" at
                                     .968: vetoed); precision .9436 -> .9432; at .92 also "Port Paien" and
                                     "Rintanen"; at .90 GPE .8029, PERSON .9603
    tests                            test_generalise_slot_kinds: "Lekki" of "Lekki people, eat elsewhere" is vetoed
                                     as public again (left in the rewrite); test_detect_span_veto: "Burna Boy" of
                                     "vibing to Burna Boy at lunch" is no longer vetoed
Not shipped: on the 320 drafts it never read it leaves one more harmless post whole (three rewrites better),
but it loses a real place in synth, fails two tests, and on the files neither model read it vetoes more
negatives only with more positives (at .94: 6 lost against 4). --extra (span_veto.EXTRA: the share of the
sentence's lowercase words outside the dictionary, a span word also written lowercase in the post, 2- and
4-letter endings) was the best on the leave-out check, but trained on every tuning set it fails the same two tests
and loses private names in synth at .94 (PERSON .9615 -> .9568: "Pearson", "Gerste, Johnson and Johnson"; GPE
.8078 and ORG the same, precision .952): not kept either (the flag stays, off, to reproduce it). The retrained
model read fresh38a-d scores 101 / 7 / 58 / 161 / 17 on them (in-sample, for the record).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rewriter.config import Config  # noqa: E402
from rewriter.detect import detector as detector_module  # noqa: E402
from holdouts import HELD_OUT_STEMS  # noqa: E402
from rewriter.detect import span_veto, token_veto  # noqa: E402
from rewriter.spans import Span  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
# Every labelled draft we may tune on, one file per writer; never the hold-outs of holdouts.py.
FILES = ([*sorted((DATA / "risk_drafts").glob("writer_*.jsonl"))]
         + [DATA / "fresh_drafts" / f"fresh{n}.jsonl" for n in (6, 7, 8, 10, 11, 12)]
         # fresh31a-d..38a-d: independent writers of sessions 31-38, more varied Englishes
         + [DATA / "fresh_drafts" / f"fresh{n}{c}.jsonl" for n in range(31, 39) for c in "abcd"])
SEED = 0
DEFAULT_OUT = ROOT / "rewriter" / "models" / "span_veto"
CONFIG = {
    "@architectures": "spacy.TextCatBOW.v3",
    "exclusive_classes": True,
    "ngram_size": 1,
    "no_output_layer": False,
    "length": 2**18,
}


def load_drafts(left_out: frozenset[str] = frozenset()) -> dict[str, list[dict]]:
    out = {}
    for path in FILES:
        if path.exists() and path.stem not in HELD_OUT_STEMS and path.stem not in left_out:
            out[path.stem] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


RULE_GATES = ("outside_observances", "outside_other_englishes", "outside_counted_things", "outside_public_performers",
              "outside_sports_teams", "outside_dishes")


def detect_all(drafts: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """detect_final's spans, and ahead of them, as "before", the spans the detector makes with its rule gates
    off (the public performers', dishes', other Englishes' lists..., the work-talk gate, the own family):
    more spans that are nobody's to learn from."""
    final = detect_final(drafts)
    saved = {name: getattr(detector_module, name) for name in (*RULE_GATES, "without_guesses_off_work", "own_family_names")}
    try:
        for name in RULE_GATES:
            setattr(detector_module, name, lambda found, text: found)
        detector_module.without_guesses_off_work = lambda spans, text: spans
        detector_module.own_family_names = lambda text: set()
        before = detect_final(drafts)
    finally:
        for name, f in saved.items():
            setattr(detector_module, name, f)
    for name, rows in final.items():
        for row, other in zip(rows, before[name]):
            row["before"] = other["spans"]
    return final


def detect_final(drafts: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Per file, per draft: the detector's final spans without the veto (as the pipeline runs it, with the
    draft's role), each labelled positive when it overlaps a match of a leak pattern, and whether the veto
    may look at it (span_veto.candidate) and its features."""
    span_veto.THRESHOLD = 2.0  # measure the detector without the veto (either reading)
    token_veto.THRESHOLD = 0.0
    detector = detector_module.Detector(Config())
    out: dict[str, list[dict]] = {}
    for name, rows in drafts.items():
        started = time.perf_counter()
        found = []
        texts = [r["text"] for r in rows]
        roles = [r.get("role") or None for r in rows]
        for r, spans in zip(rows, detector.detect_many(texts, roles)):
            text = r["text"]
            leaks = [m.span() for pat in r["leaks"] for m in re.finditer(pat, text, re.IGNORECASE) if m.end() > m.start()]
            business = (any(s.entity_type in detector_module._HARD_IDENTIFIERS for s in spans)
                        or detector_module._PRIVATE_MATTER.search(text) is not None)
            items = [{"start": s.start, "end": s.end, "type": s.entity_type, "source": s.source,
                      "pos": any(s.start < b and a < s.end for a, b in leaks)} for s in spans]
            found.append({"text": text, "role": r.get("role") or "", "clean": bool(r["clean"]), "business": business,
                          "spans": items})
        out[name] = found
        print(f"  {name}: {len(rows)} drafts in {time.perf_counter() - started:.0f}s", flush=True)
    return out


def rows_of(posts: list[dict], which: str) -> list[tuple[list[str], bool, int, int]]:
    """The candidate spans of ``posts`` (``which``: "spans", the final ones, or "before", the rule gates off) as
    (features, identifies someone, post index, span index)."""
    out = []
    for i, post in enumerate(posts):
        if post["business"]:
            continue
        for k, s in enumerate(post[which]):
            if s["type"] in span_veto.VETO_KINDS and s["source"] in span_veto.VETO_SOURCES:
                feats = span_veto.features(post["text"], s["start"], s["end"], s["type"], s["source"], post["role"])
                out.append((feats, s["pos"], i, k))
    return out


def vetoable(post: dict, s: dict) -> bool:
    """span_veto.vetoable for a cached span: a listed name or a span with few words around it is never read."""
    span = Span(start=s["start"], end=s["end"], text=post["text"][s["start"] : s["end"]], entity_type=s["type"],
                score=0.85, source=s["source"], why="", suggestion="")
    return span_veto.vetoable(span, post["text"])


def training_rows(posts: list[dict]) -> list[tuple[list[str], bool]]:
    """Every candidate span of the final spans and of the spans the rule gates would drop, once each."""
    seen, out = set(), []
    for which in ("spans", "before"):
        for feats, pos, i, k in rows_of(posts, which):
            s = posts[i][which][k]
            key = (i, s["start"], s["end"])
            if key not in seen:
                seen.add(key)
                out.append((feats, pos))
    return out


def train(rows: list[tuple[list[str], bool]], epochs: int, config: dict = CONFIG):
    import spacy
    from spacy.tokens import Doc
    from spacy.training import Example

    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": config})
    textcat.add_label(span_veto.LABEL)
    textcat.add_label(span_veto.OTHER)
    examples = [Example.from_dict(Doc(nlp.vocab, words=feats), {"cats": {span_veto.LABEL: float(not pos),
                                                                          span_veto.OTHER: float(pos)}})
                for feats, pos in rows]
    random.seed(SEED)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(epochs):
        random.shuffle(examples)
        losses: dict = {}
        for batch in spacy.util.minibatch(examples, size=16):
            nlp.update(batch, sgd=optimizer, losses=losses, drop=0.2)
    return nlp


def predict(nlp, feats_list: list[list[str]]) -> list[float]:
    from spacy.tokens import Doc

    textcat = nlp.get_pipe("textcat")
    return [d.cats[span_veto.LABEL] for d in textcat.pipe(Doc(nlp.vocab, words=f) for f in feats_list)]


def cross_validate(detected: dict[str, list[dict]], epochs: int,
                   folds: int = 0) -> dict[str, list[tuple[float, bool, int, int]]]:
    """Per held-out file: each final candidate span's P(identifies no one) from a model trained on the other
    files (``folds`` > 0: the files dealt round-robin into that many groups, a model per group, for a busy
    machine), with its label and (post, span) index."""
    names = list(detected)
    groups = [names[g::folds] for g in range(folds)] if folds > 0 else [[n] for n in names]
    out = {}
    for group in groups:
        rows = [r for name, posts in detected.items() if name not in group for r in training_rows(posts)]
        nlp = train(rows, epochs)
        for held in group:
            for which, key in (("spans", held), ("before", held + ":before")):
                test = rows_of(detected[held], which)
                posts = detected[held]
                out[key] = [(p if vetoable(posts[i], posts[i][which][k]) else 0.0, pos, i, k)
                            for p, (_, pos, i, k) in zip(predict(nlp, [f for f, *_ in test]), test)]
        print(f"  fold {', '.join(group)}: trained on {len(rows)}", flush=True)
    return out


def effects(detected, cv, t: float, only: set[str] | None = None, before: bool = False) -> dict:
    """What vetoing every candidate with P >= t does on the held-out files."""
    pos_all = pos_lost = neg_all = neg_vetoed = cleared = flagged = 0
    which = "before" if before else "spans"
    for name, scored in cv.items():
        if name.endswith(":before") != before:
            continue
        name = name.removesuffix(":before")
        if only and name not in only:
            continue
        vetoed = {(i, k) for p, _, i, k in scored if p >= t}
        for p, pos, i, k in scored:
            pos_all += pos
            neg_all += not pos
            pos_lost += pos and p >= t
            neg_vetoed += (not pos) and p >= t
        for i, post in enumerate(detected[name]):
            if post["clean"] and any(s["type"] != "DATE_TIME" for s in post[which]):
                flagged += 1
                rest = [s for k, s in enumerate(post[which]) if (i, k) not in vetoed and s["type"] != "DATE_TIME"]
                cleared += len(rest) == 0
    return {"t": t, "pos": pos_all, "pos_lost": pos_lost, "neg": neg_all, "neg_vetoed": neg_vetoed,
            "harmless_flagged": flagged, "harmless_cleared": cleared}


GRID = (0.5, 0.7, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98)
UNTUNED = {"writer_p", "writer_q", "writer_r", "writer_s"}  # written during session 13: no rule was tuned to them
FRESH = {f"fresh{n}{c}" for n in (36, 37, 38) for c in "abcd"}  # sessions 36-38's writers: the least tuned-on


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spans-cache", type=Path)
    ap.add_argument("--cv-cache", type=Path)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--no-cv", action="store_true", help="skip the folds")
    ap.add_argument("--folds", type=int, default=0, help="group the writers into this many folds (default: one each)")
    ap.add_argument("--leave-out", default="", help="comma-separated files (stems) never trained on, for a leave-out "
                    "check scored afterwards with score_drafts.py (e.g. fresh33a,fresh33b,fresh33c,fresh33d)")
    ap.add_argument("--extra", action="store_true", help="train with span_veto's extra features (span_veto.EXTRA)")
    ap.add_argument("--save", type=Path, help=f"save the model here (e.g. {DEFAULT_OUT.relative_to(ROOT)})")
    args = ap.parse_args()
    span_veto.EXTRA = args.extra
    drafts = load_drafts(frozenset(filter(None, args.leave_out.split(","))))
    print(f"{sum(map(len, drafts.values()))} drafts in {len(drafts)} files", flush=True)
    if args.spans_cache and args.spans_cache.exists():
        detected = json.loads(args.spans_cache.read_text(encoding="utf-8"))
        detected = {name: posts for name, posts in detected.items() if name in drafts}  # --leave-out
    else:
        detected = detect_all(drafts)
        if args.spans_cache:
            args.spans_cache.write_text(json.dumps(detected), encoding="utf-8")
    if not args.no_cv:
        if args.cv_cache and args.cv_cache.exists():
            cv = json.loads(args.cv_cache.read_text(encoding="utf-8"))
        else:
            cv = cross_validate(detected, args.epochs, args.folds)
            if args.cv_cache:
                args.cv_cache.write_text(json.dumps(cv), encoding="utf-8")
        for t in GRID:
            print(effects(detected, cv, t), "| writers p-s:", effects(detected, cv, t, only=UNTUNED),
                  "| fresh36-38:", effects(detected, cv, t, only=FRESH))
        print("with the rule gates off (the model in their place):")
        for t in GRID:
            print(effects(detected, cv, t, before=True))
    if args.save:
        started = time.perf_counter()
        rows = [r for posts in detected.values() for r in training_rows(posts)]
        nlp = train(rows, args.epochs)
        nlp.to_disk(args.save)
        print(f"saved to {args.save} ({len(rows)} spans) in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
