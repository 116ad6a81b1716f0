"""Named awareness days, weeks and months and public holidays: "Rare Disease Day", "International Nurses Day",
"Mental Health Awareness Week", "Black History Month", "St Patrick's Day", "Mother's Day", "rett syndrome
awareness month". An observance is on everyone's calendar: its name holds no one's condition ("Rare Disease" is
no rare condition of a patient's), no organisation and no date of anyone's; a span inside one goes. Its date
("Rare Disease Day is 28 Feb") then stands alone, and a time alone is kept only beside someone the writer serves
or a case (detector.py).

Not a person called Day ("Doris Day", "Sarah Day"): the words before "Day" must be everyday words ("Rare
Disease", "Boxing", "Pride", "Black History"), or the name must say it is an observance ("World", "International",
"National", "Awareness", "St ...'s").
"""

from __future__ import annotations

import re

from ..spans import Span
from .recognizers.support.lexicon import FUNCTION_WORDS, is_ordinary_word

_PERIOD = r"(?:Day|Week|Month|Fortnight|Eve)(?!\s*\d)"  # not "Year 2", "Day 3"
# Capitalised words (and the small words of a title) before the period: "World Mental Health Day", "Black
# History Month", "Children in Need Day". At most six words.
_TITLED = re.compile(
    r"((?:[A-Z][\w'’-]*\s+(?:(?:of|in|for|and|the|&)\s+)?){1,6}?)(?:Awareness\s+)?" + _PERIOD + r"\b"
)
# A day of a saint or of a kind of person: "St Patrick's Day", "Mother's Day", "Fathers' Day", "Valentine's Day".
_POSSESSIVE_DAY = re.compile(r"\b(?:(?:St\.?|Saint)\s+)?[A-Z][a-z]+['’]?s?['’]?\s+Day\b")
_SAINT = re.compile(r"^(?:St\.?|Saint)\s")
_SAYS_OBSERVANCE = re.compile(r"\b(?:World|International|National|Global|Awareness|European|Universal)\b")
# An awareness period written in lowercase: "rett syndrome awareness month", "stress awareness week".
_LOWER_AWARENESS = re.compile(r"(?i)\b(?:[\w'’-]+\s+){1,4}awareness\s+(?:day|week|month|fortnight)\b")
_KINDS_OF_PEOPLE_DAY = re.compile(
    r"(?i)^(?:mother|father|mum|mom|dad|valentine|grandparent|nurse|midwi(?:fe|ves)|teacher|carer|parent|women|"
    r"men|children|volunteer|doctor|patient|veteran|armistice|remembrance|independence|labou?r|memorial|"
    r"president|boxing|christmas|new\s+year|easter|may|anzac|australia|canada|martin\s+luther\s+king)s?['’]?s?['’]?$"
)


def observance_regions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an observance: [start, end) of each name."""
    if not re.search(r"(?i)\b(?:day|week|month|fortnight|eve)\b", text):
        return []
    out = []
    for m in _TITLED.finditer(text):
        words = m.group(1).split()
        if _SAYS_OBSERVANCE.search(m.group()) or all(
            w.lower() in FUNCTION_WORDS or (is_ordinary_word(w.strip("'’")) and not _possessive_name(w)) for w in words
        ):
            out.append((m.start(), m.end()))
    for m in _POSSESSIVE_DAY.finditer(text):
        head = m.group()[: -len("Day")].strip()
        if _SAINT.match(head) or _KINDS_OF_PEOPLE_DAY.match(head):
            out.append((m.start(), m.end()))
    out += [m.span() for m in _LOWER_AWARENESS.finditer(text)]
    return out


def _possessive_name(word: str) -> bool:
    """ "Sarah's" before "Day" is someone's day; "Mother's" is handled as a kind of day."""
    return word.endswith(("'s", "’s")) and not is_ordinary_word(word[:-2])


def outside_observances(spans: list[Span], text: str) -> list[Span]:
    """``spans`` less those inside the name of an observance."""
    regions = observance_regions(text)
    if not regions:
        return spans
    return [s for s in spans if not any(a <= s.start and s.end <= b for a, b in regions)]
