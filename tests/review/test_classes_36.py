"""Session 36's classes of post-level risks the fresh sets' writers told and the review missed (issue 11), each
with a near-miss that must get no risk of its kind. Every name here is invented."""

from __future__ import annotations

import pytest
from review_helpers import kinds, span


# -- a named person and a small place anywhere in the post -----------------------------------------------------


@pytest.mark.parametrize(
    "text, person, place, entity",
    [
        ("Tomas Ekwueme aged 8 came to class again with no lunch. Any kind folk in Otubbo who can help? 🙏",
         "Tomas Ekwueme", "Otubbo", "PERSON"),
        ("Ideas please: client Rory Vantongeren, 52, T4 injury after a quad bike crash near Birch Knoll SK. Wants to fish again.",
         "Rory Vantongeren", "Birch Knoll SK", "ORGANIZATION"),
    ],
)
def test_a_named_person_and_the_small_place_of_their_story(text, person, place, entity):
    spans = [span(text, person, "PERSON"), span(text, place, entity)]
    if "aged 8" in text:
        spans.append(span(text, "aged 8", "AGE"))
    assert "small_community" in kinds(text, spans)


@pytest.mark.parametrize(
    "text, person, place, entity",
    [
        # the writer placing themselves there
        ("Hana Oduya, 34, joined our team today! I work in Otubbo and we are thrilled.", "Hana Oduya", "Otubbo", "LOCATION"),
        # a big city
        ("Tomas Ekwueme aged 8 came to class again with no lunch. Any kind folk in Glasgow who can help?", "Tomas Ekwueme", "Glasgow", "LOCATION"),
        # a firm someone works at, a name after "at"
        ("Mira Castellane, 41, got the finance job at Pellwood Logistics. Congrats!", "Mira Castellane", "Pellwood Logistics", "ORGANIZATION"),
        ("Bronagh Tierney (29) was shouting at Delphine again about the rota.", "Bronagh Tierney", "Delphine", "PERSON"),
    ],
)
def test_no_small_place_for_the_writer_s_own_a_big_city_or_a_firm(text, person, place, entity):
    spans = [span(text, person, "PERSON"), span(text, place, entity)]
    assert "small_community" not in kinds(text, spans)


# -- the only one of something in a small place or a named group ---------------------------------------------------


def test_the_only_one_of_several_words_in_a_small_place_read_as_a_name():
    text = "My client runs the only dog grooming van in Tullacreen and the tax office froze her account."
    assert "small_community" in kinds(text, [span(text, "Tullacreen", "PERSON")])
    near = "My client runs the only dog grooming van of Sarah's I have seen."
    assert "small_community" not in kinds(near, [span(near, "Sarah", "PERSON")])


def test_the_only_one_in_a_named_group_whatever_the_town():
    assert "small_community" in kinds("He's the only person in our Brisbane office under 50 and he was just diagnosed. How do I help?")
    assert "small_community" not in kinds("He's the only person I know in Brisbane who likes the heat.")
