"""The review's shortcuts (issue 11: at most 0.5 ms a post) change no answer: a pattern skipped on a word
test is skipped only where it cannot match, a cached answer is the one worked out afresh. Every name here
is invented."""

from __future__ import annotations

import re

from rewriter.review import unread_text
from rewriter.review.confidential_business import _ANNOUNCED, _INSIDE
from rewriter.review.context import Post, hinted
from rewriter.review.cues import Words, index
from rewriter.review.rare_or_unique import _RECORD_AGE
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


def test_cue_words_are_found_past_spaces_marks_and_emoji():
    words = Words("  23yo, 1,200.5 quid!! 👍 ← ok… café’s")
    assert words.forms == ["23", "yo", "1,200.5", "quid", "👍", "←", "ok", "cafés"]
    assert [words.text[a:b] for a, b in words.spans] == ["23", "yo", "1,200.5", "quid", "👍", "←", "ok", "café’s"]


def test_a_posts_readings_are_worked_out_once_and_kept_per_post():
    a, b = Post("my client Dan came in"), Post("our dog came in")
    assert a.others is a.others and a.others != b.others
    assert "others" in vars(a) and "others" not in vars(Post("my client Dan came in"))


def _share_read_sentence_by_sentence(text: str) -> float:
    """other_language_share as it was read before its one pass: sentence by sentence, word by word."""
    total = other = 0
    for m in re.finditer(r"[^.!?\n]+[.!?\n]*", re.sub(r"https?://\S+|www\.\S+|[#@][\w-]+", " ", text)):
        words = unread_text._sentence_words(m.group())
        total += len(words)
        if len(words) >= 3 and sum(map(unread_text._everyday_english, words)) < 0.5 * len(words):
            other += len(words)
    return other / total if total else 0.0


def test_the_other_language_share_is_the_same_in_one_pass_and_asked_again():
    texts = [
        "Mój pacjent, 23-letni student z Lublina, prosił o wypis. Rodzina nie wie!",
        "...!Kia ora! Salamat po. Ayyo semma fast today da, Ravi sir enna solra\n\nOK",
        "Great day at #NurseLife with @Priya: www.example.org/x.y Wir haben heute 12 Patienten gesehen.",
        "Sharma ji ki Innova ... beta ICU mein hai. NHS says hi. Привет друзья мои дорогие",
        "", ".", "plain English post about the ward and the weather today",
    ]
    for text in texts:
        first = unread_text.other_language_share(text)
        assert first == _share_read_sentence_by_sentence(text)
        assert unread_text.other_language_share(text) == first
    assert unread_text.other_language_share(texts[0]) > 0.5 > unread_text.other_language_share(texts[-1])


def test_a_lookahead_before_a_case_blind_pattern_keeps_the_letters_it_folds():
    # "ſ" is "s" and "ı" is "i" to (?i): the lookahead's class folds them as the pattern's words do
    assert _RECORD_AGE.search("ſhe is 101 and ſharp") and _RECORD_AGE.search("Nan turned 100 today")
    assert not _RECORD_AGE.search("her temp was 101 degrees")
    assert _INSIDE.search("ouR team won") and _INSIDE.search("the ſenior management said") and not _INSIDE.search("they ate")
    assert _ANNOUNCED.search("Thrilled to announce") and _ANNOUNCED.search("we’re hıring") and not _ANNOUNCED.search("we were hiring")
    assert _ANNOUNCED.search("we’re hiring") and _ANNOUNCED.search("jOIN US friday")


def test_a_body_is_still_found_where_the_lookahead_lets_a_scan_start():
    # (ongoing_case's patterns that open with a body: a match starts at a "t" of its optional "the", or at a
    # body's first letter at the start of a word, in any case, "ſ" folded; never inside a word)
    from rewriter.review.ongoing_case import _HELD_BY, _NOT_YET_RULED

    assert _HELD_BY.search("Can't say more, the police have been informed").group() == "the police have been informed"
    assert _HELD_BY.search("POLICE ARE INVOLVED now").group() == "POLICE ARE INVOLVED"
    assert _HELD_BY.search("ſheriff informed") and _NOT_YET_RULED.search("The coroner hasn't ruled yet")
    assert not _HELD_BY.search("the impolice are involved") and not _HELD_BY.search("the police chief retired")
    assert not _NOT_YET_RULED.search("the coroner ruled on Friday")


def test_the_risk_models_sigmoid_is_thincs_to_the_last_bit():
    # (bag_of_words writes thinc's sigmoid out with the same float32 operations: same bits, a NaN passed on alike)
    import numpy
    from thinc.api import NumpyOps

    from rewriter.detect.bag_of_words import sigmoid
    from rewriter.review import risk_model

    assert risk_model._reader().sigmoid  # the shipped model's output is read by sigmoid()
    rng = numpy.random.default_rng(49)
    total = numpy.concatenate([numpy.array([-30.0, -20.0, -19.999, -3.5, 0.0, 1e-8, 2.25, 20.0, 31.0, numpy.nan, numpy.inf, -numpy.inf]),
                               rng.normal(0, 6, 5000)]).astype(numpy.float32)[None, :]
    ours, thincs = sigmoid(total), NumpyOps().sigmoid(total, inplace=False)
    assert ours.dtype == thincs.dtype == numpy.float32
    assert numpy.array_equal(ours.view(numpy.uint32), thincs.view(numpy.uint32))


def test_the_risk_models_thresholds_are_read_once_and_each_caller_gets_its_own(monkeypatch):
    from rewriter.review import risk_model

    first = risk_model.thresholds()
    first["news_event"] = 99.0  # a caller's change is its own
    assert risk_model.thresholds()["news_event"] != 99.0
    assert risk_model.thresholds() == {k: float(t) for k, t in risk_model._meta()["thresholds"].items()
                                       if k in risk_model.RISK_KINDS}
    meta = {"gate": "mixed", "over": {"venting": 0.7}, "thresholds": {"venting": 0.3}}
    monkeypatch.setattr(risk_model, "_meta", lambda: meta)  # another model's meta: read afresh
    assert risk_model.thresholds() == {"venting": 0.3} and risk_model.over_found() == {"venting": 0.7}
    risk_model.over_found()["venting"] = 0.0
    assert risk_model.over_found() == {"venting": 0.7}
