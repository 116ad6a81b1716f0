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


# -- a specific public event, as other Englishes and news stories date and place it -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Still shaken after the shooting outside the bus depot in Carrow Bay Tuesday. The girl involved is one of mine.",
        "Di likkle girl who walk outta di fire inna Port Marl last week? Mi carry her go hospital. Cyaan shake it.",
        "The lad from last week's Kings Parade bus incident is now on my caseload. Can't say more.",
        "That patient from the minibus wreck outside town last week is finally home. Whole county's been praying.",
    ],
)
def test_a_specific_event_dated_or_placed_as_posts_write_it(text):
    assert "news_event" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fire drill Tuesday went fine, my team were great as always.",
        "Watched a documentary on the Titanic wreck last night with my partner, fascinating stuff.",
        "Tuesday we have the fire safety talk for all staff, see you there!",
    ],
)
def test_no_event_in_a_drill_a_film_or_a_plan(text):
    assert "news_event" not in kinds(text)


# -- "on the vent": a ventilator, not a complaint -----------------------------------------------------------------


def test_on_the_vent_is_a_patient_s_care_not_venting():
    text = "The lad in bed 6, Cormac, is finally off the vent after 9 days. His mam cried."
    found = kinds(text, [span(text, "Cormac", "PERSON")])
    assert "venting" not in found and "health_detail" in found
    rant = "Need to vent: my manager Dervla took credit for my project again."
    assert "venting" in kinds(rant, [span(rant, "Dervla", "PERSON")])


# -- a matter kept until those who decide make it public ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Our depot is closing in June and we're to say nothing till head office announces. Gutted.",
        "The area manager asked me to keep quiet till the council confirms, but our contract goes to another firm in May.",
        "The regulator's report isn't out but our manager let slip we failed on safety. Keep it quiet till it's public.",
    ],
)
def test_a_work_matter_kept_until_it_is_made_public(text):
    assert "confidential_business" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "My son's surprise party is Saturday, keep it quiet till then!",
        "I had to say nothing till my sister told mum about the baby. Longest week ever.",
    ],
)
def test_a_family_secret_is_no_business_matter(text):
    assert "confidential_business" not in kinds(text)


def test_the_only_one_in_a_named_group_is_rewritten_without_the_town():
    from review_helpers import rewrites

    text = "He's the only person in our Brisbane office under 50 and he was just diagnosed."
    assert ("the only person in our Brisbane office", "a person in our office") in rewrites(text, "small_community")
