"""Everyday cultural things the model takes for people or organisations, read by what the sentence does with the
word (issue 10, precision): a sweet counted with "a", a food named by the food noun after it, weather named after
a dish, a song hummed, a show binged, tickets to a tour, a greeting said to everyone or in a row of greetings, a
grandparent as "my Lola". Each class on both sides: a private person in the same slot is still found. Real
Presidio engine (the ``find`` fixture); every name is invented."""

from __future__ import annotations

import pytest


def _flagged(find, text, word):
    return any(word in t for t, _ in find(text))


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # a maker's sweet counted with "a": the maker's name and the product in everyday words
        ("Day 3 of no sugar and I'm staring at a Brannock's Chocolate Orange on the break room table", "Brannock", False),
        # a person counted by name with what they did after it stays
        ("a Priya Okonkwo from the council rang about the referral again", "Priya", True),
    ],
)
def test_a_counted_sweet_and_a_counted_person(find, text, word, kept):
    assert _flagged(find, text, word) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # a food named by its food noun, with a time after the phrase
        ("The puppy ate a whole Barnaby the Badger cake yesterday and is very pleased with himself", "Barnaby", False),
        # a titled name before the food noun is a person whose food it is
        ("Grabbed a Mr Adebanjo meat pie yesterday from his stall outside the clinic", "Adebanjo", True),
    ],
)
def test_a_named_food_with_a_time_after_it(find, text, word, kept):
    assert _flagged(find, text, word) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        ("Tinolang weather in Leeds today ☔ who else is craving soup", "Tinolang", False),
        # the same slot after a name with a verb is a person
        ("Ifeoluwa said the weather in clinic was grim today", "Ifeoluwa", True),
    ],
)
def test_weather_named_after_a_dish(find, text, word, kept):
    assert _flagged(find, text, word) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # a song by what is done with it
        ("Caught myself humming Marigolda at 4am on the ward round 😅", "Marigolda", False),
        # someone sung to is no song
        ("Sang Kemisola happy birthday at handover, she went bright red", "Kemisola", True),
    ],
)
def test_a_song_hummed(find, text, word, kept):
    assert _flagged(find, text, word) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # a school that is a show, watched
        ("Just binged the new season of Pemberton Elementary and every teacher in it is me", "Pemberton", False),
        # a school the writer works at is a place
        ("First week at Pemberton Elementary and the staff room coffee is terrible", "Pemberton", True),
    ],
)
def test_a_show_named_like_a_school(find, text, word, kept):
    assert _flagged(find, text, word) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # what only a public work or event has after its name
        ("Zephyrine Tour tickets? No. Marking 90 essays? Yes. Living the dream 💅", "Zephyrine", False),
        ("off to the coast for a week of chips and Varnastein walking tours 🧛", "Varnastein", False),
        # a name given the tickets is a person
        ("Got Ifeoluwa tickets for her birthday and she cried", "Ifeoluwa", True),
        # a person's own concert is theirs
        ("Went to Chidinma's concert at the community hall tonight, so proud of her", "Chidinma", True),
    ],
)
def test_tickets_and_tours_of_a_public_work(find, text, word, kept):
    assert _flagged(find, text, word) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # a greeting in a row of greetings, and a greeting said to everyone mid-post
        ("Mingalaba, hola, sawubona, bonjour — our languages week display is finally up 🌍", "Mingalaba", False),
        ("Quiet night on the road 🚑 Kuriakose Santhosham everyone, stay safe out there", "Kuriakose", False),
        # a name said to someone with a comma goes on with a sentence, not a row of greetings
        ("Kelechukwu, if you're reading this, that was dangerous and you know it.", "Kelechukwu", True),
        # a row of everyday words after a name is what the person did
        ("Obinnaya ate, slept, left! Classic Friday on the unit", "Obinnaya", True),
    ],
)
def test_greetings_in_a_row_or_to_everyone(find, text, word, kept):
    assert _flagged(find, text, word) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # a grandparent's word that is also a given name, after "my"
        ("Adobo after a long shift. My Lola's recipe never misses 😭 #nurselife", "Lola", False),
        # "Mama", "Papa", "Ah Ma" alone: the writer's own parents and grandparents
        ("Passed my boards!!! Mama, Papa, this one is for you", "Papa", False),
        ("Steamboat with the family for Ah Ma's 85th, she out-ate all of us lah", "Ah Ma", False),
        # the same words where a carer calls a resident so, or a given name alone
        ("Mama in bed 4 asked for her rosary again before lights out", "Mama", True),
        ("Lola in bay 2 finally ate her breakfast today", "Lola", True),
    ],
)
def test_kin_words_as_the_writers_own_family(find, text, word, kept):
    assert _flagged(find, text, word) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # a dish opening its sentence, served with another or had for the road, or its leftovers
        ("Marking done for the week 📚 Tuwoshinkafa and miyan kuka at home tonight", "Tuwoshinkafa", False),
        ("Traffic was wild this morning. Kosewele for the road. Let's go!", "Kosewele", False),
        ("Shop closed for the holiday. Pepperstew leftovers for days 🇬🇾", "Pepperstew", False),
        # a person with people, or with "I"
        ("Chiamaka and mum came in for the review today", "Chiamaka", True),
        ("Kelechukwu and I finally finished the audit", "Kelechukwu", True),
    ],
)
def test_a_dish_with_another_or_for_the_road(find, text, word, kept):
    assert _flagged(find, text, word) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        ("Night shift at the station, mostly folk belting Calon Rhydd at the tops of their voices", "Calon", False),
        # a person's name belted out is theirs, in the possessive
        ("The whole crowd was belting Olumidechukwu's name from the stands after the final", "Olumidechukwu", True),
    ],
)
def test_a_song_belted(find, text, word, kept):
    assert _flagged(find, text, word) == kept


@pytest.mark.parametrize(
    "text",
    [
        # two lines' words taken together are no dish served with another
        "Karin Oyelaran-Beike\nLeasing consultant\nFritz-Armstrong\nĐoko and ul. Miła 53",
    ],
)
def test_address_lines_are_left_to_their_rules(find, text):
    found = [t for t, _ in find(text)]
    assert any("Fritz" in t for t in found)
