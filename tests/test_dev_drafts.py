"""The labelled drafts of ../shared/data/dev_drafts.jsonl through the real detector.

Every labelled identifier (a regex in "leaks") must be covered by a reported span, and a post labelled
clean must produce no span at all: the same bar as `rewriter audit` scored by shared/eval/score.py.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DRAFTS = Path(__file__).resolve().parents[2] / "shared/data/dev_drafts.jsonl"


def _load():
    if not DRAFTS.exists():
        return []
    return [json.loads(line) for line in DRAFTS.read_text(encoding="utf-8").splitlines() if line.strip()]


POSTS = _load()
pytestmark = pytest.mark.skipif(not POSTS, reason=f"labelled drafts not found at {DRAFTS}")


@pytest.mark.parametrize("post", [p for p in POSTS if not p["clean"]], ids=lambda p: p["id"])
def test_every_labelled_identifier_is_covered(detector, post):
    spans = detector.detect(post["text"], role=post.get("role"))
    missed = []
    for pattern in post["leaks"]:
        where = [m.span() for m in re.finditer(pattern, post["text"], re.IGNORECASE)]
        assert where, f"label {pattern!r} does not occur in {post['id']}"  # a broken label, not a detector miss
        if not any(s.start < end and start < s.end for start, end in where for s in spans):
            missed.append(pattern)
    assert not missed, f"{post['id']}: not detected {missed}; found {[(s.text, s.entity_type) for s in spans]}"


@pytest.mark.parametrize("post", [p for p in POSTS if p["clean"]], ids=lambda p: p["id"])
def test_clean_posts_have_no_span(detector, post):
    spans = detector.detect(post["text"], role=post.get("role"))
    assert spans == [], f"{post['id']}: flagged {[(s.text, s.entity_type) for s in spans]}"
