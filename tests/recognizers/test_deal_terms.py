"""DealTermsRecognizer (business/deal_terms.py): a valuation multiple, and a discount in a sentence about a
deal or a client, are confidential figures; a shop's public discount is not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Model says we should buy Pennant Software at 4.2x revenue, board votes soon", "4.2x revenue"),
        ("They want 8x EBITDA for the whole group.", "8x EBITDA"),
        ("Closed the Harwell deal with a 35% discount the rest of our customers don't get", "35% discount"),
    ],
)
def test_deal_terms_are_figures(find, text, figure):
    assert (figure, "FIGURE") in find(text)


@pytest.mark.parametrize(
    "text",
    ["Boots has a 20% discount on everything this week", "Got 3x the steps in today", "10% discount for NHS staff!"],
)
def test_public_offers_and_other_multiples_are_not(find, text):
    assert [f for f in find(text) if f[1] == "FIGURE"] == []
