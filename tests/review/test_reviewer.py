"""The reviewer: risks in order, one per kind per phrase, the same every time, with or without spans,
and the risk's dictionary exactly as the audit output promises."""

from __future__ import annotations

from rewriter.review import RISK_KINDS, Reviewer, Risk
from review_helpers import REVIEWER, span

POST = (
    "Screenshot below of the DMs from a client who found me on Instagram. "
    "She's the only deaf girl in year 9 at the village school, and she was on the news last week."
)


def test_risks_are_sorted_by_position_and_deterministic():
    risks = REVIEWER.review(POST)
    assert risks == sorted(risks, key=lambda r: (r.start, r.end, r.kind))
    assert risks == Reviewer(model=False).review(POST)
    assert {r.kind for r in risks} >= {"photo", "client_contact", "small_community", "rare_or_unique", "news_event"}


def test_one_risk_per_kind_per_phrase():
    risks = REVIEWER.review(POST)
    for a in risks:
        for b in risks:
            if a is not b and a.kind == b.kind:
                assert a.end <= b.start or b.end <= a.start, (a, b)


def test_each_risk_points_at_its_phrase_and_carries_its_kind_text():
    for risk in REVIEWER.review(POST):
        assert POST[risk.start : risk.end] == risk.text
        assert risk.text == risk.text.strip() and risk.text
        assert risk.why == RISK_KINDS[risk.kind].why
        assert risk.advice == RISK_KINDS[risk.kind].advice


def test_to_dict_gives_exactly_the_audit_fields():
    risk = Risk("photo", 0, 10, "Screenshot", "why", "advice", rewrite="")
    assert risk.to_dict() == {"kind": "photo", "start": 0, "end": 10, "text": "Screenshot", "why": "why", "advice": "advice"}


def test_every_kind_has_a_label_a_reason_and_advice():
    assert set(RISK_KINDS) == {
        "news_event", "rare_or_unique", "small_community", "ongoing_case", "photo", "client_contact", "venting",
        "confidential_business", "health_detail", "unread_text",
    }
    for kind in RISK_KINDS.values():
        assert kind.label and kind.why.endswith(".") and kind.advice.endswith(".")


def test_works_with_spans_and_without():
    text = "Project Falcon ships next week, and our manager Dave is useless about it."
    without = {r.kind for r in REVIEWER.review(text)}
    with_spans = {r.kind for r in REVIEWER.review(text, [span(text, "Project Falcon", "CODENAME"), span(text, "Dave", "PERSON")])}
    assert "confidential_business" in with_spans and "venting" in with_spans
    assert without <= with_spans


def test_an_empty_or_odd_post_raises_nothing():
    for text in ("", " ", "\n\n", "🙂", "İstanbul ŞEHİR", "a" * 5000):
        assert REVIEWER.review(text) == []


def test_offsets_survive_characters_whose_lowercase_is_longer():
    text = "İİ My manager is useless."
    for risk in REVIEWER.review(text):
        assert text[risk.start : risk.end] == risk.text


def test_a_long_draft_is_reviewed_in_pieces_with_offsets_into_the_whole_text():
    from rewriter.review.reviewer import PIECE_CHARS

    post = "Gave my statement to police today about one of my students. Trial's in May.\n"
    text = post * (3 * PIECE_CHARS // len(post))
    risks = Reviewer().review(text)
    assert all(text[r.start : r.end] == r.text for r in risks)
    trials = [r.start for r in risks if r.text == "Trial's"]
    assert trials and trials[0] < len(post) and trials[-1] > len(text) - len(post)
