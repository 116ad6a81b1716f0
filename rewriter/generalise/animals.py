"""Kinds of pet taken for names: "the laziest Labrador" -> "the laziest dog", "Mr Haldane's Maine Coon" ->
"a customer's cat", "Max the Labrador had" -> "The dog had". A breed names no one; what reads as nonsense
is a person's placeholder where an animal stood ("the little someone from the farm")."""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .context import Context, Replacing
from ..detect.recognizers.support.pet_slots import ANIMAL_POST, animal_slot
from .english import DETERMINERS, in_sentence_case, possessive_after


# "labrador" -> "dog", "maine coon" -> "cat": the dog and cat kinds of rewriter/data/pet_words.txt
PET_KINDS: dict[str, str] = vocab.meanings("pet_words")
# Those kinds as one alternation, longest first ("jack russell" before "jack"); the dog and cat kinds only, so
# that every match has a plain word to be said as (the detector's pet_slots.PET_KINDS holds every kind).
_KINDS = "|".join(re.escape(k) for k in sorted(PET_KINDS, key=len, reverse=True))
_KIND = re.compile(rf"(?i)(?:^|\s)({_KINDS})(s)?$")
# Before the animal, what makes it determined: "the laziest", "my old", "Mr Haldane's", "our two", "3".
_DETERMINED_BEFORE = re.compile(r"(?i)(?:(?<![\w'’])(?:" + "|".join(sorted(DETERMINERS | {"a", "an", "every", "each", "one", "no"}))
                                + r")|['’]s|\d+)\s+(?:[a-z][\w-]*\s+){0,3}$")
_TITLES = vocab.words("titles")
_TITLE_BEFORE = re.compile(r"\b(?:" + vocab.alternation("titles") + r")\.?[ \t]+$", re.IGNORECASE)
# A pet's name right before "the <breed>": "Max the Labrador had his leg amputated".
_THE_KIND_AFTER = re.compile(rf"[ \t]+the[ \t]+({_KINDS})\b", re.IGNORECASE)


def pet_kind(text: str) -> tuple[str, str, bool] | None:
    """(the words before the breed, the animal, plural) when ``text`` ends with a kind of pet, else None:
    "Jack Russell" -> ("", "dog", False), "Sweetest Chihuahua" -> ("Sweetest", "dog", False)."""
    bare = re.sub(r"['’]s?$", "", text.strip())
    m = _KIND.search(bare)
    if m is None:
        return None
    before = bare[:m.start(1)].strip()
    if before and (not re.fullmatch(r"[A-Za-z][a-z-]*\.?", before) or before.rstrip(".").lower() in _TITLES):
        return None  # "Ruby Spaniel Smith", "Dr Collie": more than a word that describes it, a name after all
    return before, PET_KINDS[m.group(1).lower()], bool(m.group(2))


def pet_span(ctx: Context, span: Span) -> Replacing | None:
    """The region and words for a span that is a kind of pet, or None: "the laziest Labrador" -> "the laziest
    dog", "my neighbour's Labradors" -> "my neighbour's dogs", "met a Jack Russell" -> "met a dog"."""
    kind = pet_kind(span.text)
    if kind is None or _TITLE_BEFORE.search(ctx.text, max(0, span.start - 12), span.start):
        return None  # "Dr Collie said": a surname after a title, whatever else it means
    before, animal, plural = kind
    poss = possessive_after(ctx.text, span.end)
    end = span.end + poss
    suffix = ("s" if plural else "") + ("'s" if poss or re.search(r"['’]s$", span.text) else "")
    noun = animal + suffix
    if before:  # "Sweetest Chihuahua called Mr Bojangles" -> "Sweetest dog called ..."
        return span.start, end, f"{before} {noun}"
    # the writer's words before it, even where a replacement stands for them now ("Mr Haldane's Maine Coon")
    if plural or _DETERMINED_BEFORE.search(ctx.text, max(0, span.start - 80), span.start):
        return span.start, end, noun
    return span.start, end, "a " + noun


def named_before_kind(ctx: Context, span: Span) -> Replacing | None:
    """"Max the Labrador had his leg amputated" -> "The dog had ...": a name right before "the <breed>" is a
    pet's, and the breed already says which animal; the name goes, the breed is said as the animal."""
    kind = _THE_KIND_AFTER.match(ctx.text, span.end)
    if possessive_after(ctx.text, span.end) or kind is None:
        return None
    poss = possessive_after(ctx.text, kind.end())
    return span.start, kind.end() + poss, "the " + PET_KINDS[kind.group(1).lower()] + ("'s" if poss else "")


# A kind of pet right before a one-word name, after a determiner or an owner's possessive: "Mrs Hargreaves's pug
# Gladys", "our collie Fly", "my cat Smudge". The kind already says which animal; the name goes alone.
_KIND_BEFORE_NAME = re.compile(rf"(?i)(?:\b(?:my|our|his|her|their|your|the|a|an)|['’]s)[ \t]+(?:[a-z]+[ \t]+)?({_KINDS})[ \t]+$")


def named_after_kind(ctx: Context, span: Span) -> Replacing | None:
    """"Mrs Hargreaves's pug Gladys in again" -> "Mrs Hargreaves's pug in again", never "pug someone else": a
    one-word name right after its owner's word for the animal is the pet's, and goes with the space before it."""
    name = span.text.strip()
    if " " in name or not name[:1].isupper() or possessive_after(ctx.text, span.end):
        return None  # "my cat Smudge's bowl": the possessive needs its noun, left to the other slots
    kind = _KIND_BEFORE_NAME.search(ctx.text, max(0, span.start - 60), span.start)
    if kind is None or kind.group(1).lower() not in PET_KINDS:
        return None
    return kind.end(1), span.end, ""


# A pet named in a slot only an animal fills, read through the detector's own definition of those slots
# (detect/recognizers/support/pet_slots.py): "had to put Biscuit to sleep", "brought Biscuit in 3 times",
# "Biscuit, Mrs Pargeter's 17yo Jack Russell, crossed the rainbow bridge". A person's word there ("put someone
# to sleep") reads as a person put down: the name is said as the practice's patient where the post is animal
# work, else as the animal.
_ANIMAL_WORK = re.compile(r"(?i)\b(?:vets?|veterinary|practice|clinic|surgery|owners?|nurse)\b")
_KIND_IN_POST = re.compile(rf"(?i)\b({_KINDS})\b")


# After a name's possessive, a part of a body or what is done to one: "Birba's stitches", "Tank's leg". A place or a
# firm has none of them, so a name the model took for one is the animal in a post about animals.
BODY_AFTER = re.compile(r"(?i)['’]s[ \t]+(?:(?:new|old|little|poor|sore|bad|broken)[ \t]+)?(?:stitches|sutures|op|operation|surgery|"
                         r"leg|legs|paw|paws|tail|ear|ears|eye|eyes|wound|bandage|cone|vaccines?|vaccinations?|jabs?|meds|"
                         r"medication|tablets|bloods|x-?rays?|scan|recovery|dressing|teeth|tooth|dental|spay|neuter|castration|"
                         r"coat|fur|weight|hips?|knee|tummy|belly|skin|lump|cast|splint)\b")


def pet_by_slot(ctx: Context, span: Span) -> Replacing | None:
    """ "had to put Biscuit to sleep" -> "had to put a patient to sleep" (a vet's post) or "put the dog to
    sleep"; None where the slot or the post shows no animal."""
    text = ctx.text
    vet = bool(re.search(r"(?i)\bvet", ctx.role or ""))
    about_animals = vet or bool(ANIMAL_POST.search(text))
    # "Pickle the cockapoo" is named_before_kind's: the breed already says the animal
    slot = animal_slot(text, span.start, span.end, animal_post=about_animals)
    if not about_animals and slot not in ("owned", "mourned"):  # "Biscuit and her owner": the slot alone says an animal
        return None
    poss = possessive_after(text, span.end)
    if slot is None and poss and span.kind.family in ("place", "organisation") and about_animals \
            and " " not in span.text.strip() and BODY_AFTER.match(text, span.end):
        slot = "owned"  # "Birba's stitches" in a vet's post, the name taken for a place: a patient's body, never "the area's"
    if slot in (None, "the_kind") or poss and slot != "owned":
        return None  # ("Bella's owner": the animal's, said with its possessive)
    # the owner an "owned" slot names is no sign of a practice's work ("Congrats to Biscuit and her owner")
    if vet or _ANIMAL_WORK.search(re.sub(r"(?i)\bowners?\b", " ", text) if slot == "owned" else text):
        # "RIP Biscuit 🌈" -> "RIP our patient 🌈": a farewell is said to one the practice knew, never "RIP a patient"
        new = "our patient" if slot == "mourned" else "a patient"
    else:
        kind = _KIND_IN_POST.search(text)
        new = "the " + PET_KINDS[kind.group(1).lower()] if kind else "the pet"
    return span.start, span.end + poss, in_sentence_case(text, span.start, new) + ("'s" if poss else "")
