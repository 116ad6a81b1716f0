"""venting: a complaint aimed at someone from work, a named person or a client raises a risk;
complaints about no one, and praise, do not."""

from __future__ import annotations

import pytest
from review_helpers import kinds, span


@pytest.mark.parametrize(
    "text",
    [
        "My manager is useless, honestly. Sick of it.",
        "The consultant on nights threw me under the bus again at handover.",
        "Our head has taken credit for my project twice now.",
        "HR promised a review in March and have said nothing since. Shambles.",
        "Some parents are a nightmare but this mum is on another level: she's so rude to the office staff.",
        "Management never listens to the people on the floor.",
    ],
)
def test_a_complaint_about_someone_identifiable(text):
    assert "venting" in kinds(text)


def test_a_named_person_from_the_detector_is_a_target():
    text = "Gareth rewrote my whole pull request without a word. Third time this month."
    assert "venting" in kinds(text, [span(text, "Gareth", "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "I hate Mondays.",
        "My commute was awful today, three trains cancelled.",
        "Worst case scenario we move the clinic online.",
        "My manager is the best, she covered my shift so I could see my son's play.",
        "Don't let anyone tell you kids don't care about school.",
        "Night shift was a nightmare, 12 admissions and no break.",
    ],
)
def test_complaints_about_no_one_and_praise(text):
    assert "venting" not in kinds(text)
