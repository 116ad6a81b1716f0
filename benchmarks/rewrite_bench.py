#!/usr/bin/env python3
"""Rewrite benchmark: per-post latency, model load, tokens/s, our generation against raw
llama-cpp-python on the same prompts in the same run, and peak memory.

The app and the commands run the model in a child process (rewriter/llm/process.py); this runs the
pipeline both ways, post by post in turns, and times each request three ways from the same warmed
cache state: raw llama-cpp-python, our backend in this process, and our backend in the child. The
child's overhead per request (pickles over a pipe, a message per token) is the child's time less the
in-process backend's.

usage: .venv/bin/python benchmarks/rewrite_bench.py [POSTS.jsonl] [--model PATH] [--repeat N]

POSTS.jsonl: lines {"id", "text", "role"?} (default ../shared/data/dev_drafts.jsonl).
Targets (issue 3): median per-post latency <= 2 s on 2 cores with the default model, generation
overhead <= 1.10x raw llama-cpp-python (in the child too), peak RSS <= 700 MB (this process; the
child's printed beside it).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_POSTS = ROOT.parent / "shared" / "data" / "dev_drafts.jsonl"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def children_peak_rss_mb() -> float:
    """The largest child process's peak, once it has been waited for."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def raw_generate(llm, messages, settings) -> tuple[float, float, int, str]:
    """llama-cpp-python alone: the same call our backend makes, with nothing around it.
    (seconds, seconds to the first token, tokens, text)"""
    started = time.perf_counter()
    first = None
    pieces = []
    for chunk in llm.create_chat_completion(
        messages=messages, stream=True, max_tokens=settings.max_tokens,
        temperature=settings.temperature, seed=settings.seed,
    ):
        piece = chunk["choices"][0]["delta"].get("content")
        if piece:
            if first is None:
                first = time.perf_counter() - started
            pieces.append(piece)
    return time.perf_counter() - started, first or 0.0, len(pieces), "".join(pieces)


def timed_generate(backend, messages) -> tuple[float, float, int, str]:
    """One of our backends, timed from the caller's side as raw_generate is."""
    started = time.perf_counter()
    first = []

    def on_token(piece):
        if not first:
            first.append(time.perf_counter() - started)

    g = backend.generate(messages, on_token=on_token)
    return time.perf_counter() - started, first[0] if first else 0.0, g.tokens, g.text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("posts", nargs="?", default=str(DEFAULT_POSTS))
    parser.add_argument("--model", help="GGUF file (default: the usual discovery order)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the ours-vs-raw comparison")
    args = parser.parse_args()

    from rewriter.config import Config, ROLES, normalise_role
    from rewriter.detect import Detector
    from rewriter.llm import LlamaCppBackend, ModelProcess, find_model
    from rewriter.llm.backend import auto_threads
    from rewriter.llm.prompts import load_prompts
    from rewriter.pipeline import Pipeline

    posts = [json.loads(line) for line in open(args.posts, encoding="utf-8") if line.strip()]
    config = Config()
    started = time.perf_counter()
    detector = Detector(config)
    detector_seconds = time.perf_counter() - started

    choice = find_model(args.model, config.model.path)
    backend = LlamaCppBackend(choice, config.model)
    load_seconds = backend.load()
    pipeline = Pipeline(config, detector, backend)
    warm_seconds = pipeline.prepare()
    child = ModelProcess(choice, config.model)
    child_load_seconds = child.load()  # the process started, its imports, the model loaded
    child_pipeline = Pipeline(config, detector, child)
    child_warm_seconds = child_pipeline.prepare()

    # -- 1. the pipeline, post by post, as `rewriter audit --rewrite` runs it ----------------------
    # Both ways, in turns (which goes first alternates), so a busy machine weighs on both alike.
    latencies, tokens, gen_seconds, methods = [], 0, 0.0, {}
    child_latencies, same_results = [], 0
    first_messages = []
    for i, post in enumerate(posts):
        role = normalise_role(post.get("role") or config.role)
        role = role if role in ROLES else config.role
        timed = {}
        for who in (("in", "child") if i % 2 == 0 else ("child", "in")):
            t0 = time.perf_counter()
            timed[who] = (pipeline if who == "in" else child_pipeline).rewrite(post["text"], role=role)
            (latencies if who == "in" else child_latencies).append(time.perf_counter() - t0)
        result = timed["in"]
        same_results += timed["child"].text == result.text
        methods[result.method] = methods.get(result.method, 0) + 1
        for attempt in result.attempts:
            tokens += attempt.tokens
            gen_seconds += attempt.seconds
        if result.attempts:
            first_messages.append(load_prompts().messages(result.generalised))

    # -- 2. our generation against raw llama-cpp-python, same model object, same prompts ----------
    # Each call starts from the same cache state (the shared prompt prefix warmed), alternating the
    # order every round so neither side profits from running second.
    llm = backend._llm
    settings = config.model
    warm_messages = load_prompts().messages("")
    ways = ("ours", "raw", "child")
    total = dict.fromkeys(ways, 0.0)
    first_token = {who: [] for who in ways}
    made = dict.fromkeys(ways, 0)
    same_text = same_child_text = True
    requests = 0
    for round_ in range(args.repeat):
        for i, messages in enumerate(first_messages):
            shift = (round_ + i) % 3  # each way goes first, second and third in turn
            texts = {}
            for who in ways[shift:] + ways[:shift]:
                if who == "child":
                    child.warm(warm_messages)
                    seconds, first, n, texts[who] = timed_generate(child, messages)
                else:
                    backend.warm(warm_messages)
                    if who == "ours":
                        seconds, first, n, texts[who] = timed_generate(backend, messages)
                    else:
                        seconds, first, n, texts[who] = raw_generate(llm, messages, settings)
                total[who] += seconds
                made[who] += n
                first_token[who].append(first)
            requests += 1
            same_text = same_text and texts["ours"] == texts["raw"]
            same_child_text = same_child_text and texts["child"] == texts["raw"]
    ours_total, raw_total, child_total = total["ours"], total["raw"], total["child"]
    ours_tokens, raw_tokens, child_tokens = made["ours"], made["raw"], made["child"]

    median = statistics.median(latencies)
    p90 = sorted(latencies)[int(0.9 * (len(latencies) - 1))]
    ratio = (ours_total / ours_tokens) / (raw_total / raw_tokens) if ours_tokens and raw_tokens else float("nan")
    child_ratio = (child_total / child_tokens) / (raw_total / raw_tokens) if child_tokens and raw_tokens else float("nan")
    rss = peak_rss_mb()
    child.close()
    child_rss = children_peak_rss_mb()
    child_median = statistics.median(child_latencies)
    child_p90 = sorted(child_latencies)[int(0.9 * (len(child_latencies) - 1))]
    per_request_ms = 1000 * (child_total - ours_total) / requests if requests else float("nan")
    per_token_us = 1e6 * (child_total - ours_total) / child_tokens if child_tokens else float("nan")

    print(f"model            {backend.name} ({backend.choice.origin}), threads {backend.threads} (auto {auto_threads()})")
    print(f"posts            {len(posts)}  methods {methods}")
    print(f"detector start   {detector_seconds:.2f} s")
    print(f"model load       {load_seconds:.2f} s in process, {child_load_seconds:.2f} s in a child (started, "
          f"imports, load)  (+ {warm_seconds:.2f} / {child_warm_seconds:.2f} s to pre-compute the shared prompt)")
    print(f"latency/post     in process: median {median:.2f} s  p90 {p90:.2f} s  max {max(latencies):.2f} s")
    print(f"                 in a child: median {child_median:.2f} s  p90 {child_p90:.2f} s  max {max(child_latencies):.2f} s"
          f"   target <= 2.00 s: {'ok' if child_median <= 2.0 else 'MISSED'}; same text both ways: "
          f"{same_results}/{len(posts)}")
    print(f"generation       {tokens} tokens in {gen_seconds:.2f} s = {tokens / gen_seconds if gen_seconds else 0:.1f} tokens/s")
    print(f"ours vs raw      ours {ours_total:.2f} s / {ours_tokens} tok, raw {raw_total:.2f} s / {raw_tokens} tok over "
          f"{args.repeat} x {len(first_messages)} prompts; per-token ratio {ratio:.3f}x   target <= 1.10x: "
          f"{'ok' if ratio <= 1.10 else 'MISSED'}; same text: {same_text}")
    print(f"child vs raw     child {child_total:.2f} s / {child_tokens} tok; per-token ratio {child_ratio:.3f}x   "
          f"target <= 1.10x: {'ok' if child_ratio <= 1.10 else 'MISSED'}; same text: {same_child_text}")
    print(f"child overhead   {per_request_ms:+.1f} ms per request ({per_token_us:+.0f} us per token) over our "
          f"in-process backend, {requests} requests")
    print(f"first token      median raw {1000 * statistics.median(first_token['raw']):.0f} ms, in process "
          f"{1000 * statistics.median(first_token['ours']):.0f} ms, in a child "
          f"{1000 * statistics.median(first_token['child']):.0f} ms")
    print(f"peak RSS         {rss:.0f} MB (this process, with a second copy of the model for the comparison)   "
          f"target <= 700 MB: {'ok' if rss <= 700 else 'MISSED'}; the child {child_rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
