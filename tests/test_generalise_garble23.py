"""Garbles of the deterministic rewrite on the analysis sets of session 23, by the slot the general words
landed in, each pinned on made-up sentences of the same shape (issue 10, "Grammar"), with what must stay as
it was beside each:

- a kind of pet taken for a name is said as the animal ("the laziest Labrador" was "the laziest someone");
  a name right before "the <breed>" is the pet's and goes ("Max the Labrador had" was "Someone someone else
  had");
- a name after a determiner and words that describe it, for a writer whose people have no noun of their own,
  takes one ("Our gorgeous Edna" was "Our gorgeous someone");
- an age between commas that goes keeps the second comma where a clause or a bare noun follows ("M, 34,
  agoraphobia" was "a client agoraphobia"; "last night, only 3, mummy was found" ran on);
- a name gone after "the"/"our" before a verb leaves its kind ("Whatever the CAO throws at ye" was "Whatever
  the throws", "our Eco Council presented" was "our presented");
- a region never stops inside a word ("Sunday evenings" was "this week s") and a dropped aside never glues
  the words either side ("membermoved");
- a dropped name's possessive goes with it ("ward 7 at St Aldhelm's told me" was "a hospital ward's told
  me"); a possessive name before the word for a kind of place is that place ("someone's Inn");
- a count before a name in the plural takes plural words ("11 Harry Potters" was "11 someone");
- an age that is a whole sentence goes with its stop ("Gallows Lane. 17 years old." was "... A teenager.");
- a reflexive after a name is no noun it modifies ("Came as the Gruffalo myself" was "Came as the myself").
"""

from __future__ import annotations

import pytest
from test_generalise_garble21 import gen  # tests/ is on the path

from rewriter.generalise.english import comma_kept_after_aside, predicate_at


# -- kinds of pet -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, kinds, expected",
    [
        ("Meet the laziest [Labrador] in all of the county.", ("PERSON",), "Meet the laziest dog in all of the county."),
        ("Put the little [Jack Russell] from the farm to sleep.", ("PERSON",), "Put the little dog from the farm to sleep."),
        ("[Max] the [Labrador] had his leg amputated today.", ("PERSON", "PERSON"), "The dog had his leg amputated today."),
        ("Met a [Cockapoo] at the park.", ("ORGANIZATION",), "Met a dog at the park."),
    ],
)
def test_a_kind_of_pet_is_said_as_the_animal(draft, kinds, expected):
    assert gen(draft, *kinds, role="vet") == expected


def test_a_pet_kind_after_a_possessive_replacement_takes_no_article():
    out = gen("Mr [Haldane]'s [Maine Coon] is back in again.", "PERSON", "PERSON", role="vet")
    assert out.endswith("'s cat is back in again."), out
    assert "'s a cat" not in out, out


@pytest.mark.parametrize(
    "draft, kinds",
    [
        ("[Dr Collie] said the results were fine.", ("PERSON",)),  # a surname after a title
        ("Dr [Collie] said the results were fine.", ("PERSON",)),
        ("[Bella] the nurse said hi.", ("PERSON",)),  # "the <role>", not "the <breed>"
    ],
)
def test_a_name_that_is_no_pet_kind_stays_a_person(draft, kinds):
    out = gen(draft, *kinds, role="nurse")
    assert "dog" not in out, out


# -- a described person -------------------------------------------------------------------------------


def test_a_described_name_takes_a_noun_by_the_pronoun_after():
    out = gen("Our gorgeous [Edna] had her birthday and she loved the cake.", "PERSON", role="home carer")
    assert out.startswith("Our gorgeous lady had her birthday"), out
    out = gen("Our cheeky [Arthur] won at bingo again, he is unstoppable.", "PERSON", role="home carer")
    assert out.startswith("Our cheeky gentleman won"), out


def test_a_little_one_is_one():
    out = gen("So proud of our little [Jayden] today.", "PERSON", role="other")
    assert out == "So proud of our little one today.", out


def test_a_writer_whose_people_have_a_noun_keeps_it():
    out = gen("So proud of our brave [Samira] today.", "PERSON", role="therapist")
    assert out == "So proud of our brave client today.", out


def test_a_name_after_a_determiner_alone_is_left_to_its_handler():
    # no describing word: "our" alone before a name is not this slot's (no "our lady" guessed from "she")
    out = gen("Saw our [Edna] today and she smiled.", "PERSON", role="home carer")
    assert "lady" not in out, out


# -- an age between commas ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, comma_end, kept",
    [
        ("M, 34, agoraphobia", 6, True),  # a bare noun after: the comma stays
        ("last night, only 3, mummy was found", 19, True),  # a clause of its own
        ("last night, only 3, she was found", 19, True),
        ("Sarah, 9, loves the piano", 9, False),  # the predicate
        ("Sarah, 9, was found", 9, False),
        ("Tom, 8, from Leeds", 7, False),  # a preposition
    ],
)
def test_the_second_comma_of_an_aside(text, comma_end, kept):
    assert comma_kept_after_aside(text, comma_end) is kept


def test_an_age_in_commas_before_a_bare_noun_keeps_a_comma():
    out = gen("Shared with consent: [M], [34], agoraphobia. Never give up.", "PERSON", "AGE", role="therapist")
    assert "a client, agoraphobia" in out.lower(), out


def test_an_age_in_commas_before_the_verb_goes_with_both():
    out = gen("[Sarah], [9], loves the piano.", "PERSON", "AGE", role="primary teacher")
    assert ", loves" not in out and "loves the piano" in out, out


def test_an_age_in_commas_before_a_clause_keeps_the_sentence_apart():
    out = gen("The boy we removed last night, only [3], mummy was found unwell.", "AGE", role="social worker")
    assert "last night, mummy was found" in out, out


# -- a name gone before a verb ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Whatever the [CAO] throws at ye, you'll be fine.", "Whatever the organisation throws at ye, you'll be fine."),
        ("Proud moment: our [Eco Council] presented to the MP today.", "Proud moment: our organisation presented to the MP today."),
    ],
)
def test_a_name_gone_before_a_verb_leaves_its_kind(draft, expected):
    assert gen(draft, "ORGANIZATION", role="secondary teacher") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Visited the [Leeds] branches in Yorkshire.", "Visited the branches in Yorkshire."),
        ("The [Okafor] siblings screaming at each other again.", "The siblings screaming at each other again."),
    ],
)
def test_a_name_before_a_plural_noun_is_still_its_modifier(draft, expected):
    assert gen(draft, "ORGANIZATION", role="consultant") == expected


def test_a_verb_in_s_needs_its_object():
    assert predicate_at("the CAO throws at ye", 7)
    assert not predicate_at("the Leeds branches in Yorkshire", 9)
    assert not predicate_at("the siblings screaming", 3)
    assert predicate_at("our council presented to the MP", 11)
    assert not predicate_at("our Birmingham based office", 14)  # an "-ed" word before its noun


# -- regions and words ---------------------------------------------------------------------------------


def test_a_region_never_stops_inside_a_word():
    out = gen("Thanks for putting up with [Sunday] evenings of reading.", "DATE_TIME", role="headteacher")
    assert " s of reading" not in out and "evenings of reading" in out, out


def test_a_dropped_aside_keeps_the_words_apart():
    out = gen("Need advice. [Case J.M.] (DOB [03/07/2015]) moved house last week.", "PERSON", "DATE_TIME", role="social worker")
    assert "moved house" in out and not any(w.endswith("moved") and w != "moved" for w in out.split()), out


# -- possessives ---------------------------------------------------------------------------------------


def test_a_dropped_names_possessive_goes_with_it():
    out = gen("Bill on [ward 7] at [St Aldhelm's] told me a story.", "FACILITY", "FACILITY", role="mental health nurse")
    assert "'s told" not in out and "told me a story" in out, out


def test_a_possessive_name_before_a_kind_of_place_is_that_place():
    out = gen("Thanks to everyone at [St Aldhelm]'s Hospital today.", "PERSON", role="nurse")
    assert out == "Thanks to everyone at a hospital today.", out


def test_a_possessive_name_before_a_plain_noun_stays_a_possessive():
    out = gen("[Sarah]'s mum called me today.", "PERSON", role="nurse")
    assert out.endswith("'s mum called me today."), out


# -- counts, whole-sentence ages, reflexives -------------------------------------------------------------


def test_a_count_before_a_plural_name_takes_plural_words():
    out = gen("I counted 11 [Harry Potters], 6 [Elsas] and a Gruffalo.", "PERSON", "ORGANIZATION", role="primary teacher")
    assert out == "I counted 11 people, 6 organisations and a Gruffalo.", out


def test_a_count_before_a_singular_name_is_left_alone():
    out = gen("Room 4 [Sarah] said hi.", "PERSON", role="nurse")
    assert "people" not in out, out


def test_an_age_that_is_a_whole_sentence_goes_with_its_stop():
    out = gen("Put our old dog to sleep today. [17 years old]. The family were heartbroken.", "AGE", role="vet")
    assert out == "Put our old dog to sleep today. The family were heartbroken.", out


def test_an_age_inside_a_sentence_is_still_said():
    out = gen("She is [17 years old]. The family were heartbroken.", "AGE", role="vet")
    assert out.startswith("She is ") and out != "She is . The family were heartbroken.", out


def test_a_reflexive_after_a_name_is_no_noun():
    out = gen("Came as [the Very Hungry Caterpillar] myself.", "ORGANIZATION", role="primary teacher")
    assert "the myself" not in out and out.endswith(" myself."), out


def test_a_double_barrelled_name_found_in_two_parts_is_one_name():
    out = gen("Mediation with the [Vasquez]-[Reids] went six hours.", "PERSON", "PERSON", role="mediator")
    assert out == "Mediation with the family went six hours.", out


def test_two_names_with_a_spaced_dash_stay_two():
    out = gen("Rota swap: [Sarah] - [Tom] covers nights.", "PERSON", "PERSON", role="nurse")
    assert out.count("-") == 1, out


def test_a_year_before_a_name_is_no_count():
    out = gen("Sent me a bottle of 2005 [Petrus] after our last session.", "PERSON", role="coach")
    assert "people" not in out, out


def test_a_noun_in_s_before_a_determiner_is_no_verb():
    assert not predicate_at("On the BBC news the dog", 11)
    assert predicate_at("whatever the board tells me", 18)


@pytest.mark.parametrize(
    "draft, expected",
    [
        ("Our locum [Ade] keeps leaving the keys out.", "Our locum keeps leaving the keys out."),
        ("Cleanest report came from my supervisee [Jo] this year.", "Cleanest report came from my supervisee this year."),
    ],
)
def test_a_name_after_a_determiner_and_a_noun_only_says_which_one(draft, expected):
    assert gen(draft, "PERSON", role="pharmacist") == expected


def test_a_name_after_a_describing_ed_word_is_not_dropped():
    out = gen("Never seen a swallowed [Lego] sit so neatly.", "PERSON", role="paediatric nurse")
    assert "swallowed sit" not in out, out


def test_a_name_in_two_parts_after_a_noun_goes_whole():
    out = gen("Best report came from my supervisee [Anjali] [Raghunathan]. Framing it.", "PERSON", "LOCATION", role="psychologist")
    assert "the area" not in out and "elsewhere" not in out, out
