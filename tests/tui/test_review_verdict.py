"""The review screen's summary line and details say how the offered text was made, truthfully."""

from __future__ import annotations

from dataclasses import replace

from rewriter.config import Config
from rewriter.pipeline import MODEL_SKIPPED_UNREAD, Pipeline
from rewriter.tui.review_verdict import METHODS, MODEL_NOT_ASKED, summary_text, verdict_text
from rewriter.tui.standing import Acknowledgements
from tests.test_pipeline import ScriptedBackend, draft_in

POST_IN_KOREAN = "오늘 병동에서 Jessica Harlow 환자분이 드디어 퇴원하셨어요. 정말 기뻐요 정말 행복한 하루였어요!"
POST_IN_ENGLISH = "Jessica Harlow finally went home from Heron ward today after 3 weeks. So happy for her!"


def _rewritten(detector, draft: str, answer: str):
    config = Config(role="nurse")
    backend = ScriptedBackend(draft_in, lambda m: answer)
    pipeline = Pipeline(replace(config, model=replace(config.model, attempts=1)), detector, backend)
    return pipeline.rewrite(draft), backend


def test_a_skipped_model_is_not_said_to_have_failed_the_checks(detector):
    result, backend = _rewritten(detector, POST_IN_KOREAN, "A patient went home today.")
    assert not backend.calls and result.model_note == MODEL_SKIPPED_UNREAD
    line = summary_text(result, None, None, model_available=True).plain  # the method part, not the verdict
    assert MODEL_NOT_ASKED in line and "no model text passed the checks" not in line
    details = verdict_text(result, None, [], Acknowledgements()).plain
    assert "Model attempts: none" in details and MODEL_SKIPPED_UNREAD in details


def test_a_model_whose_answers_were_refused_is_still_said_so(detector):
    # the model echoes the name: its answer fails the checks and the generalised text is offered
    result, backend = _rewritten(detector, POST_IN_ENGLISH, "Jessica Harlow went home today. So happy!")
    assert backend.calls and result.method == "generalised" and result.attempts
    line = summary_text(result, None, None, model_available=True).plain
    assert METHODS["generalised"] in line and MODEL_NOT_ASKED not in line
