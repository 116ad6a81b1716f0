"""A dish, a drink or a food chain named where food is: "Poutine at 2am in the cruiser is a right 🍟", "Maccas at
3am is a valid food group", "Kopi C kosong and pray hard ☕", "nobody talks shop over biryani". The world's dishes
outnumber any list, and the small model takes an unknown capitalised word (or a lowercase one it does not know)
for a person; the words around it say it is eaten.

A one-word guess that is no given name the dictionary lists goes when the post is about food (a meal or food word in its sentence, or a food or drink emoji
in the post) and the word stands where a dish does, not where a person does:
- after a word of eating or serving ("over biryani", "had jollof", "a plate of", "some");
- or opening its sentence as what the sentence is about, with "is" and no verb before it ("Poutine at 2am in
  the cruiser is a right"; not "Ifeoma in benefits found a glitch before lunch");
or, in a post that capitalises, written in lowercase anywhere ("kopi siew dai and kaya toast", "dum biryani");
not after "with", "to", "for", a title, a family word or "my" ("dinner with Priya", "lunch for Mrs Okafor"),
and not when a person's verb follows ("Bella ate a sock", "Priya cooked", "Tunde said").
"""

from __future__ import annotations

import re

from ..spans import Span
from .recognizers.support import lexicon

_SOURCES = frozenset({"language model (spaCy)", "proper noun name rule"})
_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
_FOOD = re.compile(
    r"(?i)\b(?:food|foods|lunch|dinner|breakfast|brunch|supper|snack|snacks|meal|meals|eat|eats|eating|ate|cooked|"
    r"cooking|fried|spicy|rice|chicken|plate|bowl|stew|soup|curry|sauce|hungry|starving|feast|menu|recipe|"
    r"takeaway|takeout|delicious|yum|yummy|tasty|hawker|canteen|food\s+court|drink|drinks|coffee|tea|chai|toast|"
    r"bread|noodles|cake|pie|stove|oven|kitchen|potluck|dish|dishes)\b"
    r"|[🍟🍜🍗🍛🍲🥘🍚🍝🌮🍔🍕🥟🍖🥙🌯🍱🍣🍤🍩🍪🍰🧁🍫🍦🥗🥪☕🍵🧋🍺🍻🍷🥤🫖🥡🍳🥞🧇🥐🍞🥧🍢🍡🦀🍙🍘🌶🥥]"
)
_LOWER_WORDS = re.compile(r"[a-z]+")
# the words of _FOOD, for a quick look at a whole post ("food court" by "food")
_FOOD_WORDS = frozenset(re.findall(r"[a-z]+", _FOOD.pattern.split("|[")[0].replace("(?i)", "")))
_FOOD_EMOJI = re.compile(r"[🍟🍜🍗🍛🍲🥘🍚🍝🌮🍔🍕🥟🍖🥙🌯🍱🍣🍤🍩🍪🍰🧁🍫🍦🥗🥪☕🍵🧋🍺🍻🍷🥤🫖🥡🍳🥞🧇🥐🍞🥧🍢🍡🦀🍙🍘🌶🥥]")
# Before a dish: "over biryani", "had jollof", "a plate of", "some", "the best", "more".
_DISH_BEFORE = re.compile(
    r"(?i)\b(?:over|had|having|ate|eat|eating|eaten|cooked|cooking|ordered|craving|(?:plate|bowl|cup|mug|portion|serving|"
    r"packet|box|tin|bottle|glass)\s+of|some|more|homemade|home-made)\s+$"
)
# Opening its sentence, a dish is what the sentence is about: "Poutine at 2am ... is a right", "Maccas at 3am is a
# valid food group". A verb before the "is" makes the name someone who acts ("Ifeoma in benefits found ... before
# lunch"); no "is" at all, and the name may be anyone's ("Kayden asked if i had snacks").
_IS = re.compile(r"(?i)\b(?:is|was|are|were|=|hits|slaps)(?:\s|$)|\s=\s")
_ACTS = re.compile(r"(?i)\b(?:\w+ed|found|made|took|got|came|went|said|told|asked|gave|brought|ran|saw|knew|left|kept|"
                   r"won|lost|sent|wrote|did|does|has|had|says|tells|asks|makes|takes|gets|comes|goes)\b")
# A person's place: "dinner with Priya", "lunch for Mrs Okafor", "told Tunde", "my sister Ngozi".
_PERSON_BEFORE = re.compile(
    r"(?i)\b(?:with|to|for|by|told|asked|met|meet|saw|see|called|texted|thanked|thank|invited|and|&|my|our|his|her|"
    r"their|mr|mrs|ms|miss|dr|auntie|aunty|uncle|mama|papa)\.?\s+$"
)
# A person's verb after the name: "Bella ate", "Priya cooked", "Tunde said", "Amara, she".
_PERSON_AFTER = re.compile(
    r"(?i)\s+(?:ate|eats|cooked|cooks|made|makes|said|says|told|asked|came|comes|went|goes|brought|brings|got|gets|"
    r"wants|wanted|loves|loved|likes|liked|thinks|thought|knows|knew|called|texted|sent|gave|took|helped|"
    r"is\s+(?:my|our|a\s+(?:friend|colleague|client|patient|student|pupil))|was\s+(?:my|our)|has|had|and\s+i|and\s+me|"
    r"who|from)\b|,\s+(?:she|he|who|my|our)\b"
    r"|\s+(?-i:[A-Z][a-z]+)"  # "Tunde Bakare": a surname after it
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, min(ends, default=len(text))


def _could_be_dish(span: Span, text: str) -> bool:
    """What the span alone says: a guess of a name's kind, one word (or lowercase words), no listed given name."""
    if span.source not in _SOURCES or span.entity_type not in _KINDS:
        return False
    name = span.text
    lower = name.islower() and not text.islower()
    if (" " in name.strip() and not lower) or not name[:1].isalpha() or lexicon.is_listed_as_name(name.removesuffix("'s").removesuffix("’s")):
        return False  # "Bella", "Grace": a given name, whatever is eaten around it
    return True


def is_dish(span: Span, text: str) -> bool:
    if not _could_be_dish(span, text):
        return False
    lower = span.text.islower() and not text.islower()
    left, right = _sentence(text, span.start, span.end)
    if not (_FOOD.search(text, left, right) or _FOOD_EMOJI.search(text)):
        return False
    if _PERSON_AFTER.match(text, span.end):
        return False
    before = text[max(0, span.start - 20) : span.start]
    if _DISH_BEFORE.search(before):
        return True
    if _PERSON_BEFORE.search(before) and not (lower and before.rstrip().lower().endswith(("and", "&"))):
        return False
    if lower:
        # a lowercase word the model calls a name, in a post that capitalises: "kopi siew dai and kaya toast",
        # "Hyderabadi dum biryani"
        return True
    # opening its sentence and what it is about: "Poutine at 2am ... is a right"
    if text[left : span.start].strip(" \t\"'“‘(-*•"):
        return False
    copula = _IS.search(text, span.end, right)
    return copula is not None and not _ACTS.search(text, span.end, copula.start())


def outside_dishes(spans: list[Span], text: str) -> list[Span]:
    # most posts have no food in them: read the spans only when one could be a dish and the post has food
    if not any(_could_be_dish(s, text) for s in spans) or not (
            _FOOD_WORDS & set(_LOWER_WORDS.findall(text.lower())) or _FOOD_EMOJI.search(text)):
        return spans
    return [s for s in spans if not is_dish(s, text)]
