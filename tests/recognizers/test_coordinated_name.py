"""CoordinatedNameRecognizer (people/coordinated_name.py): A capitalised word joined by "and" to a person
already found is a person too: "Mason and Lily" when only "Lily" was found, "Priya and Hunter"."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from rewriter.detect.recognizers.people.coordinated_name import CoordinatedNameRecognizer


def test_coordination_needs_a_person_or_a_capitalised_partner(find):
    # "Pens" is an everyday plural the tagger does not call a proper noun: only Sam is a person
    assert find("Pens and Sam are on the desk.") == [("Sam", "PERSON")]


def test_coordinated_word_mid_sentence_is_a_person(find):
    assert ("Rose", "PERSON") in find("I saw Tom and Rose today.")


def test_the_second_pass_reads_the_people_the_first_pass_named(person):
    text = "Kwame and Priya came in."
    rec = CoordinatedNameRecognizer()
    assert [text[r.start : r.end] for r in rec.enhance_using_context(text, [], [person(text, "Priya")], None)] == ["Kwame"]
    assert rec.enhance_using_context(text, [], [person(text, "Priya", named=False)], None) == []


# A first name that is also a word, directly before a surname the first pass found: the whole name is one person.
@pytest.mark.parametrize(
    "text, surname, whole",
    [
        ("Autumn Reyes on delivery suite told a mum she was doing brilliantly.", "Reyes", "Autumn Reyes"),
        ("Big thanks to Harmony Adeyemi-Clarke for covering the late.", "Adeyemi-Clarke", "Harmony Adeyemi-Clarke"),
        ("Handover from Blessing Nwachukwu was the best I've had.", "Nwachukwu", "Blessing Nwachukwu"),
        ("We said goodbye to Dawn Pryce-Jenkins after 30 years on the unit.", "Pryce-Jenkins", "Dawn Pryce-Jenkins"),
    ],
)
def test_a_first_name_before_a_found_surname_joins_it(person, text, surname, whole):
    rec = CoordinatedNameRecognizer()
    found = rec.enhance_using_context(text, [], [person(text, surname)], None)
    assert [text[r.start : r.end] for r in found] == [whole]


@pytest.mark.parametrize(
    "text, surname",
    [
        ("Yesterday Reyes called me back about the rota.", "Reyes"),  # a sentence-opening word
        ("Then Okafor turned up with biscuits.", "Okafor"),
        ("Dr Reyes was lovely to the family.", "Reyes"),  # a title: the titled-name rule's
        ("The verdict from Judge Mortimer came at noon.", "Mortimer"),  # an everyday word mid-sentence
        ("Hi Manlio, thanks for the cover.", "Manlio"),  # a greeting
        ("Ask Nurse Adeyemi about the bloods.", "Adeyemi"),  # a role word
        ("Every Monday Okafor brings cake.", "Okafor"),  # a weekday
        ("I watched the Summer Okafor documentary.", "Okafor"),  # after an article: a thing's name
    ],
)
def test_a_word_that_cannot_be_a_first_name_stays_out(person, text, surname):
    rec = CoordinatedNameRecognizer()
    assert rec.enhance_using_context(text, [], [person(text, surname)], None) == []


def test_the_detector_rewrites_the_whole_name(find):
    assert ("Patience Oyelaran", "PERSON") in find("Patience Oyelaran on ward 5 made my week.")


def test_a_place_found_before_a_surname_is_no_first_name(person):
    text = "She moved here from Estonia Vsevolod told me."
    place = RecognizerResult("LOCATION", text.index("Estonia"), text.index("Estonia") + 7, 0.85)
    rec = CoordinatedNameRecognizer()
    assert rec.enhance_using_context(text, [], [person(text, "Vsevolod"), place], None) == []


@pytest.mark.parametrize(
    "text, found, brand",
    [
        ("As pharmacists we keep fielding Ozempic and Zepbound questions from every customer.", "Zepbound", "Ozempic"),
        ("Our students spend all lunch on Minecraft and Roblox, nothing else exists for them.", "Roblox", "Minecraft"),
        ("Honestly Duolingo and Memrise are the only reason my Spanish survived lockdown.", "Memrise", "Duolingo"),
    ],
)
def test_a_listed_brand_joined_by_and_is_no_name(person, text, found, brand):
    rec = CoordinatedNameRecognizer()
    joined = [text[r.start : r.end] for r in rec.enhance_using_context(text, [], [person(text, found)], None)]
    assert brand not in joined, joined


@pytest.mark.parametrize(
    "text, found, word",
    [
        # the post makes the brand a client: it is joined like any name
        ("We just signed Duolingo and Kowalczyk as clients this week.", "Kowalczyk", "Duolingo"),
        # a word on no brand list is joined as before
        ("Handover from Zorvane and Kowalczyk was the best I've had.", "Kowalczyk", "Zorvane"),
    ],
)
def test_a_brand_made_a_client_or_an_unlisted_word_is_still_joined(person, text, found, word):
    rec = CoordinatedNameRecognizer()
    joined = [text[r.start : r.end] for r in rec.enhance_using_context(text, [], [person(text, found)], None)]
    assert word in joined, joined


def test_a_common_first_name_opening_the_sentence_joins_the_person_after_and(find):
    # the tagger reads the season at the start; joined to a person, the word-name is a person too
    assert ("Summer", "PERSON") in find("Summer and Rich settled in with their new foster parents.")
    # the season beside no person, and a word that is no first name, stay words
    assert ("Summer", "PERSON") not in find("Summer and Christmas are our busiest times, says Dave.")
    assert ("Pens", "PERSON") not in find("Pens and Sam are on the desk.")
