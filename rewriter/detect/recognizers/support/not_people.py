"""Words the small spaCy model takes for people, places or organisations that are none of these:

- a word of another language mixed into an English post, in lowercase ("says 'adjust kar lo'",
  rewriter/data/code_switch_words.txt);
- a thing named with "the" ("laboured by the Aga", "the Hoover's broken"): a person's name takes no
  article, save a nickname in quotes ("'the Tornado'") or a family by surname ("the Okafors");
- a medical term in lowercase ("a 16yo with fibrodysplasia ossificans progressiva"): a condition, for
  the condition recognizer and the review step, never an organisation;
- the writer's own pet ("my dog Pretzel", "Pickle the cockapoo", "walkies with Biscuit", "my own dog is the
  worst patient. Bella ate a sock", and in another language after its first-person possessive: "mon chat Pixel",
  "Můj pes Rex", "Hunden min Bamse"): an animal's name identifies no one. Someone else's pet ("Mrs K's dog Pretzel") is not the writer's and stays a name.
"""

from __future__ import annotations

import functools
import re

from .... import vocab
from ...ahead import answered_ahead
from . import lexicon

CODE_SWITCH_WORDS = vocab.words("code_switch_words")  # lowercase

# "the Aga", "The Hoover": an article and one capitalised word, not a plural surname ("the Okafors"); the
# model's span may run on into lowercase words ("the Aga on for us").
_THING_WITH_ARTICLE = re.compile(r"(?i:the)\s+[A-Z][a-z]+(?<!s)(?:\s+[a-z]+)*")
_QUOTE_BEFORE = re.compile(r"['‘\"“]\s*$")

_PETS = vocab.alternation("pet_words")
_PET_ADJECTIVES = r"(?:(?:own|new|old|little|baby|big|rescue|elderly|senior|beloved|sweet|daft|lovely|late|fur)\s+){0,2}"
# The writer's own "my" and "our", in standard spelling and as other Englishes say them (dialect_determiners.txt
# less "yer", "de", "di": "me dog", "ma cat Tunnock" in Scots, "mah", "wor" in Geordie).
_OWN = r"(?:my|our|mi|me|ma|mah|wor)"
# Before the name, the writer's own animal: "my dog", "our new puppy", "my staffie", "walkies with".
_OWN_PET_BEFORE = rf"(?:\b(?i:{_OWN})\s+{_PET_ADJECTIVES}(?i:{_PETS})s?,?|\b(?i:walkies|walkie)\s+(?i:with|for))\s+"
# After the name: "Pickle the cockapoo", "Biscuit, our dog", "Pretzel's vet bill"; not a person named by
# the work they do with animals ("Sam the dog walker").
_OWN_PET_AFTER = (
    rf"(?:,?\s+(?i:the|my|our)\s+{_PET_ADJECTIVES}(?i:{_PETS})s?\b(?!\s+(?i:walker|groomer|sitter|trainer|"
    rf"whisperer|lady|man|woman|owner|person|breeder|nurse|vet|rescuer))|['’]s\s+(?i:vet|vets|jabs|"
    rf"groomer|kennels?|lead|leash|flea|worming|walkies|food\s+bowl|tail)\b)"
)
_PET_NAME = r"[A-Z][\w-]+"
_LOWER_WORDS = re.compile(r"[a-z]+")
_PET_WORDS = frozenset(w for e in vocab.entries("pet_words") for word in e.lower().split() for w in (word, word + "s"))
# "my dog Pretzel", "our new puppy Mabel", "my very confused dog Moose", "our pharmacy dog Bramble", "my own
# eejit of a dog, Biscuit": the writer says the animal is theirs, whatever words describe it (not "me to their
# new puppy Biscuit": no word of someone else's between).
_ANY_DESCRIPTION = r"(?:(?!(?i:to|their|his|her|the|your|a|an|and|with|for|from|at|in|on)\s)(?:[a-z]+|[a-z]+\s+of\s+a)\s+){0,3}"
_OWNED_PET_NAMED = re.compile(rf"\b(?i:{_OWN})\s+{_ANY_DESCRIPTION}(?i:{_PETS})s?,?\s+(?P<name>{_PET_NAME})")
# "Our Jack (the cat)", "Wee Rory (the dug)": the animal said so in brackets after its name.
_PET_IN_BRACKETS = re.compile(rf"(?P<name>{_PET_NAME})\s+\((?i:the|my|our)\s+(?:[a-z]+\s+)?(?i:{_PETS}|moggie)[),]")
# The writer's own animal in another language: "mon chat Pixel", "Můj pes Rex", "mijn eigen hondje Bolletje", and
# the Nordic possessive after its noun, "Hunden min Bamse". Only a first-person possessive ("ton chat", "sein Hund"
# are someone else's), and only a word of that language for the animal.
_OTHER_PETS = vocab.alternation("pet_words_other_languages")
_OTHER_OWN = vocab.alternation("first_person_possessives_other_languages")
_OTHER_PET_WORDS = vocab.words("pet_words_other_languages")
_WORDS_ANY_SCRIPT = re.compile(r"[^\W\d_]+")
_OWN_PET_OTHER_LANGUAGE = re.compile(
    rf"(?<![\w'’])(?i:{_OTHER_OWN})\s+(?:(?i:eigen|eigene|eigener|propre|vlastní|własny|egen|eget|petit|petite|pequeño|"
    rf"pequeña|kleiner|kleine)\s+)?(?i:{_OTHER_PETS}),?\s+(?P<name>{_PET_NAME})"
    rf"|(?<![\w'’])(?i:{_OTHER_PETS})\s+(?i:min|mitt|vår|vårt|vores)\s+(?P<after>{_PET_NAME})"
)
# "My dog is the worst patient. Bella ate a sock", "the vet's own dog ... Bella": the writer's own animal, then a
# name opening the next sentence is the animal's; not one with a surname or a place of their own ("Sarah from
# next door", "Priya Shah", "Tom at work").
_OWN_PET_THEN_NAME = re.compile(
    rf"(?:\b(?i:my|our)\s+{_PET_ADJECTIVES}|\b(?i:own)\s+)(?i:{_PETS})s?\b[^.!?\n]*[.!?]+\s+(?P<name>{_PET_NAME})"
    rf"(?!\s+[A-Z]|\s+(?i:from|at|of|next\s+door|who|and\s+i)\b|['’]s\b)"
)
# "walkies with Biscuit", "Pickle the cockapoo", "Pretzel's vet bill": an animal, the writer's own unless the
# post is about work with animals, where it is a client's ("Luna the spaniel came in for her jabs").
_PET_NAMED = re.compile(
    rf"{_OWN_PET_BEFORE}(?P<after_kind>{_PET_NAME})|(?<![\w'’-])(?P<before_kind>{_PET_NAME})(?={_OWN_PET_AFTER})"
)
_ANIMAL_WORK = re.compile(
    r"\b(?i:vet|vets|veterinary|appointment|appointments|clinic|surgery|consult|groom|groomer|groomers|grooming|"
    r"dog\s+walk(?:er|ers|ing)|walker|kennels?|boarding|daycare|day\s+care|owner|owners|client|clients|patient|"
    r"patients|customer|customers|brought|booked\s+in|pet\s+sit\w*|house\s+sit\w*|training\s+class|rescue\s+centre|"
    r"shelter|rehom\w+|adopt\w*|euthan\w+|put\s+to\s+sleep|x-?ray|op|operation|neuter\w*|spay\w*)\b"
)


# Asked once per candidate name of a post (four times a post on average) and once more by the detector's
# family check, always about the same text: the last few texts' answers are kept.
@answered_ahead("own_pets")  # ~30 us a post: the helper process answers it ahead (detect/ahead.py)
@functools.lru_cache(maxsize=8)
def own_pet_names(text: str) -> frozenset[str]:
    """Names the writer gives their own animals in ``text``: "Pretzel" in "my dog Pretzel", "Pickle" in
    "Pickle the cockapoo"."""
    owned = {m.group("name") for m in _OWNED_PET_NAMED.finditer(text)} | {m.group("name") for m in _PET_IN_BRACKETS.finditer(text)}
    words = set(_WORDS_ANY_SCRIPT.findall(text.lower()))
    if _OTHER_PET_WORDS & words:  # most posts name no animal, in any language
        owned |= {m.group("name") or m.group("after") for m in _OWN_PET_OTHER_LANGUAGE.finditer(text)}
    if _PET_WORDS & words:
        owned |= {m.group("name") for m in _OWN_PET_THEN_NAME.finditer(text)}
    named = {m.group("after_kind") or m.group("before_kind") for m in _PET_NAMED.finditer(text)}
    # the post's animal work is read only when it could change the answer: its long alternation is
    # most of this function's time, and most posts name no animal
    if named <= owned or _ANIMAL_WORK.search(text):
        return frozenset(owned)
    return frozenset(owned | named)


def is_own_pet(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is the name of the writer's own animal, said so here or anywhere in the
    post ("my dog Pretzel ... Pretzel was sick")."""
    name = _OWN_LEAD.sub("", text[start:end].strip(" .,;:!?\"“”'‘’()"))
    return name.removesuffix("'s").removesuffix("’s") in own_pet_names(text)


# What the model may take into an animal's name: "Our Jack (the cat)", "Wee Rory (the dug)".
_OWN_LEAD = re.compile(r"^(?:Our|My|Wee|Little)\s+")


# Endings of Greek and Latin medical terms: "fibrodysplasia", "epidermolysis", "osteogenesis",
# "lymphangioleiomyomatosis", "hemiplegia".
MEDICAL_ENDINGS = (
    "plasia", "trophy", "osis", "itis", "oma", "pathy", "aemia", "emia", "algia", "ectasia", "genesis", "penia",
    "cytosis", "uria", "lysis", "plegia", "myelia", "cephaly", "dactyly", "ostosis", "iasis", "oses",
)


def is_code_switch_word(word: str) -> bool:
    """ "kar", "yaar", "abeg": a lowercase word of another language that is never a name."""
    return word in CODE_SWITCH_WORDS


def is_thing_with_article(text: str, start: int, end: int) -> bool:
    """ "the Aga": a capitalised thing after "the", not in quotes (a nickname: "'the Tornado'")."""
    return _THING_WITH_ARTICLE.fullmatch(text, start, end) is not None and not _QUOTE_BEFORE.search(
        text[max(0, start - 2) : start]
    )


def is_medical_term(word: str) -> bool:
    """ "fibrodysplasia", "osteogenesis", "arthritis": a lowercase word shaped like a medical term."""
    return word.islower() and len(word) >= 7 and word.endswith(MEDICAL_ENDINGS)


# The Latin qualifier of a condition's name: "ossificans", "progressiva", "bullosa", "imperfecta".
_LATIN_ENDINGS = ("ans", "ens", "iva", "ivum", "ivus", "ica", "icus", "icum", "alis", "osa", "osus", "osum", "ata",
                  "atus", "atum", "ilis", "ecta", "ectus", "ersus", "ersa", "ida", "ulgaris", "ior", "ius", "ia")


def is_latin_qualifier(word: str) -> bool:
    """ "ossificans", "progressiva": a lowercase Latin adjective that no English dictionary lists."""
    return word.islower() and len(word) >= 5 and word.endswith(_LATIN_ENDINGS) and not lexicon.is_ordinary_word(word)
