"""Sentences the deterministic rewrite broke around a replacement (session 36, from the judges' notes on the
fresh35 drafts), each class pinned on made-up sentences of the same shape, with the near case that must
still be generalised beside it:

- a determiner and words that describe, then a handler's phrase with its own article or a bare "someone",
  whatever handler made it ("Our longest-serving the customer", "my older the client", "Our group's new the
  branch", "My sweet someone");
- a name before the noun it describes that the modifier rules did not take for a noun: a closed compound
  missing from the dictionary ("someone shoebox"), a participle before a plural ("the organisation conjoined
  twins"), a firm's noun left bare after a possessive ("last week's organisation escalator incident"), a firm
  opening its sentence ("An organisation audit team found");
- a name between a word of going and "way" ("out someone way"): a place, said as "nearby" (since fresh45);
- a count read from the middle of a decimal ("2.A few years"), after "all" ("all years of receipts"), or before
  "running" ("for years running").
"""

from __future__ import annotations

import re

import pytest

from test_generalise import gen


# -- a determiner said already: the phrase after it takes no article -------------------------------------


@pytest.mark.parametrize(
    "draft, role, expected, gone",
    [
        ("Our most loyal customer Brenwyn came in for her flu jab today, still sharp as a tack.", "pharmacist",
         "Our most loyal customer came in", "Brenwyn"),
        ("my 91-yr-old client Mrs Oriel Castleby rang again about her pension forms.", "accountant",
         "my older client rang again", "Castleby"),
        ("Our firm's new Westmarch office opens soon, keep it quiet for now.", "accountant",
         "Our firm's new office opens", "Westmarch"),
        ("My lovely Mr. Quillan sang to the whole lounge at lunch today.", "care assistant",
         "My lovely ", "Quillan"),
    ],
)
def test_a_determiner_said_takes_a_bare_noun(floor, draft, role, expected, gone):
    out = floor(draft, role)
    assert expected in out
    assert gone not in out
    assert not any(bad in out for bad in (" a resident", " the client", " the customer", " an organisation", " the area",
                                          " someone"))


@pytest.mark.parametrize(
    "draft, role, kept",
    [
        # "her" and "that" may be a pronoun and a conjunction: the phrase after them keeps its words
        ("I told her Tamsyn Orrell was late again.", "nurse", "told her "),
        ("Glad that Petronella Vask finally went home today.", "nurse", "Glad that "),
        # a noun's possessive with no describing word may be "is": "Mum's a nurse"
        ("My sister's Kestrin Ollard's best friend, small world.", "nurse", "My sister's "),
    ],
)
def test_a_pronoun_or_conjunction_is_no_determiner(floor, draft, role, kept):
    out = floor(draft, role)
    assert kept in out
    assert not any(name in out for name in ("Tamsyn", "Orrell", "Petronella", "Vask", "Kestrin", "Ollard"))
    assert " patient" not in out.split(kept, 1)[1][:9] or re.search(r"\b(?:a|the|another)\s+patient", out)


# -- a name before the noun it describes goes, whatever the noun ------------------------------------------


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        ("Kept every card in a [Brannoch] shoebox 😄", ("PERSON",), "nurse", "Kept every card in a shoebox 😄"),
        ("Met one of the [Cardow] conjoined twins, both thriving.", ("ORGANIZATION",), "nurse",
         "Met one of the conjoined twins, both thriving."),
        ("The boy from last week's [Orvell Rd] escalator incident is fine.", ("ORGANIZATION",), "social worker",
         "The boy from last week's escalator incident is fine."),
        ("[Tresk] audit team found the gap in the ledger.", ("ORGANIZATION",), "accountant",
         "The audit team found the gap in the ledger."),
    ],
)
def test_a_name_before_its_noun_goes(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


@pytest.mark.parametrize(
    "draft, types, role, expected",
    [
        # a family's name in the plural is the subject of its verb, never a participle's modifier
        ("Then the [Dunmores] visited friends.", ("ORGANIZATION",), "other", "Then a family visited friends."),
        # a person opening a sentence is its subject
        ("[Tavish Orrell] found the keys.", ("PERSON",), "nurse", "A patient found the keys."),
        # a firm opening a sentence before a verb keeps its phrase
        ("[Tresk] pays its bills late again.", ("ORGANIZATION",), "accountant", "Someone pays its bills late again."),
        ("Sat with [Will] yesterday.", ("PERSON",), "therapist", "Sat with a client yesterday."),
    ],
)
def test_a_name_that_is_no_modifier_keeps_its_words(draft, types, role, expected):
    assert gen(draft, *types, role=role) == expected


# -- "out X way": a place -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        # (said "nearby" since fresh45's judges read "lives out that way" as dangling: no "that" had been said)
        ("A lovely couple out [Ballykeel] way had twins tonight.", ("PERSON",), "A lovely couple nearby had twins tonight."),
        ("Anyone over [Kilbrannock] way got a charger?", ("LOCATION",), "Anyone nearby got a charger?"),
        ("Had a lass in today from up [Alston] way on her own", ("LOCATION",), "Had a lass in today from nearby on her own"),
    ],
)
def test_a_name_before_way_after_a_word_of_going_is_nearby(draft, types, expected):
    assert gen(draft, *types, role="midwife") == expected


@pytest.mark.parametrize(
    "draft, types, never",
    [
        # "way to" is a way of doing, not a place's way
        ("Not out [Ballykeel] way to be fair.", ("PERSON",), "nearby"),
        # no word of going: no place's way
        ("Told [Ballykeel] way more than I should.", ("PERSON",), "nearby"),
    ],
)
def test_way_without_a_word_of_going_is_no_place(draft, types, never):
    out = gen(draft, *types, role="midwife")
    assert never not in out and "Ballykeel" not in out


# -- a count fitted to its slot -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, role, said, never",
    [
        ("Braces off day for Tamsyn Orrell! 2.5 years of patience, rubber bands and drama 😂", "orthodontist",
         "A few years of patience", "2.A"),
        ("Filed returns for Mr. T.R. Quenby today, aged 83, he came in with all 12 years of receipts in a bag 😄",
         "accountant", "all those years of receipts", "all years"),
    ],
)
def test_a_count_fits_its_slot(floor, draft, role, said, never):
    out = floor(draft, role)
    assert said in out and never not in out


# -- a bracket cut in two by a replaced region goes whole --------------------------------------------------


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        # a name read across a bracket's opening: the rest of the aside goes with it, never "now, I know)"
        ("Snow on [the Carnedd (Moel Hebog] now, I know I KNOW) and my visits today.", ("ORGANIZATION",),
         "Snow on an organisation and my visits today."),
    ],
)
def test_a_bracket_opened_by_a_replaced_name_closes_with_it(draft, types, expected):
    assert gen(draft, *types, role="nurse") == expected


@pytest.mark.parametrize(
    "draft, types, expected",
    [
        # a bracket the name stands inside whole keeps its brackets
        ("Our new lead ([Tamsyn Orrell]) starts Monday.", ("PERSON",), "Our new lead (a colleague) starts Monday."),
        ("Shift swap with [Tamsyn Orrell] (nights) sorted.", ("PERSON",), "Shift swap with a colleague (nights) sorted."),
    ],
)
def test_a_bracket_around_a_name_stays(draft, types, expected):
    out = gen(draft, *types, role="nurse")
    assert out.count("(") == out.count(")") and "Orrell" not in out
    assert out.endswith(("starts Monday.", "(nights) sorted."))


def test_a_dropped_phrase_that_opened_a_bracket_leaves_no_closing_one(floor):
    out = floor("Welcome baby Tierra-Lou!! 💕 to the loveliest couple from Carnwell. Mam Shanique did amazing pet. "
                "Pic below (with permission!!)", "midwife")
    assert ")" not in out and "Shanique" not in out


# -- an age in brackets after a name is an aside --------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, types, role, never",
    [
        ("Client [Hollis] [(16yo)] finally let me sit with her at lunch.", ("PERSON", "AGE"), "youth worker", "teenage finally"),
        ("My patient [Mr Quenby] [(82 yrs)] walked the corridor today.", ("PERSON", "AGE"), "physiotherapist", "older walked"),
    ],
)
def test_a_bracketed_age_with_its_unit_goes(draft, types, role, never):
    out = gen(draft, *types, role=role)
    assert never not in out and "16" not in out and "82" not in out and "(" not in out


def test_an_age_before_its_noun_still_describes_it():
    assert gen("Saw a [13yo] client today.", "AGE", role="counsellor") == "Saw a teenage client today."


# -- an age said of several people is a plural band ------------------------------------------------------------


def test_an_age_said_of_they_is_plural():
    assert gen("His squad want to cut weight. [They're 14]. Absolutely not.", "AGE", role="dietitian") == \
        "His squad want to cut weight. They're teenagers. Absolutely not."


def test_an_age_said_of_one_stays_singular():
    assert gen("Met her daughter. [She's 14] and so sharp.", "AGE", role="dietitian") == \
        "Met her daughter. She's a teenager and so sharp."


# -- an adverb after a name is no noun the name describes ------------------------------------------------------


def test_a_name_before_an_adverb_keeps_its_words():
    out = gen("Glad that [Petra Vask] finally went home today.", "PERSON", role="nurse")
    assert out == "Glad that a patient finally went home today."


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Saw the [Okonkwo] family today.", "Saw the family today."),
        ("Joined the [Harrowby] rally today.", "Joined the rally today."),
    ],
)
def test_a_noun_in_ly_after_a_name_is_still_described(draft, expected):
    assert gen(draft, "PERSON", role="nurse") == expected


def test_a_persons_noun_in_er_is_no_describing_word():
    out = gen("I told her father [Tamsyn Orrell] was here.", "PERSON", role="nurse")
    assert "father patient" not in out and "Orrell" not in out
