"""The review with the real detector's spans on drafts written for these tests (own_drafts.jsonl: 96 that
carry a risk a trainer would point out, in varied wording, and 40 harmless ones that tempt a rule). Written
from the guidance, not from any data set's phrases; a floor so that a change that loses a family shows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from review_helpers import REVIEWER

DRAFTS = [json.loads(line) for line in (Path(__file__).parent / "own_drafts.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def found(detector):
    spans = detector.detect_many([d["text"] for d in DRAFTS])
    return {d["id"]: {r.kind for r in REVIEWER.review(d["text"], s)} for d, s in zip(DRAFTS, spans)}


def test_most_labelled_kinds_are_found(found):
    pairs = [(d["id"], kind) for d in DRAFTS for kind in d["risks"]]
    missed = [(i, kind) for i, kind in pairs if kind not in found[i]]
    assert len(missed) <= 0.1 * len(pairs), missed


def test_nearly_every_risky_draft_gets_a_risk(found):
    risky = [d["id"] for d in DRAFTS if d["risks"]]
    silent = [i for i in risky if not found[i]]
    assert len(silent) <= 0.05 * len(risky), silent


def test_no_harmless_draft_gets_a_risk(found):
    assert {d["id"]: found[d["id"]] for d in DRAFTS if d["clean"] and found[d["id"]]} == {}
