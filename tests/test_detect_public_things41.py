"""Public things still taken for private ones (issue 10, precision; session 41): a holiday by its one-word name in its
own language ("Koningsdag", "Pasko"), two capitalised words of a holiday after a wish ("Feliz São João"), and a
holiday's wish before "from" and a big place ("Maligayang Pasko from Leeds"). Each class on both sides: the same
shape made a person's, a client's or a small place's is still found. Fresh wording, not the tuning sets'. Real
Presidio engine (``find``)."""

from __future__ import annotations

import pytest


def _found(find, text):
    return [t for t, _ in find(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        # a holiday by its one-word name in its own language, in a sentence and as a tag
        ("Bevrijdingsdag morgen, dus de praktijk is dicht. Enjoy the long weekend!", "Bevrijdingsdag"),
        ("Pfingsten with the in-laws again, send snacks.", "Pfingsten"),
        ("Shop shut for Koningsdag, back on Monday 🧡 #Koningsdag", "Koningsdag"),
        # two capitalised words of a holiday, after a wish
        ("Selamat Hari Kebangsaan to all the night shift crew!", "Kebangsaan"),
        ("Feliz São João, pessoal! Corn cake in the break room.", "João"),
        # a holiday's wish, then "from" a big place: no one from there
        ("Maligayang Pasko from Birmingham, miss you all back home!", "Birmingham"),
        # anyone of a kind in a big place the post speaks to, or one more of many
        ("If you're a new dad in Bristol, the Tuesday group is brilliant.", "Bristol"),
        ("Another couple from Manchester moving to the Algarve, the trend goes on.", "Manchester"),
        # a moor, a chase, a forest or the downs the writer walks
        ("Knackered. Heading up Saddleworth Moor wi' the dog in the morning.", "Saddleworth"),
        ("Walked round Sherwood Forest at dawn and saw two deer.", "Sherwood"),
        # a cathedral or a museum the writer visits
        ("Lovely evensong at the Anglican Cathedral, then chips by the docks.", "Anglican Cathedral"),
        # a nation's exam or professional body by its initials, and a power supply by its initials
        ("Half my tuition batch is prepping for UPSC and the other half for CAT.", "UPSC"),
        ("Power cut again, the UPS beeped all through the stand-up.", "UPS"),
    ],
)
def test_public_things_are_left_alone(find, text, word):
    assert not any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # a person from a place is still someone ("Ferdie from Leeds")
        ("Ferdie from Sheffield came back in with the same chest pain.", "Sheffield"),
        # a holiday's two words without a wish may be a person's name
        ("Nadia Kebangsaan signed the consent form this morning.", "Nadia"),
        # news spread all over a town
        ("Word of the fire was all over Wakefield by teatime.", "Wakefield"),
        # one person's family and where they live
        ("My patient's dad in Bristol keeps ringing the ward for updates.", "Bristol"),
        # a moor where a story happened, or where someone lives
        ("Her body was found on Saddleworth Moor last week.", "Saddleworth"),
        ("My client lives on the edge of Epping Forest.", "Epping"),
        # a museum that is a client's
        ("My client's exhibition at the Hollins Gallery opens Friday.", "Hollins"),
        # a national body made a client
        ("Our client UPSC wants the portal live by March.", "UPSC"),
    ],
)
def test_private_things_are_still_found(find, text, word):
    assert any(word in t for t in _found(find, text))
