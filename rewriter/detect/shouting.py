"""Text in capitals, read as it would be written in ordinary case: "MR PATEL WAS LOVELY TODAY" is analysed as
"Mr Patel was lovely today", "SHOUTOUT TO SARAH JENKINS ON WARD 7" as "Shoutout to Sarah Jenkins on ward 7".

spaCy and the name recognizers go by capitals: in a stretch of shouting every word has them, so no word looks
like a name (spaCy tags few or none; the recognizers see only capitalised dictionary words). ``unshout`` gives a
copy of the text of the same length, character for character, in which each stretch of two or more words in
capitals is re-cased word by word:
- an everyday word (the dictionary knows it in lowercase: "was", "lovely", "ward") in lowercase, save at the
  start of a sentence, and days, months, titles and "I" with a capital, as they are written;
- a word the dictionary does not know in lowercase ("SARAH", "JENKINS", "OKAFOR"), and a word after a title
  ("MR PATEL"), with a capital, as a name;
- a short word the dictionary does not know and does not list as a name ("OMG", "DNS", "ICU"), and a known
  acronym ("NHS", "GP", "ITV"), as written.
A word in capitals alone ("LISTEN to me", "the NHS") is left as it is: emphasis or an acronym. Offsets into the
copy are offsets into the text, so spans found in it point at what the user typed.
"""

from __future__ import annotations

import re

from .. import vocab
from .recognizers.support import lexicon

# A word in capitals: letters (an apostrophe inside: "PATEL'S", "DON'T"), at least two of them.
_CAPS_WORD = re.compile(
    r"(?:(?<=^)|(?<=[\s(\"“‘]))(?:[A-Z][A-Z'’]*[A-Z](?:['’][A-Z]+)?|[A-Z])(?=[\s,.!?;:)\"”’]|$)"
)  # a word of its own: not the letters of "A&E", "B/C", "COVID-19"
# What may stand between two words of one stretch: spaces and light punctuation, or a number ("WARD 7 AT").
_GLUE = re.compile(r"(?:[\s,&!?.:;\-–—/()\"“”‘’']|\d+[A-Z]?\b)*")
_TITLES = vocab.words("titles")
# Written with a capital in ordinary text, though the dictionary knows them in lowercase.
_CAPITALISED = vocab.words("weekdays") | vocab.words("months") | _TITLES | {"i", "st"}
_ACRONYMS = lexicon.EVERYDAY_ACRONYMS | lexicon.PUBLIC_BODIES
_MIN_WORDS = 2
# "BRACKENRIDGE PARTNERS": a company's ending after its name keeps its capital
_COMPANY_ENDINGS = frozenset(w.lower() for w in vocab.entries("company_name_endings"))
# "ST MARY'S": a saint's name follows
_PLACE_TITLES = frozenset({"st", "st.", "saint"})
# Verbs that follow a name as often as a surname does ("SARAH CAME IN"): never read as a surname.
_VERB_FORMS = vocab.words("irregular_past_forms") | vocab.words("common_past_forms")


def has_shouting(text: str) -> bool:
    """Quick test: does ``text`` hold two words in capitals in a row anywhere?"""
    return _stretches_of(text) != []


def unshout(text: str) -> str:
    """``text`` with every stretch of words in capitals re-cased as ordinary writing (see the module's
    docstring); the same length, and the same text where there is no such stretch."""
    stretches = _stretches_of(text)
    if not stretches:
        return text
    chars = list(text)
    for words in stretches:
        after_title = after_name = False
        prev_end = -1
        for m in words:
            word = m.group()
            # a surname the dictionary knows ("JENKINS", "KHAN") is a name straight after a title or a first name
            follows = after_title or (after_name and text[prev_end:m.start()].isspace())
            new, name = _recased(word, text, m.start(), follows)
            if len(new) == len(word):
                chars[m.start():m.end()] = new
            after_title = word.lower().rstrip(".") in _TITLES or word.lower() in _PLACE_TITLES
            after_name = name
            prev_end = m.end()
    return "".join(chars)


def _stretches_of(text: str) -> list[list[re.Match]]:
    if sum(1 for c in text if c.isupper()) < 4:
        return []
    out: list[list[re.Match]] = []
    run: list[re.Match] = []
    for m in _CAPS_WORD.finditer(text):
        if run and _GLUE.fullmatch(text, run[-1].end(), m.start()):
            run.append(m)
            continue
        if len(run) >= _MIN_WORDS:
            out.append(run)
        run = [m]
    if len(run) >= _MIN_WORDS:
        out.append(run)
    # a stretch of acronyms only ("NHS ICU", "CEO & CFO") is no shouting
    return [r for r in out if sum(1 for m in r if len(m.group()) > 1 and not _acronym(m.group())) >= _MIN_WORDS]


def _acronym(word: str) -> bool:
    bare = word.strip("'’")
    if bare in _ACRONYMS:
        return True
    return len(bare) <= 3 and not lexicon.is_ordinary_word(bare) and not lexicon.is_listed_as_name(bare)


def _recased(word: str, text: str, start: int, follows: bool) -> tuple[str, bool]:
    """The word re-cased, and whether it was read as (part of) a name."""
    bare = word.strip("'’")
    lower = word.lower()
    if bare in _ACRONYMS or (_acronym(bare) and not follows):
        return word, False
    if len(bare) == 2 and bare.lower() not in lexicon.FUNCTION_WORDS and bare.lower() not in _TITLES and not follows:
        return word, False  # a state or a country's code, initials: "WA 16469", "JK"
    capital = word[0] + lower[1:]
    stem = re.split(r"['’]", lower)[0]
    if stem in lexicon.FUNCTION_WORDS or stem in _VERB_FORMS:
        return (capital if _opens_sentence(text, start) or stem == "i" else lower), False
    past = len(stem) > 4 and stem.endswith("ed") and lexicon.is_ordinary_word(stem)  # "GREEN TURNED 100"
    if follows and not past and (lexicon.is_dictionary_word(stem) or not lexicon.is_ordinary_word(stem) or stem in _COMPANY_ENDINGS):
        return capital, True  # "MR PATEL", "SARAH JENKINS"; not "SARAH LOVES"
    if stem in _CAPITALISED:
        return capital, False
    if not lexicon.is_ordinary_word(stem):
        return capital, True
    return (capital if _opens_sentence(text, start) else lower), False


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n"
