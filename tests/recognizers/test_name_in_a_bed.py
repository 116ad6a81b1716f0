"""NameInABedRecognizer (people/name_in_a_bed.py): whoever lies in a numbered bed, bay or room is someone served."""

from __future__ import annotations

import pytest
from conftest import flagged_in


@pytest.mark.parametrize(
    "text, name",
    [
        ("Dolores Smith in bed 3 is nil by mouth from midnight.", "Dolores Smith"),
        ("PSA: Dolores Fairweather in bed 3 is nil by mouth from midnight.", "Dolores Fairweather"),
        ("Mabel in bed 6 is 101 today!", "Mabel"),
        ("Handed over Augustin on bay 4 to the day team.", "Augustin"),
    ],
)
def test_a_name_in_a_numbered_bed_is_caught(find, text, name):
    assert name in flagged_in(find, text, name.split()[0])[0]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Night shift. Patient in bed 5 kept pressing the buzzer.", "Patient"),
        ("Gran in bed 2 asked for toast and a cuppa.", "Gran"),
        ("Everyone in bay 4 slept through, a miracle.", "Everyone"),
        ("Lovely Irish gent in bed 7 sang all night.", "Irish"),
    ],
)
def test_what_someone_is_before_a_bed_is_notflagged_in(find, text, word):
    assert flagged_in(find, text, word) == []


# Issue 10 (leak33): a resident known by the part of the care place they live on, then what they did.
@pytest.mark.parametrize(
    "text, name",
    [
        ("Hope on the dementia unit called me 'mum' today and held my hand.", "Hope"),
        ("Aroha on the second floor at Fernbrook Court turned 90 today.", "Aroha"),
    ],
)
def test_a_name_on_a_unit_then_a_persons_act_is_caught(find, text, name):
    assert name in flagged_in(find, text, name)[0]


@pytest.mark.parametrize(
    "text, word",
    [
        ("Nurses on the ward said no to the new rota.", "Nurses"),
        ("Everyone on the second floor cried at the leaving do.", "Everyone"),
        ("Summer on the ward flew by.", "Summer"),
        ("Christmas on the ward looked amazing this year.", "Christmas"),
    ],
)
def test_what_goes_round_a_unit_is_not_flagged(find, text, word):
    assert flagged_in(find, text, word) == []
