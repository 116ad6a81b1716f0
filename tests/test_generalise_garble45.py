"""Rewrites read as garbled on the tuning sets (session 45) where the generaliser's slot, not the detector, was at
fault. Each class is pinned on made-up sentences of the same shape, with the near case that must be left as it was:

- "someone else" points back to a "someone" the reader has met: when the first person's name became a noun
  ("our resident", "the lady") or went with its clause, the next name is the first "someone", never an orphan
  "someone else" (75 of 177 rewrites with "someone else" or "another person" on fresh39-42 had no earlier one).
"""

from __future__ import annotations

from test_generalise import gen


def test_someone_else_without_a_someone_before_it_is_someone():
    out = gen("Our resident [Thiago] got his status today. [Marisol] cried when I told her.", "PERSON", "PERSON",
              role="hostel support worker")
    assert out == "Our resident got his status today. Someone cried when I told her."


def test_someone_else_after_a_someone_stays():
    out = gen("[Dave] rang again today. [Maureen] answered and hung up on him.", "PERSON", "PERSON", role="housing officer")
    assert out.startswith("Someone rang") and "someone else answered" in out.lower()


def test_the_same_name_again_is_said_as_the_first_time():
    out = gen("Our resident [Thiago] waved. [Marisol] cried, and [Marisol] never cries.", "PERSON", "PERSON", "PERSON",
              role="hostel support worker")
    assert out == "Our resident waved. Someone cried, and someone never cries."


def test_a_third_name_is_another_person_after_someone_else():
    out = gen("[Dave] rang. [Maureen] answered. Then [Kev] shouted.", "PERSON", "PERSON", "PERSON", role="housing officer")
    assert out == "Someone rang. Someone else answered. Then another person shouted."


def test_a_name_after_a_noun_another_language_owns_goes():
    assert gen("Shoutout to mi compa [Juanito] who has been covering my shifts.", "PERSON", role="line cook") == \
        "Shoutout to mi compa who has been covering my shifts."
    assert gen("Mon gars [Kevin] a eu son premier test négatif.", "PERSON", role="addiction counsellor") == \
        "Mon gars a eu son premier test négatif."


def test_a_name_after_a_doer_noun_my_owns_goes():
    out = gen("Me care leaver [Kirsty] got her keys today.", "PERSON", role="personal adviser")
    assert out == "Me care leaver got her keys today."


def test_a_name_after_a_describing_word_stays_the_noun():
    assert gen("Our brave [Tai] lost his house.", "PERSON", role="teacher") == "Our brave student lost his house."
    assert gen("My beautiful [Sarah] came to visit.", "PERSON", role="nurse") == "My beautiful patient came to visit."


def test_a_name_then_the_occupation_is_the_occupation():
    out = gen("It was us who got [Gwyn] the farmer in after the quad bike flipped.", "PERSON", role="emergency nurse practitioner")
    assert out == "It was us who got the farmer in after the quad bike flipped."


def test_a_pet_name_then_a_breed_and_pet_noun_is_the_pet():
    out = gen("[Nerone] the Maremma sheepdog came in with a limp.", "PERSON", role="vet")
    assert out == "The Maremma sheepdog came in with a limp."


def test_a_name_told_something_about_an_occupation_keeps_its_clause():
    out = gen("I told [Jo] the plumber was coming at ten.", "PERSON", role="housing officer")
    assert "Jo" not in out and "the plumber was coming at ten" in out and not out.startswith("I told the plumber")


def test_spanish_me_before_a_verb_is_no_owner():
    out = gen("Customer on the phone: 'me llamo [Rosa Delgado], and your router blew up my TV'", "PERSON", role="call centre agent")
    assert "Rosa" not in out and "me llamo someone," in out
