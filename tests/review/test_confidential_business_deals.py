"""confidential_business (session 14): a sum or a share beside a deal the writer made with an
organisation named ("Lost the Brightwater Dental renewal, £60k a year gone"), one person's dismissal
before it is told ("getting let go Friday"), an inspection failed, and the employer hushing something up.
Not a sum with no deal ("won £50 on the Grand National"), a shop named for what the writer bought, a
dismissal in the news, nor "keeping it quiet" about a birthday surprise."""

from __future__ import annotations

import pytest
from review_helpers import REVIEWER, kinds


def _kinds(detector, text):
    return {r.kind for r in REVIEWER.review(text, detector.detect(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Lost the Hollins Engineering Ltd renewal this week, £45k a year gone.",
        "Closed with Marsden Foods today!! £380k first order, celebrating tonight.",
        "Renewed the fleet policy for Kestrel Valley Buses, premium only up 7%.",
    ],
)
def test_a_figure_beside_a_deal_with_an_organisation(detector, text):
    assert "confidential_business" in _kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Just found out Tom in payroll is getting let go Friday and he brought cake for all of us today.",
        "Our chef let slip to a customer that we failed the hygiene inspection last month.",
        "Another near amputation on the line this month and the company's keeping it hush.",
    ],
)
def test_a_dismissal_an_inspection_or_a_hush_up_from_inside(text):
    assert "confidential_business" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Won £50 on the Grand National with my nan's pick!",
        "Bought a £30 kettle from Argos and it broke in a week.",
        "Keeping it quiet till Saturday: it's my wife's surprise 40th 🎉",
        "The manager of that football club is getting the sack according to every paper.",
        "My bathroom would definitely have failed inspection this morning 😂",
    ],
)
def test_no_deal_no_inside_matter(detector, text):
    assert "confidential_business" not in _kinds(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "Our area manager made us open 40 dummy accounts to hit the quarter's target.",
        "My boss wants us to push expired vitamins at a discount. Not doing it.",
        "Head office is closing our branch in March. Staff don't know yet.",
        "We found a £2m hole in the accounts at work. What hasn't been reported: it went on for years.",
    ],
)
def test_wrongdoing_or_news_kept_from_those_it_touches(text):
    assert "confidential_business" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finally learnt how to delete the logs on my old laptop to free up space.",
        "My son's school is closing early on Friday for the snow. Staff don't know what time yet?",
        "Scam alert: fake accounts pretending to be the council are messaging people. Don't reply.",
    ],
)
def test_no_inside_matter_kept_quiet(text):
    assert "confidential_business" not in kinds(text)
