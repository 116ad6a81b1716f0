"""The writer's own family, named, is the writer's own life (issue 10): left alone wherever mentioned;
someone else's family and the people a professional serves stay names."""

from __future__ import annotations

import pytest
from conftest import flagged_in

from rewriter.detect.own_family import own_family_names


def test_names_given_to_the_writers_own_family_are_found():
    assert own_family_names("My daughter Ava started Reception. our son, Max, cried") == {"Ava", "Max"}
    assert own_family_names("Her daughter Ava started. My client's son Max came in.") == set()


def test_the_writers_own_daughter_is_not_flagged_anywhere_in_the_post(find):
    assert find("My daughter Ava started Reception today and I cried more than she did. Ava was fine.") == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Her daughter Ava started Reception today.", "Ava"),
        ("my client's son Max came in again.", "Max"),
        ("My son Max and my patient Lucy both have chickenpox.", "Lucy"),
    ],
)
def test_someone_elses_family_and_the_people_served_stay_names(find, text, name):
    assert (name, "PERSON") in find(text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a family's legal matter, or beside a contact: private business, not the writer's own news
        ("I would like to remove my kid Lukas from the will. How do I do that?", "Lukas"),
        ("Custody hearing for my son Max on Friday, wish us luck.", "Max"),
        ("My daughter Ava's new number is 07700 900123 if anyone needs her.", "Ava"),
    ],
)
def test_own_family_in_private_business_stays_a_name(find, text, name):
    assert (name, "PERSON") in find(text) or (name + "'s", "PERSON") in find(text)


@pytest.mark.parametrize(
    "text, names",
    [
        ("Brought my two, Saoirse and Fionn, to the beach and I'm wrecked.", ["Saoirse", "Fionn"]),
        ("Day off at the museum with my nephew Arlo.", ["Arlo"]),
        ("My own cat Pickle has declared war on the new rug.", ["Pickle"]),
        ("My daughters Ada and Bea both lost teeth today.", ["Ada", "Bea"]),
    ],
)
def test_the_writers_own_children_nephews_and_pets_by_more_ways_of_saying_so(detector, text, names):
    found = [s.text for s in detector.detect(text, role="nurse")]
    assert not [n for n in names if n in found], found


def test_two_clients_listed_the_same_way_are_still_named(detector):
    found = [s.text for s in detector.detect("My two clients, Ada and Bea, both relapsed.", role="therapist")]
    assert "Ada" in found and "Bea" in found


@pytest.mark.parametrize(
    "text, names",
    [
        ("Reminder from your friendly dentist: floss daily. Happy Diwali from me, Priya and our little Kabir! 🪔",
         {"Priya", "Kabir"}),
        ("Merry Christmas from Tom, the kids and me 🎄", {"Tom"}),
        ("Eid Mubarak from me and Yusuf!", {"Yusuf"}),
    ],
)
def test_a_greeting_signed_by_the_writer_with_their_household_names_their_own(text, names):
    assert names <= own_family_names(text)


def test_someone_with_a_surname_beside_the_writer_is_still_named(find):
    # "from me and Jordan Pike, my client": a full name is not how a writer signs off with family
    text = "Statement from me and Jordan Pike, my client, after the hearing."
    assert "Jordan" not in own_family_names(text)
    assert flagged_in(find, text, "Jordan")


def test_a_small_girl_or_brother_in_west_african_english_is_the_writers_own():
    # "small" is younger: the writer's own child or sibling
    assert own_family_names("Going home to my wife Adaeze and my small girl Chiamaka, na dem dey give me strength") == {
        "Adaeze", "Chiamaka"}
    assert own_family_names("my small brother Emeka just passed his WAEC!") == {"Emeka"}
    # a coach's "my small boys" in a post about the players served stays the players'
    assert own_family_names("Proud of my small boy Kelechi, best player in the academy squad today") == set()


# Issue 10: a teacher's or a coach's "my kid", "our boy" beside a school's timetable or a sport's age group is a
# pupil or a player, not the writer's own child (names invented).
@pytest.mark.parametrize(
    "text, name",
    [
        ("my kid Summer in 2nd period asked if I was 'like 60' and I'm 29.", "Summer"),
        ("Our boy Lwazi from the Khayadale under-15s got called up for trials!!!", "Lwazi"),
    ],
)
def test_my_kid_or_our_boy_in_a_class_period_or_an_age_group_side_is_a_pupil(text, name):
    assert name not in own_family_names(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("my boy Wyatt lost his first tooth today and asked the tooth fairy for a PS5", "Wyatt"),
        ("My girl Summer starts big school in September, not ready", "Summer"),
        ("my kid Ziggy is off sick so I'm working from home today", "Ziggy"),
    ],
)
def test_the_writers_own_child_with_no_school_period_or_age_group_stays_own_family(text, name):
    assert name in own_family_names(text)


# A parent thanked by a kin word is the writer's own, whoever else the post names (session 36, words36); a kin
# word where residents are (a room, a bed) stays a name
@pytest.mark.parametrize("text, word", [
    ("Eid Mubarak to all my colleagues and students! Biryani parcel on the way, thank you Mama 😍🌙", "Mama"),
    ("I passed the bar!!! One very patient beagle sat through every essay. Thank you Mama 🙌🐶", "Mama"),
])
def test_a_thanked_parent_is_the_writers_own(detector, text, word):
    assert word not in [s.text for s in detector.detect(text) if s.entity_type == "PERSON"]


def test_a_kin_word_thanked_where_residents_are_stays_a_name(detector):
    text = "Thank you Amma for the chat today, room 6 always makes my shift"
    assert "Amma" in [s.text for s in detector.detect(text) if s.entity_type == "PERSON"]
