"""Garbles of the deterministic rewrite at a replacement's seams, found by a checker over the analysis sets
of session 22 (helper garble22), each pinned on made-up sentences of the same shape, with a near miss beside
each:

- a place the detector called a firm, or a person, "to" which someone goes, moves, is taken or travels is
  a place ("moving back to Inishcarrow" was "moving back to someone", "a trip to Coorg" "a trip to someone");
- a firm's or a place's phrase after "a"/"an" and words that describe takes no article of its own
  ("an entire Colin the Caterpillar" was "an entire an organisation"); a unit's noun after "the new" is "the
  new office", never "the new the office";
- an acronym beside an acronym in a sentence in lower case is no shout ("AIIMS OPD line at 6am is" was
  "AN ORGANISATION OPD line");
- a place listed beside another name takes a noun, never an adverb ("from IKEA and B&M" was "from
  elsewhere and B&M").
"""

from __future__ import annotations

import pytest
from test_generalise_garble21 import gen  # tests/ is on the path


@pytest.mark.parametrize(
    "draft, kind, expected",
    [
        ("He is moving back to [Dunmarra] to look after his dad.", "ORGANIZATION", "He is moving back elsewhere to look after his dad."),
        ("Promised my wife a trip to [Ketteridge] next month.", "ORGANIZATION", "Promised my wife a trip away next month."),
        ("Took my nan to [Pellworth] for her birthday.", "PERSON", "Took my nan away for her birthday."),
    ],
)
def test_a_name_gone_to_is_a_place(draft, kind, expected):
    assert gen(draft, kind, role="nurse") == expected


@pytest.mark.parametrize(
    "draft, kind",
    [
        ("Half of [Tarrow Freight] is job hunting now.", "ORGANIZATION"),  # a part of a firm stays the firm
        ("Took the kids to [Sam] for a sleepover.", "PERSON"),  # a given name taken to is someone
    ],
)
def test_a_firm_or_a_person_not_gone_to_keeps_its_kind(draft, kind):
    out = gen(draft, kind, role="nurse")
    assert "away" not in out and "elsewhere" not in out, out


def test_after_an_and_a_describing_word_a_firm_takes_no_second_article():
    out = gen("Now eating an entire [Crumbly Cakes] in the staffroom.", "ORGANIZATION", role="teacher")
    assert "an entire an" not in out and out.startswith("Now eating an entire "), out


def test_an_article_before_a_plain_noun_is_left_alone():
    # "a" before a noun is not before the name: the name's own article stays
    out = gen("Got a card from [Crumbly Cakes] today.", "ORGANIZATION", role="teacher")
    assert "from an organisation" in out or "from a company" in out, out


def test_a_unit_after_the_new_takes_no_second_article():
    out = gen("Drafting offer letters for the new [Harwick] office nobody knows about.", "ORGANIZATION", role="hr")
    assert "the new office" in out and "the new the" not in out, out


def test_an_acronym_beside_an_acronym_in_lower_case_is_no_shout():
    out = gen("[KMRS] OPD line at dawn is a masterclass in patience.", "ORGANIZATION", role="doctor")
    assert not out.startswith("AN "), out


def test_a_shout_stays_a_shout():
    out = gen("SHOUTOUT TO [KMRS] ON THE NIGHT SHIFT", "ORGANIZATION", role="doctor")
    assert out == out.upper(), out


def test_a_place_listed_beside_another_name_takes_a_noun():
    out = gen("Cost me forty quid from [Brellow] and B&M.", "LOCATION", role="teacher")
    assert "elsewhere and" not in out and " and B&M" in out, out


def test_a_place_before_a_clause_joined_by_and_keeps_its_adverb():
    out = gen("Went to the shop in [Brellow] and bumped into a client.", "LOCATION", role="teacher")
    assert "and bumped" in out and "a local place" not in out, out


def test_a_place_in_a_place_slot_stays_a_place_whatever_verb_follows():
    # "in Ballinure is 101" was "A resident in another resident has ...": no one is "in" someone
    out = gen("[Mrs Quillane] in [Drumcarra] is 101 tomorrow.", "PERSON", "LOCATION", role="care worker")
    assert "in another" not in out and "Drumcarra" not in out, out


def test_a_place_name_shaped_like_a_person_without_in_may_still_be_someone():
    out = gen("Thanks [Corrie], you were brilliant.", "LOCATION", role="care worker")
    assert "elsewhere" not in out and "the area" not in out, out


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Our district in rural [Wexmoor] has no interveners.", "Our district in a rural area has no interveners."),
        ("Schools across northern [Wexmoor] are closing.", "Schools across a northern area are closing."),
    ],
)
def test_an_area_word_before_a_place_takes_a_noun(draft, expected):
    assert gen(draft, "LOCATION", role="teacher") == expected


def test_an_area_word_after_a_determiner_is_left_to_the_determiner():
    out = gen("We drove through the rural [Wexmoor] lanes.", "LOCATION", role="teacher")
    assert "a rural area" not in out, out


def test_a_name_flown_to_is_a_place():
    out = gen("We flew the whole family to [Corrabeg] for the race.", "PERSON", role="nurse")
    assert "to someone" not in out and "Corrabeg" not in out, out


def test_a_name_handed_to_stays_someone():
    out = gen("We handed the whole file to [Corrabeg] for the review.", "PERSON", role="nurse")
    assert "elsewhere" not in out and "away" not in out, out


def test_two_names_with_a_dropped_phrase_between_say_one_thing():
    # "Baby Aaliyah from NICU bed 4" was "The baby a bed": the place went, the bed ran on
    out = gen("[Baby Noorin] from [NICU] [bed 4] went home today.", "PERSON", "LOCATION", "FACILITY", role="nurse")
    assert "a bed" not in out and "went home today" in out, out


def test_a_name_and_a_bed_apart_stay_two_phrases():
    out = gen("[Baby Noorin] went home, and [bed 4] is free.", "PERSON", "FACILITY", role="nurse")
    assert "a bed" in out or "the bed" in out, out


def test_a_titled_name_after_a_name_runs_on():
    out = gen("[KQ] [Mr. Dorrance] at the school said no.", "ORGANIZATION", "PERSON", role="teacher")
    assert "a colleague" not in out or "organisation" not in out, out


def test_a_streets_word_left_outside_a_place_goes_with_it():
    out = gen("His last shift was on [Corrowa] Rd yesterday.", "LOCATION", role="paramedic")
    assert "Rd" not in out and "a local street" in out, out


def test_a_persons_surname_like_a_street_is_left_to_the_person():
    out = gen("Thanks to [Deborah] Lane for the cake.", "PERSON", role="paramedic")
    assert "a local street" not in out, out


def test_a_place_before_a_comma_and_a_name_keeps_its_adverb():
    # "at Telnova, Brendan": a comma says who, not a list of places
    out = gen("Family court in [Larchmoor], Nov 18. Any advice?", "LOCATION", role="therapist")
    assert "a local place" not in out, out


def test_a_shout_on_one_side_carries_into_the_name():
    out = gen("why has he written NURSE [QUILLA] IS THE BEST on the board", "PERSON", role="nurse")
    assert "NURSE" in out and "IS THE BEST" in out and "the nurse IS" not in out, out


def test_a_firm_welcomed_to_is_not_a_place():
    out = gen("Welcome to [Tandiwe Okorafor], our new analyst!", "ORGANIZATION", role="hr")
    assert "elsewhere" not in out and "away" not in out, out
