"""health_detail (session 39): the end of a life said with "got" or "have" ("she hasn't got long", "doesn't have
long left") is a health detail of the person it is said of, as "not long left" already was; a sale, a placement
or a term with not long left is not. Wording written for these tests."""

from __future__ import annotations

import pytest
from review_helpers import kinds


@pytest.mark.parametrize(
    "text",
    [
        "Visited Mrs D again today. The nurses say she hasn't got long, so her son is flying in from Perth.",
        "One of our residents doesn't have long left, and the whole floor has been singing to him.",
        "Sat with Mr Pryce on the ward today. He's not got long left and his wife hasn't left his side.",
    ],
)
def test_the_end_of_a_life_said_with_got(text):
    assert "health_detail" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The sale hasn't got long left, grab the cushions while you can!",
        "I don't have long left on this placement, gonna miss you all.",
        "We haven't got long left before the holidays, so marking is piling up.",
    ],
)
def test_not_long_left_of_a_thing(text):
    assert "health_detail" not in kinds(text)
