"""How the rewrite says the ages session 41 found in their other written forms (wording written for these tests):
a baby's weeks kept vague in their unit, two ages of a couple as the band they share, "'s" and dialect "an" or
"nobbut" kept around the band, "N only" as "only a <band>", "N she is n" and "N years and she still"; and a
name after "our" replaced with its "our"."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, role, said, gone",
    [
        ("Home visit to baby Ellis on Fairfield Close today, 5 weeks old and feeding like a champ.", "health visitor",
         "a few weeks old and feeding", "5 weeks"),
        ("Rehoused Mr and Mrs Kowalczyk from Elm Row today, 84 and 80 years old and not a word of complaint.",
         "housing officer", "both elderly and not a word", "84"),
        ("Picked up Dazza from the Hanover Street arches again, lad's 61 an his cough is worse.", "outreach worker",
         "lad's middle-aged an his cough", "61"),
        ("Sat with his mam on Ward 9 all night. Lad's nobbut 15. Stay strong.", "chaplain",
         "Lad's nobbut a teenager.", "15"),
        ("Mrs Tembe on Holloway Road has 4 grandchildren in her care, the youngest only 7 months.", "social worker",
         "the youngest only a baby.", "7 months"),
        ("So proud of my tutee Wei Ling from Seremban, 17 only but already top of the state!", "tutor",
         "only a teenager but already", "17"),
        ("Fixed the boiler for Mrs Okafor on Tanner Street, 90 she is n still does her own garden.", "plumber",
         "still does her own garden", "90"),
        ("Painted the hall for Miss Ramdial in Arima, 86 years and she still cooks for the whole street.", "painter",
         "elderly and she still cooks", "86"),
        ("Found our Kez sleeping rough by Castle Street car park again, soaked through.", "outreach worker",
         "Found someone sleeping rough", "our Kez"),
    ],
)
def test_ages_and_names_said_in_their_slot(floor, text, role, said, gone):
    out = floor(text, role)
    assert said in out and gone not in out, out
