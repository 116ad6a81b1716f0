"""Famous names: well-known people (real and fictional), landmarks, works, organisations and events
that the rules know by name from WordNet, Wikipedia's Vital Articles and its biographies
(data/famous_people.txt, wikipedia_people.txt, famous_things.txt, built by benchmarks/make_famous_names.py).

Naming one identifies no one ("a Roald Dahl marathon with the kids", "Florence Nightingale would be
proud"), so the model's person, place or organisation on one is dropped. Context still decides, and
recall comes first: a famous person's name stays flagged where the post makes them someone the writer
knows or serves ("my client Grace ...", "one of my residents, ...", "her patient ..."); public.py then
reads the private context every public name gets (a client, an employer, a site of the writer's own).
A first name alone is never famous: the people list holds full names only.
"""

from __future__ import annotations

import re

from .... import vocab
from . import lexicon
from .names import ROLE_NOUNS

# As written, two words or more; wikipedia_people.txt adds English Wikipedia's biographies whose names
# few private people carry ("Matthew McConaughey", "Keir Starmer").
FAMOUS_PEOPLE = vocab.words("famous_people") | vocab.words("wikipedia_people")
FAMOUS_THINGS = vocab.words("famous_things")  # as written
_FAMILY_NOUNS = vocab.alternation("family_nouns")

# An honour or office the model takes into the name: "Queen Elizabeth II", "Sir Isaac Newton".
_HONOUR = re.compile(r"(?:Queen|King|Sir|Dame|Saint|St\.?|Prince|Princess|Pope|President|Emperor|Empress)\s+")
# The capitalised word just before or after a span the model cut short ("Florence" of "Florence
# Nightingale", "Dahl" of "Roald Dahl").
_WORD_BEFORE = re.compile(r"([A-Z][\w.'’-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Z][\w.'’-]*)")

# Someone the writer knows or serves: "my client", "our new receptionist", "one of my residents,",
# "her colleague", "patient", "my Usain Bolt" (a pupil so called). One word at most between "my" and
# the name: "read her some Maya Angelou" is no one the writer knows.
_KNOWN_BEFORE = re.compile(
    rf"(?:\b(?i:my|our|his|her|their|your)\s+(?:[\w'’-]+\s+)?|\b(?i:one\s+of\s+(?:my|our)\s+[\w'’-]+),?\s+|"
    rf"\b(?i:{ROLE_NOUNS}|{_FAMILY_NOUNS})\b,?\s+|\b(?i:bed|room|case)\s+\d+\w?,?\s+)$"
)
# After the name, the same: "Usain Bolt, one of my clients", "Walt Whitman (my patient)", "Grace's case".
_KNOWN_AFTER = re.compile(
    rf"(?:['’]s)?\s*[,(]?\s*(?i:(?:one\s+of\s+)?(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+)?(?:{ROLE_NOUNS})\b|"
    r"(?:case|notes|file|referral|admission|discharge|appointment|bed)\b)"
)


# Courtesy titles: "Mr Usain Bolt" is someone the writer deals with, whatever their name; "Sir Edmund
# Hillary", "Dr Michael Mosley" may be the famous ones.
_COURTESY_BEFORE = re.compile(r"\b(?i:mr|mrs|ms|miss|mx|master)\.?\s+$")


def _candidates(text: str, start: int, end: int, name: str) -> list[str]:
    """The name as given, without an honour, and widened by one capitalised word on either side."""
    found = [name]
    honour = _HONOUR.match(name)
    if honour:
        found.append(name[honour.end() :])
    lead = name.split(" ", 1)
    if len(lead) == 2 and lexicon.is_ordinary_word(lead[0]):
        found.append(lead[1])  # "Reading Cristiano Ronaldo": the model took the verb before into the name
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before:
        found.append(f"{before.group(1)} {name}")
    after = _WORD_AFTER.match(text, end)
    if after:
        found.append(f"{name} {after.group(1).rstrip('.')}")
    return found


def famous_person(text: str, start: int, end: int, name: str) -> bool:
    """``name`` (text[start:end] without "the" or "'s"), or the full name it is part of, is a famous
    person's, and nothing around it makes them someone the writer knows."""
    if not any(c in FAMOUS_PEOPLE for c in _candidates(text, start, end, name)):
        return False
    if _COURTESY_BEFORE.search(text, max(0, start - 8), start):
        return False
    return not (_KNOWN_BEFORE.search(text, max(0, start - 40), start) or _KNOWN_AFTER.match(text, end))


def famous_thing(name: str) -> bool:
    """``name`` is a well-known landmark, work, organisation or event ("Red Fort", "Magna Carta")."""
    return name in FAMOUS_THINGS


def is_famous_name(text: str, start: int, end: int, name: str) -> bool:
    return famous_thing(name) or famous_person(text, start, end, name)
