"""Issue 11, session 24: the small-community risk of one person placed in a small place by name. "My client in
Hollowfield", "Mrs Pike from Hollins Green", "a retired teacher from Brimfield", "Mrs Baird on my round in
Glenrothy": one person the writer serves or names, and the small place they live in, is someone the neighbours
know, in a post that tells a story of them (their health, a complaint, a case) or gives their age or a
number of theirs. The detector reads an unknown place's name as a place, a name or a firm; the class
holds for all three. On the other side: a big city, a group, the writer's own family, a name the place's own
name repeats, a name alone in a post about nobody the writer serves, and a kindness with no story told.
Run with the real detector's spans."""

from __future__ import annotations

import pytest
from review_helpers import REVIEWER, review  # noqa: F401 (a fixture)

from rewriter.review.context import Post
from rewriter.review.small_community import SmallCommunityRule


@pytest.mark.parametrize(
    "text",
    [
        "My 15yo client in Hollowfield told me today she wants to leave school. Big session.",
        "Customer today, Mrs Wrigglesworth from Hebden, account ending 4471, rang about her bill six times.",
        "Just had the sweetest patient, a retired teacher from Brimfield, 88, who made me promise to finish my degree.",
        "Wee Mrs Baird on my round in Glenrothy telt me her dementia's getting worse since her man passed.",
        "A patient of mine in Tarnbridge has been off her insulin for a week and won't say why.",
    ],
)
def test_one_person_placed_in_a_small_place(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "My 15yo client in Leeds told me today she wants to leave school. Big session.",
        "Took our lads from Oakhurst House to the cinema tonight, best night of the term.",
        "Modaks from Aai and dhol all night, lab shut till Monday 🐘",
        "Biryani from Student Biryani and the match on TV, perfect Friday.",
        "Greetings from Kettlewick! Walked up the fell this morning and the view was worth every step.",
        "Customers in Manchester keep asking about the new opening hours, so here they are.",
        "Shoutout to the lovely customer from Kelby who brought us doughnuts today!",
    ],
)
def test_no_one_placed_in_a_small_place(review, text):
    assert "small_community" not in review(text)


def test_the_placed_risk_leaves_the_post_to_the_risk_model(detector):
    """The rule was written after the risk model's thresholds were chosen on posts the rules found nothing in:
    its risk must not keep the model from reading such a post."""
    text = "Customer today, Mrs Wrigglesworth from Hebden, account ending 4471, rang about her bill six times."
    post = Post(text, detector.detect(text))
    found = list(SmallCommunityRule().find(post))
    assert any(r.text == "Hebden" for r in found)
    assert all((r.start, r.end, r.kind) in post.unseen_by_model for r in found if r.text == "Hebden")
