"""Issue 11, session 21: someone's health told plainly that the health rule missed, by class (a cardiac arrest
as what a body did, drug use without its object, PrEP, a condition by its eponym alone, "my <condition>
patient"), each beside harmless posts of the same shape that must stay clear of health_detail. Run with the
real detector's spans, as the pipeline does."""

from __future__ import annotations

import pytest
from review_helpers import review  # noqa: F401 (a fixture)


# -- a cardiac arrest told as what someone's body did --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Agency nurse on Ward 9 ignored the obs on the gentleman in bay 2 all night. He arrested at 5am. Datix or go higher?",
        "Our Marjorie from the tea bar was fine at handover, then she arrested on the way to theatre. Still shaking.",
    ],
)
def test_someone_arresting_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested him on Friday outside the Co-op in Leeds. He was arrested at 6am, his mum said.",
        "They arrested the whole gang in Kilbride last night. Good riddance.",
        "Arrested development is my favourite show, fight me.",
    ],
)
def test_a_police_arrest_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)


# -- drug use told without its object -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ran into Jordan Pike at the Spar in Hollins Vale today. Two years ago he was sleeping rough and using. Look at him now.",
        "Keisha's mum rang the office again: she thinks Keisha is still using, and she's only 16.",
    ],
)
def test_drug_use_without_its_object_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Is anyone still using the old rota app? Mine crashed again.",
        "Dave from IT says he's still using Windows 7 at home. Brave man.",
        "Tried the new booking system and honestly I'd rather keep the paper diary than carry on using it.",
    ],
)
def test_using_a_thing_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)


# -- PrEP by its own spelling -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tom from the bakery on Mill Lane came in for his PrEP refill and begged me not to tell his mum.",
        "My client Rhiannon has been on PrEP since March and is nervous about the new guy.",
    ],
)
def test_someones_prep_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sunday meal prep done: Aisha and I made forty portions of dal for the week.",
        "PrEP is free on the NHS now. Ask your clinic, no judgement.",
        "Exam prep with my Year 11s tomorrow, wish me luck.",
    ],
)
def test_meal_prep_or_prep_in_general_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)


# -- a condition by its eponym alone --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A lad I've seen all year told me his dad in Inishcarrow has early-onset Huntington's. Gutted for him.",
        "One of my pupils, Leo (9), has Ehlers-Danlos and missed the trip again.",
    ],
)
def test_a_condition_by_its_eponym_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dr Huntington's clinic on Park Road has moved to the old library, tell your patients.",
        "Huntington's Disease Awareness Month: read up on it, it changes families.",
        "Gary Crohn's band is playing the Red Lion on Friday, who's in?",
    ],
)
def test_an_eponym_that_is_a_person_or_a_topic_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)


# -- "my <condition> patient": the "my" is the work's ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my dementia pt on Ash ward thinks i'm her sister Edna and honestly i've leaned into it. she's 91.",
        "My diabetic patient Mr Okafor (bed 6) ate three slices of cake at visiting. Sigh.",
    ],
)
def test_my_condition_patient_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "My dementia patients teach me more about patience than any course ever did.",
        "Back at work after my hysterectomy, and the students made me a card.",
        "My asthma is playing up today, so the pupils got a quiet lesson.",
    ],
)
def test_my_own_condition_or_patients_in_general_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)


# -- substitution treatment, fertility treatment, mental-health measures, close observation, aids -------------


@pytest.mark.parametrize(
    "text",
    [
        "Saw Danny from the car wash on Hope Street today. He's on a script now and looks ten years younger.",
        "My client Priya had her embryo transfer on Tuesday, please let this one stick.",
        "Night shift on Ward 7: I cut a ligature off the lad in room 4 at 3am. Still shaking.",
        "anyone free to swap ward 12 tmrw? pt in side room 3 is on 1:1 obs, text me if u can",
        "Tariq (Year 3) forgot his inhaler on the trip again and I had to ring his dad.",
    ],
)
def test_treatment_or_measure_told_of_someone_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finished the script for the nativity play. Year 2 will be amazing.",
        "Fertility treatment should be free for everyone, sign the petition.",
        "Ligature-point training for the whole team this afternoon, compulsory.",
        "Had my 1:1 supervision with my manager today, actually useful for once.",
        "Hearing aids are expensive. The charity in town can help, ask at reception.",
    ],
)
def test_the_same_words_in_general_are_no_health_detail(review, text):
    assert "health_detail" not in review(text)


# -- a birth by its gestation or the length of its labour ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Emotional one. Baby Ava Doyle was born at 24+2 on our unit in March and went home to Kilbride today.",
        "Welcome to the world baby Reuben! Mum Shannon was a legend after a 30-hour labour on Tuesday night.",
    ],
)
def test_a_birth_by_gestation_or_labour_length_is_health_detail(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Delivered my 500th baby today! 20 years on the unit and it never gets old.",
        "Three 12-hour labour ward shifts in a row. Drink water, eat something, colleagues.",
        "Our quiz team finished on 24+3 bonus points at the Red Lion, not bad for a Tuesday.",
    ],
)
def test_a_midwifes_tally_or_a_shift_is_no_health_detail(review, text):
    assert "health_detail" not in review(text)
