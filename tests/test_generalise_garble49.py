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


def test_me_after_to_is_the_pronoun_before_a_phrase_put_straight_after():
    from rewriter.generalise.fit import determiner_said_before
    assert determiner_said_before(None, "She disclosed PTSD to me ", "a few years ago") == "a few years ago"
    assert determiner_said_before(None, "'ad a fella in at t' ", "the branch") == "branch"


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


# -- an age's aside after a word that says when -------------------------------------------------------------------


def test_an_age_aside_after_today_keeps_one_comma():
    out = gen("Visited [Mrs Kaur] in her flat today, [89 years old], fell last week, broken hip", "PERSON", "AGE",
              role="carer")
    assert "today, fell last week" in out, out


def test_an_age_aside_after_a_name_goes_with_both_commas():
    out = gen("Saw [Sarah], [9], today and she loves drawing", "PERSON", "AGE", role="nurse")
    assert out == "Saw a patient today and she loves drawing", out


# -- a name right after the clause's own "you" ----------------------------------------------------------------------


def test_a_name_after_thinking_of_you_is_who_is_spoken_to():
    out = gen("management are making us cover 😢 thinking of you [Lou] xx", "PERSON", role="nursery worker")
    assert out.endswith("thinking of you xx"), out


def test_a_name_after_you_know_who_you_are_goes():
    out = gen("(who shall remain nameless, you know who you are [Shirl] 🙄) has double-booked the hall", "PERSON",
              role="office manager")
    assert "you know who you are 🙄)" in out, out


def test_a_name_after_you_that_a_verb_follows_is_its_subject():
    out = gen("I told you [Sam] would come back today", "PERSON", role="nurse")
    assert "you a patient would come back" in out, out


# -- "nobody at <place>" ---------------------------------------------------------------------------------------------


def test_nobody_at_a_place_is_nobody_there():
    # (a clause with the writer in it, "nobody at X knows except me", drops the place whole: generalise/places.py)
    out = gen("carer for her mam. nobody at [Kirkby Fendyke] knows yet, just the head.", "LOCATION", role="teacher")
    assert "nobody there knows" in out, out


def test_nobody_from_a_place_is_still_from_elsewhere():
    assert gen("nobody from [Kirkby Fendyke] came to the meeting", "LOCATION", role="teacher") == \
        "nobody from elsewhere came to the meeting"
