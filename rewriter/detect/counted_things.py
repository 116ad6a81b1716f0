"""A capitalised word counted with "a" or "an" is a thing, not a person: "a Tunnock's fae a colleague", "brought
them in an Esky", "grab a Milo". A person's name takes no indefinite article; where a post counts a person
by name it says which one ("a Mr Patel rang": a title, read by the titled-name rule, which this leaves alone).

Only the guesses that rest on capitalisation are read (spaCy, the proper-noun, sentence-subject and word-name
rules), one word long, with no capitalised word after them ("a Jordan Pickford save" is a name in a phrase) and
nothing after them that a person does or comes from ("a Priya from the council rang", "an Okafor called").
So is one word before what holds a product ("so many Milo packets", "Milo ais", "Vimto cans"), and what a
serving or a pack holds ("a block of Whittaker's", "a mug of Barry's", "a slice of Colin the Caterpillar"), and a
kind of pet or a breed ("the laziest Labrador", "our Jack Russell").
"""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .recognizers.support import lexicon
from .recognizers.support.lexicon import FUNCTION_WORDS

_SOURCES = frozenset({"language model (spaCy)", "proper noun name rule", "sentence subject name rule", "word name rule"})
_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
_COUNTED = re.compile(r"(?:^|[^\w'’])(?i:a|an)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")
# "a Priya from the council rang", "an Okafor called": a person counted by name, someone the writer met
_PERSON_AFTER = re.compile(
    r"(?:['’]s)?,?\s+(?:from|at|of|in|on|who|whose|with|called|rang|phoned|said|says|asked|emailed|messaged|wrote|came|"
    r"turned|is|was|has|had|will|would|told|wants|wanted|or\s+a|and|type|kind)\b"
)


# "I work for an ISP", "a placement at a Bupa": where the writer works is read by the employer rules, not here.
_WORKPLACE_BEFORE = re.compile(
    r"\b(?i:work|works|worked|working|job|jobs|shift|shifts|placement|interview|interviewed|joined|joining|employed|hired)"
    r"\s+(?i:for|at|with|by)\s+(?i:a|an)\s+$"
)


def _ends_phrase(text: str, end: int) -> bool:
    """Nothing after the word carries its noun phrase on: punctuation, the end, an emoji or a small word ("a
    Tunnock's fae a colleague", "in an Esky."); not "an Aussie firm", "a Powassan virus case" (a modifier)."""
    rest = text[end:].lstrip(" \t")
    if rest.startswith(("'s", "’s")):
        rest = rest[2:].lstrip(" \t")
    after = re.match(r"[\w'’-]+", rest)
    if after is None:
        return True
    word = after.group().lower()
    return word in FUNCTION_WORDS or word in ("fae", "frae", "tae", "wi")


# "a cold Emu Export", "a cheeky Nando's": a describing word between the article and the thing counted. A word for a
# person there ("a new client Amara", "a lovely patient") makes what follows a name.
_COUNTED_DESCRIBED = re.compile(r"(?:^|[^\w'’])(?i:a|an)\s+([a-z][a-z-]+)\s+$")
_PEOPLE_NOUNS = vocab.words("person_words") | vocab.words("occupations") | vocab.words("job_titles") | vocab.words("family_nouns")


def _described_and_counted(text: str, start: int) -> bool:
    m = _COUNTED_DESCRIBED.search(text, max(0, start - 24), start)
    if m is None:
        return False
    word = m.group(1)
    return word not in FUNCTION_WORDS and word not in _PEOPLE_NOUNS and lexicon.is_ordinary_word(word)


# The last word of a place's or a building's name: "a Quezon City hospital", "a Sunnyside Home", "a Bamboo Walk
# district" count a place, which names where someone lives or works.
_PLACE_LAST_WORDS = (
    {w.lower() for w in vocab.words("street_types")}
    | {w.strip().lower() for row in vocab.entries("facility_kinds") for w in row.split(":")[0].split(",")}
    | {"city", "town", "village", "district", "home", "homes", "house", "hall", "centre", "center", "park", "estate",
       "walk", "court", "place", "square", "heights", "manor", "lodge", "farm", "hotel", "inn", "church", "chapel"}
)
# What is driven or ridden is the owner's detail, not a treat: "still drives a Proton Saga".
_OWNED_BEFORE = re.compile(r"\b(?i:drives?|drove|driving|rides?|rode|riding|owns?|owned|owning)\s+(?i:a|an)\s+$")


def _maker_and_product(first: str, rest: list[str]) -> bool:
    """A maker's name and a product in everyday words, as sweets and snacks are named ("Terry's Chocolate Orange",
    "Jammie Dodger"): every word after the first an everyday word no dictionary lists as a name and no place's
    last word, the first a possessive or not a listed name ("a Mary Berry" counts a person, rarely as it is
    written so)."""
    if not rest or len(rest) > 2 or not all(w[:1].isupper() for w in rest) or rest[-1].lower() in _PLACE_LAST_WORDS:
        return False
    if not all(lexicon.is_ordinary_word(w.lower()) and not lexicon.is_listed_as_name(w) for w in rest):
        return False
    return first.endswith(("'s", "’s")) or not lexicon.is_listed_as_name(first)


def is_counted_thing(span: Span, text: str) -> bool:
    """``span`` is one capitalised word that "a" or "an" counts ("an Esky", "a Tunnock's"), or one or two after a
    describing word ("a cold Emu Export", "a cheeky Nando's"): a person is counted by name only with what they do or
    where they are from after it ("a Priya from the council rang"), which keeps the name."""
    if span.source not in _SOURCES or span.entity_type not in _KINDS:
        return False
    word = span.text.removesuffix("'s").removesuffix("’s")
    if not word[:1].isupper():
        return False
    if " " in word:
        # two words: a brand and its product ("Emu Export"), the last an everyday word; "a lovely Amara Okafor" is a name
        first, *rest = word.split()
        if (_maker_and_product(first, rest) and _COUNTED.search(text, max(0, span.start - 6), span.start)
                and not _OWNED_BEFORE.search(text, max(0, span.start - 16), span.start)):
            # "eyeing a Terry's Chocolate Orange in the staff room", "a Jammie Dodger with my tea": where it is or
            # what it is had with follows a product too, and the noun phrase ends there ("a Bamboo Walk district")
            return (not _NAME_AFTER.match(text, span.end) and not _SOMEONE_AFTER.match(text, span.end)
                    and _ends_phrase(text, span.end))
        if len(rest) != 1 or not (first[:1].isupper() and rest[0][:1].isupper()) or not lexicon.is_ordinary_word(rest[0].lower()):
            return False
        if not _described_and_counted(text, span.start):
            return False
    elif not (_COUNTED.search(text, max(0, span.start - 6), span.start) or _described_and_counted(text, span.start)):
        return False
    if _CONTAINER_OF_AFTER.match(text, span.end) and not _WORKPLACE_BEFORE.search(text, max(0, span.start - 30), span.start):
        return True
    return (not _NAME_AFTER.match(text, span.end)
            and not _PERSON_AFTER.match(text, span.end) and _ends_phrase(text, span.end)
            and not _WORKPLACE_BEFORE.search(text, max(0, span.start - 30), span.start))


# A thing counted by what it holds: "a Tupperware of curry goat", "a Thermos of tea", "a Pyrex of lasagne". A person
# counted with "of" goes on with a name or a determiner ("a Priya of Accounts", "an Okafor of all people").
_CONTAINER_OF_AFTER = re.compile(r"\s+of\s+(?!(?:" + "|".join(sorted(FUNCTION_WORDS)) + r")\b)[a-z][a-z-]+\b")


# A product by its packaging or serving: "so many Milo packets", "a Milo ais", "Vimto cans". A person's name is not
# followed by what holds a product. Not "bar" ("that Koramangala bar fight": a place's bar).
_PACKAGING_AFTER = re.compile(
    r"(?:['’]s)?\s+(?i:packets?|sachets?|tins?|cans?|bottles?|jars?|tubs?|multipacks?|wrappers?|"
    r"ais|peng|kosong)\b"
)


def is_packaged_product(span: Span, text: str) -> bool:
    """``span`` is one capitalised word before what holds a product ("Milo packets", "Milo ais")."""
    if span.source not in _SOURCES or span.entity_type not in _KINDS:
        return False
    word = span.text.removesuffix("'s").removesuffix("’s")
    return " " not in word and word[:1].isupper() and _PACKAGING_AFTER.match(text, span.end) is not None


# What a product is eaten or drunk from: "an entire block of Whittaker's", "a mug of Barry's", "a slice of Colin the
# Caterpillar". Not "a bottle of" (a gift of a named bottle is a detail of someone's), "a case of" (a condition),
# "the Bar of" (the profession), nor "a photo of" (a person).
_SERVING_OF_BEFORE = re.compile(
    r"\b(?i:blocks?|packets?|tins?|box(?:es)?|pints?|cups?|mugs?|cans?|bags?|jars?|slices?|plates?|bowls?|tubs?|"
    r"packs?|cartons?|sachets?|spoonfuls?|scoops?)\s+of\s+$"
)


# "a plate of Nana's from the freezer", "a box of Kemi's who ..." : the words after say a person is meant
_SOMEONE_AFTER = re.compile(r",?\s+(?:from|who|whose|said|says|asked|rang|told|came|is|was|has|had)\b")
# a time after the serving ends its phrase too: "a block of Whittaker's last night"
_WHEN_AFTER = re.compile(r"\s+(?i:last|this|yesterday|today|tonight|tomorrow|again|every|before|after|at|on)\b")


def is_served_product(span: Span, text: str) -> bool:
    """``span`` is what a serving or a pack holds, and the phrase ends there ("a mug of Barry's.")."""
    if span.source not in _SOURCES or span.entity_type not in _KINDS or not span.text[:1].isupper():
        return False
    end = span.end
    if text[end : end + 2] in ("'s", "’s"):
        end += 2
    return (_SERVING_OF_BEFORE.search(text, max(0, span.start - 20), span.start) is not None
            and not _SOMEONE_AFTER.match(text, end) and (_ends_phrase(text, end) or _WHEN_AFTER.match(text, end) is not None))


# A kind of pet or a breed, capitalised as breeds often are: "the laziest Labrador in all of Cheshire", "our Jack
# Russell", "a Dachshund". pet_words.txt holds the kinds and breeds; where a breed is also a name ("Labrador", "Jack
# Russell", "Kitty"), a determiner or a possessive before it, perhaps with a describing word or two, says it is the
# kind ("Jack Russell from accounts" is a colleague).
PET_KINDS = vocab.words("pet_words")
_DETERMINER_BEFORE = re.compile(r"\b(?i:a|an|the|my|our|his|her|their|your|this|that)\s+(?:[a-z][\w'’-]*\s+){0,2}$")
_LEADING_DETERMINER = re.compile(r"(?i:the|a|an|my|our)\s+")


_QUOTES = frozenset("'‘’\"“”")
# whose it is, or who calls it so, before the quote: "my client 'Bunny'", "we call her 'Bear'"
_OWNED_BEFORE_QUOTE = re.compile(r"(?:\b(?i:our|my|his|her|their)\s+[\w-]+|\b(?i:call|calls|called|nicknamed|known\s+as)(?:\s+(?:him|her|them))?)\s+['‘’\"“”]$")


def is_animal_kind(span: Span, text: str) -> bool:
    """``span`` is a kind of pet or a breed ("the laziest Labrador", "our Jack Russell"), not someone."""
    if span.source not in _SOURCES or span.entity_type not in _KINDS:
        return False
    lead = _LEADING_DETERMINER.match(span.text)
    start = span.start + (lead.end() if lead else 0)
    end = span.end
    kind = text[start:end].removesuffix("'s").removesuffix("’s")
    low = kind.lower()
    if not (low in PET_KINDS or (low.endswith("s") and low[:-1] in PET_KINDS)):
        return False
    if _SOMEONE_AFTER.match(text, end):
        return False  # "our Jack Russell from accounts said": a person
    if 0 < start and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES and _OWNED_BEFORE_QUOTE.search(
        text, max(0, start - 40), start
    ):
        # Issue 10 (a name in a form we miss): a pet's word in quotes is what someone is called, a nickname
        # ("my client 'Bunny' (she picked the nickname)", "the regular we call 'Bear'"), not the animal
        return False
    if any(lexicon.is_listed_as_name(w) for w in kind.split()):
        return lead is not None or _DETERMINER_BEFORE.search(text, max(0, start - 40), start) is not None
    return True


# What is bought or stocked, a shop's or a brand's name in the possessive with nothing after it: "stocking up on
# Whittaker's for the team", "Brought Portillo's for the whole office", "ordered Nando's". Not "got" or "took" (a
# person's thing, elided: "got Sarah's message", "took Amara's shift").
_BOUGHT_BEFORE = re.compile(
    r"\b(?i:stock(?:ing|ed)?\s+up\s+on|(?:bought|buying|buy|brought|bringing|ordered|ordering|order|grabbed|grabbing|"
    r"picked\s+up|picking\s+up)(?:\s+(?:some|more|a\s+box\s+of))?)\s+$"
)


def is_bought_brand(span: Span, text: str) -> bool:
    """``span`` is a brand or a shop named in the possessive as what is bought ("stocking up on Whittaker's", "Brought
    Portillo's for the office"): a person's name in the possessive needs the thing after it ("bought Sarah's
    present"), and a given name is left as one ("brought Grace's")."""
    if span.source not in _SOURCES or span.entity_type not in _KINDS:
        return False
    end = span.end
    if text[end : end + 2] in ("'s", "’s"):
        end += 2
    word = text[span.start : end]
    if not word.endswith(("'s", "’s")) or not word[:1].isupper() or len(word.split()) > 2:
        return False
    if lexicon.is_listed_as_name(word[:-2].split()[0]):
        return False
    return (_BOUGHT_BEFORE.search(text, max(0, span.start - 30), span.start) is not None
            and not _SOMEONE_AFTER.match(text, end) and (_ends_phrase(text, end) or _WHEN_AFTER.match(text, end) is not None))


def outside_counted_things(spans: list[Span], text: str) -> list[Span]:
    return [s for s in spans if not (is_counted_thing(s, text) or is_packaged_product(s, text) or is_served_product(s, text)
                                     or is_animal_kind(s, text) or is_bought_brand(s, text))]
