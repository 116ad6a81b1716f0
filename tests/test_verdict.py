"""The post-level review in the rewrite: risk rewrites in the generaliser, the three statuses and where
they show (`check`, `rewrite`, `audit`). The review rules themselves are tested in tests/review/."""

from __future__ import annotations

import json

import pytest

from rewriter.generalise import generalise
from rewriter.kinds import RISK_KINDS
from rewriter.review import Risk
from rewriter.spans import Span
from rewriter.verify import CLEAN, IDENTIFYING, REVIEW, judge, judge_draft
from rewriter.verify.verdict import still_standing

NEWS = "Treated the lad from the crash that's all over the news today. Brutal shift."
NEWS_PHRASE = "that's all over the news"
HARMLESS = "Healing is not linear. Be gentle with yourself this week."
# a live case: nothing the rewrite can say instead, so only the writer can fix it
LIVE_CASE = "Gave my statement to police today about one of my students. Trial's in the spring. Emotionally wrecked."
NAMED_LIVE_CASE = "Gave my statement to police today about Jake Turner from my class. Trial's in the spring. Emotionally wrecked."


def risk(text: str, phrase: str, kind: str = "news_event", rewrite: str | None = "") -> Risk:
    start = text.index(phrase)
    known = RISK_KINDS[kind]
    return Risk(kind, start, start + len(phrase), phrase, known.why, known.advice, rewrite)


def span(text: str, part: str, entity_type: str = "PERSON") -> Span:
    start = text.index(part)
    return Span(start, start + len(part), part, entity_type, 0.9, "test", "why", "someone")


# -- the generaliser applies the risks' rewrites -------------------------------------------------------

def test_a_risk_phrase_is_dropped_or_replaced_with_the_text_tidied():
    assert generalise(NEWS, [], "nurse", [risk(NEWS, " " + NEWS_PHRASE)]).text == "Treated the lad from the crash today. Brutal shift."
    text = "The Kilmore bus crash was last week. I was first on scene."
    out = generalise(text, [], "other", [risk(text, "The Kilmore bus crash", rewrite="a serious accident")])
    assert out.text == "A serious accident was last week. I was first on scene."  # a capital at a sentence start
    assert out.replacements[0].risk is not None and out.replacements[0].span is None


def test_a_risk_only_the_writer_can_fix_is_left_alone():
    text = "Trial's in May and I'm a witness."
    assert generalise(text, [], "other", [risk(text, "Trial's", "ongoing_case", None)]).text == text


def test_where_a_phrase_and_a_span_overlap_the_wider_region_wins():
    text = "I was at the Kilmore bus crash last week."
    wide_phrase = risk(text, "the Kilmore bus crash", rewrite="a serious accident")
    assert generalise(text, [span(text, "Kilmore", "LOCATION")], "other", [wide_phrase]).text == (
        "I was at a serious accident last week."
    )
    text = "Met Gregory Walsh today, a sad story."
    narrow_phrase = risk(text, "Walsh", rewrite="")
    out = generalise(text, [span(text, "Gregory Walsh")], "other", [narrow_phrase]).text
    assert "Walsh" not in out and out.startswith("Met someone today")


def test_a_phrase_that_half_covers_a_narrower_span_takes_the_whole_span():
    text = "I was at the Kilmore bus crash last week."
    phrase = risk(text, "the Kilmore bus crash", rewrite="a serious accident")
    out = generalise(text, [span(text, "crash last week", "DATE_TIME")], "other", [phrase])
    assert out.text == "I was at a serious accident."
    assert (out.replacements[0].start, out.replacements[0].end) == (text.index("the"), text.index("."))


# -- the verdict ---------------------------------------------------------------------------------------

def test_three_statuses_and_clean_only_for_clean():
    text = LIVE_CASE
    assert judge_draft(HARMLESS, [], []).status == CLEAN and judge_draft(HARMLESS, [], []).clean
    review = judge_draft(text, [], [risk(text, "Trial's", "ongoing_case", None)])
    assert review.status == REVIEW and not review.clean and review.safe
    named = judge_draft(NAMED_LIVE_CASE, [span(NAMED_LIVE_CASE, "Jake Turner")], [])
    assert named.status == IDENTIFYING and not named.clean


def test_a_model_answer_that_adds_a_risk_is_refused_without_repeating_the_phrase():
    draft = "A client told me about a serious accident."
    answer = "A client told me about a serious accident that's all over the news."
    verdict = judge(answer, [], [], draft, final_risks=[risk(answer, NEWS_PHRASE)], draft_risks=[])
    assert not verdict.clean and not verdict.offerable and verdict.status == REVIEW
    assert verdict.feedback and not any("all over" in f for f in verdict.feedback)
    assert any("all over the news" in r for r in verdict.reasons)  # the user may see the phrase


def test_a_model_answer_that_keeps_a_risk_the_draft_had_is_offerable_but_not_clean():
    draft = "Gave my statement today. Trial's in May."
    answer = "I gave my statement today. The trial's in May."
    kept = risk(answer, "trial's", "ongoing_case", None)
    verdict = judge(answer, [], [], draft, final_risks=[kept], draft_risks=[risk(draft, "Trial's", "ongoing_case", None)])
    assert verdict.offerable and not verdict.clean and verdict.status == REVIEW
    assert not any("trial" in f.lower() for f in verdict.feedback)


def test_a_risk_stays_while_its_phrase_stands():
    original = "Jake's trial is in May."
    rewrite = "A student's trial is in May."
    live = risk(original, "trial", "ongoing_case", None)
    assert judge(rewrite, [], [], risks=[live]).status == REVIEW
    health = risk(original, "trial", "health_detail", None)
    assert judge(rewrite, [], [], risks=[health]).status == REVIEW
    assert judge("A student has exams in May.", [], [], risks=[health]).status == CLEAN  # gone with its phrase


# -- through the pipeline ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pipeline(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    return Pipeline(Config(role="teacher"), detector)


def test_the_pipeline_reviews_with_one_entry_point(pipeline):
    assert [r.kind for r in pipeline.review(NEWS, [])] == ["news_event"]
    assert pipeline.reviewer is not None


def test_a_harmless_post_stays_clean_and_unchanged(pipeline):
    result = pipeline.rewrite(HARMLESS, use_llm=False)
    assert (result.text, result.status, result.clean, result.risks, result.final_risks) == (HARMLESS, CLEAN, True, [], [])


def test_a_news_story_is_generalised_and_still_left_for_review(pipeline):
    # Generalising the event takes out its name, not the event: readers who saw the news still link the
    # post to the people in it, so the rewrite is never "verified clean" (dev_drafts2 e044, e076).
    result = pipeline.rewrite(NEWS, use_llm=False)
    assert result.status == REVIEW and not result.clean and result.method == "generalised"
    assert NEWS_PHRASE not in result.text and result.final_spans == []
    assert [r.kind for r in result.risks] == ["news_event"]
    [standing] = result.final_risks
    assert standing.kind == "news_event" and (standing.start, standing.end) == (0, len(result.text))
    assert standing.why == RISK_KINDS["news_event"].after_rewrite


def test_a_live_case_is_offered_unchanged_for_review(pipeline):
    result = pipeline.rewrite(LIVE_CASE, use_llm=False)
    assert (result.text, result.method, result.status, result.clean) == (LIVE_CASE, "unchanged", REVIEW, False)
    assert {r.kind for r in result.final_risks} == {"ongoing_case"} and result.reasons


def test_a_name_and_a_risk_are_identifying_then_review(pipeline):
    spans = pipeline.detector.detect(NAMED_LIVE_CASE, role="teacher")
    risks = pipeline.review(NAMED_LIVE_CASE, spans)
    assert judge_draft(NAMED_LIVE_CASE, spans, risks).status == IDENTIFYING
    result = pipeline.rewrite(NAMED_LIVE_CASE, use_llm=False)
    assert "Jake" not in result.text and "Turner" not in result.text
    assert result.status == REVIEW and not result.clean and result.final_spans == []
    data = result.to_dict()
    assert data["status"] == REVIEW and data["final_risks"] and data["risks"]
    assert set(data["risks"][0]) == {"kind", "start", "end", "text", "why", "advice"}


def test_verify_reviews_an_edited_text(pipeline):
    spans = pipeline.detector.detect(NAMED_LIVE_CASE, role="teacher")
    edited = "Gave my statement to police today about a student. Emotionally wrecked."
    verdict = pipeline.verify(NAMED_LIVE_CASE, edited, spans)
    assert verdict.status in (CLEAN, REVIEW) and verdict.safe
    assert pipeline.verify(HARMLESS, HARMLESS, []).status == CLEAN
    assert pipeline.verify(LIVE_CASE, LIVE_CASE, []).status == REVIEW


# -- the command line ----------------------------------------------------------------------------------

def test_rewrite_json_gives_the_status_and_the_dropped_phrase(cli):
    r = cli("rewrite", "-", "--no-llm", "--json", input=NEWS)
    assert r.code == 1, r.err
    data = json.loads(r.out)
    assert data["status"] == REVIEW and data["clean"] is False
    assert NEWS_PHRASE not in data["text"] and [x["kind"] for x in data["final_risks"]] == ["news_event"]
    assert [(x["kind"], x["text"]) for x in data["risks"]] == [("news_event", NEWS_PHRASE)]
    r = cli("rewrite", "-", "--no-llm", "--json", input=LIVE_CASE)
    assert r.code == 1
    data = json.loads(r.out)
    assert data["status"] == REVIEW and data["clean"] is False and data["text"] == LIVE_CASE
    r = cli("rewrite", "-", "--no-llm", input=HARMLESS)
    assert r.code == 0 and r.out.strip() == HARMLESS


def test_check_lists_the_risks_and_exits_1_unless_clean(cli):
    r = cli("check", "-", input=LIVE_CASE)
    assert r.code == 1, r.err
    assert "no identifying span found" in r.out and "risk: live case" in r.out
    assert RISK_KINDS["ongoing_case"].advice in r.out and "Trial's" in r.out
    r = cli("check", "-", "--json", input=LIVE_CASE)
    data = json.loads(r.out)
    assert r.code == 1 and data["status"] == REVIEW and data["clean"] is False and data["spans"] == []
    assert {x["kind"] for x in data["risks"]} == {"ongoing_case"}
    r = cli("check", "-", "--json", input=NAMED_LIVE_CASE)
    assert r.code == 1 and json.loads(r.out)["status"] == IDENTIFYING
    r = cli("check", "-", "--json", input=HARMLESS)
    assert r.code == 0 and json.loads(r.out)["status"] == CLEAN and json.loads(r.out)["risks"] == []


def test_audit_lines_and_summary_count_statuses_and_risks(cli, tmp_path):
    src = tmp_path / "in.jsonl"
    posts = {"named": NAMED_LIVE_CASE, "live": LIVE_CASE, "news": NEWS, "fine": HARMLESS}
    src.write_text("".join(json.dumps({"id": k, "text": v, "role": "teacher"}) + "\n" for k, v in posts.items()))
    r = cli("audit", str(src))
    assert r.code == 1
    rows = {row["id"]: row for row in map(json.loads, r.out.splitlines())}
    assert {k: row["status"] for k, row in rows.items()} == {
        "named": IDENTIFYING, "live": REVIEW, "news": REVIEW, "fine": CLEAN}
    assert rows["news"]["final_risks"] == rows["news"]["risks"] and rows["news"]["rewrite"] is None
    assert "flagged    1" in r.err and "review     2" in r.err and "clean      1" in r.err
    assert "risks by kind:" in r.err and "ongoing_case" in r.err and "news_event" in r.err
    r = cli("audit", str(src), "--rewrite", "--no-llm")
    rows = {row["id"]: row for row in map(json.loads, r.out.splitlines())}
    assert {k: row["status"] for k, row in rows.items()} == {
        "named": REVIEW, "live": REVIEW, "news": REVIEW, "fine": CLEAN}
    assert all(row["clean"] == (row["status"] == CLEAN) for row in rows.values())
    assert NEWS_PHRASE not in rows["news"]["rewrite"] and [x["kind"] for x in rows["news"]["final_risks"]] == ["news_event"]
    # the summary counts the posts as written; the rewrites' own statuses get a line of their own
    assert "flagged    1" in r.err and "review     2" in r.err and "clean      1" in r.err
    assert "rewrites   1 verified clean, 3 for review, 0 still identifying" in r.err


def test_a_story_kind_outlives_its_generalised_phrase_and_others_go_with_it():
    original = "Kids from the Kilmore bus crash you've all seen on the news. The Pearce hearing is tomorrow."
    risks = [risk(original, "the Kilmore bus crash"), risk(original, "The Pearce hearing", "ongoing_case"),
             risk(original, "Kids", "client_contact")]
    rewrite = "Children from a serious accident. Another week."
    standing = still_standing(rewrite, risks)
    assert [(r.kind, r.start, r.end) for r in standing] == [
        ("news_event", 0, len(rewrite)), ("ongoing_case", 0, len(rewrite))]
    assert [r.why for r in standing] == [RISK_KINDS["news_event"].after_rewrite, RISK_KINDS["ongoing_case"].after_rewrite]
    # found again by the review of the rewrite: not said twice
    again = Risk("news_event", 0, 8, "Children", "why", "advice")
    assert [r.kind for r in still_standing(rewrite, risks, [again])] == ["ongoing_case"]
    assert still_standing("", risks) == []


SCALD = "Nastiest scald I've seen on a toddler tonight, pulled a pan of oil off the hob. Pic below of the dressing 😬"


def test_a_health_risk_stays_while_its_phrase_stands_and_a_photo_outlives_its_mention():
    risks = [risk(SCALD, "scald", "health_detail"), risk(SCALD, "Pic", "photo")]
    rewrite = SCALD[: SCALD.index(" Pic")]
    # the rewrite dropped "Pic below", not the picture the writer would attach
    standing = still_standing(rewrite, risks)
    assert [(r.kind, r.start, r.end) for r in standing] == [("health_detail", 9, 14), ("photo", 0, len(rewrite))]
    assert standing[1].why == RISK_KINDS["photo"].after_rewrite
    assert judge(rewrite, [], [], original=SCALD, risks=risks).status == REVIEW
    # while the review of the rewrite finds the photo again, it is not said twice
    again = Risk("photo", 0, 5, "Pic 2", "why", "advice")
    assert [r.kind for r in still_standing(rewrite, risks, [again])] == ["health_detail"]


def test_a_health_risk_stays_once_the_name_beside_it_was_generalised():
    # the ward and her family still know who "a patient" with terminal cancer who came in tonight is
    original = "Mrs Dawson came in again tonight. She has terminal cancer now."
    risks = [risk(original, "terminal cancer", "health_detail")]
    rewrite = "A patient came in again tonight. She has terminal cancer now."
    standing = still_standing(rewrite, risks)
    assert [(r.kind, rewrite[r.start:r.end]) for r in standing] == [("health_detail", "terminal cancer")]
    assert judge(rewrite, [], [], original=original, risks=risks).status == REVIEW
    # gone with its phrase: a rewrite that generalised the diagnosis leaves it to the review of the rewrite
    assert still_standing("A patient came in again tonight. She is very unwell now.", risks) == []
    assert still_standing("Pulled a pan of oil off the hob.", [risk(SCALD, "scald", "health_detail")]) == []
    # venting about a colleague outlives the colleague's name in the same way
    moan = "Deborah from circulation relabelled my whole shelf. Deborah. It was fine."
    vent = risk(moan, "relabelled my whole shelf", "venting")
    assert [r.kind for r in still_standing("Someone from circulation relabelled my whole shelf. It was fine.", [vent])] == ["venting"]


def test_the_therapy_itself_is_no_health_detail_once_the_client_is_anonymous():
    original = "Had a session with Gregory Walsh this morning and he finally opened up about the accident."
    process = risk(original, "opened up about", "health_detail")
    rewrite = "Had a session with my client this morning and he finally opened up about the accident."
    assert still_standing(rewrite, [process]) == []
    assert judge(rewrite, [], [], original=original, risks=[process]).status == CLEAN
    # a condition told in the same sentence still stands
    told = "Had a session with my client and he finally opened up about his panic attacks."
    attacks = risk(told, "panic attacks", "health_detail")
    assert [r.text for r in still_standing(told, [process, attacks])] == ["panic attacks"]


@pytest.mark.parametrize("kind, phrase", [("rare_or_unique", "the only deaf girl in Year 9"),
                                          ("small_community", "in a village of 300")])
def test_a_rarity_or_a_small_place_outlives_its_generalised_phrase(kind, phrase):
    # generalising the phrase does not show the rest of the story no longer points at her: on drafts
    # nobody tuned to, most rewrites called clean after one still held an identifying detail
    original = f"So proud of {phrase}, she read her poem at assembly with her interpreter."
    rewrite = "So proud of a pupil, she read her poem at assembly with her interpreter."
    standing = still_standing(rewrite, [risk(original, phrase, kind)])
    assert [(r.kind, r.start, r.end, r.why) for r in standing] == [(kind, 0, len(rewrite), RISK_KINDS[kind].after_rewrite)]


def test_a_health_word_the_original_raised_inside_a_longer_phrase_stands_in_the_rewrite():
    # "40 days sober" made vague is still her sobriety: "sober" was raised in the original, within the phrase
    original = "Saw my client buying wine today, after she told me she's 40 days sober."
    raised = risk(original, "40 days sober", "health_detail", rewrite=None)
    rewrite = "Saw my client buying wine today, after she told me she's several days sober."
    found = [risk(rewrite, "sober", "health_detail", rewrite=None)]
    assert judge(rewrite, [], [], original=original, final_risks=found, risks=[raised]).status == REVIEW
    # a word the original had but raised nowhere is still the general words' doing
    moan = "Had lunch with Mr Kowalski again."
    again = risk("Had lunch with a colleague again.", "again", "venting", rewrite=None)
    assert judge("Had lunch with a colleague again.", [], [], original=moan, final_risks=[again], risks=[]).status == CLEAN
