"""Session 42's leak classes (the fresh41 blind drafts' leaked identifiers and false_clean posts), each on both
sides with wording written for these tests: money with its currency after the amount ("12 300 kr", "7 450 $"), a
possessive that is no dropped g ("Gethin's overtime"), a worker's pay that makes a name a person, a town that is
where one served person lives (a relative's home in it, an age between the name and "from"), and ages as other
languages and asides tell them ("paciente de 72", "(Full Name), 101,", "87 years na bado")."""

from __future__ import annotations

import pytest
from conftest import flagged_in


# -- money with its sign after the amount ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, amount",
    [
        ("Kassan på Solbacken var 12 300 kr kort efter stängning, och bara två av oss hade nycklar.", "12 300 kr"),
        ("La facture du client Bouchard s'élève à 7 450 $ et il refuse de payer.", "7 450 $"),
        ("Der Kunde Meier schuldet uns noch 3.900 € für die Wartung.", "3.900 €"),
        ("Klient z Radomia zalega nam 15 000 zł od marca.", "15 000 zł"),
    ],
)
def test_an_amount_with_its_sign_after_it_is_money(find, text, amount):
    assert (amount, "MONEY") in flagged_in(find, text, amount), find(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Kaffe och bulle för 45 kr, bästa fikan i stan!", "45 kr"),  # small change
        ("Back in 2019 $5 got you a burger and fries.", "2019"),  # the sign opens the next amount
        ("Our plane levelled off at 35 000 ft over the Alps.", "35 000"),  # a height, no forint
    ],
)
def test_small_change_and_numbers_before_another_sign_are_no_money(find, text, number):
    assert not any(kind == "MONEY" for _, kind in flagged_in(find, text, number)), find(text)


# -- a possessive is no dropped g; a worker's pay is a person's ----------------------------------------------------

@pytest.mark.parametrize(
    "text, name",
    [
        ("Month end at Pentre Logistics and Gethin's payslip shows double hours again. Ugh.", "Gethin"),
        ("Somehow Rhodri's overtime got paid twice at Cwm Haulage, now I have to claw it back.", "Rhodri"),
    ],
)
def test_a_name_before_a_workers_pay_is_a_person(find, text, name):
    assert "PERSON" in {k for _, k in flagged_in(find, text, name)}, find(text)


def test_a_dropped_g_verb_with_its_apostrophe_stays_a_word(find):
    text = "Nothin' better than a cuppa after a long shift on the ward."
    assert not flagged_in(find, text, "Nothin"), find(text)


# -- a town where one served person lives ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, town",
    [
        # an age in brackets between the name and "from"
        ("Proud of my service user Desmond Achterberg (52) from Cricklewood, 8 months sober now.", "Cricklewood"),
        # a relative's home by its possessive
        ("Mrs Ferreira climbed the stairs at her son's flat in Swindon today, no frame needed.", "Swindon"),
    ],
)
def test_a_town_where_a_served_person_lives_is_kept(find, text, town):
    assert "LOCATION" in {k for _, k in flagged_in(find, text, town)}, find(text)


@pytest.mark.parametrize(
    "text, town",
    [
        ("Flying to Swindon for the regional training day, see you all there!", "Swindon"),
        ("Greetings from Cricklewood, where the coffee is strong and the rain is constant.", "Cricklewood"),
    ],
)
def test_a_town_the_writer_visits_stays_public(find, text, town):
    assert not flagged_in(find, text, town), find(text)


# -- ages as other languages and asides tell them -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, age",
    [
        ("Visita a domicilio: Sr. Quintero, mi paciente de 78, ya sube la escalera solo.", "78"),
        ("RIP Grandpa Joe (Joseph Varga), 99, the last of the old crew at Linden House.", "99"),
        ("Mzee Otieno alicheza na sisi leo (picha nimeblur) 91 years na bado anacheka sana.", "91 years"),
    ],
)
def test_ages_told_in_other_languages_and_after_an_aside(find, text, age):
    assert any(t == age and kind == "AGE" for t, kind in find(text)), find(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Llegamos al piso de 12 con el señor Quintero y su hija.", "12"),  # a floor, no person word before "de"
        ("Minutes from the meeting (New Business), 14, were approved by Ruth Maddox.", "14"),  # no given name in brackets
        ("Our office (Linden House) 40 years and still going strong!", "40 years"),  # a thing's years: no person
    ],
)
def test_numbers_that_are_no_age_stay_in_those_forms(find, text, number):
    assert not any(t == number and kind == "AGE" for t, kind in find(text)), find(text)


# -- an age in words beside a birthday ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, age",
    [
        ("Party on the unit for Mrs Achieng 🎂 eighty-nine! She danced with the porters.", "eighty-nine"),
        ("Our Mr Brannigan is ninety-two today 🎉 and still beats us all at dominoes.", "ninety-two"),
    ],
)
def test_an_age_in_words_beside_a_birthday_is_an_age(find, text, age):
    assert any(t == age and kind == "AGE" for t, kind in find(text)), find(text)


@pytest.mark.parametrize(
    "text, number",
    [
        ("Mrs Achieng counted the queue at the clinic: forty today, madness.", "forty"),  # no birthday in the post
        ("Happy birthday to my own mum 🎂 seventy!", "seventy"),  # the writer's own family
    ],
)
def test_a_count_in_words_or_an_own_birthday_is_no_age(find, text, number):
    assert not any(t == number and kind == "AGE" for t, kind in find(text)), find(text)


# -- a weight told as what a person is --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, weight",
    [
        ("Took four of us to get a 380lb patient down the stairs at Wexley Court last night.", "380lb"),
        ("Hoisted a 30-stone man out of the bath on Ward 6, backs all round.", "30-stone"),
    ],
)
def test_a_weight_before_a_word_for_a_person_is_a_figure(find, text, weight):
    assert any(t == weight for t, _ in find(text)), find(text)


def test_the_weight_of_a_thing_is_left(find):
    text = "Carried a 20kg bag of rice and a 12lb turkey up to Mrs Obi's flat on Ward 6."
    assert not any(t in ("20kg", "12lb") for t, _ in find(text)), find(text)
