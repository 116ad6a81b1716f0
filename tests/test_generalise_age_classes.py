"""The generaliser on ages said without age wording (rewriter/generalise/ages.py): a decade of life goes,
ages told together become their band, a guessed age goes with its hedge, a bare age opening a sentence goes
and the sentence opens on the next word, "'s N" after a person becomes a band. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from rewriter.generalise import generalise


@pytest.mark.parametrize(
    "text, role, expected, gone",
    [
        ("Attended a bloke in his 70s who had locked himself in the shed at Millbrook Farm. Fire crew came.",
         "paramedic", "a bloke who had locked himself", "70s"),
        ("Mediation with the Okonkwo-Blairs went badly. Their boys are 6 and 9. Hearing next month.",
         "family court mediator", "Their boys are young.", "6 and 9"),
        ("The Pryce twins have been with Carol Dunn since they were 2 and 4, and thrive.",
         "social worker", "since they were young", "2 and 4"),
        ("A girl came in from Holmfirth for emergency contraception, 15 at most, on her own. Referral made.",
         "pharmacist", "contraception on her own", "at most"),
        ("Thinking of the lad from the crash near Bettws on Friday. 17, his first week of work.",
         "paramedic", "His first week of work.", "17"),
        ("The tallest lad in our Tuesday squad at Cefn Rovers (6ft 6 at 14!) got scouted.", "coach",
         "(very tall for their age!)", "6ft"),
        ("The Dawson brothers fought in our lounge over the will. Their mum's 93 and sat there crying.",
         "care home manager", "Their mum's elderly and sat there", "93"),
    ],
)
def test_ages_without_age_wording_are_generalised(detector, text, role, expected, gone):
    out = generalise(text, detector.detect(text, role=role), role).text
    assert expected in out and gone not in out, out
