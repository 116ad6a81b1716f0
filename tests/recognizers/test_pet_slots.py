"""The animal slots both the detector and the generaliser read (support/pet_slots.py)."""

import pytest

from rewriter.detect.recognizers.support.pet_slots import animal_slot


def _slot(text: str, name: str) -> str | None:
    start = text.index(name)
    return animal_slot(text, start, start + len(name))


@pytest.mark.parametrize("text, name, slot", [
    ("Had to put Crumpet to sleep this morning", "Crumpet", "put"),
    ("Putting Biscuit down today, 14 good years with our spaniel", "Biscuit", "put"),
    ("Biscuit, Mrs Pargeter's 17yo Jack Russell, crossed the rainbow bridge", "Biscuit", "kind_said"),
    ("Pickle the cockapoo ate a sock", "Pickle", "the_kind"),
    ("Someone brought Biscuit in 3 times this month, the vets know him by name", "Biscuit", "brought"),
    ("Huge congrats to Pepper and her owner, back chasing sheep", "Pepper", "owned"),
    ("Sad day, had to put down Biscuit, our old spaniel", "Biscuit", "put"),
    ("Big thank you to Bella's owner for the card", "Bella", "owned"),
])
def test_a_word_in_a_slot_only_an_animal_fills(text, name, slot):
    assert _slot(text, name) == slot


@pytest.mark.parametrize("text, name", [
    ("Put Summer down for lates next week, the rota is a mess", "Summer"),  # a shift, not an animal
    ("Brought Grace in to meet the team on Monday", "Grace"),  # no animal in the post
    ("Summer, my best mate from uni, is getting married", "Summer"),
    ("Huge congrats to Summer and her mum on the new house", "Summer"),  # a mum is no owner
])
def test_a_person_in_a_like_slot_is_not_read_as_an_animal(text, name):
    assert _slot(text, name) is None


def test_a_vet_writing_is_about_animals_whatever_the_words():
    text = "Brought Pudding in twice this week"
    start = text.index("Pudding")
    assert animal_slot(text, start, start + 7) is None
    assert animal_slot(text, start, start + 7, animal_post=True) == "brought"


# Session 37: a farewell to a name in a post that says it is an animal's ("RIP Crumpet 🌈"); "RIP Grandad" is no pet's.
def test_a_farewell_in_a_post_about_a_pet_is_an_animals_slot():
    assert _slot("RIP Crumpet 🌈 the Vaskes' golden, 14 years of belly rubs", "Crumpet") == "mourned"
    assert _slot("RIP Grandad, we miss you every day", "Grandad") is None
