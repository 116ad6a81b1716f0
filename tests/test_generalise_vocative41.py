"""A replaced name that leaves a sentence no one would write, by the slot the name stood in (session 40's judges on
fresh40a-d: "Someone.", "Our had a milestone birthday", "(a room)", "Yes someone, I know EXACTLY who you are", "We know
you by name now someone", two different "someone else"s). Drafts written for these tests; each class with the near
case that must stay as it was beside it."""

from __future__ import annotations

from test_generalise import gen  # tests/ is on the path


# -- a name alone as a sentence, wherever the sentence stands and whatever kind the name was taken for ------------


def test_a_word_alone_opening_the_post_goes():
    assert gen("[Eish]. The stocktake found half the float missing.", "ORGANIZATION", role="accountant") == \
        "The stocktake found half the float missing."


def test_a_name_alone_closing_the_post_goes():
    out = gen("Long week on the unit, short on staff again. [Brannagh]!", "PERSON", role="nurse")
    assert out == "Long week on the unit, short on staff again."


def test_a_name_alone_after_an_emoji_goes():
    out = gen("Thank you all for a lovely send-off 🙏 [Tallulah]!", "PERSON", role="paediatric oncology nurse")
    assert out == "Thank you all for a lovely send-off 🙏"


def test_a_name_opening_a_sentence_that_goes_on_is_replaced():
    out = gen("Long week on the unit. [Brannagh] covered my break twice.", "PERSON", role="nurse")
    assert "Brannagh" not in out and out.endswith("covered my break twice.") and len(out.split()) >= 9


def test_a_post_that_is_only_the_name_keeps_general_words():
    assert gen("[Brannagh]!", "PERSON", role="nurse").strip(" !") != ""


# -- a fond "our"/"my" left without its noun ----------------------------------------------------------------------


def test_our_before_a_dropped_name_goes_with_it_when_the_role_has_no_noun():
    out = gen("Our [Tiernan] [turned 7] today and rang the end-of-treatment bell!", "PERSON", "AGE",
              role="paediatric oncology nurse")
    assert out == "Someone had a milestone birthday today and rang the end-of-treatment bell!"


def test_our_before_a_name_keeps_the_roles_noun():
    out = gen("Our [Tiernan] [turned 7] today and rang the end-of-treatment bell!", "PERSON", "AGE", role="nurse")
    assert out == "Our patient had a milestone birthday today and rang the end-of-treatment bell!"


# -- a bracket that held only the name ------------------------------------------------------------------------------


def test_a_bracket_holding_only_a_room_goes_whole():
    out = gen("Lady on the surgical ward ([side room 3]) pulled her cannula out again.", "FACILITY", role="nurse")
    assert "(" not in out and out.endswith("pulled her cannula out again.")


def test_a_bracket_with_more_than_the_name_stays():
    out = gen("Lady on the surgical ward (moved near [Bay 3] today) pulled her cannula out.", "FACILITY", role="nurse")
    assert "(moved near" in out and ")" in out


# -- a name said to someone, past the asides after it, or after a word that closes the clause ----------------------


def test_a_name_after_yes_past_a_date_in_commas_is_spoken_to():
    out = gen("He asked if I knew him. Yes [Mr Pemberton], DOB [03/07/1958], I know who you are.", "PERSON", "DATE_TIME",
              role="nurse")
    assert out.startswith("He asked if I knew him. Yes, ") and "Pemberton" not in out and "I know who you are." in out


def test_a_name_after_yes_with_no_words_to_him_is_still_replaced():
    out = gen("Which bed? Yes [Mr Pemberton], DOB [03/07/1958], was moved to the side room.", "PERSON", "DATE_TIME",
              role="nurse")
    assert "Pemberton" not in out and "patient" in out


def test_a_name_after_now_closing_a_sentence_to_you_goes():
    out = gen("Third visit this month with a splinter. We know you by name now [Dermot] 😂", "PERSON", role="nurse")
    assert out == "Third visit this month with a splinter. We know you by name now 😂"


def test_a_name_after_a_preposition_closing_the_sentence_stays_as_a_person():
    out = gen("Told you I'd be on shift with [Dermot] 😂", "PERSON", role="nurse")
    assert "Dermot" not in out and "with a " in out


# -- a third person is never a second "someone else" ----------------------------------------------------------------


def test_a_third_person_is_another_person():
    out = gen("Helped [Noreen] with the forms, then rang about [Padraig]. Cheers to [Fintan] at the council.",
              "PERSON", "PERSON", "PERSON", role="paediatric oncology nurse")
    assert out.count("someone else") == 1 and "another person at the council" in out


def test_the_second_person_again_is_still_someone_else():
    out = gen("Helped [Noreen] with the forms, then [Padraig] rang. I thanked [Padraig] for it.",
              "PERSON", "PERSON", "PERSON", role="paediatric oncology nurse")
    assert "another person" not in out


# -- a handle after the verb's object, and one before "tho" ------------------------------------------------------


def test_a_handle_after_tag_me_goes():
    out = gen("She never turned up, then tagged me [@glow_by_keisha] saying I never reply 🙄", "HANDLE", role="beautician")
    assert out == "She never turned up, then tagged me saying I never reply 🙄"


def test_a_handle_after_a_preposition_stays_a_person():
    out = gen("She never turned up, then complained to [@glow_by_keisha] that I never reply 🙄", "HANDLE", role="beautician")
    assert "keisha" not in out and "complained to someone that" in out


def test_tho_after_a_handle_is_no_noun_it_describes():
    out = gen("Grateful for the support from [@KinshipCarersUK] tho, they've been brilliant.", "HANDLE", role="foster carer")
    assert "KinshipCarersUK" not in out and "from someone tho," in out


# -- one more thanked in a list ---------------------------------------------------------------------------------


def test_a_name_thanked_among_other_members_goes_with_its_comma():
    out = gen("Thank you to the RCN, [FAMEd] and every midwife who put up with me.", "PERSON", role="midwife")
    assert out == "Thank you to the RCN and every midwife who put up with me."


def test_a_name_listed_outside_thanks_stays():
    out = gen("Went to the canteen, [Orlaith] and I split a scone.", "PERSON", role="nurse")
    assert "Orlaith" not in out and out.startswith("Went to the canteen, a ")


# -- who a name is after it, and "who NAME is" -----------------------------------------------------------------


def test_a_name_with_the_owner_after_it_is_the_owner():
    out = gen("Whole network down for two days. [Benedetto] the owner is livid with his son.", "PERSON", role="engineer")
    assert out == "Whole network down for two days. The owner is livid with his son."


def test_the_owners_possessive_after_a_name_is_someone_else():
    out = gen("Whole network down. I told [Benedetto] the owner's son had clicked it.", "PERSON", role="engineer")
    assert "the owner's son" in out and "told the owner's" not in out


def test_who_a_name_is_is_who_they_are():
    out = gen("His mum sent me his photo. I know exactly who [Joost] is 🙃", "PERSON", role="teacher")
    assert out == "His mum sent me his photo. I know exactly who they are 🙃"


def test_who_a_name_is_doing_something_keeps_the_person():
    out = gen("Guess who [Joost] is sitting next to today.", "PERSON", role="teacher")
    assert "Joost" not in out and "they are" not in out


def test_a_name_in_commas_after_a_role_takes_its_age_along():
    out = gen("Such a sweet patient today at our surgery, [Mrs Bains] [aged 93], walked in with her stick.", "PERSON", "AGE",
              role="nurse")
    assert "Bains" not in out and "93" not in out and "someone" not in out.lower() and "a patient," not in out


def test_a_name_with_an_age_and_no_role_before_is_still_a_person():
    out = gen("Home visit today, [Mrs Bains] [aged 93] walked me to the door.", "PERSON", "AGE", role="nurse")
    assert "Bains" not in out and "walked me to the door" in out and "patient" in out
