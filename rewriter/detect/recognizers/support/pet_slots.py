"""Slots only an animal fills, one definition read by the detector and by the generaliser.

A pet's name is often an everyday word ("Biscuit", "Pickle") and identifies its owner as well as a person's
name does. Where the sentence puts it in an animal's slot, the word is a name: "had to put Biscuit to sleep",
"Biscuit, Mrs Pargeter's 17yo Jack Russell", "Pickle the cockapoo", and in a post about animals "Someone
brought Biscuit in 3 times this month". The word-name recognizer finds the name through these slots; the
generaliser says it as the practice's patient or as the animal through the same slots, so that what one layer
calls a pet the other never calls a person ("put someone to sleep").
"""

from __future__ import annotations

import re

from .... import vocab

# The kinds of pet of rewriter/data/pet_words.txt ("dog", "labrador", "maine coon"), longest first.
PET_KINDS = vocab.alternation("pet_words")

_PUT_BEFORE = re.compile(r"(?i)\b(?:put|putting|puts)\s+$")
_PUT_DOWN_BEFORE = re.compile(r"(?i)\b(?:put|putting|puts)\s+(?:down|to\s+sleep)\s+$")
_TO_SLEEP_AFTER = re.compile(r"(?i)\s+to\s+sleep\b")
_DOWN_AFTER = re.compile(r"(?i)\s+down\b")
_BROUGHT_BEFORE = re.compile(r"(?i)\b(?:brought|bring|brings|bringing|booked)\s+$")
_IN_AFTER = re.compile(r"\s+in\b")
# "Biscuit, Mrs Pargeter's 17yo Jack Russell": the kind said after a comma, within a few words.
_KIND_SAID_AFTER = re.compile(rf",\s+(?:[\w'’-]+\s+){{0,4}}(?i:{PET_KINDS})\b")
# "Pickle the cockapoo": the kind right after "the".
_THE_KIND_AFTER = re.compile(rf"\s+the\s+(?i:{PET_KINDS})\b")
# "Pepper and her owner Rhodri", "Bella's owner Mrs P": what has an owner beside its name is an animal (no person is owned).
_OWNER_AFTER = re.compile(r"(?i)(?:[ \t]+(?:and|&|n)[ \t]+(?:his|her|their)|['’]s)[ \t]+(?:(?:proud|lovely|new|devoted|amazing|brilliant)[ \t]+)?"
                          r"(?:owners?|humans?|pawrents?)\b")
# A post about animals: a vet, a kind of pet, paws, neutering.
ANIMAL_POST = re.compile(rf"(?i)\b(?:vets?|veterinary|{PET_KINDS}|pets?|paws?|spay(?:ed)?|neuter(?:ed)?)\b")
# After a capitalised name, what shows the run of capitals is still an animal's name and not a thing's
# ("Ruby Tuesday"): put down or to rest, the kind said after it.
FOLLOWED_AS_ANIMAL = re.compile(
    r"\s+(?i:to\s+sleep|down\s+(?:today|this|yesterday|last)|to\s+rest)\b"
    rf"|,\s+(?:[\w'’-]+\s+){{0,4}}(?i:{PET_KINDS})\b"
    rf"|\s+(?:the|our|my|a)\s+(?:[\w-]+\s+)?(?i:{PET_KINDS})\b"
)


# "RIP Biscuit 🌈", "Rest easy Pickle": a farewell to a name, in a post that says it is an animal's (the rainbow
# bridge, a fur baby, belly rubs, or any word of ANIMAL_POST); "RIP Grandad" in a post about a person is no pet's
_FAREWELL_BEFORE = re.compile(r"(?i)\b(?:RIP|R\.I\.P\.?|rest\s+easy|rest\s+in\s+peace|run\s+free)[\s,]+$")
_PET_MOURNING = re.compile(r"(?i)🌈|rainbow\s+bridge|fur\s*-?\s*bab|good\s+(?:boy|girl)\b|belly\s+rubs|\bpaws?\b|\bwoof|\bpurr")


def animal_slot(text: str, start: int, end: int, *, animal_post: bool | None = None) -> str | None:
    """Which animal's slot the word at ``text[start:end]`` stands in, or None: "put" (put to sleep; put down
    in a post about animals), "kind_said" ("Biscuit, her Jack Russell"), "the_kind" ("Pickle the cockapoo"),
    "brought" (brought in, in a post about animals), "owned" ("Pepper and her owner"), "mourned" ("RIP Biscuit 🌈"). ``animal_post`` overrides the reading of the post (a vet
    writing is about animals whatever the words)."""
    def about_animals() -> bool:  # read only where a slot needs it: a long draft has many words to ask about
        return bool(ANIMAL_POST.search(text)) if animal_post is None else animal_post

    before = text[max(0, start - 20):start]
    if _PUT_BEFORE.search(before) and (_TO_SLEEP_AFTER.match(text, end)
                                       or (_DOWN_AFTER.match(text, end) and about_animals())):
        return "put"  # not "put Summer down for lates" in a post about shifts
    if _PUT_DOWN_BEFORE.search(before) and about_animals():
        return "put"  # "put down Biscuit, the Hendersons' lab" in a post about animals
    if _KIND_SAID_AFTER.match(text, end):
        return "kind_said"
    if _THE_KIND_AFTER.match(text, end):
        return "the_kind"
    if _OWNER_AFTER.match(text, end):
        return "owned"
    if _BROUGHT_BEFORE.search(before) and _IN_AFTER.match(text, end) and about_animals():
        return "brought"
    if _FAREWELL_BEFORE.search(before) and (_PET_MOURNING.search(text) or about_animals()):
        return "mourned"
    return None
