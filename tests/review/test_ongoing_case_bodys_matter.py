"""ongoing_case (session 39): a matter said to be the investigators' or the court's ("it's a police matter now",
"a matter for the fiscal"), someone said to stand before them ("facing the Gardaí"), a matter now with the
service that holds offenders ("it's with Corrections") or handed to the lawyers ("referred it to counsel") is a
live case; a matter said to be no such thing, an interview panel faced, advice to readers and the everyday
senses of the words are not. Wording written for these tests."""

from __future__ import annotations

import pytest
from review_helpers import kinds


@pytest.mark.parametrize(
    "text",
    [
        "One of my lads got caught shoplifting again at the weekend. It's a police matter now, so I'll just keep showing up for him.",
        "Spoke to his mum this morning. If what she says is right this is a matter for the fiscal, not for me.",
        "Our apprentice took a van home without asking and crashed it, and now he's facing the Gardaí. Awful week.",
        "The lad I mentor breached his order again and it's with Corrections now. Gutted for him.",
        "Found discrepancies in a client's expense claims and referred it to counsel this afternoon.",
    ],
)
def test_a_matter_said_to_be_the_bodys(text):
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, a parking row over the verge isn't a police matter, it's the council's job.",
        "Facing the panel tomorrow for my senior post interview, wish me luck!",
        "Corrections to the rota are up on the board, please check your shifts.",
        "Our neighbour's barking dog is a matter for the council, apparently.",
        "I was junior counsel on that appeal years ago and I still tell students about it.",
    ],
)
def test_no_matter_of_theirs(text):
    assert "ongoing_case" not in kinds(text)
