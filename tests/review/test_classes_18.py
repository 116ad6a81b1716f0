"""Issue 11, session 18: classes of identifying stories the review let through as clean, each beside a
harmless post of the same shape that must stay clear of that kind. Run with the real detector's spans, as
the pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import REVIEWER, review  # noqa: F401 (a fixture)


# -- a name held back and pointed at all the same ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One of the lads at the youth club lost his dad last month. Won't say who, but he's the tall one who plays drums.",
        "A mum on our school run is getting divorced, not naming her, but she runs the bakery by the church.",
        "Can't say which family 🤐 but you'd all know them if I said the street.",
        "My mentee, who shall remain nameless (she knows who she is), finally passed her driving test.",
    ],
)
def test_a_name_held_back_and_pointed_at_is_recognisable(review, text):
    assert "small_community" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Worked with a family years ago I still think about. I won't say where or share any details, that's theirs. But they taught me patience.",
        "I can't say who I admire most in this job, there are too many of you.",
        "Not saying who won the bake-off at home tonight, but it wasn't me 😂",
        "Can't say who yet 👀",
    ],
)
def test_no_recognisable_story_in_a_name_held_back_for_nothing(review, text):
    assert "small_community" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our deputy manager, won't name her but she drives the yellow Mini, has rewritten everyone's rota again without asking.",
        "Our team leader, who shall remain nameless (beard, Villa mug), left the van with no fuel for the night shift again.",
        "The registrar on nights, I'm not saying who, but there's only one with a man bun, ignored three bleeps.",
    ],
)
def test_a_colleague_held_back_and_pointed_at_is_venting(review, text):
    assert "venting" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our new hire, won't say who, but she's a total star and I'm so proud of her.",
        "I'm not going to say which hospital but the maternity ward there was lovely to me.",
        "Can't name names yet, but our CEO just signed with a big retailer 🚀",
        "Coaching a director through a tough year. Can't say who, but watch this space.",
    ],
)
def test_no_venting_in_a_name_held_back_without_a_colleague_complained_of(review, text):
    assert "venting" not in review(text)


# -- venting: someone from work ordering staff to do what the writer holds wrong -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our store manager made us sell expired yoghurt at full price again today. Everyone's too scared to say anything.",
        "Site supervisor wants us to sign off the scaffold without the tags. Not my name on that, mate.",
        "GM wants us to 'smooth over' the fridge readings before the council visit 😬",
        "Our head of department told me to mark the mocks up by a grade. I refused.",
    ],
)
def test_an_order_to_do_wrong_from_work_is_venting(review, text):
    assert "venting" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "My manager told us to go home early because of the snow, legend 🙏",
        "The boss made us all pancakes for Shrove Tuesday and I'm not doing the dishes 😂",
        "Legal have told us not to comment while the review is open, so I won't.",
        "Our head teacher asked me to lead the Christmas assembly this year, so excited!",
    ],
)
def test_no_venting_in_an_order_nobody_objects_to(review, text):
    assert "venting" not in review(text)
