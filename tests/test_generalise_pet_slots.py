"""A pet named in a slot only an animal fills is said as the animal, never as a person (generalise/animals.py,
``pet_by_slot``): "had to put Biscuit to sleep" was "had to put someone to sleep". Names invented."""

from __future__ import annotations

import pytest
from test_generalise_garble21 import gen  # tests/ is on the path


@pytest.mark.parametrize(
    "draft, role, expected",
    [
        ("Had to put [Crumpet] to sleep today, 16yo lab, the family have come to us for years.", "vet",
         "Had to put a patient to sleep today"),
        ("A client brought [Crumpet] in 3 times this month for eating socks 🐶", "vet nurse", "brought a patient in"),
        ("Sad day at the practice. [Crumpet], a 17yo terrier, crossed the rainbow bridge.", "vet",
         "Sad day at the practice. A patient, a 17yo terrier"),
        ("Had to put [Crumpet] down today, my old dog of 14 years.", "teacher", "Had to put the dog down today"),
        # what has an owner beside its name is an animal, in any post (session 35)
        ("Huge congrats to [Crumpet] and her owner, back chasing sheep!!", "vet", "Huge congrats to a patient and her owner"),
        ("Congrats to [Crumpet] and his proud owner on the rosette!", "teacher", "Congrats to the pet and his proud owner"),
    ],
)
def test_a_pet_in_an_animals_slot_is_said_as_an_animal(draft, role, expected):
    out = gen(draft, "PERSON", role=role)
    assert expected in out, out
    assert "someone" not in out.lower(), out


@pytest.mark.parametrize(
    "draft",
    [
        "We brought [Tamsin] in for a chat about the rota.",  # no animal in the post: a person
        "Put [Tamsin] down for the late shift please.",
        "Huge congrats to [Tamsin] and her mum on the rosette!",  # a mum is no owner
    ],
)
def test_a_person_in_the_same_words_stays_a_person(draft):
    out = gen(draft, "PERSON", role="manager")
    assert "patient" not in out and "dog" not in out and "pet" not in out, out


def test_a_pets_name_the_model_called_a_place_is_the_animal_and_stays_it():
    # "put down Biscuit, the Hendersons' lab ... if Biscuit goes to doggy heaven" (session 35): the name in an
    # animal's slot is the animal, typed a place or not, and so is its later mention
    out = gen("Sad day 😢 put down [Crumpet], the family's old lab. Their son asked if Crumpet goes to doggy heaven.",
              "LOCATION", role="vet")
    assert "put down a patient" in out and "if the patient goes" in out and "area" not in out, out


def test_a_place_after_put_down_in_a_post_about_people_stays_a_place():
    out = gen("Put down [Leeds] as my first choice for the rotation.", "LOCATION", role="nurse")
    assert "patient" not in out and "dog" not in out, out


def test_a_pets_owner_and_its_possessive():
    # "Bella's owner Mrs Pennington ... Bella's recovery" (session 35): the pet is the patient, its owner is the owner,
    # never "someone's owner someone else ... Someone's recovery"
    out = gen("Big thank you to [Crumpet]'s owner [Mrs Allingham] for the card 🐕 [Crumpet]'s recovery has been textbook",
              "PERSON", "PERSON", "PERSON", role="vet")
    assert out == "Big thank you to a patient's owner for the card 🐕 The patient's recovery has been textbook", out


def test_a_persons_mum_is_no_owner():
    out = gen("Big thank you to [Tamsin]'s mum [Mrs Allingham] for the card", "PERSON", "PERSON", role="teacher")
    assert "patient" not in out and "pet" not in out, out
