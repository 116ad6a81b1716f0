"""Public names in harmless posts (support/famous_names.py, support/public.py): a famous person named in full in a
sentence of sport or politics, a national side or a big club by its fans' name, a big city's short name, a
district of a big city, a town of tens of thousands the writer goes to or has weather in, an HM inspectorate.
Each class on both sides: the same shape with a private person, or a small invented place, is still found.
Every private name here is invented; the public ones are the public's. Real Presidio engine (``find``)."""

from __future__ import annotations

import pytest


def _found(find, text):
    return [t for t, _ in find(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        # a famous person whose name many carry, in a sentence of sport, with no work attached to the name
        ("Big congrats to the Matildas on another cracking campaign ⚽️ Sam Kerr still the GOAT. Rego closes Friday.", "Sam Kerr"),
        ("Windies looking real sharp this morning 🏏 Brian Lara woulda be proud.", "Brian Lara"),
        # the head of a bank in business news
        ("Jamie Dimon's memo has the banks talking again. Meanwhile my cat has forgotten me.", "Jamie Dimon"),
        # a side or a club by its fans' name, in a sentence of sport
        ("Long shift today, whole team on it for once 😂 and Villa win tonight an all", "Villa"),
        ("Bokke won so my whole outpatient clinic turned up in green and gold today", "Bokke"),
        ("Youth football tournament was a VIBE today ⚽🔥 Harambee Stars who?", "Harambee Stars"),
        # a big city's short name, a district of one
        ("TC question: which is the better move for long-term growth? 7 YOE, NYC based. Genuinely confused.", "NYC"),
        ("Snow in Brum again so the car's doing the slidey dance down every hill", "Brum"),
        ("The memo is still the main topic at every happy hour in Midtown.", "Midtown"),
        ("Housing crisis inna London nuh joke. Council waiting list long like Sunday.", "London"),
        # a town of tens of thousands the writer goes to, or talks of the weather in
        ("My 4yo asked if I fix grannies at work 😂 Off to Taupō for the long weekend, chur", "Taupō"),
        ("Snow in Penzance again so mind the hills on your visits today", "Penzance"),
        ("Spent a long weekend in Taupō with the kids, bliss", "Taupō"),
        # an HM inspectorate
        ("HM Inspectorate of Probation said so in their annual report. Caseloads like ours aren't safe.", "HM Inspectorate of Probation"),
    ],
)
def test_public_names_in_harmless_posts_are_left_alone(find, text, word):
    assert not any(word in t or t in word for t in _found(find, text)), _found(find, text)


@pytest.mark.parametrize(
    "text, word",
    [
        # a coach's own player, a patient, a client: the famous-sounding name stays someone's
        ("Sam Kerr scored twice for our under-12s in the final ⚽️ so proud of her", "Sam Kerr"),
        ("Brian Lara came in after his cricket match with a sore knee, booked him for bloods.", "Brian Lara"),
        ("My client Sam Kerr watched the match with me.", "Sam Kerr"),
        ("Jamie Dimon from the food bank rang about his shift", "Jamie Dimon"),
        # a club's name said of a colleague, or of a contract
        ("My colleague Villa won the raffle at work today", "Villa"),
        ("We won the Villa contract after a long pitch", "Villa"),
        # where someone lives, and a small invented place
        ("I live in Penzance with my kids and the school run is chaos", "Penzance"),
        ("Off to Tregarrow for the long weekend with the family", "Tregarrow"),
        # one business in a district: the district narrows down the writer's employer
        ("Can't name the company but we're a fintech in Shoreditch and the CEO is about to announce cuts", "Shoreditch"),
    ],
)
def test_private_people_and_small_places_in_the_same_shapes_are_still_found(find, text, word):
    assert any(word in t or t in word for t in _found(find, text)), _found(find, text)
