"""How the rewrite says the ages the general age reader (people/age_of_a_person.py) finds (wording written for these
tests): a bracket of details loses its "just" and the age, "she's N" keeps its band whatever language follows, an
age with another language's years goes whole from its aside, and one with a dialect's "old" before "and" keeps its
band."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, role, said, gone",
    [
        ("Proud of my apprentice Bilal Hussain (just 23, first job out of college) who fixed the boiler alone.",
         "plumber", "(first job out of college)", "23"),
        ("Mme Tremblay rang six times about her bill, she's 89 pis she forgot again.", "call centre agent",
         "she's elderly pis", "89"),
        ("Odwiedziłam dziś Pani Halina Nowak, 79 lat, mieszka sama.", "carer", "mieszka sama", "79 lat"),
        ("Big Tam fae Govan in the waitin room aboot his knee 😂 72 year auld and nae shame.", "GP receptionist",
         "elderly and nae shame", "72"),
    ],
)
def test_ages_read_by_the_general_reader_said_in_their_slot(floor, text, role, said, gone):
    out = floor(text, role)
    assert said in out and gone not in out, out


def test_another_languages_at_goes_with_the_age(floor):
    out = floor("Nosso voluntário mais antigo, o Sr. Baptista, is retiring aos 82 anos!! Festa sexta.", "care worker")
    assert "retiring!!" in out and "aos" not in out and "82" not in out, out
