"""Names listed right after the word for the group they make ("twins", "the couple", "brothers") add nothing
to who they are: they go, the group word stays ("Our twins were born early"), never "Our twins two patients"
or "the couple an organisation". The detector leaves the group word out of the name it found ("Twins Fiadh &
Oisín" is the names). Names invented."""

from __future__ import annotations

import pytest
from test_generalise_garble21 import gen  # tests/ is on the path


@pytest.mark.parametrize(
    "draft, kinds, expected",
    [
        ("Our twins [Fiadh & Oisín] were born at 29 weeks.", ("ORGANIZATION",), "Our twins were born"),
        ("Had the couple [Hank and Marge] in again, lovely pair.", ("ORGANIZATION",), "Had the couple in again"),
        ("Brothers [Tomasz] and [Piotr Nowak] came in again today.", ("PERSON", "PERSON"), "Brothers came in again today"),
        ("a real sweet couple, [Hank & Marge], came in for their jabs", ("ORGANIZATION",), "a real sweet couple came in"),
        # the surname the two share goes with them
        ("Twins [Fiadh & Oisín Kearney] were born at 29 weeks.", ("ORGANIZATION",), "Twins were born"),
    ],
)
def test_names_after_the_word_for_their_group_go(draft, kinds, expected):
    out = gen(draft, *kinds, role="midwife")
    assert expected in out, out
    assert "organisation" not in out and "patient" not in out, out


def test_names_after_a_word_that_is_not_a_group_are_still_said_as_people():
    out = gen("Spoke to [Tomasz] and [Piotr Nowak] about the rota today.", "PERSON", "PERSON", role="manager")
    assert "Tomasz" not in out and "Nowak" not in out and "about the rota today" in out, out
    assert out.startswith("Spoke to ") and out != "Spoke to about the rota today.", out


@pytest.mark.parametrize("text, name", [
    ("Twins Fiadh & Oisín were born at 29 weeks and went home today", "Fiadh & Oisín"),
])
def test_the_detector_leaves_the_group_word_out_of_the_names(find, text, name):
    found = [t for t, _ in find(text)]
    assert name in found and not any(t.startswith("Twins") for t in found), found


def test_a_business_named_with_a_group_word_keeps_it(detector):
    # (a client's business: "lunch at Brothers Pizza" is the writer's own meal at a restaurant, kept since session 39)
    text = "Our client Brothers Pizza on the high street has gone bust"
    spans = [s for s in detector.detect(text) if "Pizza" in s.text]
    assert spans and all(s.text.startswith("Brothers") for s in spans), [(s.text, s.entity_type) for s in spans]
