"""A post written mostly in a script the checker cannot read, or mostly in another language in Latin letters with a
number in it, is never offered as clean: the rewrite cannot fix
that (unread_text has no rewrite), and the check of the offered text raises it again, or keeps it from the draft
when the offered text is no longer in that script (a model that translated it). An English post with a few
words in another script is checked as before. Every name and text here is invented."""

from __future__ import annotations

import pytest

from rewriter.config import Config
from rewriter.kinds import RISK_KINDS
from rewriter.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipeline(detector):
    return Pipeline(Config(role="nurse"), detector, None)


@pytest.mark.parametrize(
    "draft",
    [
        "오늘 병동에서 김민수 환자분이 드디어 퇴원하셨어요. 정말 기뻐요! 🎉",
        "ዛሬ ታካሚዬ አበበ ከሆስፒታል ወጣ። በጣም ደስ ብሎኛል። #nurselife",
        "Σήμερα η ασθενής μου η Ελένη πήρε επιτέλους εξιτήριο από το νοσοκομείο! 👏",
    ],
)
def test_a_post_in_another_script_is_not_clean(pipeline, draft):
    # what the English model guessed at in it stays as typed and marked (generalise/unread.py): "identifying" then
    result = pipeline.rewrite(draft, use_llm=False)
    assert result.status in ("review", "identifying") and not result.clean
    assert [r.kind for r in result.final_risks] == ["unread_text"]
    assert not any(word in result.text.lower() for word in ("someone", "a patient", "the area", "an organisation"))


@pytest.mark.parametrize(
    "draft",
    [
        "Hoje a minha paciente de 84 anos voltou para casa depois de três semanas na enfermaria. Fiquei tão feliz!",
        "Aaj ward mein ek uncle aaye the, 67 saal ke, unki beti ne bola ki ghar pe koi nahi hai dekhne wala.",
    ],
)
def test_a_post_mostly_in_another_language_with_a_number_is_not_clean(pipeline, draft):
    result = pipeline.rewrite(draft, use_llm=False)
    assert result.status in ("review", "identifying") and not result.clean
    [risk] = [r for r in result.final_risks if r.kind == "unread_text"]
    assert "language this checker reads poorly" in risk.why


def test_a_model_rewrite_into_english_keeps_the_risk_of_a_draft_in_another_language(pipeline):
    draft = "Hoje a minha paciente de 84 anos voltou para casa depois de três semanas na enfermaria. Fiquei tão feliz!"
    verdict = pipeline.verify(draft, "Today a patient went home after a long stay on the ward. So happy!", [], by_user=True)
    assert not verdict.clean
    [risk] = [r for r in verdict.final_risks if r.kind == "unread_text"]
    assert risk.why == RISK_KINDS["unread_text"].after_rewrite


def test_with_an_identifier_too_it_stays_on_the_rewrite(pipeline):
    draft = "오늘 병동에서 Jessica Harlow 환자분이 드디어 퇴원하셨어요. 정말 기뻐요 정말 행복한 하루였어요!"
    result = pipeline.rewrite(draft, use_llm=False)
    assert "Jessica" not in result.text
    assert not result.clean and result.status in ("review", "identifying")
    assert "unread_text" in {r.kind for r in result.final_risks}


def test_a_rewrite_no_longer_in_that_script_keeps_the_risk_of_the_draft(pipeline):
    draft = "오늘 병동에서 김민수 환자분이 드디어 퇴원하셨어요. 정말 기뻐요!"
    verdict = pipeline.verify(draft, "A patient finally went home from the ward today. So happy!", [], by_user=True)
    assert verdict.status == "review" and not verdict.clean
    [risk] = verdict.final_risks
    assert risk.kind == "unread_text" and risk.why == RISK_KINDS["unread_text"].after_rewrite


@pytest.mark.parametrize(
    "draft",
    [
        "Happy Chuseok everyone! 추석 잘 보내세요 🌕 Back on the ward tomorrow.",
        "So proud of my student प्रिया for her science project today!",
        "Aujourd'hui je suis enfin en vacances, trop contente! Bonne semaine à tous.",
        "Ang saya ko ngayon, sa wakas bakasyon na! Salamat po sa lahat.",
    ],
)
def test_an_english_post_with_a_few_words_of_another_script_or_a_latin_language_is_unaffected(pipeline, draft):
    result = pipeline.rewrite(draft, use_llm=False)
    assert "unread_text" not in {r.kind for r in result.risks + result.final_risks}


def test_an_age_in_a_post_mostly_in_another_script_is_no_span_for_it(detector):
    # unread_text is no story risk: a lone age beside it points at no one the detector can read of (detect/quasi.py)
    draft = "今日係我阿爺 100歲生日 🎂 全家四代同堂飲茶, 阿爺仲食咗三籠蝦餃 😂 多謝大家祝福! Best family ever ❤️"
    assert detector.detect(draft) == []



def test_the_model_is_not_asked_to_rewrite_a_post_it_cannot_read(detector):
    # the model reads English: given a post mostly in another script it would rewrite (or translate) what it cannot
    # read; the generalised text is offered, with a note saying why, and it is not clean
    from dataclasses import replace

    from rewriter.pipeline import MODEL_SKIPPED_UNREAD
    from tests.test_pipeline import ScriptedBackend, draft_in

    config = Config(role="nurse")
    backend = ScriptedBackend(draft_in, lambda m: "A patient finally went home from the ward today. So happy!")
    pipeline = Pipeline(replace(config, model=replace(config.model, attempts=2)), detector, backend)
    result = pipeline.rewrite("오늘 병동에서 Jessica Harlow 환자분이 드디어 퇴원하셨어요. 정말 기뻐요 정말 행복한 하루였어요!")
    assert not backend.calls and result.method == "generalised" and result.model_note == MODEL_SKIPPED_UNREAD
    assert not result.clean and "Jessica" not in result.text
    assert "unread_text" in {r.kind for r in result.final_risks}


def test_an_english_post_still_goes_to_the_model(detector):
    from dataclasses import replace

    from tests.test_pipeline import ScriptedBackend, draft_in

    config = Config(role="nurse")
    backend = ScriptedBackend(draft_in, draft_in)
    pipeline = Pipeline(replace(config, model=replace(config.model, attempts=1)), detector, backend)
    pipeline.rewrite("Jessica Harlow finally went home from the ward today. So happy for her!")
    assert backend.calls


def test_the_model_is_not_told_to_have_someone_check_it():
    # the writer's advice ("have someone who reads it check") is no instruction a model can follow; a kept story
    # risk's advice still goes to it
    from rewriter.review import Risk
    from rewriter.verify.verdict import judge

    draft = "오늘 병동에서 환자분이 드디어 퇴원하셨어요. 정말 기뻐요!"
    answer = "오늘 병동에서 환자분이 퇴원하셨어요. 정말 기뻐요!"
    unread = RISK_KINDS["unread_text"]
    risk = Risk("unread_text", 0, len(answer), answer, unread.why, unread.advice, None, whole_post=True)
    verdict = judge(answer, [], [], draft=draft, final_risks=[risk], draft_risks=[risk])
    assert not verdict.clean and verdict.status == "review"
    assert not any(unread.advice in f for f in verdict.feedback)
