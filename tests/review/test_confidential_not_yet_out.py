"""confidential_business (session 38): a matter at work the post says is not out yet, in words no set phrase
lists, is a confidence; the writer's own news not told yet, or "yet" with nothing held back, is not."""

from __future__ import annotations

import pytest
from review_helpers import kinds


@pytest.mark.parametrize(
    "text",
    [
        "Management are merging our two wards in spring. None of the nurses have been informed yet.",
        "The depot I work at is losing its night shift. Nobody on the drivers' rota has heard yet.",
        "Regional office reckons the Ashby store goes in the new year. Nothing confirmed to staff yet, keep it to yourselves.",
        "Inspection feedback came back bad for our unit, the write-up isn't released yet and my manager is fuming.",
    ],
)
def test_a_matter_at_work_not_out_yet(text):
    assert "confidential_business" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Baby number three on the way! Haven't told my mum yet so shh.",
        "Not sure yet whether I'll do the half marathon again, knees permitting.",
        "Haven't heard back from the garage yet about my car, third day without it.",
        "Season finale tonight and nobody in this house knows yet who the killer is.",
    ],
)
def test_not_a_matter_at_work(text):
    assert "confidential_business" not in kinds(text)
