"""Detection over a long stream of posts (`rewriter audit` on an archive): one pool of workers for the
whole run, results in input order, and only a few batches read ahead of the one being written."""

from __future__ import annotations

import json
import multiprocessing as mp
from argparse import Namespace
from types import SimpleNamespace

import pytest

import rewriter.cli.audit as audit_cli
from rewriter.config import Config
from rewriter.detect.batch import BATCH, PARALLEL_MIN_POSTS, detect_stream

pytestmark = pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="workers are forked")


class FakeDetector:
    """Finds nothing, at once: what is measured here is the plumbing around detection."""

    analyzer = SimpleNamespace(nlp_engine=SimpleNamespace(nlp={"en": object()}))

    def detect_many(self, texts, roles=None):
        return [[] for _ in texts]


@pytest.fixture
def pools(monkeypatch):
    """The worker pools started, counted."""
    fork = mp.get_context("fork")
    started = []
    real_pool = fork.Pool

    def counting_pool(*args, **kwargs):
        started.append(args)
        return real_pool(*args, **kwargs)

    monkeypatch.setattr(fork, "Pool", counting_pool)
    monkeypatch.setattr("os.cpu_count", lambda: 2)
    return started


def test_a_long_audit_starts_one_pool_for_the_whole_run(tmp_path, monkeypatch, pools, capsys):
    # a fresh pool every few thousand posts loses the workers' warm caches; 9,000 posts used to start three
    posts = tmp_path / "posts.jsonl"
    posts.write_text("".join(json.dumps({"id": i, "text": f"Quiet shift number {i}."}) + "\n" for i in range(9000)))
    monkeypatch.setattr(audit_cli, "make_detector", lambda config: FakeDetector())
    args = Namespace(input=str(posts), out=str(tmp_path / "out.jsonl"), report=None, rewrite=False, encoding=None)
    assert audit_cli.cmd_audit(args, Config()) == 0
    assert len(pools) == 1
    ids = [json.loads(line)["id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert ids == list(range(9000))


def test_the_stream_is_read_only_a_few_batches_ahead(pools):
    pulled = []

    def jobs():
        for n in range(200):
            pulled.append(n)
            yield [f"post {n}"] * BATCH, [None] * BATCH, n

    tags = []
    for tag, spans, _ in detect_stream(FakeDetector(), jobs(), parallel=True):
        if not tags:
            ahead_at_first_answer = len(pulled)
        tags.append(tag)
        assert len(spans) == BATCH
    assert tags == list(range(200))  # in input order
    assert ahead_at_first_answer <= PARALLEL_MIN_POSTS // BATCH + 5
    assert len(pools) == 1


def test_a_short_stream_is_detected_here_without_workers(pools):
    jobs = [(["a post"] * 10, [None] * 10, "only")]
    assert [tag for tag, _, _ in detect_stream(FakeDetector(), jobs, parallel=True)] == ["only"]
    assert pools == []
