"""ongoing_case (session 14): a case told by its stage or the writer's part ("the case starts Monday",
"the case I'm on", "judgment reserved till next month", "listed before the High Court", a conduct panel, a
key witness, "police have asked us not to talk about it"), a case or matter the writer holds back on
("Can't say nothing", "Cannot say much"), and a date with the month first ("In court Jan 8"). Not "in
case", "no matter", "a case of flu", nor a court date in a post with no case."""

from __future__ import annotations

import pytest
from review_helpers import kinds


@pytest.mark.parametrize(
    "text",
    [
        "The warehouse fire case starts Monday and I'm acting for the families.",
        "The land case I'm on is in all the papers now. Pray for us.",
        "Judgment reserved till next month, so we wait.",
        "Matter listed before the High Court tomorrow for my client.",
        "The plagiarism panel meets next week so I can't go into it.",
        "Our key witness has had threats twice this week.",
        "Police have asked us not to talk about the incident on the estate.",
        "Long day at the assizes, the Baptiste matter going on and on. Can't say nothing.",
        "Case still open so I can't say more.",
        "The lad we arrested at the match is in court Jan 8.",
    ],
)
def test_a_live_case_said_by_its_stage_or_the_writers_part(text):
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Packed an extra jumper in case it snows. Can't say more, it's a surprise trip!",
        "No matter what, I'm not telling anyone the secret ingredient.",
        "Had a case of the Mondays. Say no more.",
        "It's a matter of time before the kettle breaks. Nobody knows yet how old it is.",
        "Bought a new phone case and a screen protector today.",
        "Jan 8 is my birthday and I can't wait.",
    ],
)
def test_everyday_case_and_matter_and_dates(text):
    assert "ongoing_case" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can't say much till the verdict but my client is innocent.",
        "The two lads from the fire will face the board on Monday.",
        "Professional standards referral in progress, so I'm keeping my head down.",
        "Custody case is wearing me out. Court again on Thursday.",
        "My client is charged under the new law. Prelim is next week.",
    ],
)
def test_a_case_waiting_for_its_next_stage(text):
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Not buying a new car until the ruling on the congestion charge comes out, says every cab driver I know.",
        "Loft conversion in progress, send biscuits.",
        "Tennis court again tonight, my knees hate me.",
    ],
)
def test_waiting_and_progress_with_no_case(text):
    assert "ongoing_case" not in kinds(text)
