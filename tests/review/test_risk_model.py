"""The risk model (rewriter/review/risk_model.py): a second opinion on the whole post, for the kinds the
rules missed; the real shipped model on both sides, and what the pipeline does with its risks on a rewrite."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT, TESTS
from rewriter.kinds import RISK_KINDS
from rewriter.pipeline import model_risks_kept
from rewriter.review import Reviewer, Risk
from rewriter.review import risk_model
from rewriter.verify import story_kinds
from rewriter.verify.verdict import judge

MODEL = Reviewer()
RULES = Reviewer(model=False)

# Risky stories told in words none of the rules' cue lists hold (no "news", "only", "court", "photo",
# "DM", "friend request", "layoffs", a named condition...): the kind the model adds is the story's.
RISKY = [
    ("Mums from reception class keep turning up at my gym and asking if we could grab a coffee "
     "sometime. Awkward!! What do I even say", "client_contact"),
    # ("None of the lads know yet" is a rule's cue since session 38, so this one no longer says it)
    ("Board told us this morning that half the warehouse goes in March. I'm meant to keep my mouth shut till the "
     "20th.", "confidential_business"),
]

# Short harmless posts, and longer ones about the writer's own life: no risk from the model.
HARMLESS = [
    "Lovely walk with the dog this morning",
    "Monday again 😴",
    "Happy Diwali everyone!",
    "gm ☕",
    "Rainy arvo, tea and a book",
    "Big shout out to my mum, 70 today!",
    "Night shift done. Home, shower, bed. See you all on the other side 🌙",
    "Anyone got a good recipe for banana bread? Mine always sinks in the middle.",
]


@pytest.mark.parametrize("text, kind", RISKY)
def test_a_risky_story_the_rules_miss_is_flagged_on_the_whole_post(text, kind):
    assert kind not in {r.kind for r in RULES.review(text)}
    added = [r for r in MODEL.review(text) if r.by_model]
    assert kind in {r.kind for r in added}
    for risk in added:
        assert (risk.start, risk.end, risk.text) == (0, len(text), text)
        assert risk.why == RISK_KINDS[risk.kind].why and risk.advice == RISK_KINDS[risk.kind].advice
        assert risk.rewrite is None  # only the writer can change a story
        assert risk.phrase == "(the whole post)" and risk.to_dict()["model"] is True


@pytest.mark.parametrize("text", HARMLESS)
def test_a_short_harmless_post_gets_no_risk_from_the_model(text):
    assert [r for r in MODEL.review(text) if r.by_model] == []


def test_the_model_adds_no_unconfident_kind_to_a_post_the_rules_found_a_risk_in():
    # the shipped gate ("mixed" with a score per kind): client_contact is never added where the rules found a risk
    assert not risk_model.only_where_rules_found_nothing() and "client_contact" not in risk_model.over_found()
    text = RISKY[0][0]
    found = MODEL.review(text)
    assert RULES.review(text) == [] and "client_contact" in [r.kind for r in found]
    assert all(r.by_model for r in found)
    flagged = text + " Her mum's been all over the local news this week too."
    assert "news_event" in {r.kind for r in RULES.review(flagged)}
    assert MODEL.review(flagged) == RULES.review(flagged)  # the rules' risks stand alone: no second opinion


# a client met out of work, with a vent the rules find
VENTED = RISKY[0][0] + " Sick of my boss, he's useless."


def test_a_confident_business_risk_is_added_where_the_rules_found_only_another_kind():
    """Session 39's gate: on a post the rules found another kind in (a vent), the model adds a kind it is
    confident of (confidential_business at its "over" score); a kind not in the mapping (client_contact, the
    vent above) or under its score (the same plan told in fewer words) is not added there."""
    over = risk_model.over_found()
    assert set(over) == {"news_event", "confidential_business"}
    plan = ("Board told us this morning that half the warehouse goes in March and the Leeds depot is being sold "
            "to a rival. Sick of my boss, he's useless.")
    assert risk_model.scores(plan)["confidential_business"] >= over["confidential_business"]
    assert {r.kind for r in RULES.review(plan)} == {"venting"}
    assert [(r.kind, r.start, r.end) for r in MODEL.review(plan) if r.by_model] == [("confidential_business", 0, len(plan))]
    fewer = RISKY[1][0] + " Sick of my boss, he's useless."
    assert {r.kind for r in RULES.review(fewer)} == {"venting"}
    assert risk_model.scores(fewer)["confidential_business"] < over["confidential_business"]
    assert [r for r in MODEL.review(fewer) if r.by_model] == []
    assert [r for r in MODEL.review(VENTED) if r.by_model] == []


def test_the_mixed_gate_reads_only_a_post_sized_text_with_no_sentence_said_twice():
    """Session 41's guard on the gate "mixed": a bag of words sums its words, so a paste far longer than a post
    or one sentence said again and again reads as a kind no sentence of it holds. There the model adds
    nothing beside the rules' risks (as with the gate "empty"); a post the rules found nothing in is read as
    before."""
    plan = ("Board told us this morning that half the warehouse goes in March and the Leeds depot is being sold "
            "to a rival. Sick of my boss, he's useless.")
    assert risk_model.post_like(plan)
    assert "confidential_business" in {r.kind for r in MODEL.review(plan) if r.by_model}
    repeated = " ".join([plan] * 3)
    assert not risk_model.post_like(repeated) and len(repeated) < risk_model.MIXED_MAX_CHARS
    assert [r for r in MODEL.review(repeated) if r.by_model] == []
    long_post = plan + " " + " ".join(f"Day {n} of the stocktake went fine and the new scanners work." for n in range(20))
    assert len(long_post) > risk_model.MIXED_MAX_CHARS and not risk_model.post_like(long_post)
    assert [r for r in MODEL.review(long_post) if r.by_model] == []
    # near misses: short sentences said twice ("Thank you. Thank you.") and a post that repeats a word are posts
    assert risk_model.post_like("Thank you. Thank you. Best team ever, best team ever!")
    assert risk_model.post_like("Again and again and again the rota changes without notice.")


@pytest.mark.parametrize("gate, over, expected", [("empty", None, False), ("or", 0.0, True),
                                                  ("mixed", "above", False), ("mixed", "at", True)])
def test_each_gate_the_training_script_saves(monkeypatch, gate, over, expected):
    """On a post the rules found a risk in (venting), a kind the rules missed: never with "empty", at its
    threshold with "or", at ``over`` with "mixed"; the post the rules found nothing in is read alike."""
    score = risk_model.scores(VENTED)["client_contact"]
    meta = {"gate": gate, "thresholds": {"client_contact": score / 2}}
    if gate == "mixed":
        over = meta["over"] = score + 0.01 if over == "above" else score
    monkeypatch.setattr(risk_model, "_meta", lambda: meta)
    assert risk_model.over_found() == over and risk_model.only_where_rules_found_nothing() == (gate == "empty")
    assert {r.kind for r in RULES.review(VENTED)} == {"venting"}
    added = [(r.kind, r.start, r.end) for r in MODEL.review(VENTED) if r.by_model]
    assert added == ([("client_contact", 0, len(VENTED))] if expected else [])
    alone = risk_model.scores(RISKY[0][0])["client_contact"] >= score / 2  # the rules found nothing here
    assert [r.kind for r in MODEL.review(RISKY[0][0]) if r.by_model] == (["client_contact"] if alone else [])


def test_every_kind_has_a_threshold_and_the_scores_are_probabilities():
    assert set(risk_model.thresholds()) <= set(RISK_KINDS)
    assert all(0 < t < 1 for t in risk_model.thresholds().values())
    scores = risk_model.scores("Lovely walk with the dog this morning")
    # every kind but unread_text, which is read from the post's letters (a limit of the checker), not from its story
    assert set(scores) == set(RISK_KINDS) - {"unread_text"} and all(0 <= p <= 1 for p in scores.values())


def test_an_empty_post_has_no_risk():
    assert MODEL.review("") == [] and MODEL.review("   ") == []


def _model_risk(kind: str, text: str) -> Risk:
    info = RISK_KINDS[kind]
    return Risk(kind, 0, len(text), text, info.why, info.advice, None, by_model=True)


def test_a_kind_the_rules_found_stays_on_a_rewrite_while_the_model_still_reads_it():
    draft = "Our deputy head is a total clown, honestly. So done with this week."
    rewrite = "Our deputy head, honestly. So done with this week."
    start = draft.index("Our deputy head is a total clown")
    rule_risk = Risk("venting", start, start + 32, draft[start:start + 32], "why", "advice", "")
    # the rules' phrase was generalised, but the model still reads venting in the story: it stays
    final = model_risks_kept([_model_risk("venting", rewrite)], [rule_risk])
    assert [(r.kind, r.by_model) for r in final] == [("venting", True)]
    assert judge(rewrite, [], [], final_risks=final, risks=[rule_risk]).status == "review"
    # ... a kind the model reads there that nobody found on the draft is no risk of the rewrite
    assert model_risks_kept([_model_risk("health_detail", rewrite)], [rule_risk]) == []
    # ... and once the model no longer reads it, the rewrite that removed the rules' risk is clean
    assert judge(rewrite, [], [], final_risks=model_risks_kept([], [rule_risk]), risks=[rule_risk]).clean
    # a rarity generalised is another matter: the story may still point at her (verdict.still_standing)
    draft = "She's the only deaf girl in year 9 here, so proud of her."
    rarity = Risk("rare_or_unique", 6, 25, draft[6:25], "why", "advice", "a pupil")
    assert judge("She's a pupil here, so proud of her.", [], [], final_risks=[], risks=[rarity]).status == "review"


def test_a_health_risk_of_the_talking_cure_alone_is_no_story_the_rewrite_carries():
    draft = "Had a session with Bartholomew Quince today and he finally opened up about the accident."
    rewrite = "Had a session with my client today and he finally opened up about the accident."
    start = draft.index("opened up about")
    therapy = Risk("health_detail", start, start + 15, "opened up about", "why", "advice", None)
    # every client of a therapist is in therapy: the model's reading of the rewrite is no risk of it
    assert story_kinds([therapy]) == set()
    assert model_risks_kept([_model_risk("health_detail", rewrite)], [therapy]) == []
    # ... but a phrase that tells of someone's health is: the story stays the same with the name gone
    start = draft.index("the accident")
    injury = Risk("health_detail", start, start + 12, "the accident", "why", "advice", None)
    assert story_kinds([therapy, injury]) == {"health_detail"}


def test_a_kind_the_model_raised_on_the_draft_stays_while_it_still_reads_it():
    draft = "Story the model reads as small community."
    rewrite = "Story the model still reads as small community."
    raised = [_model_risk("small_community", draft)]
    final = model_risks_kept([_model_risk("small_community", rewrite)], raised)
    verdict = judge(rewrite, [], [], final_risks=final, risks=raised)
    assert verdict.status == "review" and [r.kind for r in verdict.final_risks] == ["small_community"]
    assert "the post as a whole" in verdict.reasons[0]
    # ... and goes when the model no longer reads it there (the draft's whole-post risk does not stand)
    assert judge(rewrite, [], [], final_risks=model_risks_kept([], raised), risks=raised).clean


def test_a_kind_the_model_raised_stands_on_a_rewrite_down_to_half_its_threshold(monkeypatch):
    threshold = risk_model.thresholds()["health_detail"]
    text = "A rewrite of the draft."
    for score, stands in ((threshold * 0.9, True), (threshold * 0.5, True), (threshold * 0.4, False)):
        monkeypatch.setattr(risk_model, "scores", lambda _text, p=score: {"health_detail": p, "venting": 0.99})
        found = MODEL.model.still_read(text, {"health_detail"})
        assert [(r.kind, r.by_model, r.start, r.end) for r in found] == ([("health_detail", True, 0, len(text))] if stands else [])
    # only the kinds raised on the draft: a kind it reads now for the first time is no risk of the rewrite
    assert MODEL.model.still_read(text, set()) == [] and MODEL.model.still_read("  ", {"health_detail"}) == []


@pytest.fixture(scope="module")
def pipeline(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    return Pipeline(Config(role="nurse"), detector, None, Reviewer())


def test_the_pipeline_keeps_the_drafts_model_risk_on_a_rewrite_that_still_reads_it(pipeline, monkeypatch):
    draft = "Sat with Mr Pemberton on his last night, he sang every word of his old hymn."
    rewrite = "Sat with a resident on his last night, he sang every word of his old hymn."
    monkeypatch.setattr(risk_model, "thresholds", lambda: {"health_detail": 0.5})
    # the rules find nothing; the model reads the draft over its threshold and the rewrite at 0.6 of it
    monkeypatch.setattr(pipeline, "review", lambda text, spans: MODEL.model.find(text, set()))
    monkeypatch.setattr(risk_model, "scores", lambda text: {"health_detail": 0.9 if "Pemberton" in text else 0.3})
    verdict = pipeline.verify(draft, rewrite, [], by_user=True)
    assert [(r.kind, r.by_model) for r in verdict.final_risks] == [("health_detail", True)]
    assert verdict.status == "review"
    # ... and not once its reading of the rewrite is under half the threshold
    monkeypatch.setattr(risk_model, "scores", lambda text: {"health_detail": 0.9 if "Pemberton" in text else 0.2})
    verdict = pipeline.verify(draft, rewrite, [], by_user=True)
    assert verdict.final_risks == [] and verdict.clean


def test_the_pipeline_keeps_a_rule_found_kind_on_a_rewrite_the_model_still_reads_it_in(pipeline, monkeypatch):
    draft = "Mrs Quillon in room 4 has dementia and doesn't know her own son anymore."
    rewrite = "A resident has a health condition and doesn't know her own son."
    monkeypatch.setattr(risk_model, "thresholds", lambda: {"health_detail": 0.5, "venting": 0.5})
    start = draft.index("has dementia")
    rule_risk = Risk("health_detail", start, start + 12, "has dementia", "why", "advice", "has a health condition")

    def review(text, spans):  # the rules find the phrase on the draft only; the model reads the rest
        return [rule_risk] if text == draft else MODEL.model.find(text, set())

    monkeypatch.setattr(pipeline, "review", review)
    # the model reads the kind in the rewrite at 0.6 of the threshold, and venting over it
    monkeypatch.setattr(risk_model, "scores", lambda text: {"health_detail": 0.3, "venting": 0.9})
    verdict = pipeline.verify(draft, rewrite, [], by_user=True)
    assert [(r.kind, r.by_model) for r in verdict.final_risks] == [("health_detail", True)]
    assert verdict.status == "review"
    # ... and the rewrite is clean once the model's reading of it is under half the threshold
    monkeypatch.setattr(risk_model, "scores", lambda text: {"health_detail": 0.2, "venting": 0.9})
    verdict = pipeline.verify(draft, rewrite, [], by_user=True)
    assert verdict.final_risks == [] and verdict.clean


def test_a_rules_risk_still_standing_is_not_hidden_by_the_models_reading_of_its_kind(pipeline, monkeypatch):
    draft = "Mrs Quillon in room 4 has dementia and doesn't know her own son anymore."
    rewrite = "A resident has dementia and doesn't know her own son anymore."
    monkeypatch.setattr(risk_model, "thresholds", lambda: {"health_detail": 0.5})
    start = draft.index("has dementia")
    rule_risk = Risk("health_detail", start, start + 12, "has dementia", "why", "advice", "has a health condition")
    monkeypatch.setattr(pipeline, "review", lambda text, spans: [rule_risk] if text == draft else MODEL.model.find(text, set()))
    monkeypatch.setattr(risk_model, "scores", lambda text: {"health_detail": 0.9})
    verdict = pipeline.verify(draft, rewrite, [], by_user=True)
    # the phrase stands where it is, with the rewrite that generalises it (the floor's next round uses it)
    assert [(r.kind, r.text, r.by_model, r.rewrite) for r in verdict.final_risks] == [
        ("health_detail", "has dementia", False, "has a health condition")]


def test_the_model_loads_offline(tmp_path):
    log = tmp_path / "net.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("REWRITER_")}
    env.update(PYTHONPATH=os.pathsep.join([str(TESTS / "netguard"), str(ROOT)]), REWRITER_NETGUARD_LOG=str(log),
               HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))
    code = ("from rewriter.review import risk_model\n"
            "s = risk_model.scores('Lovely walk with the dog this morning')\n"
            "assert len(s) == 9 and risk_model.thresholds(), s\n")
    subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True, timeout=120)
    assert not log.exists() or log.read_text() == ""
