"""A nation, a state or province, a big region, a language or a people by its name is public wherever it stands
(detect/nation_words.py); the same word in a person's name, in a record held there, or as a client's site or one
person's origin is still found. Real Presidio engine; every private name here is invented."""

from __future__ import annotations

import pytest

from conftest import flagged_in


@pytest.mark.parametrize(
    "text, word",
    [
        ("Drove 212 miles on visits this week across rural Iowa. Corn, corn, more corn 🌽", "Iowa"),
        ("Louisiana summers hit different. Stay hydrated y'all.", "Louisiana"),
        ("Texas heat is something else today, drink your water.", "Texas"),
        ("Proud of my students today #midwifery #Ireland", "Ireland"),
        ("Great training week with the team #Probation #Uganda", "Uganda"),
        ("Watched the Windies beat England on my day off, what a game.", "England"),
        ("Our leaflets now say you can speak Malay, English or Mandarin at reception.", "Malay"),
        ("Cymru am byth! Six Nations on in the staff room on my break.", "Cymru"),
        ("Back in Aotearoa after the conference, so good to be home.", "Aotearoa"),
        ("Nigerians at work are very loud today lol", "Nigerians"),
    ],
)
def test_a_nation_state_language_or_people_is_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # a person's name
        ("Mrs England in bed 4 was asking for you again.", "England"),
        ("Big shout to Corrin England for covering my shift.", "England"),
        # a firm's name taken in part
        ("Visited a client at Iowa Lakes Family Clinic today.", "Iowa"),
        # a country that is a given name too, where a person stands
        ("So proud of India today, she smashed her exams!", "India"),
        # a record held there narrows down to one person
        ("We care for the only person in Queensland with this condition.", "Queensland"),
        # where someone lives or comes from, the writer too
        ("Her son lives in Ireland and hasn't visited in months.", "Ireland"),
        ("I'm originally from Norway, so the cold doesn't bother me.", "Norway"),
    ],
)
def test_the_same_word_in_a_name_a_record_or_someone_elses_home_is_still_found(find, text, word):
    assert flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Ameitwa Team Kenya para-athletics camp!! 😭🔥 Tunampenda sana", "Kenya"),
        ("Reading the Uganda Prisons Service annual report with my evening chai. #Probation #Uganda", "Uganda"),
        ("Winter in Ōtautahi means RSV, flu and COVID all at once. Wash your hands.", "Ōtautahi"),
    ],
)
def test_a_nations_team_or_body_and_a_city_in_its_own_language_are_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


def test_a_team_named_for_a_person_or_a_firm_named_for_a_nation_is_still_found(find):
    assert flagged_in(find, "Team Jordan all the way, she's smashing her first marathon!", "Jordan")
    assert flagged_in(find, "Our client Kenya Cleaning Services paid late again.", "Kenya")


@pytest.mark.parametrize(
    "text, word",
    [
        # one thing of the place: a determiner before, a noun after
        ("Remember the Munster match on the telly Saturday, where the winger got stretchered off?", "Munster"),
        ("Year-end on a Midlands family business, turnover £18m, and the MD is selling next month. Staff don't know.",
         "Midlands"),
        # an acronym before: a body's name
        ("The helicopter footage went out on BBC Scotland last night, the whole island saw it.", "Scotland"),
        ("Choppered him out, he complained the whole way. BBC Scotland want to do a piece.", "Scotland"),
        # a given name sharing a place's first letters is no people's name
        ("Kids Tama and Rangi already settled in at the new house.", "Rangi"),
    ],
)
def test_one_thing_of_the_place_a_bodys_name_or_a_given_name_is_not_read_as_the_nation(find, text, word):
    assert flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("Diagnosed the first ever case of Alabama rot in a whippet from Little Brackenfold this morning.", "Alabama"),
        ("The only other Ugandan at the firm, the tall guy in IT, just got let go.", "Ugandan"),
    ],
)
def test_a_record_held_in_the_place_or_by_its_people_is_still_found(find, text, word):
    assert flagged_in(find, text, word), find(text)


def test_a_regions_or_languages_name_given_to_someone_is_still_found(find):
    # a person's slot: one of a group at work, or coordinated with a given name
    assert flagged_in(find, "Shona from the night team covered my shift again, legend.", "Shona")
    assert flagged_in(find, "Sat with Devon and Priyanka in group today, both doing so well.", "Devon")
    # not a person's slot: a county beside another, a team beaten on the writer's day off
    assert not flagged_in(find, "Cream teas in Devon and Cornwall all week, bliss.", "Devon")
    assert not flagged_in(find, "Watched the Windies beat England on my day off, what a game.", "England")


def test_a_language_said_as_someones_command_of_it_is_no_name(detector):
    # after a possessive, a language followed by no noun is the writer's or someone's command of it
    for text in ("My gran still laughs at my Gujarati lol, bless her.", "Honestly my Welsh is rusty these days."):
        spans = [s.text for s in detector.detect(text) if s.entity_type in ("PERSON", "ORGANIZATION", "LOCATION", "NRP")]
        assert not any(w in " ".join(spans) for w in ("Gujarati", "Welsh")), spans


@pytest.mark.parametrize(
    "text, word",
    [
        # a country by its name in another language, in a code-switched post (CLDR's names)
        ("Dois anos em Londres, Reino Unido, and today I passed my driving test!!", "Reino Unido"),
        ("Missing home today. Saudades do Brasil, but the team here is lovely.", "Brasil"),
    ],
)
def test_a_country_named_in_another_language_is_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


def test_a_surname_spelt_as_a_country_in_another_language_stays_a_name(find):
    text = "Home visit with Ana Brasil today, she is struggling with the stairs again."
    assert flagged_in(find, text, "Brasil"), find(text)
