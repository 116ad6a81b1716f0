"""The review's shortcuts (issue 11: at most 0.5 ms a post) change no answer: a pattern skipped on a word
test is skipped only where it cannot match, a cached answer is the one worked out afresh. Every name here
is invented."""

from __future__ import annotations

from rewriter.review.context import Post, hinted
from rewriter.review.cues import Words, index
from rewriter.review.venting import VentingRule
from review_helpers import REVIEWER


def test_a_word_test_passes_a_post_that_holds_a_hint_in_any_case():
    assert hinted(Post("Our manager ASKED us to sign it"), ("ask",))
    assert not hinted(Post("Our manager told us to sign it"), ("ask",))


def test_a_word_test_passes_a_post_whose_letters_fold_oddly():
    # "ſ" is an "s" and "ı" an "i" to a case-blind pattern, but not to str.lower(): never skipped on a word test
    assert hinted(Post("Our manager aſked us to sign it"), ("ask",))
    assert hinted(Post("Our manager ınstructed us to sign it"), ("instructed",))
    assert not hinted(Post("Our manager told us to sign it"), ("instructed",))


def test_an_order_is_still_read_with_and_without_its_verbs_hint():
    post = "Our regional manager made us backdate 40 invoices to hit target. Not my name on that."
    kinds = {r.kind for r in REVIEWER.review(post)}
    assert "venting" in kinds
    # no verb of ordering, no one at work and no boss's acronym: nothing read as an order
    assert not list(VentingRule()._ordered_to(Post("Lovely walk on the beach, the dog loved it."), [], []))


def test_titled_people_are_found_once_and_only_with_a_title():
    post = Post("Mrs Okafor from accounts and Dr Reyes both came. mrs nobody did not.")
    assert post.titled == [(0, 10), (29, 37)]
    assert (0, 10) in post.names and (29, 37) in post.names
    assert Post("no titles in this one at all").titled == []


def test_the_cue_index_gives_the_same_matches_read_again_and_after_other_posts():
    posts = [
        "The only pharmacist in our village, and she knows every family's business",
        "Our manager's been told to keep the redundancies hush until March",
        "the only pharmacist in our village",
    ]
    first = [index().find(Words(p)) for p in posts]
    for _ in range(3):
        assert [index().find(Words(p)) for p in reversed(posts)] == list(reversed(first))


def test_possessive_forms_are_the_words_without_apostrophes():
    words = Words("the manager’s desk and the team's rota")
    assert words.forms == ["the", "managers", "desk", "and", "the", "teams", "rota"]
    assert words.bases == ["the", "manager", "desk", "and", "the", "team", "rota"]
