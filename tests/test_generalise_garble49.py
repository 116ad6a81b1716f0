"""Rewrites session 48's judges read as garbled in mostly-English posts (fresh48), by the slot the replaced words
stood in: a replacement that brings its own article after other Englishes' "the" or "our" ("at t' the branch",
"from us the office", "at da a patient junction"). Drafts written for these tests; each class with the near case
that must stay as it was."""

from __future__ import annotations

from test_generalise import gen  # tests/ is on the path


# -- other Englishes' "the" and "our" before a replaced name -------------------------------------------------------


def test_yorkshire_t_is_the_article_of_the_general_words():
    out = gen("had a fella in at t' [Hillsborough] branch today wantin' a loan", "LOCATION", role="bank clerk")
    assert out == "had a fella in at t' local branch today wantin' a loan", out


def test_shetland_da_after_a_preposition_is_the_article():
    out = gen("canna get da crash at da [Soondsetter] junction oot o me heid", "LOCATION", role="paramedic")
    assert "da a " not in out and "da the" not in out, out


def test_us_after_a_preposition_is_our():
    out = gen("lass from us [Crookes] office has been off sick six week", "LOCATION", role="manager")
    assert "us the" not in out, out


def test_shetland_wir_owns_the_noun_before_a_pet_name():
    out = gen("Wir peerie dug [Tammie] is been in da burn again", "PERSON", role="carer")
    assert out.startswith("Wir peerie dug is been"), out


def test_us_and_me_as_objects_keep_the_article():
    assert gen("Gave me [Mrs Patel] to look after today", "PERSON", role="nurse") == "Gave me a patient to look after today"
    assert gen("told us [Dr Okafor] would be late", "PERSON", role="nurse") == "told us a doctor would be late"


def test_us_after_of_is_the_pronoun():
    out = gen("the office still owes 3 of us [£1,240] each in overtime", "MONEY", role="clerk")
    assert "of us a " in out, out


def test_a_t_that_ends_a_word_is_no_article():
    # "can't" and "don't" end in "t" and a space, never "t'": the article of the general words stays
    out = gen("we can't [Hillsborough] help it", "LOCATION", role="bank clerk")
    assert "t' " not in out, out


# -- "someone" after a describing word or a possessive ----------------------------------------------------------------


def test_a_describing_word_before_a_second_someone_takes_one():
    out = gen("[Sam] came to assembly an little [Hope] in Y1 went quiet", "PERSON", "PERSON", role="other")
    assert "little someone" not in out and "another little one in Y1" in out, out


def test_a_describing_word_after_a_determiner_keeps_its_noun():
    assert gen("our wee [Tomasz] had a milestone", "PERSON", role="carer") == "our wee one had a milestone"


def test_an_before_a_consonant_is_and_not_the_article():
    out = gen("[Sam] came to assembly an little [Hope] in Y1 went quiet", "PERSON", "PERSON", role="teacher")
    assert "an another little student in Y1" in out, out


def test_our_before_a_name_said_as_someone_goes():
    out = gen("Here's wor [Ellie-Mae], liftin the trophy 🏆", "PERSON", role="other")
    assert out.startswith("Here's someone, liftin"), out


def test_his_before_a_thing_taken_for_a_name_stays():
    out = gen("[Bubba] left a patient in the hallway while he ate his [Whataburger] in the van", "PERSON", "PERSON",
              role="other")
    assert "ate his " in out, out
