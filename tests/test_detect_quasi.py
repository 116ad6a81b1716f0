"""Quasi-identifiers (rewriter/detect/quasi.py): a time, a weekday, a month, a school year or an age points at
no one on its own. The writer's own ("I'm 52", "told my 10yo") and general talk ("my Year 4s", "Monday mood")
are not reported, so a harmless post is offered unchanged; one told of a client or patient ("a 94-yr-old
patient"), or in a post that has a name or a story risk, is still found and generalised. Every sentence here
was written for these tests, none from the labelled sets."""

from __future__ import annotations

import pytest
from conftest import flagged_in

from rewriter.config import Config
from rewriter.detect.quasi import age_of_someone_served, is_own_age, is_school_year, without_lone_quasi
from rewriter.pipeline import Pipeline
from rewriter.spans import Span


# -- the writer's own day, class and age: nothing reported -------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Took my Year 4s pond dipping and came back with more mud than newts. Monday mood.",
        "Sorry, can't talk, my Grade 3s are building volcanoes out of papier mache.",
        "My 7th graders argued for forty minutes about whether cereal is soup. Best lesson of the term.",
        "My P5 pupils asked why the sea is salty and I said 'fish tears'.",
        "Form 2 class fell asleep by 2pm in this heat, so we read outside under the trees.",
        "A Year 1 cried at my door this morning and honestly same.",
        "Paged at 4:05am because a cron job ran twice. Saturday is cancelled.",
        "Night shift tip: toast at 3am is a food group. See you all in September.",
        "Apparently 'youngsters' like me (I'm 47) can't play bingo. Quiz night on Thursday.",
        "Been cutting hair in this shop since I was 15 and I'm 61 now.",
        "Warm up before padel, folks. Your knees are not 20 years old anymore.",
        "POV: you work in a nursery and a 4 year old tells you your sandwich smells like socks.",
        "Told my 8yo I'm an accountant and she asked if I count money all day. Kid's not wrong.",
    ],
)
def test_a_post_whose_only_details_are_own_or_general_times_and_ages_reports_none(find, text):
    assert find(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Took my Year 4s pond dipping and came back with more mud than newts. Monday mood.",
        "Apparently 'youngsters' like me (I'm 47) can't play bingo. Quiz night on Thursday.",
    ],
)
def test_such_a_post_is_offered_unchanged(detector, text):
    result = Pipeline(Config(role="teacher"), detector, None).rewrite(text, use_llm=False)
    assert result.text == text
    assert result.method == "unchanged" and result.spans == []


# -- tied to someone from the writer's work, or beside a name or a story: still found ----------------------

@pytest.mark.parametrize(
    "text, age",
    [
        ("A 93-yr-old patient told me the secret is porridge and spite.", "93-yr-old"),
        ("My 9yo client drew the whole family as cats today.", "9yo"),
        ("Resident, 101, still beats everyone at cribbage.", "101"),
        ("Lovely chat with a 78 year old retired client this morning.", "78 year old"),
        ("Screamed at my 17yo coworker today over the foam. The foam!", "17yo"),
        ("my 15yo swimmer smashed her PB this morning", "15yo"),
    ],
)
def test_an_age_told_of_someone_from_work_is_found(find, text, age):
    assert (age, "AGE") in find(text)


@pytest.mark.parametrize(
    "text, detail",
    [
        # a story risk the school year or the age would combine with
        ("One of my Year 10s has been self-harming and the police are involved now.", "Year 10s"),
        ("Assessed a 7yo today, only the third documented case of this syndrome in the country.", "7yo"),
        # a name in the post
        ("Mrs Adeyemi, 84, told me about her wedding day in Lagos.", "84"),
        ("Took my Year 6s to meet Mr Okonkwo at the fire station.", "Year 6s"),
    ],
)
def test_a_quasi_identifier_beside_a_name_or_a_story_risk_is_found(find, text, detail):
    assert flagged_in(find, text, detail) != []


def test_an_age_of_someone_served_is_generalised(detector):
    text = "A 93-yr-old patient told me the secret is porridge and spite."
    result = Pipeline(Config(role="nurse"), detector, None).rewrite(text, use_llm=False)
    assert "93" not in result.text


def test_a_time_that_dates_a_case_is_still_kept(find):
    assert ("Monday", "DATE_TIME") in find("Hearing moved to Monday, the client is beside herself.")


# -- the helpers, on spans made by hand ---------------------------------------------------------------------

def _span(text: str, whole: str, kind: str = "AGE", source: str = "age rule") -> Span:
    start = whole.index(text)
    return Span(start, start + len(text), text, kind, 0.8, source, "", "")


@pytest.mark.parametrize(
    "whole, age, own",
    [
        ("I'm 52 and still the youngest at bingo", "I'm 52", True),
        ("Been here since I was 16", "since I was 16", True),
        ("told my 10yo I'm a lawyer", "10yo", True),
        ("my 6 yr old Amara thinks I type angry words", "6 yr old", True),
        ("my 16yo swimmer broke a record", "16yo", False),
        ("my 9yo client drew a cat", "9yo", False),
        ("a 94-yr-old patient", "94-yr-old", False),
    ],
)
def test_own_ages(whole, age, own):
    assert is_own_age(_span(age, whole), whole) is own


def test_school_years_are_never_an_age_of_someone_served():
    whole = "my P6 pupils asked why"
    span = _span("P6", whole, source="school year rule")
    assert is_school_year(span) and not age_of_someone_served(span, whole)


def test_without_lone_quasi_keeps_tied_spans_and_drops_the_rest():
    whole = "A 94-yr-old patient came in on Monday. Lovely day."
    age, day = _span("94-yr-old", whole), _span("Monday", whole, "DATE_TIME", "weekday rule")
    assert without_lone_quasi([age, day], whole, lambda s: False) == [age]
    assert without_lone_quasi([age, day], whole, lambda s: True) == [age, day]


@pytest.mark.parametrize(
    "text, age",
    [
        ("Triaged a 4yo at 3am who'd swallowed a magnet.", "4yo"),
        ("An 86 year old came in by ambulance after a fall.", "86 year old"),
    ],
)
def test_an_age_standing_for_someone_met_at_work_is_found(find, text, age):
    assert (age, "AGE") in find(text)


@pytest.mark.parametrize(
    "text, time",
    [
        # a time dates an event the post tells (a contact, a case): kept with it
        ("A former client messaged me on Instagram at 11pm asking to meet up. Do I reply?", "11pm"),
    ],
)
def test_a_time_beside_an_event_risk_is_kept(find, text, time):
    assert (time, "DATE_TIME") in find(text)


def test_a_time_beside_a_state_is_the_writers_own_day(find):
    # burnout is a state, not an event a time could date: "the 10pm emails" are the writer's own evenings
    text = "Burnout is real in this job. The paperwork, the 10pm emails, the cold tea on the desk."
    assert [t for t, kind in find(text) if kind == "DATE_TIME"] == []


def test_a_time_is_a_served_persons_only_in_their_sentence(find):
    # the students are told of in the next sentence: Monday is the lecturer's own timetable
    assert find("Strike over, lectures resume Monday. Students, I have seen your memes. We will discuss.") == []
    assert ("Monday", "DATE_TIME") in find("Hearing moved to Monday, the client is beside herself.")


@pytest.mark.parametrize(
    "text, age",
    [
        ("my patient turned 90 today and asked for a sherry", "turned 90"),
        ("A resident who just turned 100 today, and got a card from the King.", "turned 100"),
    ],
)
def test_an_age_a_client_or_patient_turned_is_of_someone_served(find, text, age):
    assert (age, "AGE") in find(text)


def test_the_writers_own_turned_age_is_not_reported(find):
    assert find("I turned 40 today and my knees know it.") == []


@pytest.mark.parametrize(
    "text, age",
    [
        # an own relative's birthday beside a name elsewhere is still the writer's own life
        ("My daughter Wrenna turned 7 today and asked for a volcano cake. Reader, I tried.", "turned 7"),
        ("Took me own mam to Scarborough for her 80th, she didn't moan once", "80th"),
        ("Lunch at Tandoori Nights for my nan's 90th, the whole family came", "90th"),
    ],
)
def test_an_own_relatives_birthday_beside_a_name_is_not_reported(find, text, age):
    assert all(kind != "AGE" for _, kind in flagged_in(find, text, age))


@pytest.mark.parametrize(
    "text, age",
    [
        # a client's or a resident's, though the writer's family is in the sentence
        ("My patient Mrs Okafor turned 100 today and my mum baked the cake", "turned 100"),
        ("Mrs Adeyemi at Rosewood turned 90 today, what a woman", "turned 90"),
    ],
)
def test_a_birthday_of_someone_served_beside_a_name_is_still_found(find, text, age):
    assert flagged_in(find, text, age) != []


def test_a_birthday_of_a_resident_called_by_a_family_title_beside_a_name_is_still_found(find):
    text = "Happy 100th birthday to our Nan Wilma at Tallowood Gardens!! Oldest resident we've got and still sharp."
    assert flagged_in(find, text, "100th") != []


def test_a_birthday_of_our_nan_beside_a_name_is_still_found(find):
    # "our" + a family title is also how a care home's staff speak of a resident
    text = "Happy 100th birthday to our Nan Wilma at Tallowood Gardens!! Still sharp as a tack."
    assert flagged_in(find, text, "100th") != []


# Session 46: a health deed in the past is an event, and a time in its clause dates it ("self-harmed again at 2am");
# a state ("diagnosed with anxiety") is not dated by a session time.
def test_a_time_dating_a_health_deed_is_kept(find):
    text = "night shift was rough. our 15yo self-harmed again at 2am, 4th time since she moved in."
    assert ("2am", "DATE_TIME") in find(text)


def test_a_time_beside_a_health_state_is_not(find):
    text = "my client was diagnosed with anxiety last year, session at 3pm tomorrow."
    assert ("3pm", "DATE_TIME") not in find(text)
