"""Issue 11, session 23: a birth where no birth is planned, told first and where it happened a few words on (the
rare_or_unique rule read only the place right after the birth): "the mum we delivered a baby for in a lay-by",
"born at 35 weeks in the back of his dad's van", "Home birth in a tent". Beside posts of the same shape on the
other side: a birth and a drive home in one sentence, the writer's own birth, births on the unit. Run with the
real detector's spans, as the pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import review  # noqa: F401 (a fixture)


@pytest.mark.parametrize(
    "text",
    [
        "Still buzzing from last night: the mum we delivered a baby for in a lay-by off the bypass was on the local radio this morning.",
        "Little one born at 35 weeks in the back of his dad's Transit outside the Co-op, mum was amazing.",
        "Home birth in a tent at the festival, in the rain, baby number four. Mum was so calm.",
        "Baby arrived on the hard shoulder at 2am and the whole crew cried.",
    ],
)
def test_a_birth_and_where_it_happened_a_few_words_on(review, text):
    assert "rare_or_unique" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Delivered a baby at 3am, then I drove home in the car singing to the radio.",
        "I was born in the back of a taxi, so my mum tells everyone.",
        "Ten babies born on the unit this week, we had a great shift.",
        "Born and raised in a small town, now working on a busy ward in the city.",
    ],
)
def test_a_birth_and_a_drive_home_the_writers_own_birth_or_births_on_the_unit(review, text):
    assert "rare_or_unique" not in review(text)
