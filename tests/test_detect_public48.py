"""Session 48 (harmless posts of fresh47 changed: "ulan na pud sa Manchester" -> "sa someone", "off to Praha" ->
"off to someone", "the MSc at Salford", "från Socialstyrelsen", "Lesotho Ultra Trail"): public places and bodies
named in another language's words or by their own form. Each class on both sides: a private name or a private
context in the same slot is still found. Real Presidio engine."""

from __future__ import annotations

import pytest

from conftest import flagged_in
from rewriter.detect.recognizers.support.public import agency_by_its_ending


@pytest.mark.parametrize(
    "text, word",
    [
        # a big city after a place word of the language the post mixes in
        # (a city of millions, a region, or a big city by its own name: a town of 50,000 stays, see below)
        ("Unsa man ni uy, ulan na pud sa Toronto 🌧️ miss na kaayo ko sa init sa Dalarna. Supervision went well.", "Toronto"),
        ("Sunt aici pe tură de noapte în București 🥲 noroc că colegii au adus pizza.", "București"),
        # a big city or region by its own name
        ("Whole week of listing hearings done and dusted, now off to Praha to see mamka.", "Praha"),
        ("Midsommar i Dalarna med familjen 🌼 Sill, nubbe, jordgubbar.", "Dalarna"),
        ("Selectivitat results out today across Catalunya, ànims a tots els alumnes", "Catalunya"),
        # a university by its place's word after a degree
        ("Passed my NMC revalidation AND got my offer for the MSc at Salford 🎓 My mum cried more than me lol.", "Salford"),
        # a public agency by its name's ending
        ("Fick min legitimation som fysioterapeut från Socialstyrelsen idag!!! Äntligen, efter 4 år.", "Socialstyrelsen"),
        # a big city the writer leaves for home
        ("North Sea'de 3 hafta bitti, finally flying home from Aberdeen. BOSIET refresher next month AGAIN", "Aberdeen"),
        # a public race by its nation and its kind
        ("Ke qetile Lesotho Ultra Trail ea ka ea pele! 55km. Legs are gone but the PB is mine", "Lesotho"),
    ],
)
def test_public_places_and_bodies_in_other_words_are_left_alone(find, text, word):
    assert not flagged_in(find, text, word), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        # a town of 50,000 to a million after a place word of another language: what the sentence tells there
        # (an arrest, a client) is not read, so it stays found
        ("Clientul meu din Wolverhampton a fost arestat din nou aseară.", "Wolverhampton"),
        # the same city where a client lives, or as a name opening a sentence
        ("My client Maria lives sa Manchester with her two kids, the social worker says.", "Manchester"),
        ("My client Dalia moved to Praha last month with her three kids.", "Praha"),
        # a client coming home from the city
        ("My client Rab came home from Aberdeen last week after the surgery.", "Aberdeen"),
        # the university's place word where a client studies it, or with no degree before it
        ("My client Dev got his offer for the MSc at Salford and he cried.", "Salford"),
        ("Had a meeting with Salford about the contract.", "Salford"),
        # an agency made a client
        ("Our client Skatteverket signed the contract for the new system yesterday.", "Skatteverket"),
        # a client, a colleague or "she" in the other language's words: the place or the body is part of their story
        ("Se lige det her kabelrod hos kunden i Vejle 😂 billede i kommentarerne.", "Vejle"),
        ("Og hun poster billeder fra Mallorca på Insta 🙄 #hrlife", "Mallorca"),
        ("Kunden vil ikke varsle Datatilsynet. Hva gjør man?", "Datatilsynet"),
        # a small place's race, with a client in it
        ("Signed up for the Kilbrack Ultra Trail with my client Sean next month.", "Sean"),
    ],
)
def test_the_same_places_in_a_private_context_are_still_found(find, text, word):
    assert flagged_in(find, text, word), find(text)


def test_an_agency_is_read_by_a_fields_word_and_its_ending():
    assert agency_by_its_ending("Socialstyrelsen") and agency_by_its_ending("Gesundheitsamt")
    assert not agency_by_its_ending("Verket")  # the ending alone
    assert not agency_by_its_ending("Insgesamt") and not agency_by_its_ending("Samt")
    assert not agency_by_its_ending("Amsterdam")
