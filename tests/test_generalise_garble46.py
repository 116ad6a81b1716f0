"""Rewrites session 45's judges read as nonsense in English posts (fresh45), by the slot the replaced words stood in:
two sides with "v" in a post about sport or a question of which brand to prefer made "a case"; an age used as a
noun before its verb made an adjective ("made a young cry", "our teenage self-harmed"); a second age left beside the
band of the first ("they're teenagers and 14"); an age with its unit opening a sentence ("An adult and never been
allowed"); an age with its unit in commas after the person, read as a second person ("auld fella out elsewhere, an
older person, fell"). Drafts written for these tests; each class with the near case that must stay as it was."""

from __future__ import annotations

from test_generalise import gen  # tests/ is on the path


# -- "X v Y": a match or two brands compared, not a court case -----------------------------------------------------


def test_a_fixture_in_a_post_about_sport_stays_as_written():
    out = gen("Who's watching [Leinster vs Ulster] tonight? Big match, the whole ward has a sweepstake 🏉", "ORGANIZATION",
              role="nurse")
    assert out.startswith("Who's watching Leinster vs Ulster tonight?"), out


def test_a_side_of_a_fixture_found_alone_stays_too():
    out = gen("Galway v [Mayo] in the Connacht final on Sunday and my manager is from Castlebar", "PERSON", role="social worker")
    assert "a case" not in out.lower() and out.startswith("Galway v Mayo in the Connacht final"), out


def test_two_brands_compared_in_a_question_stay():
    out = gen("[Philips vs Mindray] monitors for a small ICU... which would you pick and why?", "ORGANIZATION", role="nurse")
    assert out.startswith("Philips vs Mindray monitors"), out


def test_a_case_title_in_a_post_of_the_law_is_still_a_case():
    out = gen("[Castellan v Brightwater Homes] settled at the hearing today, after the match on Saturday I refereed",
              "ORGANIZATION", role="solicitor")
    assert "Castellan" not in out and "Brightwater" not in out and out.startswith("A case settled"), out


def test_a_case_title_with_a_question_and_a_word_of_the_law_is_still_a_case():
    out = gen("[Okafor v Linwood Care] is listed for Thursday in the tribunal, which barrister would you pick?", "ORGANIZATION",
              role="employment lawyer")
    assert "Okafor" not in out and "Linwood" not in out, out


# -- an age used as a noun before its verb ---------------------------------------------------------------------------


def test_an_age_as_the_object_of_made_before_a_bare_verb_is_a_noun():
    out = gen("The new locum made a [7yo] cry today and then blamed me", "AGE", role="dental nurse")
    assert "made a young child cry today" in out, out


def test_an_age_before_a_past_verb_ending_its_clause_is_a_noun():
    out = gen("rough night. our [15yo] self-harmed again, third time this month", "AGE", role="care worker")
    assert "our teenager self-harmed again" in out, out


def test_an_age_before_a_noun_is_still_an_adjective():
    assert gen("A [13yo] client told me a secret.", "AGE", role="therapist") == "A teenage client told me a secret."
    assert gen("made a [9yo] patient laugh today", "AGE", role="nurse") == "made a young patient laugh today"


def test_an_age_after_saw_before_a_verb_and_its_object_is_a_noun():
    assert gen("Saw the [4yo] climb the fence", "AGE", role="nurse").endswith("young child climb the fence")


# -- ages told together ----------------------------------------------------------------------------------------------


def test_a_second_age_after_the_first_goes_with_it():
    out = gen("it's all over the village group. [they're 13] and 14, they need support not a mob", "AGE", role="care worker")
    assert "they're teenagers, they need support" in out and "14" not in out, out


def test_a_number_after_an_age_that_is_no_age_stays():
    out = gen("[she's 13] and 2 weeks late with her meds", "AGE", role="nurse")
    assert "2 weeks" in out, out


# -- an age with its unit opening a sentence with "and" --------------------------------------------------------------


def test_an_age_with_years_opening_a_sentence_with_and_goes():
    out = gen("First swim at the leisure centre today!! [34 years old] and never been allowed in a pool before.", "AGE",
              role="support worker")
    assert "!! Never been allowed in a pool before." in out, out


def test_an_age_with_years_and_still_keeps_its_band():
    out = gen("Came in for her flu jab. [91 years old] and still sharp as a tack.", "AGE", role="nurse")
    assert "still sharp" in out and "91" not in out and out.count(".") >= 2, out


# -- an age with its unit in commas after the person -----------------------------------------------------------------


def test_an_age_with_its_unit_in_commas_after_the_person_goes_with_a_comma():
    out = gen("Had a caller tonight, an auld fella out in the hills, [94yo], fell in the yard", "AGE", role="call handler")
    assert out == "Had a caller tonight, an auld fella out in the hills fell in the yard", out


def test_an_age_with_its_unit_in_commas_before_a_list_stays_a_band():
    out = gen("Patient today, [34yo], Type 1, came in with DKA", "AGE", role="nurse")
    assert "34" not in out and "Type 1" in out, out


# -- a place after a word of going ------------------------------------------------------------------------------------


def test_a_place_after_away_to_goes_with_its_to():
    out = gen("Pure exhausted. Away to [Kinsale] for the weekend with the mam", "LOCATION", role="paralegal")
    assert out == "Pure exhausted. Away for the weekend with the mam", out


def test_a_place_after_off_to_is_still_said():
    # ("off now" would be a day off)
    assert gen("Shift done, off to [Whitby] now 🙌", "LOCATION", role="nurse") == "Shift done, off elsewhere now 🙌"


def test_a_place_after_went_to_is_still_said():
    out = gen("We went to [Kinsale] for the weekend", "LOCATION", role="paralegal")
    assert "went away for the weekend" in out, out


def test_a_place_before_way_after_a_word_of_going_is_nearby():
    out = gen("Lad's only eleven, lives out [Rothbury] way. Genetic, family had no idea.", "LOCATION", role="optometrist")
    assert out == "Lad's only eleven, lives nearby. Genetic, family had no idea.", out


# -- a name spoken to -------------------------------------------------------------------------------------------------


def test_a_name_before_you_after_a_comma_is_spoken_to():
    out = gen("Honestly thinking about her all day, [Ellie-May] you are braver than me 💙", "PERSON", role="call handler")
    assert out == "Honestly thinking about her all day, you are braver than me 💙", out


def test_a_name_after_a_comma_with_no_you_is_still_someone():
    out = gen("Handover was quick, [Ellie-May] took the bloods and I went home", "PERSON", role="nurse")
    assert "Ellie-May" not in out and "took the bloods" in out and ", took" not in out, out


def test_a_word_of_fondness_after_a_name_spoken_to_goes_with_it():
    out = gen("one of my foster carers just sent me a friend request. [Sandra] love, I adore you, but no.", "PERSON",
              role="social worker")
    assert out.endswith("friend request. I adore you, but no."), out


def test_love_after_a_name_that_is_no_address_stays():
    out = gen("[Sandra] loves the new rota, I think", "PERSON", role="nurse")
    assert "loves the new rota" in out, out


def test_an_age_with_its_unit_in_a_list_of_fragments_keeps_its_band():
    # (dev_drafts2: "the worst job of my life, 2 yr old, backyard pool, mum screaming": the child is the story)
    out = gen("honestly the worst job of my life, [2 yr old], backyard pool, mum screaming", "AGE", role="paramedic")
    assert "a young child, backyard pool" in out, out


def test_an_old_age_with_years_opening_a_sentence_with_and_keeps_its_band():
    out = gen("Shoutout to our custodian who shoveled the walk before anyone asked. [71 years old] and outworks all of us.",
              "AGE", role="teacher")
    assert out.endswith("asked. Elderly and outworks all of us."), out
