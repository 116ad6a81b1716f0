"""A time that must go is replaced by words that fit its slot and its tense (issue 10, a judge of rewrites on
unseen drafts: "Sunday mass" -> "later this week mass", "in March" -> "soon" of a past month, "deposed
Friday" -> "deposed a day", "on the 14th" of an upcoming hearing -> "recently"). Each class from both sides."""

from __future__ import annotations

import pytest

from test_generalise import gen


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a weekday used as a modifier: a weekend day becomes "weekend", a working day just goes
        ("Lovely [Sunday] mass with the choir.", "Lovely weekend mass with the choir."),
        ("[Sunday] service overflowed into the car park", "Weekend service overflowed into the car park"),
        ("Bring the forms to [Tuesday] clinic please.", "Bring the forms to clinic please."),
        ("Reminder: [Thursday] handover is at the nurses' station.", "Reminder: handover is at the nurses' station."),
    ],
)
def test_a_weekday_before_a_noun_drops_or_becomes_weekend(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a dated event still to come: never "recently"
        ("Hearing on the [14th]. Dreading it.", "Hearing soon. Dreading it."),
        ("Her tribunal is [3 November] and I can't sleep.", "Her tribunal is soon and I can't sleep."),
        # a month in a past clause, whatever the verb: earlier this year, never "soon"
        ("She came to us [in March] and is thriving.", "She came to us earlier this year and is thriving."),
        ("Mum was admitted [in February], home now.", "Mum was admitted earlier this year, home now."),
        # a weekday after a past verb that is no stretch of time: "recently", not "a day"
        ("The witness was deposed [Friday].", "The witness was deposed recently."),
    ],
)
def test_a_date_keeps_its_tense(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # the other side: what already read well stays as it was
        ("Spent [Saturday] teaching my dad.", "Spent a day teaching my dad."),
        ("The op was on the [12th] and she's fine.", "The op was recently and she's fine."),
        ("Trial's [in May]. Emotionally wrecked.", "Trial's soon. Emotionally wrecked."),
        ("Branches are being sold [in March] and staff haven't been told.",
         "Branches are being sold soon and staff haven't been told."),
        ("My [Thursday] evening group brought me flowers.", "My group brought me flowers."),
        ("She fell on [Sunday] and broke her hip.", "She fell recently and broke her hip."),
    ],
)
def test_what_read_well_stays(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a month in a clause still to come, though a past form stands earlier in the sentence
        ("Heard from a mate that they're closing the unit [in March]. Gutted.",
         "Heard from a mate that they're closing the unit soon. Gutted."),
        ("Pleased to be instructed, trial listed for 9 weeks [in May].", "Pleased to be instructed, trial listed for 9 weeks soon."),
        ("News embargoed till the expo [in June], sorry.", "News embargoed till the expo soon, sorry."),
        # a weekday before a word that is no noun of the language stays a time
        ("the aunty told me, it's [Sunday] ji", "the aunty told me, it's this week ji"),
    ],
)
def test_a_month_to_come_and_a_weekday_before_no_noun(draft, expected):
    assert gen(draft, "DATE_TIME") == expected
