"""The regions the story rewrites replace (generalise/regions.py): a risk moved onto the words it replaces,
and the first of any overlapping regions kept. A real post, a real review and the story rewrite on both
sides; the helpers alone in addition."""

from __future__ import annotations

from rewriter.generalise.regions import first_fit, region
from rewriter.generalise.stories import story_rewrites
from rewriter.review import Reviewer, Risk


def test_region_moves_the_risk_onto_its_words():
    text = "She rang the desk 19 times tonight."
    risk = Risk("health_detail", 0, 3, "She", "why", "advice")
    moved = region(risk, text, 18, 26, "repeatedly")
    assert (moved.kind, moved.start, moved.end, moved.text, moved.rewrite) == ("health_detail", 18, 26, "19 times", "repeatedly")
    assert (moved.why, moved.advice) == ("why", "advice")


def test_first_fit_keeps_the_first_of_overlapping_regions_and_grows_taken():
    text = "abcdefghijklmnop"
    risk = Risk("photo", 0, 1, "a", "why", "advice")
    taken = [(0, 3)]
    regions = [region(risk, text, 2, 5, "x"), region(risk, text, 4, 8, "y"), region(risk, text, 6, 9, "z"),
               region(risk, text, 9, 12, "w")]
    kept = first_fit(regions, taken)
    assert [r.rewrite for r in kept] == ["y", "w"]
    assert taken == [(0, 3), (4, 8), (9, 12)]


def test_story_rewrites_keep_one_rewrite_per_stretch_of_words():
    # a count and a duration the story rewrite both reads: no two rewrites overlap, the review's own kept
    text = "My patient with dementia has rung the desk 19 times tonight, and she has been with us 3 weeks."
    risks = Reviewer().review(text, [])
    out = story_rewrites(text, risks)
    rewritten = sorted((r.start, r.end) for r in out if r.rewrite is not None)
    assert all(a[1] <= b[0] for a, b in zip(rewritten, rewritten[1:]))
    assert any(r.text == "19 times" and r.rewrite == "repeatedly" for r in out)
    assert any(r.text == "3 weeks" and r.rewrite == "for several weeks" for r in out)
