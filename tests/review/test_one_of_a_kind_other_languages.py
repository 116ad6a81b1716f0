"""The only one in the writer's own small group, said in another language (session 36, leak36), each with a near-miss that must get
no risk of its kind. Every name here is invented."""

from __future__ import annotations

import pytest
from review_helpers import kinds


# -- the only one in the writer's own small group, said in another language -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mnajua ile msee mmoja pekee anatumia wheelchair kwa group yetu? Ameitwa camp ya timu ya taifa!!",
        "Siya ang nag-iisang bulag sa klase namin at siya pa ang top sa exam 😭",
    ],
)
def test_the_only_one_in_our_group_in_another_language_is_rare(text):
    assert "rare_or_unique" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Asante sana kwa group yetu, mlikuja wote leo!",  # the group thanked, no one singled out
        "Wewe ni pekee, asante kwa kila kitu",  # "you are one of a kind" said to a friend, no group
    ],
)
def test_the_group_or_the_only_alone_is_no_rarity(text):
    assert "rare_or_unique" not in kinds(text)
