"""Capitalisation guesses that the sentence gives no role a person takes.

spaCy and the proper-noun rule read any capitalised word as a name: an interjection opening a sentence
("Grabe the traffic on EDSA", "Eish, the queue at the clinic today"), the word of a toast ("Sláinte to the
new homeowners!", "Congrats to the Year 11s"), a dish or a brand someone ate or ordered ("treated myself to
Jollibee Chickenjoy", "ordered Biryani for the night shift"), a word before a group of people used as an
adjective ("Naija nurses are the backbone of this ward"), or words of a language in lower case ("Kopi peng,
kaya toast, jia you"). In a post about work the gate on guesses cannot clear them; the sentence can:

- an opener: the guess opens the sentence, and what follows it up to the clause's end is a noun phrase
  with a determiner and no verb, whose head is no person ("Grabe the traffic", but not "Priya the new HCA
  is brilliant" nor "Priya, the new HCA.");
- a toast: the guess opens the sentence and "to" follows it with people or a name after ("Cheers to the
  nurses", "Congrats to Hafiz": the toast word goes, Hafiz stays), not "Hafiz to the rescue";
- food: the guess is the object of a verb of eating or ordering, with nothing after it that makes it the
  receiver of a thing ("ordered Kwame a taxi", "treated Kwame to lunch");
- a modifier: the guess stands before a plural word for people that a verb follows ("Naija nurses are");
- not a name's shape: a lower-case guess that holds a pronoun or a copula, which no name has ("jia you");
- a list of things: the guess is an item of a verbless list of short items, two of them in lower case
  ("Kopi peng, kaya toast, jia you"), not "Priya, Kwame and the night team".

A word of riskprec11's list of greetings and interjections (review_not_people) is read by work_talk.is_nobody
only where an interjection stands (``in_interjections_slot``): "Chale this week", not "Found Kai".

Real names in the same places stay: "Priya the new HCA", "Treated Mrs Okafor to a cuppa", "Congrats to
Hafiz on his 9As".
"""

from __future__ import annotations

import functools
import re

from .. import vocab
from ..spans import Span
from .text_windows import last_end_before
from .recognizers.support import lexicon
from .recognizers.support.lexicon import FUNCTION_WORDS

# The sources whose names rest on capitalisation and a sentence's place alone.
SOURCES = frozenset({"language model (spaCy)", "proper noun name rule", "sentence subject name rule"})
KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})

_SENTENCE_START = re.compile(r"(?:^|[.!?…]\s+|\n\s*|[\U0001f300-\U0001faff\u2600-\u27bf]\s*)$")
_DETERMINER = r"(?:the|this|that|these|those|another)"
# A clause ends at a comma, a sentence's end, a dash, a colon or an emoji.
_CLAUSE = re.compile(rf"(?i)\s*,?\s+({_DETERMINER}\b[^,.!?;:\n\u2013\u2014\U0001f300-\U0001faff]*)")
# Words that make a clause have a verb: auxiliaries and copulas, a past form, a present form in -s.
_AUX = frozenset(
    "is are was were am be been being has have had will would can could should shall must may might did does do "
    "isn't wasn't aren't weren't hasn't haven't didn't doesn't don't won't can't couldn't gonna got gets get "
    "goes went came comes made makes".split()
)
_PAST = re.compile(r"(?i)[a-z]{2,}(?:ed|en)$")
_WORD = re.compile(r"[\w'’-]+")
_TO_PEOPLE = re.compile(
    r"\s+to\s+(?:(?i:all|every|each|our|my|the|this|these|those|you|y'all|everyone|everybody|anyone)\b|(?=[A-Z]))"
)
# A verb of eating, drinking or ordering, and the words a dish may take before it.
_CONSUME = re.compile(
    r"(?i)\b(?:ate|eat|eats|eating|eaten|devoured|devouring|munched|munching|scoffed|scoffing|ordered|ordering|"
    r"order|tasted|tasting|craving|sipping|sipped|drank|drinking|treated\s+(?:myself|ourselves|me|us|the\s+team|"
    r"the\s+ward|the\s+staff|everyone|the\s+girls|the\s+lads)\s+to)\s+"
    r"(?:(?:a|an|some|more|the|two|three|my|our|another|extra|cold|hot|fresh|proper|massive|huge|big|leftover)\s+){0,2}$"
)
# After the dish: nothing that makes the word a person who is given something ("ordered Kwame a taxi",
# "treated Kwame to lunch", "Kwame's").
# A coach's or a teacher's "ordered Kwame off", "ordered Priya home" sends a person somewhere.
_RECEIVER_AFTER = re.compile(
    r"(?i)(?:['’]s\b|\s+(?:a|an|the|some|to|his|her|their|my|our|and\s+(?:his|her|their)|home|off|out|back|away|"
    r"inside|outside|into|onto|over|up|down)\b)"
)
_GROUP_AFTER = re.compile(r"(?i)\s+([a-z]+s)\s+(?:are|were|have|had|do|did|will|can|could|always|never|really|just)\b")
_PARTICLES = vocab.words("name_particles")
_TIMES = frozenset(
    "day days week weeks weekend morning mornings afternoon evening night nights term terms year years month months "
    "shift shifts season time today tonight half".split()
)


@functools.cache
def _person_nouns() -> frozenset[str]:
    words: set[str] = set()
    for name in ("person_words", "person_words_more", "role_nouns", "own_people", "job_titles", "review_own_family",
                 "review_people_served", "review_people_at_work"):
        words |= {w.rstrip("*") for w in vocab.words(name) if " " not in w}
    return frozenset(words | {w + "s" for w in words} | {w + "es" for w in words})


def _person_noun(word: str) -> bool:
    low = word.lower().strip("'’")
    # an abbreviation of a grade or a role ("HCA", "SHO", "TA") is a person's
    return low in _person_nouns() or (word.isupper() and 2 <= len(word) <= 5) or low.endswith(("ist", "ists", "ian", "ians"))


def in_no_persons_role(span: Span, text: str) -> bool:
    """The capitalisation guess ``span`` stands where the sentence gives it no role a person takes."""
    if span.source not in SOURCES or span.entity_type not in KINDS:
        return False
    start, end = span.start, span.end
    opens = _SENTENCE_START.search(text, max(0, start - 4), start) is not None or start == 0
    one_word = len(span.text.split()) == 1
    toast = _TO_PEOPLE.match(text, end)
    if toast and not _toasted_people(text, toast.end()):
        toast = None  # "Hafiz to the rescue", "Priya to the front desk"
    # a place before "to" and a capital is a route ("Lagos to London"), not a toast
    if toast and span.entity_type == "LOCATION" and text[toast.end() : toast.end() + 1].isupper():
        toast = None
    if opens and one_word and (_opener(text, end) or toast):
        return True
    if _CHEER_BEFORE.search(text, max(0, start - 12), start) and _CHEER_AFTER.match(text, end):
        return True  # "Up Kerry!", "Up the Dubs": a county or a team cheered
    if span.entity_type in ("LOCATION", "ORGANIZATION") and _BEATEN_BEFORE.search(text, max(0, start - 20), start):
        return True  # "watched the Toon batter Sunderland", "lost to Leeds": a team, not a place or a firm
    if _CONSUME.search(text, max(0, start - 60), start) and not _RECEIVER_AFTER.match(text, end):
        return True
    if span.entity_type == "ORGANIZATION" and _ACRONYM.fullmatch(span.text) and _OWNED_OR_ANY.search(text, max(0, start - 6), start):
        return True  # "tore his ACL", "a DVT", "an MRI": a kind of thing someone has, not a named body
    if one_word and (m := _GROUP_AFTER.match(text, end)) and m.group(1).lower() in _person_nouns():
        return True
    return _not_a_names_shape(span.text) or _in_a_list_of_things(text, start, end)


# A cheer: "Up" opening a sentence, the guess, then its end ("Up Kerry!", "Up the Dubs 💙").
_CHEER_BEFORE = re.compile(r"(?:^|[.!?…]\s+|\n\s*|[\U0001f300-\U0001faff\u2600-\u27bf]\s*)Up\s+(?:the\s+)?$")
_CHEER_AFTER = re.compile(r"\s*(?:[!.]|$|[\U0001f300-\U0001faff\u2600-\u27bf])")
# A side beaten, lost or drawn to: a team ("batter Sunderland", "lost to Leeds"); not "v" or "vs", which
# also name a court case ("Haverford v. Lindqvist Dental").
_BEATEN_BEFORE = re.compile(
    r"(?i)\b(?:beat|beats|beating|batter(?:ed|s|ing)?|thrash(?:ed|es|ing)?|hammer(?:ed|s|ing)?|trounc(?:e|ed|es|ing)|"
    r"(?:lost|lose|losing|loses)\s+to|dr[ae]w\s+with|drawn\s+with)\s+$"
)


# An acronym alone, and what makes it a kind of thing: a person's own ("his ACL", "my ECG") or any one of its
# kind ("a DVT", "an MRI"). Not "our" or "their", which may own a named client ("we lost our ABC account").
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")
_OWNED_OR_ANY = re.compile(r"(?i)\b(?:his|her|my|your|a|an)\s+$")


_CLAUSE_REACH = 600
# A run of short items between commas, the clause's whole ("Kopi peng, kaya toast, jia you."): a list.
_CLAUSE_BOUNDS = re.compile(r"[.!?;:\n\u2013\u2014\U0001f300-\U0001faff]")


def _in_a_list_of_things(text: str, start: int, end: int) -> bool:
    """The guess is an item of a list of three or more short items with no verb, making up its whole clause;
    two items are in lower case, one of them two or more words with no function word, as dishes and drinks
    are written ("Kopi peng, kaya toast, jia you"), not names ("Priya, Kwame and the night team")."""
    # read at most _CLAUSE_REACH either side: a pasted run with no stop is not read whole for every name in it
    a = last_end_before(_CLAUSE_BOUNDS, text, start, floor=start - _CLAUSE_REACH)
    limit = min(len(text), end + _CLAUSE_REACH)
    m = _CLAUSE_BOUNDS.search(text, end, limit)
    b = m.start() if m else limit
    items = [i.strip() for i in re.split(r",\s*|\s+(?:and|&)\s+", text[a:b]) if i.strip()]
    if len(items) < 3 or any(len(i.split()) > 3 for i in items) or text[start:end].strip() not in items:
        return False
    if any(w.lower() in _AUX or _PAST.match(w.lower()) for i in items for w in i.split()):
        return False  # a run of clauses ("The driver, Emeka, stayed, held the torch and refused payment")
    lower = [i for i in items if i.islower()]
    return len(lower) >= 2 and any(len(i.split()) >= 2 and not any(w in FUNCTION_WORDS for w in i.split()) for i in lower)


_GROUPS = frozenset("team teams ward staff crew class squad lot gang everyone everybody all y'all you us them".split())


def _toasted_people(text: str, at: int) -> bool:
    """What a toast's "to" is followed by at ``at``: a name, or people ("all the nurses", "the new homeowners",
    "the Year 11s", "the night team"), not a thing ("the rescue")."""
    if text[at : at + 1].isupper():
        return True
    words = _WORD.findall(re.split(r"[,.!?;:\n]", text[at : at + 80])[0])
    while words and words[0].lower() in ("all", "every", "each", "our", "my", "the", "this", "these", "those", "of"):
        words = words[1:]
    run = _first_run(words[:4])
    if not run:
        return bool(words) and words[0].lower() in _GROUPS
    head = run[-1].lower()
    return _person_noun(run[-1]) or head in _GROUPS or (head.endswith("s") and not head.endswith("ss"))


def _opener(text: str, end: int) -> bool:
    """What follows the guess up to the clause's end is a noun phrase with a determiner, no verb in it, and
    no person at its head ("the traffic on EDSA this morning", not "the new HCA is brilliant")."""
    m = _CLAUSE.match(text, end)
    if not m or follows_verb(text, m.end()):
        return False  # "Siobhan, the dispenser, has been here 30 years": an apposition, then her verb
    if re.match(r"\s*[:\"“‘'(]", text[m.end() : m.end() + 2]):
        return False  # "Kwame this morning: 'can I go toilet'": the guess said it
    words = _WORD.findall(m.group(1))[1:]
    run = _first_run(words)
    for i, w in enumerate(words):
        low = w.lower()
        if low in _AUX or _PAST.match(low):
            return False  # a verb: the guess may be its subject ("Kwame this week smashed his targets")
        if low.endswith("s") and low not in FUNCTION_WORDS and not (i == len(run) - 1 and len(run) <= 3):
            return False  # a word in -s that may be a verb ("Sipho the legend stays late"), not the plural head
    head = run[-1] if run else None
    # "Kwame this term 🔥" praises someone as "Chale this week" sighs: a time is no sign either way
    return head is not None and not _person_noun(head) and head.lower() not in _TIMES


def _first_run(words: list[str]) -> list[str]:
    """The words after the determiner up to the first function word: the noun phrase's modifiers and head."""
    run = []
    for w in words:
        if w.lower() in FUNCTION_WORDS:
            break
        run.append(w)
    return run


_NEXT_WORD = re.compile(r"\s*,?\s*([\w'’]+)")


def follows_verb(text: str, end: int) -> bool:
    """The word after ``end`` (past a comma) is a verb the word before may be the subject of ("Kai asked",
    "Siobhan, the dispenser, has"): an auxiliary, a copula or a past form."""
    m = _NEXT_WORD.match(text, end)
    return bool(m) and ((low := m.group(1).lower()) in _AUX or _PAST.match(low) is not None)


def in_interjections_slot(span: Span, text: str) -> bool:
    """Where an interjection, a greeting or a language stands: opening a sentence with no verb of its own
    after it ("Chale this week", "Haibo, what a shift"), or after "in" ("in Yoruba"); not "Found Kai 20
    mins later", "Owner Kai held the bucket", "Kai asked for it by Friday"."""
    start = span.start
    if re.search(r"(?i)\b(?:in|speaks?|speaking|spoke)\s+$", text[max(0, start - 12) : start]):
        return True
    opens = start == 0 or _SENTENCE_START.search(text, max(0, start - 4), start) is not None
    return opens and not follows_verb(text, span.end)


# Words no name holds, in any language a post is written in ("do", "di", "da" are particles of names: "vila do
# conde").
_PRONOUNS_AND_COPULAS = frozenset(
    "i me my you your we us our he him his she her they them their it am is are was were be been".split()
)


def _not_a_names_shape(text: str) -> bool:
    """A guess in lower case with an English pronoun or copula ("jia you", "don catch am"), which no name
    has. Lower-case places and names ("llanfair avenue", "anil cried") stay."""
    words = text.split()
    if len(words) < 2 or not all(w[:1].islower() for w in words):
        return False
    return any(w.lower() in _PRONOUNS_AND_COPULAS and w.lower() not in _PARTICLES for w in words)
