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

A name of any length goes, too, when a lowercase food noun right after it says what it names ("a Mars bar",
"Eccles cakes", "Frito pie", "Yorkshire puddings", "a Colin the Caterpillar cake"): that is a food, a brand or a
place's speciality, unless the name is someone's ("Priya's cake", "Mr Biggs meat pie") or the noun a venue ("the
Horseshoe bar").
"""

from __future__ import annotations

import re

from .. import vocab
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


# A food or drink named by the word after it: "a Mars bar", "Eccles cakes", "Frito pie", "Yorkshire puddings",
# "Clonakilty black pudding", "Tai Cheong egg tarts", "Crumbl cookies", "a Colin the Caterpillar cake". The food
# noun right after the name, lowercase, at most one food word between ("black pudding", "sheet cake"), and the
# noun phrase ends there (a small word or a time may follow: "a whole Colin the Caterpillar cake yesterday"): "the
# Nairobi tea exporter", "that Koramangala bar fight" go on to another noun.
_FOOD_NOUN = (
    r"(?:bars?|cakes?|pies?|puddings?|puds?|tarts?|biscuits?|crisps|sandwich(?:es)?|burgers?|buns?|teacakes?|sauce|"
    r"gravy|latte|lager|stout|pastry|pastries|pasty|pasties|doughnuts?|donuts?|cookies?|muffins?|scones?|fudge|"
    r"toffee|lolly|lollies|noodles|fries|nuggets|pancakes?|waffles?|kebabs?|hoagies?|sausage\s+rolls?|ice\s+cream|"
    r"tea|coffee|beer|cider|juice|soda)"
)
_FOOD_NOUN_AFTER = re.compile(
    r"[ \t]+(?:(?:black|white|egg|meat|sheet|hot|iced|chocolate|cream|fruit|mince|pork|steak|cheese|custard|jam|"
    r"sausage)[ \t]+)?" + _FOOD_NOUN + r"(?=$|\s*[^\w\s]|\s+(?:and|&|or|n|from|for|by|at|with|on|in|to|is|was|as|the|a|"
    r"an|i|we|because|after|before|this|that|every|each|all|of|wins|won|yesterday|today|tonight|again|last|too)\b)"
)
_FOOD_NOUN_IN_POST = re.compile(r"(?i)\b" + _FOOD_NOUN + r"\b")
# "the Horseshoe bar", "our Leeds bar": a bar after "the" or an owner is a venue, somewhere people can be found.
_VENUE = re.compile(r"(?i)\b(?:the|our|their|his|her|my|your)\s+$")
_VENUE_NOUN = re.compile(r"\s+bars?\b")
# "Mr Biggs meat pie", "Auntie Bisi's jollof": a title or a kin word makes the name a person's, whose food it is.
_PERSON_WORD_BEFORE = re.compile(
    r"(?i)\b(?:mr|mrs|ms|miss|dr|auntie|aunty|uncle|mama|papa|nana|nan|granny|gran|grandma|grandad)\.?\s+$"
)


def is_named_food(span: Span, text: str) -> bool:
    """A food or drink named by the lowercase food noun right after the span ("a Mars bar", "Eccles cakes"): not
    a possessive ("Priya's cake" is hers), not after a title or a kin word, not a venue ("the Horseshoe bar")."""
    if span.source not in _SOURCES or span.entity_type not in _KINDS or span.text.endswith(("'s", "’s")):
        return False
    if not _FOOD_NOUN_AFTER.match(text, span.end):
        return False
    before = text[max(0, span.start - 12) : span.start]
    if _PERSON_WORD_BEFORE.search(before):
        return False
    return not (_VENUE.search(before) and _VENUE_NOUN.match(text, span.end))


# A meal eaten out, right before "at" ("celebrating with dim sum at", "Dinner at", "yum cha at"): the name after it is
# where the meal is, a restaurant. Someone's home takes a possessive ("dinner at Nana's"), which stays. Not drinks (the
# tuning sets count "leaving drinks at the <pub>" near a ward as a leak), nor a meal with a time between or "at" before
# it ("sat with her at lunch today at <school>": lunchtime somewhere the writer works).
_MEAL_AT_BEFORE = re.compile(
    r"(?i)(?<!\bat\s)(?<!\bduring\s)\b(?:breakfast|brekkie|brunch|lunch|dinner|supper|dim\s+sum|yum\s+cha|high\s+tea|"
    r"afternoon\s+tea|tasting\s+menu)\s+at\s+$")
# A client's or an employer's premises after "at": a company's ending ("lunch at Kestrel Freight"), or a word of business
# or of a person after the name ("lunch at Halvorsen with their CFO", "coffee at Okafor's office").
_COMPANY_ENDINGS = frozenset(w.lower() for name in ("company_name_endings", "organisation_endings") for w in vocab.words(name))
# one of the people the writer serves in the sentence: "lunch at Halvorsen with my client" is a client's story
_SERVED_IN_SENTENCE = re.compile(rf"(?i)\b(?:{vocab.alternation('own_people')})s?\b")
_BUSINESS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?i:with\s+(?:their\b|the\s+(?:board|team|client|clients|directors?|partners?|founders?|ceo|cfo)\b)|office|offices|hq|head\s+office|site|client|clients|"
    r"account|team|board|works)\b|['’]s")


def is_eatery(span: Span, text: str) -> bool:
    """A restaurant by the meal the writer has there: "dim sum at Tim Ho Wan tmr", "Dinner at Lung King Heen": one to
    three capitalised words the model reads as a person or a company, after a meal and "at", with no possessive,
    no company's ending and no business after it."""
    if span.source not in _SOURCES or span.entity_type not in _KINDS:
        return False
    words = span.text.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    if not _MEAL_AT_BEFORE.search(text, max(0, span.start - 40), span.start):
        return False
    if words[-1].lower().rstrip(".,") in _COMPANY_ENDINGS:
        return False
    return _BUSINESS_AFTER.match(text, span.end) is None and not _SERVED_IN_SENTENCE.search(text, *_sentence(text, span.start, span.end))


def outside_dishes(spans: list[Span], text: str) -> list[Span]:
    spans = [s for s in spans if not is_eatery(s, text)]
    # most posts have no food in them: read the spans only when one could be a dish and the post has food
    named_food = _FOOD_NOUN_IN_POST.search(text) is not None
    if named_food:
        spans = [s for s in spans if not is_named_food(s, text)]
    if not any(_could_be_dish(s, text) for s in spans) or not (
            _FOOD_WORDS & set(_LOWER_WORDS.findall(text.lower())) or _FOOD_EMOJI.search(text)):
        return spans
    return [s for s in spans if not is_dish(s, text)]
