"""The role-noun rule and a lower-case word after the role: a name after a bare role ("our new grad
rosie", "my client kowalczyk", "my colleague, priya,"), no name after "the doctor", as a second role, or short."""

from __future__ import annotations

import pytest
from conftest import flagged_in


@pytest.mark.parametrize(
    "text, word",
    [
        ("Mango season = every family trying to give the doctor aam as a thank you. Can't accept 🥭😂", "aam"),
        ("Did 14 visits today, got lost twice. District nursing is boss, la 💙", "la"),
        ("Bless up to every nana and granny midwife who came before us 🇯🇲", "midwife"),
    ],
)
def test_a_lower_case_word_where_no_name_stands_is_notflagged_in(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("our new grad rosie smashed her first night shift", "rosie"),
        ("my client kowalczyk missed his appointment again", "kowalczyk"),
    ],
)
def test_a_lower_case_name_after_a_bare_role_is_still_caught(find, text, name):
    assert flagged_in(find, text, name)
