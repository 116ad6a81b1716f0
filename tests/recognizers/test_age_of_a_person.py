"""AgeOfAPersonRecognizer (people/age_of_a_person.py): a number the sentence ties to a person as their age, in an
aside after them (in figures or words, bare or with another language's word for years), with a word for years and
one for "old" in a dialect or another language, as a person's birthday ordinal, or after "she's" with a next word
that counts nothing. Every name and sentence here is invented."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.people.age_of_a_person import AgeOfAPersonRecognizer

AGE = AgeOfAPersonRecognizer()


def texts(text):
    return [text[r.start : r.end] for r in AGE.analyze(text, None)]


@pytest.mark.parametrize("text, age", [
    ("Delivered twins last night, Mama Abena Owusu, 20, was a champion", "20"),
    ("my tutee's dad (brandon, 14) just added me on snap", "14"),  # a lowercase name, as texting writes it
    ("wor tyler (12) got his first boots today", "(12)"),  # the bracket goes with the age it holds
    ("Our resident Doña Inés from Cayey, 88, baked for the whole floor", "88"),  # accents, and where she is from
    ("Our new hire Bilal (just 23, first job out of uni) fixed the build", "23"),  # a bracket of details
    ("Mrs Obi was back for the pill for her niece, sixteen. Worried.", "sixteen"),  # in words
    ("Odwiedziłam Pani Halina, 79 lat, mieszka sama", "79 lat"),  # Polish years
    ("Visite chez Gisèle, 93 ans, toujours coquette", "93 ans"),
    ("The old fella in bay 2, 81 year auld and nae bother", "81 year auld"),  # Scots "auld"
    ("Ons kliënt Pieter is 6 jaar oud en baie slim", "6 jaar oud"),  # Afrikaans
    ("Besuch bei Frau Wolf, 84 Jahre alt und noch fit", "84 Jahre alt"),
    ("Her wee cousin Niamh's 18th is the day of the hearing", "18th"),  # a birthday ordinal after a name's
    ("she rang six times today, she's 89 pis she forgot again", "89"),  # Quebec French "pis" after the age
])
def test_an_age_tied_to_a_person(text, age):
    assert age in texts(text)


@pytest.mark.parametrize("text", [
    "Picked up my daughter, 15.",  # the writer's own family
    "Room, 12, was empty again",  # a thing numbered, no one's name
    "Shift report: beds 4, 12, 15 all stable",  # a list of numbers
    "Open 24/7, our top 10 tips, Year 6 assembly",  # neither a person nor an aside
    "I'm 40 and tired",  # the writer's own age
    "she's 40 minutes late and the queue is out the door",  # a measure after the number
    "she's 3 goals ahead of the rest",  # a count after the number
    "Anneke, 31 jaar lab manager bij ons",  # years with no "old" and no aside closing: how long, not how old
    "Monday, 5 people came to the drop-in",  # a weekday
    "NHS (3) trusts merged",  # an acronym, no one's initials
    "Tesco (3) and Aldi (2) shut early",  # a brand
    "the boy, one of three brothers, came in",  # "one" in words is a count
    "Mike's 15th goal of the season",  # an ordinal that counts goals
    "my dad's 70th is next week",  # the writer's own family's birthday
    "Depuis 10 ans, je travaille ici",  # a length of time in French
])
def test_numbers_that_are_no_ones_age(text):
    assert texts(text) == []
