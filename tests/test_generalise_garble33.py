"""Garbles of the deterministic rewrite that session 23's judges marked on the fresh32 drafts, by the slot the
general words landed in, each pinned on made-up sentences of the same shape (issue 10, "Grammar"), with what
must stay as it was beside each:

- general words for a name that stood before a noun as its modifier, where no other slot took it ("someone
  weather", "an organisation puja", "elsewhere birthing unit"): the name goes, the noun stands;
- "the local" after a determiner and a describing word ("a good the local store"): the writer's determiner stays;
- a "-year-old" before a plain noun describes it ("an older person charmer"); an age as a verb's object before a
  particle is a noun ("talked a teenage off the ledge");
- an age in brackets opening with "aged" goes like a bare one ("the aunty an older person at the shop");
- a clock time with minutes and no "am" in a post with no night in it is the afternoon ("a staff meeting for
  the early hours" for 3:05).
"""

from __future__ import annotations

import pytest
from test_generalise_garble21 import gen  # tests/ is on the path


# -- general words before the noun a name described ----------------------------------------------------


@pytest.mark.parametrize(
    "draft, kind, expected",
    [
        ("[Brennock] weather in Leeds again ☔", "ORGANIZATION", "The weather in Leeds again ☔"),
        ("Off on Friday for [Tarvelle] puja with family.", "ORGANIZATION", "Off on Friday for the puja with family."),
        ("Anyone from [the Ashcombe County] DCFS office reading this?", "LOCATION", "Anyone from the DCFS office reading this?"),
        ("Welcomed a baby at [Korrimbi] birthing unit tonight!", "LOCATION", "Welcomed a baby at the birthing unit tonight!"),
        ("Sad news about Dan from [Pellingham] accounts is out.", "ORGANIZATION", "Sad news about Dan from accounts is out."),
    ],
)
def test_general_words_never_describe_a_noun(draft, kind, expected):
    assert gen(draft, kind, role="nurse") == expected


@pytest.mark.parametrize(
    "draft, kind, never",
    [
        ("Please let [Corwenna] know tonight.", "PERSON", "let the know"),  # a bare verb after "let"
        ("Sorted, [Dafydd] sings tonight!", "PERSON", "the sings"),  # a verb in "-s" with no preposition before
        ("[Brennock] hit another record today.", "ORGANIZATION", "The hit"),  # the name's verb
        ("Duke of [Tarvelle] bronze done!", "LOCATION", "Duke of the bronze"),  # a title's name
    ],
)
def test_a_verb_or_a_title_after_a_name_is_no_noun_it_describes(draft, kind, never):
    out = gen(draft, kind, role="nurse")
    assert never not in out, out


def test_a_describing_word_after_a_determiner_keeps_the_writers_article():
    out = gen("Anyone know a good [Brennock] store near here?", "PERSON", role="nurse")
    assert out == "Anyone know a good local store near here?", out


def test_a_place_noun_with_no_determiner_keeps_an_article():
    out = gen("Long day at [Brennock] school today.", "PERSON", role="teacher")
    assert out in ("Long day at the local school today.", "Long day at a school today."), out


# -- ages -----------------------------------------------------------------------------------------------


def test_a_year_old_before_a_plain_noun_describes_it():
    assert gen("Love note from the [70 year old] charmer", "AGE", role="pharmacist") == "Love note from the older charmer"
    assert gen("Taxes for a [94-yr-old] bloke who still uses pencil.", "AGE", role="accountant") == \
        "Taxes for an older bloke who still uses pencil."


def test_a_year_old_before_a_verb_stays_a_noun():
    out = gen("A [15 year old] stabbed in the park.", "AGE", role="paramedic")
    assert out.startswith("A teenager"), out


def test_an_age_before_a_particle_is_the_object_not_a_describing_word():
    out = gen("The officer talked a [16yo] off the ledge.", "AGE", role="police officer")
    assert out == "The officer talked a teenager off the ledge.", out


def test_an_age_in_brackets_after_aged_goes_like_a_bare_age():
    out = gen("Bumped into Aunty [Renwa] [(aged 91)] at the shop.", "PERSON", "AGE", role="police officer")
    assert "older person" not in out and "at the shop" in out, out
    assert gen("Mrs Dale [(91)] at the shop.", "AGE", role="nurse") == "Mrs Dale at the shop."


# -- clock times ----------------------------------------------------------------------------------------


def test_a_clock_time_with_minutes_and_no_am_is_the_afternoon():
    out = gen("Staff meeting moved to [3:05] on a Friday again.", "DATE_TIME", role="teacher")
    assert "afternoon" in out and "early hours" not in out, out


@pytest.mark.parametrize("draft", ["Night shift and the buzzer went at [3:05] again.", "Woke at [4:30] to feed the baby."])
def test_a_clock_time_in_a_post_about_the_night_stays_in_the_night(draft):
    out = gen(draft, "DATE_TIME", role="nurse")
    assert "afternoon" not in out, out


# -- the bare word for the writer's own person opening a sentence ------------------------------------------


@pytest.mark.parametrize(
    "draft, kinds, expected",
    [
        ("Client [Hope Ndereva] filed her returns late again.", ("PERSON",), "My client filed her returns late again."),
        ("Client [Mdm Tan] [(78)] finally signed today.", ("PERSON", "AGE"), "My client finally signed today."),
        ("Patient [Tadhg Brennock], DOB [03/11/1958], wants a letter.", ("PERSON", "DATE_TIME"), "My patient wants a letter."),
    ],
)
def test_a_bare_role_word_opening_a_sentence_takes_my(draft, kinds, expected):
    assert gen(draft, *kinds, role="lawyer") == expected


@pytest.mark.parametrize("draft", ["Nurse [Joy] said hi.", "Client: [Hope Ndereva] filed."])
def test_another_word_or_a_label_before_a_name_is_not_made_my(draft):
    out = gen(draft, "PERSON", role="lawyer")
    assert "My client" not in out and "My nurse" not in out, out


def test_a_role_word_with_its_determiner_keeps_it():
    assert gen("My client [Hope] filed today.", "PERSON", role="lawyer") == "My client filed today."


def test_a_date_of_birth_opening_a_post_still_takes_its_comma():
    assert gen("DOB [03/04/2024], weight 3.2kg.", "DATE_TIME", role="midwife") == "Weight 3.2kg."


# -- a determiner before no noun --------------------------------------------------------------------------


def test_a_name_gone_after_a_determiner_and_a_describing_word_leaves_one():
    out = gen("Crept up on me like the last [Brennock]. Done now.", "PERSON", role="pharmacist")
    assert out == "Crept up on me like the last one. Done now.", out


def test_a_name_gone_before_the_rest_of_its_clause_takes_no_one():
    out = gen("Our manager brought [Brennock] in for the whole team.", "PERSON", role="nurse")
    assert "brought in" not in out and " one" not in out, out


def test_a_verb_between_a_determiner_and_a_name_is_no_describing_word():
    out = gen("Our manager brought [Corwenna Tate] in for the whole team.", "PERSON", role="nurse")
    assert "brought in" not in out, out


# -- a title split from its name by its full stop -----------------------------------------------------------


def test_a_title_and_its_full_stop_go_with_the_name_after():
    out = gen("[Sr]. [Bernadette Nolan] retired today.", "PERSON", "PERSON", role="nurse")
    assert out.count(".") == 1 and "patient" not in out and "retired today." in out, out


def test_a_title_word_ending_a_sentence_before_another_name_stays_apart():
    out = gen("Thanks [Sr Nolan]. [Amara] starts today.", "PERSON", "PERSON", role="nurse")
    assert out.count(".") == 2, out


@pytest.mark.parametrize(
    "draft, kind, never",
    [
        ("Order sorted for [Mrs Tane] out at the bay.", "PERSON", "the out"),  # a particle, no noun
        ("Referral for [Dylan Brennock] DOB [03/04/2012] is waiting.", ("PERSON", "DATE_TIME"), "for DOB"),  # a label before a date
        ("A customer from [Brennock] come in today.", "LOCATION", "the come"),  # a subject's verb after its phrase
        ("The guy from [Brennock] comes in for veneers.", "LOCATION", "from comes"),
    ],
)
def test_no_noun_after_the_name_leaves_its_words(draft, kind, never):
    out = gen(draft, *((kind,) if isinstance(kind, str) else kind), role="dentist")
    assert never not in out, out


def test_the_article_the_handler_took_stays_before_the_noun():
    assert gen("We're being acquired by an [Aussie] firm, deal closes soon.", "PERSON", role="hr") == \
        "We're being acquired by a firm, deal closes soon."


def test_a_sentence_opening_with_a_name_and_a_verb_keeps_the_verbs_subject():
    out = gen("[Y'all] pray for my little buddy today.", "PERSON", role="teacher")
    assert not out.startswith("The pray"), out
