"""Train the post-level "work talk" classifier: does this post mention a private person from the writer's work?

    python benchmarks/train_work_talk.py [--save DIR] [--epochs 8] [--cv-scores FILE] [--span] [--groups N]
        [--leave-out STEMS] [--no-cv]

    shipped (session 34): train_work_talk.py --groups 6 --cv-scores FILE (the folds), then
        train_work_talk.py --no-cv --save rewriter/models/work_talk; threshold .070 (work_talk.THRESHOLD)

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
- benchmarks/data/risk_drafts/*.jsonl, fresh_drafts/fresh6, 7, 8, 10, 11, 12.jsonl and fresh31a-d..35a-d.jsonl:
  ``clean`` false -> yes (a post with any identifier is never gated on), true -> no. (The shipped model, session
  34's, read fresh6 and fresh31a-d..33a-d only; fresh7, 8, 10-12, 34a-d and 35a-d were added in session 36.)
Never read: the hold-outs and dev sets of holdouts.py (writer_n, writers w-za, dev_drafts, dev_drafts2; session 9's
model had read dev_drafts.jsonl).

The threshold is chosen by cross-validation leaving one hand-written file out at a time (writer_5, the
templated drafts, always trains), on what the gate would do to the detector's spans: every held-out post
is run through the detector without the gate, and a private detail (a NAME/PLACE/ORG mark, or a leak
pattern of a labelled post) is lost at threshold t when its post scores below t, has no contact, address
or account number, and every span touching it is a capitalisation guess (work_talk.is_guess). The chosen
threshold is the highest on the grid that loses at most MAX_LOST of the private details the detector finds.

Session 34 (2026-12-04, shipped): retrained on 9,890 posts (6,531 yes) with fresh31a-d, 32a-d, 33a-d added (960
drafts by independent writers in more varied Englishes), the hold-outs and dev sets left out; detector = main
05a5c88; 8 epochs; the files left out 6 groups at a time (--groups 6, about a minute a fold and two for the
detector on the shared 2-core machine): 7,590 private details found, 1,310 harmless posts with a span.

    threshold    .050   .060   .070   .080   .090   .100   .116   .150   .200   .300
    lost         .0028  .0029  .0029  .0034  .0040  .0040  .0047  .0070  .0094  .0144
    harmless posts left with no span  320  349  381  407  433  462  496  557  622  734

The folds allow .116; shipped at .070, because at .080 the synth benchmark lost two private names in sentences
with no work around them (a name that opens a line of dialogue: PERSON .963 -> .961); at .070 and .060 synth is as
before (PERSON .963, ORG .948, GPE .813, precision .944). score_drafts.py (leaked / false clean / harmless changed /
risky caught / harmless given a risk), session 9's model at .080 -> this one:

    leave-out check: fresh33a-d (320 drafts)      126 / 8 / 42 / 151 of 172 / 7 -> at .080: 126 / 8 / 32 / 151 / 6;
      left out of training, scored                                               at .070: 126 / 8 / 32 / 151 / 7
    hold-outs writer_n, w-za (870; neither read)  335 / 5 / 113 / 466 of 468 / 11 -> 335 / 5 / 97 / 466 / 11 (.070;
                                                  n 3 -> 2, w 20 -> 19, x 17 -> 14, y 11 -> 10, z 29 -> 27, za 33 -> 25)
    dev_drafts2, dev_drafts                       unchanged (22 leaked, false clean 0, 0/30, 66/67, 0; 0 and 0)

On fresh33 the harmless posts it leaves whole are the class the gate is for: a public club's score, a festival, a
greeting, a dish, a helpline's country, an airport in a crew member's post ("Gong Xi Fa Cai", "Notting Hill
Carnival", "Changi" were "someone" / "an organisation"); no risky post changed.

Measured 2026-12-02, session 9 (rules = main b77054d; + gate = the shipped model, trained with writers i-l,
8 epochs, threshold .080; about 26 min for the folds on a busy shared 2-core machine):

    cross-validated folds (20 files; 5,099 private details found, 1,156 harmless posts with a span)
    threshold    .050   .060   .070   .080   .090   .100   .116   .150   .200   .300
    lost         .0016  .0020  .0039  .0047  .0071  .0075  .0090  .0120  .0147  .0204
    harmless posts left with no span  127  141  156  181  199  213  235  285  359  458

With writers i-l in the data the old threshold .100 loses .0075 on the folds: a higher threshold is not
affordable, so it fell to .080. On writers i-l alone (each held out in its fold): at .080 the gate clears
54 of their 329 harmless posts with a span and loses 0 of their 1,178 private details; the model shipped
before them (never trained on them) cleared 52 at .100, also losing none. score_drafts.py on them, harmless
posts changed: no gate 106+85+75+58 = 324/488, the earlier gate 89+77+58+48 = 272/488 (the new model's own
figures there are in-sample).

    set                                   earlier gate (.100)  this gate (.080)
    fresh7 harmless changed (held out)    16/35                17/35  (recall .617, leaks 52/141, false clean 15: same)
    fresh8 harmless changed (held out)    24/35                20/35  (recall .603, leaks 58/151, false clean 18: same)
    dev_drafts leaks/changed              0/0                  0/0
    dev_drafts2 recall, false clean       .807, 0, 0/30        .807, 0, 0/30
    writer_4 NAME/PLACE/ORG (held out)    .933/1/1             .933/1/1; PUBLIC flagged .470 -> .472
    synth PERSON/ORG/GPE, precision       .961/.948/.813 .942  .964/.948/.813 .942

Session 23 (2026-12-04), the shipped model's threshold measured again on 1,670 drafts it never saw (writers
w-ze, fresh31a-d; score_drafts.py, main 1e1e8c5 + that session's rules), leaked / false clean / harmless changed:

    threshold                        .080            .20             .35
    leaked of 2,627, false clean     799, 25         799, 25         801, 25
    harmless changed of 741          223             170             124
    synth PERSON / ORG, precision    .963/.948 .944                  .826/.936 .950

The rules of sessions 10-23 now catch most of what the gate used to guard, so on social posts a higher threshold
costs almost nothing; but the synth set's private names in sentences with no work around them ("Weronika
Martinsen will be talking in the conference", "I'm Annemette Iversen, originally from Eckenroth") go with it.
Narrowed to guesses made only of everyday, brand, company, software, festival, body or other-English words
(unknown words, which may be surnames, kept at .080), .35 gives 223 -> 210 with synth PERSON .961 (Mette, Hilding
Carlsson lost through Webster's and other lists). Not shipped: the synth benchmark must not get worse.

Tried and not shipped: 4 epochs (best within the loss .100, 170 harmless posts cleared against 181); words
alone, ngram 1 (best within the loss .03, 140 cleared); and a second, per-guess gate (--span: a textcat over
the guess, its kind and six words either side, trained on the detector's guesses over all labelled drafts, yes
where the guess overlaps a leak pattern or a NAME/PLACE/ORG mark) for guesses in posts about work, where
greetings, foods and brands in capitals become "a patient". On the folds it separates too little: alone at .08
it loses .0039 and clears 63 harmless posts; beside the post gate the best pair within the loss (.080, span
.03) clears 188 against 181, not worth a second model.

Session 36 (2026-12-05, measured, not shipped): every tuning set (fresh7, 8, 10-12 and fresh34a-d, 35a-d added to
the list above), retrained without fresh35a-d for a leave-out check: 10,610 posts (6,942 yes); detector = main
b0308ec; 8 epochs; --groups 6 (about 1.3 min a fold on the shared machine): 8,445 private details found, 1,368
harmless posts with a span.

    threshold    .050   .060   .070   .080   .090   .100   .116   .150   .200   .300
    lost         .0024  .0026  .0031  .0031  .0032  .0034  .0040  .0052  .0077  .0137
    harmless posts left with no span  389  426  459  490  518  535  571  630  701  808

The folds allow .116 again (synth lost names at .080 in session 34). At .070, score_drafts.py (leaked / false clean
/ harmless changed / risky caught / harmless given a risk), the shipped model -> this one (trained without fresh35):
    hold-outs writer_n, w-za (neither read)   335 / 11 / 89 / 452 of 468 / 15 -> 335 / 11 / 84 / 452 / 14
                                              (w 18 -> 17, y 9 -> 8, za 22 -> 19)
    fresh35a-d leave-out (neither read)       120 / 11 / 42 / 154 of 176 / 14 -> 120 / 11 / 44 / 154 / 14
    dev_drafts2, dev_drafts                   unchanged (22 leaked, false clean 0, 0/30, 66/67, 0; 0 and 0)
Not shipped: on the freshest writers it is worse, and the class it gets wrong is the one the gate is for: a
professional's opinion post with a public acronym now reads as work talk ("UPI is the best-designed product India
ever shipped... Every PM should study it" -> "an organisation is...", "ASIC's latest report on audit quality" ->
"An organisation's", "kopi peng... the MRT broke down at Jurong East... love this job #physiotherapy" -> "someone...
the local... elsewhere"); it cleared one ("under the NIP"). Five fewer harmless posts changed on the hold-outs
against two more on fresh35 is within the noise of 512 harmless posts, and synth loses three private names
(PERSON .963 -> .959; ORG .948, GPE .813, precision .944 as before).
At .050 synth is as before but it is worse on both blind sets: hold-outs 89 -> 90 harmless changed (y 9 -> 8,
za 22 -> 24), fresh35 42 -> 48; leaks and false clean as before.

The previous measurements (session 8, 3,922 details, 841 harmless posts; threshold .100 lost .0043 and
cleared 119) are in git history.

The classifier reads about 0.3 ms of CPU per post and runs only on posts with a guess to drop; loading it
(on the first such post) takes about 0.3-0.8 s. The model is 2.5 MB (2**18 hashed features x 2 classes).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

import spacy
from spacy.training import Example

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.score_names import unmark  # noqa: E402
from rewriter.config import Config  # noqa: E402
from rewriter.detect import detector as detector_module  # noqa: E402
from rewriter.detect.work_talk import is_guess  # noqa: E402
from benchmarks.holdouts import HELD_OUT_STEMS  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
NAME_FILES = ["writer_1.jsonl", "writer_2.jsonl", "writer_3.jsonl", "writer_5.jsonl", "writer_6.jsonl",
              "writer_7.jsonl", "writer_8.jsonl"]
ALWAYS_TRAIN = {"writer_5.jsonl"}  # templated: not a voice to hold out
PRIVATE_MARKS = {"NAME", "PLACE", "ORG"}
LABEL = "WORK"
OTHER = "NOT_WORK"
MAX_LOST = 0.005  # as much NAME recall as score_names.py may lose
GRID = (0.05, 0.06, 0.07, 0.08, 0.09, 0.1, 0.116, 0.15, 0.2, 0.3, 0.4)
SPAN_GRID = (0.0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15, 0.2)
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
# The span classifier (measured with --span, not shipped): a guess's kind, the guess and SPAN_REACH words
# either side of it; a dozen words need fewer hashed features.
SPAN_CONFIG = dict(CONFIG, length=2**16)
SPAN_REACH = 6
_WORD = re.compile(r"\w+|[^\w\s]")


def load(left_out: frozenset[str] = frozenset()) -> tuple[dict[str, list[tuple[str, bool]]],
                                                          dict[str, list[list[tuple[int, int]]]]]:
    """Posts by source file, (text, mentions a private person from work), and each post's private details
    as (start, end) offsets. Never the hold-outs (holdouts.py) nor the files in ``left_out``."""
    sets: dict[str, list[tuple[str, bool]]] = {}
    details: dict[str, list[list[tuple[int, int]]]] = {}
    for name in NAME_FILES:
        rows, found = [], []
        for line in (DATA / "name_drafts" / name).read_text(encoding="utf-8").splitlines():
            text, marks = unmark(json.loads(line)["marked"])
            private = [(a, b) for a, b, label in marks if label in PRIVATE_MARKS]
            rows.append((text, bool(private)))
            found.append(private)
        sets[name], details[name] = rows, found
    # fresh31a-d..35a-d: independent writers of sessions 31-35, more varied Englishes. The shared dev
    # sets and the hold-outs are never read (session 9's model read dev_drafts.jsonl; writers w-za came later).
    # Session 36: fresh7, 8 (no longer kept for selection), 10-12 and fresh34a-d, 35a-d added: every tuning set.
    labelled = sorted((DATA / "risk_drafts").glob("*.jsonl")) + [
        DATA / "fresh_drafts" / f"fresh{n}.jsonl" for n in (6, 7, 8, 10, 11, 12)] + [
        DATA / "fresh_drafts" / f"fresh{n}{c}.jsonl" for n in (31, 32, 33, 34, 35) for c in "abcd"]
    for path in labelled:
        if path.stem in HELD_OUT_STEMS or path.stem in left_out:
            continue
        posts = list(map(json.loads, path.read_text(encoding="utf-8").splitlines()))
        sets[path.name] = [(r["text"], not r["clean"]) for r in posts]
        details[path.name] = [[m.span() for pat in r["leaks"] for m in re.finditer(pat, r["text"], re.IGNORECASE)]
                              for r in posts]
    return sets, details


def train(rows: list[tuple[str, bool]], epochs: int, config: dict = CONFIG):
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat", config={"model": config})
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


def cross_validate(sets: dict[str, list[tuple[str, bool]]], epochs: int,
                   config: dict = CONFIG, groups: int = 0) -> list[tuple[str, int, float, bool]]:
    """(file, index, held-out P(WORK), label) for every row of every hand-written file. With ``groups`` the
    files are left out that many at a time (file i in group i mod groups), for a busy machine."""
    out = []
    held_files = [name for name in sets if name not in ALWAYS_TRAIN and sets[name]]
    folds = ([held_files[g::groups] for g in range(groups)] if groups else [[name] for name in held_files])
    for fold in folds:
        rows = [r for name, rs in sets.items() if name not in fold for r in rs]
        nlp = train(rows, epochs, config)
        for held in fold:
            for i, (p, (_, y)) in enumerate(zip(scores(nlp, [t for t, _ in sets[held]]), sets[held])):
                out.append((held, i, p, y))
        print(f"  fold {', '.join(fold)}: {sum(y for h in fold for _, y in sets[h])} yes / "
              f"{sum(len(sets[h]) for h in fold)}", flush=True)
    return out


def detect_all(sets) -> dict[str, list[list[tuple[int, int, str, bool]]]]:
    """Every post's spans as the detector finds them before the gate: (start, end, kind, a guess the gate
    may drop)."""
    detector_module.without_guesses_off_work = lambda spans, text: spans  # measure the detector before the gate
    detector = detector_module.Detector(Config())
    out = {}
    for name, rows in sets.items():
        found = []
        for (text, _), spans in zip(rows, detector.detect_many([t for t, _ in rows])):
            gated = not (any(s.entity_type in detector_module._HARD_IDENTIFIERS for s in spans)
                         or detector_module._PRIVATE_MATTER.search(text))
            found.append([(s.start, s.end, s.entity_type, gated and is_guess(s, text)) for s in spans])
        out[name] = found
    return out


def guess_window(text: str, start: int, end: int, kind: str) -> str:
    """What the span classifier reads for the guess at ``text[start:end]``."""
    left = _WORD.findall(text, 0, start)[-SPAN_REACH:]
    right = _WORD.findall(text, end)[:SPAN_REACH]
    return " ".join([f"XT{kind}X", *left, text[start:end], *right])


def span_sets(sets, details, detected) -> tuple[dict[str, list[tuple[str, bool]]], dict[str, list[tuple[int, int]]]]:
    """The span classifier's rows by file: each guess the gate may drop, as its window (work_talk.guess_window),
    yes when it overlaps a private detail; and each row's (post, span) index."""
    rows: dict[str, list[tuple[str, bool]]] = {}
    keys: dict[str, list[tuple[int, int]]] = {}
    for name, posts in sets.items():
        rows[name], keys[name] = [], []
        for i, ((text, _), spans) in enumerate(zip(posts, detected[name])):
            for k, (a, b, kind, guess) in enumerate(spans):
                if guess:
                    rows[name].append((guess_window(text, a, b, kind),
                                       any(a < d1 and d0 < b for d0, d1 in details[name][i])))
                    keys[name].append((i, k))
    return rows, keys


def gate_effects(sets, details, detected, post: dict, span: dict | None, t: float, s: float,
                 only: set[str] | None = None) -> tuple[int, int, int, int]:
    """(private details lost, private details found, harmless posts whose every non-time span goes, harmless
    posts with a span) over the cross-validated files, when a guess goes if its post scores below ``t`` or
    (with ``span``) the guess scores below ``s``."""
    lost = found = cleared = flagged = 0
    for name, rows in sets.items():
        if name in ALWAYS_TRAIN or (only and name not in only):
            continue
        for i, ((text, yes), spans) in enumerate(zip(rows, detected[name])):
            below = post[(name, i)] < t
            drop = [guess and (below or (span is not None and span[(name, i, k)] < s))
                    for k, (_, _, _, guess) in enumerate(spans)]
            if yes:
                for a, b in details[name][i]:
                    touching = [d for (c, e, _, _), d in zip(spans, drop) if c < b and a < e]
                    found += bool(touching)
                    lost += bool(touching) and all(touching)
            elif spans:
                flagged += 1
                rest = [1 for (_, _, kind, _), d in zip(spans, drop) if not d and kind != "DATE_TIME"]
                cleared += any(drop) and not rest
    return lost, found, cleared, flagged


def cached_cv(path: Path | None, run) -> list:
    if path and path.exists():
        return [tuple(row) for row in json.loads(path.read_text(encoding="utf-8"))]
    cv = run()
    if path:
        path.write_text(json.dumps(cv), encoding="utf-8")
    return cv


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path, help=f"save the model here (e.g. {DEFAULT_OUT.relative_to(ROOT)})")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--span", action="store_true",
                    help="cross-validate a per-guess classifier as a second gate as well (measured, not shipped)")
    ap.add_argument("--no-cv", action="store_true", help="skip cross-validation (threshold not reported)")
    ap.add_argument("--groups", type=int, default=0, help="leave the files out this many at a time (faster folds)")
    ap.add_argument("--leave-out", default="", help="comma-separated files (stems) never trained on, for a leave-out "
                    "check scored afterwards with score_drafts.py")
    ap.add_argument("--cv-scores", type=Path, help="keep the cross-validated scores in this JSON file and reuse them")
    args = ap.parse_args()
    sets, details = load(frozenset(filter(None, args.leave_out.split(","))))
    total = sum(len(r) for r in sets.values())
    print(f"{total} posts, {sum(y for r in sets.values() for _, y in r)} yes", flush=True)
    if not args.no_cv:
        cv = cached_cv(args.cv_scores, lambda: cross_validate(sets, args.epochs, groups=args.groups))
        post = {(f, i): p for f, i, p, _ in cv}
        detected = detect_all(sets)
        span = None
        span_grid: tuple[float, ...] = (0.0,)
        if args.span:
            rows, keys = span_sets(sets, details, detected)
            print(f"{sum(map(len, rows.values()))} guesses, {sum(y for r in rows.values() for _, y in r)} yes",
                  flush=True)
            span_path = args.cv_scores.with_suffix(".span.json") if args.cv_scores else None
            span_cv = cached_cv(span_path, lambda: cross_validate(rows, args.epochs, SPAN_CONFIG, args.groups))
            span = {(f, *keys[f][i]): p for f, i, p, _ in span_cv}
            span_grid = SPAN_GRID
        allowed = []
        for s in span_grid:
            for t in GRID:
                lost, found, cleared, flagged = gate_effects(sets, details, detected, post, span, t, s)
                print(f"threshold {t:.3f} span {s:.2f}: private details lost {lost}/{found} ({lost / found:.4f}); "
                      f"harmless posts with spans left with none {cleared}/{flagged}")
                if lost <= MAX_LOST * found:
                    allowed.append((cleared, t, s))
        cleared, t, _ = max([a for a in allowed if a[2] == 0.0] or [(0, 0.0, 0.0)])
        print(f"chosen threshold (at most {MAX_LOST:.1%} of the private details found lost): {t:.3f}, "
              f"harmless posts cleared {cleared}")
        if args.span:
            cleared, t, s = max(allowed) if allowed else (0, 0.0, 0.0)
            print(f"with the span gate as well: threshold {t:.3f}, span {s:.2f}, harmless posts cleared {cleared}")
    if args.save:
        started = time.perf_counter()
        nlp = train([r for rs in sets.values() for r in rs], args.epochs)
        nlp.to_disk(args.save)
        print(f"saved to {args.save} in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
