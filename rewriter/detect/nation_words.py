"""A nation, a country, a state or province, a big region, a language or a people by its name, whatever kind a rule
or the model gave it: "Drove 212 miles across rural Iowa", "Louisiana summers hit different", "#midwifery
#Ireland", "Watched the Windies beat England", "you can speak Malay, English or Mandarin", "Ghana Jollof > Nigerian
Jollof", "Cymru am byth!", "back in Aotearoa". Each holds millions or thousands; named anywhere in a post, as a tag,
a cheer, a subject or after a verb, it points at no one, and generalising it ("across a rural area", "beat someone",
"speak a patient") garbles the post for nothing.

The words: countries (countries.txt), nations, provinces, states and regions (big_regions.txt, and the US states,
support/public.py's BIG_REGIONS), major languages (major_languages.txt), the same names in their own languages and
peoples' own names (nations_in_own_words.txt), and a place's people by its first letters ("Nigerian", "Ugandans",
a people's ending after a country's name). A country that is also a given name ("Jordan", "Kenya") is left to
the rules that read it as a place where the model does.

The same word stays a name's where the sentence makes it one: after a title ("Mrs England"), beside a capitalised
name word that is no place ("Chris England", "Iowa Lakes Family Clinic" taken in part), or where a record is held
in it ("the only person in Queensland with...", "the oldest woman in Cornwall": a region narrows a superlative down
to one person, which the review rewrites), or where the post makes it a client's, an employer's site, one
person's origin or where someone lives ("our Surrey clinic", "a 6yo girl from Uganda", "I'm originally from Norway",
an address's line; support/public.py's private context).
"""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .recognizers.support import lexicon
from .recognizers.support.names import in_person_slot
from .recognizers.support.public import (_PRIVATE_AFTER, _PRIVATE_BEFORE, _RESIDENCE_BEFORE, _TITLE_BEFORE, BIG_REGIONS,
                                         COUNTRIES, LANGUAGES, LOWER_WORD_AFTER, ONE_THING_BEFORE, RECORD_BEFORE, _core,
                                         _alone_on_line, _one_person_from, client_context)

_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP", "GPE"})
# and every country by its name in the other languages written in Latin letters ("Reino Unido", "Brasil"; CLDR
# through Babel: countries_in_other_languages.txt)
OWN_WORDS = vocab.words("nations_in_own_words") | vocab.words("countries_in_other_languages")
_NATION_WORDS = COUNTRIES | BIG_REGIONS | LANGUAGES | OWN_WORDS

# A capitalised word right before, in the same run: part of a person's or a firm's name ("Chris England").
_CAPITALISED_BEFORE = re.compile(r"(?<=[\w,;'’)\]-]\s)([A-Z][\w'’-]*)\s+$")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,6}\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+([A-Z][\w'’-]*)")


def is_nation_word(name: str) -> bool:
    """A nation, state, region, language or people by its name, in English or its own language; a people's name may
    be plural ("Nigerians", "Ugandans")."""
    if name in _NATION_WORDS:
        return True
    if " " in name:
        return False
    return _demonym(name) or (name.endswith("s") and len(name) > 5 and _demonym(name[:-1]))


# A country's or a region's people by its name less its last letter (or whole), then a people's ending: "Nigerian",
# "Kenyan", "Ghanaian", "Pakistani", "Malaysian". Narrower than support/public.py's stems (which read a place before
# a noun), since here the word stands anywhere: a given name sharing a city's first letters ("Rangi") is no one's
# people.
_NATION_NAMES = frozenset(n for n in COUNTRIES | BIG_REGIONS | vocab.words("countries_named_like_people")
                          if " " not in n and n.isalpha() and len(n) >= 4)
_PEOPLE_PREFIXES = frozenset(n[:-1] for n in _NATION_NAMES if len(n) >= 5) | _NATION_NAMES
_PEOPLE_ENDING = re.compile(r"(?:ian|an|ese|i|ish|ic)$")  # the whole rest of the word ("Jordan" is Jorda + "n": no one's people)


def _demonym(word: str) -> bool:
    if not (word[:1].isupper() and word[1:].islower()) or not _PEOPLE_ENDING.search(word):
        return False
    return any(word[:k] in _PEOPLE_PREFIXES and _PEOPLE_ENDING.fullmatch(word[k:])
               for k in range(max(4, len(word) - 4), len(word)))


def _in_a_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised word beside the name continues a name: "Chris England", "Iowa Lakes [Family Clinic]". Not a
    place or a people beside it ("Ghana Jollof > Nigerian Jollof" is a dish, read by its word: "Jollof" no dictionary
    word), nor a word that opens its sentence."""
    if _ACRONYM_BEFORE.search(text, max(0, start - 12), start):
        return True  # "BBC Scotland want to do a piece": a body's name, wherever its sentence starts
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before:
        word = before.group(1)
        if not (is_nation_word(word) or word.lower() in lexicon.FUNCTION_WORDS):
            return True
    after = _CAPITALISED_AFTER.match(text, end)
    if after:
        word = after.group(1)
        if lexicon.is_ordinary_word(word) and not lexicon.is_not_a_name(word) and word.lower() not in lexicon.FUNCTION_WORDS:
            return True
    return False


# A nation's team or a nation's own public body by its head word, after the nation's name and everyday words: "Team
# Kenya", "Team GB", "the Uganda Prisons Service", "Kenya Revenue Authority", "Ghana Health Service". A country runs
# one of each, and no one's firm is called so ("Kenya Cleaning Services" ends in no such head, "Pine Hollow
# Authority" holds no nation).
_TEAM = re.compile(r"Team\s+(?P<nation>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)")
_BODY_HEADS = frozenset(
    "Service Police Force Constabulary Authority Commission Board Bureau Agency Army Navy Parliament Senate Tribunal "
    "Ministry Department".split())


def _nations_team_or_body(name: str) -> bool:
    team = _TEAM.fullmatch(name)
    if team:
        return is_nation_word(team.group("nation"))
    words = name.split()
    if len(words) < 2 or words[-1] not in _BODY_HEADS:
        return False
    for k in (2, 1):
        head = " ".join(words[:k])
        if len(words) > k and (is_nation_word(head) or head in vocab.words("countries_named_like_people")):
            return all(w[:1].isupper() and lexicon.is_ordinary_word(w) and not lexicon.is_listed_as_name(w)
                       or w in _BODY_HEADS for w in words[k:])
    return False


def _inside_a_nations_team(span: Span, text: str) -> bool:
    """The span is "Team", the nation, or both, of a nation's team in the text (the rules may split it: "[Team]
    [Kenya]")."""
    for m in _TEAM.finditer(text, max(0, span.start - 6), min(len(text), span.end + 40)):
        if m.start() <= span.start and span.end <= m.end() and _nations_team_or_body(m.group()):
            return True
        nation = m.group("nation").split()[0]
        if m.start() <= span.start and span.end <= m.start("nation") + len(nation) and (
                _nations_team_or_body("Team " + nation) or (nation in vocab.words("countries_named_like_people")
                                                            and _SPORT_AFTER.match(text, m.start("nation") + len(nation)))):
            return True
    return False


# A country named like a person ("Team Kenya", not "Team Jordan!" cheering a colleague) is a team with its sport after.
_SPORT_AFTER = re.compile(r"\s+(?i:para|squad|camp|kit|jersey|athlet|olympi|paralympi|sevens|rugby|football|cricket|"
                          r"netball|hockey|relay|trials|colours|selection|call-?up)")


# A nation's or a side's cheer, the nation's or the side's name where "~" is (data/nation_cheers.txt): "Majulah
# Singapura", "Pakistan Zindabad", "Heia Norge". The model takes the cheer whole for a person or an organisation.
_CHEERS = [re.compile(r"\s+".join(r"(?P<side>.+)" if w == "~" else re.escape(w) for w in cheer.split()))
           for cheer in vocab.entries("nation_cheers")]
_SIDES = vocab.words("sports_teams") | vocab.words("big_places") | vocab.words("metropolises")


def _cheered_side(name: str) -> bool:
    """``name`` is a cheer of a nation, a big place or a big side: "Majulah Singapura", "Pakistan Zindabad"."""
    for cheer in _CHEERS:
        m = cheer.fullmatch(name)
        if m and (is_nation_word(m.group("side")) or m.group("side") in _SIDES):
            return True
    return False


def is_public_nation_word(span: Span, text: str) -> bool:
    if span.entity_type not in _KINDS:
        return False
    name = _core(span.text).lstrip("#")
    if not name:
        return False
    if _cheered_side(name):
        return not _made_private(text, span.start, span.end)
    if _inside_a_nations_team(span, text):
        return not _made_private(text, span.start, span.end)
    if _nations_team_or_body(name):
        return not _made_private(text, span.start, span.end)
    if not is_nation_word(name):
        return False
    start, end = span.start, span.end
    if _TITLE_BEFORE.search(text, max(0, start - 12), start):
        return False
    if span.entity_type == "PERSON" and name not in COUNTRIES and _said_as_a_person(text, start, end):
        return False  # "Shona from the night team covered my shift", "Sat with Devon and Jordan": a region's or a language's name given to someone
    if RECORD_BEFORE.search(text, max(0, start - 90), start):
        return False
    if _in_a_longer_name(text, start, end):
        return False
    if (ONE_THING_BEFORE.search(text, max(0, start - 14), start) and LOWER_WORD_AFTER.match(text, end)
            and not (name in LANGUAGES and _language_said_alone(text, end))):
        return False  # "the Munster match", "a certain Ohio hospital chain", "the one Ukrainian child": left to the rules of a place before a noun
    return not _made_private(text, start, end)


# After a language, a word no noun could be ("corrects my Punjabi lol", "my Welsh is rusty", "her Tagalog still"):
# the language is the writer's or someone's command of it, said alone, not a people before a noun ("my Punjabi
# client", left to the rules of a place before a noun).
_NO_NOUN_AFTER = lexicon.FUNCTION_WORDS | vocab.words("adverbs_after_names")
_NEXT_LOWER_WORD = re.compile(r"\s+([a-z][a-z'’]*)")


def _language_said_alone(text: str, end: int) -> bool:
    m = _NEXT_LOWER_WORD.match(text, end)
    return m is not None and m.group(1) in _NO_NOUN_AFTER


# A person's slot around a word read as a person: the object of a phrase that takes one ("sat with Devon"), one of
# a group at work ("Shona from the night team"), or coordinated with a given name ("Devon and Jordan"). A language
# spoken or a team beaten is in none ("speak Malay", "beat England").
_FROM_A_GROUP_AFTER = re.compile(r"\s+(?:from|off)\s+(?:the|our|my)\s+(?:\w+\s+)?(?:team|shift|ward|unit|crew|desk|office|staff|nights?)\b")
_COORDINATED_AFTER = re.compile(r"\s+(?:and|&)\s+([A-Z][a-z]+)\b")


def _said_as_a_person(text: str, start: int, end: int) -> bool:
    if in_person_slot(text, start) or _FROM_A_GROUP_AFTER.match(text, end):
        return True
    other = _COORDINATED_AFTER.match(text, end)
    return other is not None and not is_nation_word(other.group(1)) and not lexicon.is_ordinary_word(other.group(1))


def _made_private(text: str, start: int, end: int) -> bool:
    """A client, an employer, a site of the writer's own, one person's origin, or where someone lives (see
    support/public.py's private context, which reads the same words)."""
    before = text[max(0, start - 60) : start]
    if _PRIVATE_BEFORE.search(before) or _PRIVATE_AFTER.match(text, end) or client_context(text, start, end):
        return True
    if _one_person_from(before):
        return True
    # where anyone lives or comes from, the writer too ("I live in United Kingdom", "We moved here from Estonia"): a
    # country of residence is an address's line, as on a line of its own ("Martin Karlsen\n\nAustria")
    return _RESIDENCE_BEFORE.search(before) is not None or _alone_on_line(text, start, end)


def outside_nation_words(spans: list[Span], text: str) -> list[Span]:
    """``spans`` less the nations, states, regions, languages and peoples named by themselves."""
    return [s for s in spans if not is_public_nation_word(s, text)]
