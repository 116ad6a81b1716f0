"""Session 41's leak classes (the fresh40 blind drafts' leaked identifiers), each on both sides with wording
written for these tests: ages in other written forms (a baby's weeks in an aside, "the youngest only 8 months",
"Tomasz was 23.", "Lad's nobbut 16", "81 and 79 years old", "19 only but", "90 she is n still", "88 years and
she still"), a name after Northern English "our" ("our Gaz"), a room, desk or exam seat by its number in other
forms ("quarto 12", "desk 4417", "seat no 2217", "hall no. 14"), a name that is a word spoken to ("Summer, if
you ever see this") and a record's number under another language's
label ("Matrikelnr. 4471902")."""

from __future__ import annotations

import pytest
from conftest import flagged_in


# -- ages in other written forms ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, age",
    [
        # a baby's age in an aside, in a sentence about a baby
        ("Home visit to baby Ellis on Fairfield Close today, 5 weeks old and feeding like a champ.", "5 weeks old"),
        ("Newborn check for the Mbeki twins, 2 weeks old, dad doing nights on his own.", "2 weeks old"),
        # a person word, "only" and a baby's unit
        ("Mrs Tembe on Holloway Road has 4 grandchildren in her care, the youngest only 7 months.", "7 months"),
        # a name opening a sentence, "was", the number ending it
        ("Third overdose on our patch this month. Callum was 22. Something has to change in Ardmore.", "22"),
        # Yorkshire "nobbut" and dialect "an" for "and"
        ("Sat with his mam on Ward 9 all night. Lad's nobbut 15. Stay strong.", "15"),
        ("Picked up Dazza from the Hanover Street arches again, lad's 61 an his cough is worse.", "61"),
        # two ages of a couple told together
        ("Rehoused Mr and Mrs Kowalczyk from Elm Row today, 84 and 80 years old and not a word of complaint.",
         "84 and 80 years old"),
        # "only" after the age, as Malaysian and Singapore English put it
        ("So proud of my tutee Wei Ling from Seremban, 17 only but already top of the state!", "17"),
        # the number before "she is" with "n" for "and"
        ("Fixed the boiler for Mrs Okafor on Tanner Street, 90 she is n still does her own garden.", "90"),
        # "N years and she still"
        ("Painted the hall for Miss Ramdial in Arima, 86 years and she still cooks for the whole street.", "86 years"),
    ],
)
def test_ages_in_other_written_forms(find, text, age):
    # the span may take the person word with it ("lad's 61": the age after its person, session 50)
    assert any(age in t and kind == "AGE" for t, kind in find(text)), find(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Binned the loaf from Hollis Bakery, 4 days old and green.", "4 days old"),  # no baby in the sentence
        ("Hollis Bakery's new oven is great. Room was 19 degrees by lunch.", "19"),  # a thing, not a name
        ("Mrs Osei from Larkfield Lane rang. It was 19 and pouring at the bus stop.", "19"),  # a function word
        ("Mrs Osei's rota at Larkfield: 18 an hour, not bad.", "18"),  # "an" before a vowel sound: a rate
        ("My nan in Larkfield 😍 94 years and she still beats me at cards!", "94 years"),  # the writer's own family
        ("Ordered 40 trays from the bakery on Hollis Road, 12 only, the rest next week.", "12"),  # a count
    ],
)
def test_numbers_that_are_no_age_stay(find, text, number):
    assert not any(t == number and kind == "AGE" for t, kind in find(text)), find(text)


# -- a name after "our" / "wor" ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("Found our Kez sleeping rough by Castle Street car park again, soaked through.", "Kez"),
        ("So chuffed seeing our Summer walk out of Ward 12 on her own two feet today!", "Summer"),
        ("Went round to check on our Tracey at Meadow Court, she's doing grand.", "Tracey"),
    ],
)
def test_a_name_after_our_is_a_person(find, text, name):
    assert ("PERSON" in {k for _, k in flagged_in(find, text, name)}), find(text)


# (a word after "our" that stays a word: tests/recognizers/test_our_name.py, the recognizer's own tests)


# -- a word-name spoken to by a post meant for them ----------------------------------------------------------------

def test_a_word_name_told_if_you_ever_see_this_is_a_person(find):
    text = "Discharged after 9 weeks on Ward 7. Summer, if you ever see this, we are all so proud of you."
    assert ("Summer", "PERSON") in find(text)


def test_a_word_told_if_you_ever_see_this_stays_a_word(find):
    text = "Honestly, if you ever see this rash on a toddler at Ward 7, ring 111 straight away."
    assert not any(kind == "PERSON" and "Honestly" in t for t, kind in find(text))


# -- rooms, desks and exam seats by their number; record numbers under other languages' labels ---------------------

@pytest.mark.parametrize(
    "text, code",
    [
        ("Parabéns ao nosso residente Mateus do quarto 14, finally got his papers today!", "quarto 14"),
        ("Lad at desk 3321 fainted ten minutes into the maths paper at Riverside Academy.", "desk 3321"),
        ("Caught a girl with notes in her sleeve at Kottayam college, hall no. 6, seat no 1184.", "seat no 1184"),
        ("Caught a girl with notes in her sleeve at Kottayam college, hall no. 6, seat no 1184.", "hall no. 6"),
        ("Heute die Akte von Lena M., Matrikelnr. 5582013, endlich geschlossen.", "Matrikelnr. 5582013"),
    ],
)
def test_a_room_seat_or_record_by_its_number(find, text, code):
    assert flagged_in(find, text, code), find(text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("I was at desk 12 all day doing emails, my back is done in.", "desk 12"),  # the writer's own desk
        ("Saw the band in Hall 5 at the NEC last night, what a gig.", "Hall 5"),  # a venue's hall
        ("The new help desk opened today and the queue was out the door.", "desk"),
        ("Our dossier on the housing policy went to the council today.", "dossier"),
    ],
)
def test_an_own_desk_a_venue_or_a_word_stays(find, text, words):
    assert not flagged_in(find, text, words), find(text)
