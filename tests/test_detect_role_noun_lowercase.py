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


@pytest.mark.parametrize(
    "text, word",
    [
        # a role word said of a degree is an adjective, not a role before a name
        ("Exam week survival kit: egg tarts and a very patient Form 4 class. Nearly there!", "Form"),
        # a slogan's verb after the role word, capitalised as a title is
        ("Reflecting on Orange Shirt Day today. Every Child Matters 🧡", "Matters"),
        # "ex" with no one's before it is Latin
        ("Twenty years at the Bar and I still can't say 'ex turpi causa' without laughing.", "turpi"),
        ("Got an ex parte order sorted before lunch, coffee time", "parte"),
    ],
)
def test_a_role_word_that_is_no_role_before_a_name_flags_nothing(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("My patient Dorota Wilkins asked me to pass on her thanks to the night team", "Dorota"),
        ("Shoutout to Nurse Joybell on ward 3, she held my patient's hand all night", "Joybell"),
        ("Auntie Roselyn makes the best jollof on the unit", "Roselyn"),
        ("my ex Tremaine turned up at the clinic again", "Tremaine"),
        ("Her ex Dariusz keeps ringing the front desk asking for her", "Dariusz"),
    ],
)
def test_a_name_after_a_role_word_is_still_caught(find, text, name):
    assert flagged_in(find, text, name)


def test_an_ex_opening_a_sentence_is_still_someones(find):
    assert flagged_in(find, "Long night. Ex Tremaine turned up at the clinic again", "Tremaine")
