#!/usr/bin/env python3
"""Rewrite benchmark: per-post latency, model load, tokens/s, our generation against raw
llama-cpp-python on the same prompts in the same run, and peak memory.

usage: .venv/bin/python benchmarks/rewrite_bench.py [POSTS.jsonl] [--model PATH] [--repeat N]

POSTS.jsonl: lines {"id", "text", "role"?} (default ../shared/data/dev_drafts.jsonl).
Targets (issue 3): median per-post latency <= 2 s on 2 cores with the default model, generation
overhead <= 1.10x raw llama-cpp-python, peak RSS <= 700 MB.
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


def raw_generate(llm, messages, settings) -> tuple[float, int, str]:
    """llama-cpp-python alone: the same call our backend makes, with nothing around it."""
    started = time.perf_counter()
    pieces = []
    for chunk in llm.create_chat_completion(
        messages=messages, stream=True, max_tokens=settings.max_tokens,
        temperature=settings.temperature, seed=settings.seed,
    ):
        piece = chunk["choices"][0]["delta"].get("content")
        if piece:
            pieces.append(piece)
    return time.perf_counter() - started, len(pieces), "".join(pieces)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("posts", nargs="?", default=str(DEFAULT_POSTS))
    parser.add_argument("--model", help="GGUF file (default: the usual discovery order)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of the ours-vs-raw comparison")
    args = parser.parse_args()

    from rewriter.config import Config, ROLES, normalise_role
    from rewriter.detect import Detector
    from rewriter.llm import LlamaCppBackend, find_model
    from rewriter.llm.backend import auto_threads
    from rewriter.llm.prompts import load_prompts
    from rewriter.pipeline import Pipeline

    posts = [json.loads(line) for line in open(args.posts, encoding="utf-8") if line.strip()]
    config = Config()
    started = time.perf_counter()
    detector = Detector(config)
    detector_seconds = time.perf_counter() - started

    backend = LlamaCppBackend(find_model(args.model, config.model.path), config.model)
    load_seconds = backend.load()
    pipeline = Pipeline(config, detector, backend)
    warm_seconds = pipeline.prepare()

    # -- 1. the pipeline, post by post, as `rewriter audit --rewrite` runs it ----------------------
    latencies, tokens, gen_seconds, methods = [], 0, 0.0, {}
    first_messages = []
    for post in posts:
        role = normalise_role(post.get("role") or config.role)
        role = role if role in ROLES else config.role
        t0 = time.perf_counter()
        result = pipeline.rewrite(post["text"], role=role)
        latencies.append(time.perf_counter() - t0)
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
    ours_total = raw_total = 0.0
    ours_tokens = raw_tokens = 0
    same_text = True
    for round_ in range(args.repeat):
        for i, messages in enumerate(first_messages):
            order = ("ours", "raw") if (round_ + i) % 2 == 0 else ("raw", "ours")
            for who in order:
                backend.warm(warm_messages)
                if who == "ours":
                    g = backend.generate(messages)
                    ours_total += g.seconds
                    ours_tokens += g.tokens
                    ours_text = g.text
                else:
                    seconds, n, raw_text = raw_generate(llm, messages, settings)
                    raw_total += seconds
                    raw_tokens += n
            same_text = same_text and ours_text == raw_text

    median = statistics.median(latencies)
    p90 = sorted(latencies)[int(0.9 * (len(latencies) - 1))]
    ratio = (ours_total / ours_tokens) / (raw_total / raw_tokens) if ours_tokens and raw_tokens else float("nan")
    rss = peak_rss_mb()

    print(f"model            {backend.name} ({backend.choice.origin}), threads {backend.threads} (auto {auto_threads()})")
    print(f"posts            {len(posts)}  methods {methods}")
    print(f"detector start   {detector_seconds:.2f} s")
    print(f"model load       {load_seconds:.2f} s  (+ {warm_seconds:.2f} s to pre-compute the shared prompt)")
    print(f"latency/post     median {median:.2f} s  p90 {p90:.2f} s  max {max(latencies):.2f} s   target <= 2.00 s: "
          f"{'ok' if median <= 2.0 else 'MISSED'}")
    print(f"generation       {tokens} tokens in {gen_seconds:.2f} s = {tokens / gen_seconds if gen_seconds else 0:.1f} tokens/s")
    print(f"ours vs raw      ours {ours_total:.2f} s / {ours_tokens} tok, raw {raw_total:.2f} s / {raw_tokens} tok over "
          f"{args.repeat} x {len(first_messages)} prompts; per-token ratio {ratio:.3f}x   target <= 1.10x: "
          f"{'ok' if ratio <= 1.10 else 'MISSED'}; same text: {same_text}")
    print(f"peak RSS         {rss:.0f} MB   target <= 700 MB: {'ok' if rss <= 700 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
