"""Counts and measures in a story about someone, made vague (issue 11: "an exact figure into a vague one").

In a post the review raised a risk on, or one that names or describes a private person (a detected span),
the exact numbers told of that person single them out as surely as a name ("rang the front desk 19 times
tonight", "7lb 2oz", "clean 9 months", "in every 28 days on the dot"). Each class has a general form
that keeps what the sentence says:

    how often it happened:      "rang the desk 19 times tonight" -> "rang the desk repeatedly tonight"
                                "for the 5th time this month" -> "repeatedly this month"
                                "3rd time we've picked him up" -> "not the first time we've picked him up"
                                "his 6th book on divorce law" -> "his latest book on divorce law"
    how long, of someone:       "clean 9 months" -> "clean for months"; "with us 3 weeks" -> "with us for weeks"
                                "38 years at the pit" -> "decades at the pit"
                                "9 months sober" -> "months sober"; "ended 2 months ago" -> "ended a few months ago"
    how regularly:              "in every 28 days on the dot" -> "in every few weeks"
    how many tries or visits:   "took 4 sessions" -> "took several sessions"
    a baby's weight:            "baby Ottilie, 7lb 2oz, born ..." -> "baby Ottilie, born ..."
    a reading:                  "BP 190/110" -> "BP sky-high"
    a size or length:           "a 12-bed psych unit" -> "a small psych unit"; "a 6-month engagement" -> "a months-long ..."
    a large count of things:    "4,200 pages" -> "thousands of pages"; "2,000 patients" -> "thousands of patients"

Never in a sentence about the writer's own doings ("Took me 11 years", "I ran 5 times this week"), and
never in a post with no risk and nothing detected: "my Year 6s read 112 books this term" stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import vocab
from ..review import Risk
from ..review.cues import NUMBER_WORDS
from ..spans import Span
from .regions import first_fit, region

_SMALL_WORDS = {w: i for i, w in enumerate(NUMBER_WORDS[:20], start=1)}  # "one" .. "twenty"
_NUMBER = r"(?:\d{1,4}|" + "|".join(NUMBER_WORDS[:20]) + r")"
_ORDINAL_WORDS = {"third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
                  "eleventh": 11, "twelfth": 12, "umpteenth": 99}
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + r")"

_UNITS = {"day": r"days?", "week": r"weeks?|wks?", "month": r"months?|mths?|mos?", "year": r"years?|yrs?"}
_UNIT = "|".join(f"(?P<{k}>{v})" for k, v in _UNITS.items())
_PLURAL = {"day": "days", "week": "weeks", "month": "months", "year": "years", "night": "nights", "shift": "shifts"}


def _value(word: str) -> int:
    w = word.lower().replace(",", "")
    if w.isdigit():
        return int(w)
    if w in _SMALL_WORDS:
        return _SMALL_WORDS[w]
    m = re.match(r"(\d+)(?:st|nd|rd|th)$", w)
    if m:
        return int(m.group(1))
    return _ORDINAL_WORDS.get(w, 0)


# -- how often ----------------------------------------------------------------------------------------

# "19 times", "five times": not a rate ("3 times a day"), a comparison ("5 times bigger") or a product.
_TIMES = re.compile(rf"(?i)\b(?P<n>{_NUMBER})\s+times\b")
_TIMES_NOT = re.compile(
    r"(?i)\s+(?:a|an|per|each|every|daily|weekly|more|less|fewer|bigger|smaller|higher|lower|faster|slower|longer|"
    r"as|the|over|that\s+of|what)\b|\s*(?:[x×*]|\d)"
)
# An honour counted is the writer's record, not a story's detail: "Awarded Salesperson of the Month three times".
_HONOUR = re.compile(r"(?i)\b(?:awarded|won|winner|named|voted|crowned|champions?|nominated)\b")
# ("again" would be read as a complaint: "repeatedly" says how often and nothing more.)
# "for the 5th time", "the 3rd time", "3rd time we've".
_NTH_TIME = re.compile(rf"(?i)\b(?P<for>for\s+(?:the\s+)?)?(?P<the>the\s+)?(?P<n>{_ORDINAL})\s+time\b")
# "his 6th book", "her fifth baby", "Kev's 4th visit".
_NTH_THING = re.compile(rf"(?i)\b(?P<det>his|her|their|[A-Za-z]+['’]s)\s+(?P<n>{_ORDINAL})\s+(?P<noun>[a-z][a-z-]+)\b")
# "3rd breach.", "Third callout this month": an ordinal opening a clause of its own -> "Another breach".
_NTH_OPENING = re.compile(rf"(?i)(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))(?P<n>{_ORDINAL})\s+(?=[a-z][a-z-]+\b)(?!time|gen\b|generation|floor|grade|year|form|class|place|round|day|week|month)")
# "for the 3rd month running" -> "for months running".
_NTH_RUNNING = re.compile(rf"(?i)\bthe\s+(?P<n>{_ORDINAL})\s+(?P<unit>day|night|week|month|year|shift)\s+(?=running\b|in\s+a\s+row\b)")
_NOT_A_THING = frozenset({"birthday", "anniversary", "time", "floor", "grade", "form", "year", "class", "place", "round",
                          "century", "street", "avenue", "gen", "generation"})

# -- how long -----------------------------------------------------------------------------------------

# A state someone has been in: "clean 9 months", "with us 3 weeks" (no "for": the rewrite adds it).
_STATE_BEFORE = re.compile(
    r"(?i)\b(?:clean|sober|dry|abstinent|(?:smoke|drug|alcohol|seizure|cancer|pain|symptom)[\s-]free|in\s+remission|"
    r"with\s+(?:us|me|them|her|him)|in\s+care|in\s+hospital|on\s+the\s+ward|inside|in\s+prison|off\s+the\s+(?:drink|booze|gear))"
    r"(?:\s+(?:now|nearly|almost|over|about))?\s+$"
)
# "9 months clean", "3 weeks sober".
_STATE_AFTER = re.compile(r"(?i)\s+(?:clean|sober|dry|abstinent|(?:smoke|drug|alcohol|seizure|cancer)[\s-]free|in\s+remission)\b")
_DURATION = re.compile(rf"(?i)\b(?P<n>{_NUMBER})[\s-]?(?:{_UNIT})\b")
# "Decision in 6 weeks", "hasn't paid us in 6 weeks".
_IN = re.compile(r"(?i)\bin\s+$")
_NEGATED = re.compile(r"(?i)(?:n['’]t|\bnot|\bnever|\bno)\b")
# "18 months after her stroke" -> "over a year after her stroke".
_AFTER = re.compile(r"(?i)\s+(?:after|later|post)\b")
# A working life counted at a place: "38 years at the pit", "22 years with the fire service", "30 yrs on the buses".
_SERVICE_AFTER = re.compile(r"(?i)\s+(?:at|with|on|in|down|for)\s+(?:the|a|an|that|this|his|her|their)\s+(?!(?:same|moment|time|end|making|row)\b)[a-z]"
                            # "after 19 years with us", "38 years here", "38 years in L&D": a team, a place, a department
                            r"|\s+(?:with\s+(?:us|them|the\s+(?:company|firm|team|practice|trust|service|force))|here)\b"
                            r"|\s+(?:in|on|at)\s+(?-i:[A-Z][A-Za-z&]*)(?![\w'’])")
_AGO = re.compile(r"(?i)\s+ago\b")
# An anniversary the writer marks: "Called to the Bar 10 years ago today" is their own milestone.
_ANNIVERSARY = re.compile(r"(?i)\s+ago\s+(?:today|this\s+week|this\s+month)\b")

# Other frames of a stretch of someone's time: "waited 9 yrs", "Took 3 years of nagging", "18 months of work",
# "for the first time in 30 years", "Did everything right for 8 months".
_SPENT_BEFORE = re.compile(r"(?i)\b(?:waited|waiting|spent|took|taken|lasted|been\s+(?:on|at|in)\s+(?:this|the|that)\s+\w+|for)\s+$")
_OF_AFTER = re.compile(r"(?i)\s+of\s+(?!age\b)[a-z]")
_FIRST_IN = re.compile(r"(?i)\b(?:first\s+time|not\s+once|never)\b[^.!?\n]{0,30}\bin\s+$")

# -- how regularly ------------------------------------------------------------------------------------

_EVERY = re.compile(rf"(?i)\bevery\s+(?P<n>{_NUMBER})\s+(?:{_UNIT})\b(?P<dot>\s+(?:on\s+the\s+dot|like\s+clockwork|without\s+fail|exactly))?")

# -- how many tries or visits -------------------------------------------------------------------------

_TRIES = re.compile(
    rf"(?i)\b(?P<n>{_NUMBER})\s+(?P<noun>sessions|appointments|visits|attempts|tries|rounds|cycles|operations|surgeries|"
    r"admissions|referrals|calls|phone\s+calls|voicemails|messages|texts|emails|complaints|letters|relapses|overdoses|"
    r"seizures|falls|fillings|extractions|procedures|treatments|courses|goes|stays|arrests|warnings|exclusions|suspensions)\b"
)

# -- a size or a length said as a hyphenated count -----------------------------------------------------

# "a 12-bed psych unit", "that 3-person law firm", "our 40-strong team", "a 6-month engagement".
_SIZE = re.compile(
    r"(?i)\b(?P<n>\d{1,4}|" + "|".join(NUMBER_WORDS[1:20]) + r")[-‐](?P<what>bed|bedded|person|people|man|woman|strong|member|staff|"
    r"pupil|student|seat|seater|desk|room|doctor|gp|partner|lawyer|teacher|nurse|employee|(?P<unit>day|week|month|year))"
    r"(?![\w-])(?=\s+[a-z])"
)
_BEDS = frozenset({"bed", "bedded", "seat", "seater", "desk", "room"})
_WORKING_WEEK = re.compile(r"(?i)\s+(?:working\s+|work\s+|school\s+)?(?:weeks?|weekends?)\b")

# -- money in a currency written as letters the detector does not read -------------------------------

# "P1.2bn" (pula), "K2.4 million" (kwacha), "R8,500" (rand), "Le 40m", "N$ 300k": with a magnitude, or in
# thousands.
_LETTER_MONEY = re.compile(
    r"\b(?P<cur>P|K|R|Le|N\$|Br|Tk|Rp|Rs\.?|TSh|USh|KSh|GH¢|GH₵)\s?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<mag>\s?(?:k|m|mn|bn|b|million|billion|thousand|lakh|crore)\b)?(?![\w.,]*\d)"
)

# -- family sizes and groups ------------------------------------------------------------------------

_BROOD = re.compile(
    rf"(?i)\b(?P<n>{_NUMBER})\s+(?P<noun>kids|children|grandkids|grandchildren|siblings|sons|daughters|foster\s+kids|"
    r"brothers|sisters|wives|babies|of\s+them)\b"
)

# How many of a group were in the story: "took statements from 4 of the children", "acting for 14 of the guests",
# "4 of the 6 candidates", "3 of their 7 factories", "we got 9 of them in A&E". The count says which group (the
# one in the news, the one the writer acts for) as surely as a name; "some of" says the same. The writer's own
# part in it is no reason to keep it: "I'm representing 14 of the flat buyers" points at the case.
_SOME_OF = re.compile(
    rf"(?i)(?<!\ball\s)\b(?P<n>{_NUMBER})\s+of\s+(?P<det>the|their|his|her|them|those|these|our)\b"
    rf"(?:\s+(?P<m>{_NUMBER})\b(?=\s+[a-z]))?"
)
# Nouns a number names one of ("Room 12", "Day 3 of the trial"): the numbered nouns, and days and weeks counted.
_NUMBERED = "|".join(sorted({*vocab.words("numbered_nouns"), "day", "week", "month", "night", "episode", "season", "game",
                             "match", "no", "number", "lot", "flat", "unit", "bay"}, key=len, reverse=True))
# "the 3 children died", "the six survivors": a group of people in a story counted; "the children" says it.
_THE_COUNTED = re.compile(
    rf"(?i)\b(?P<det>the|those|these)\s+(?P<n>{_NUMBER})\s+(?=(?P<noun>children|kids|victims|people|students|pupils|patients|"
    r"boys|girls|men|women|survivors|passengers|workers|families|babies|teenagers|teens|residents|guests|casualties)\b)"
)

# -- a baby's weight; a reading -----------------------------------------------------------------------

_WEIGHT = re.compile(
    r"(?i)\b\d{1,2}\s?(?:lb|lbs|pounds?)(?:\s?\d{1,2}(?:\.\d)?\s?(?:oz|ounces?))?(?![\w])|\b\d(?:\.\d{1,3})?\s?kgs?\b"
)
_BIRTH = re.compile(r"(?i)\b(?:born|baby|babies|birth|arrived|arrival|welcome|delivered|weigh\w*|newborn|bub|girl|boy)\b")
_READING = re.compile(r"(?i)\b(?P<what>BP|blood\s+pressure)(?P<link>\s+(?:was|is|still|now|still\s+at))?\s+(?P<hi>\d{2,3})\s?/\s?\d{2,3}\b")

# -- a large count of things --------------------------------------------------------------------------

_BIG_COUNT = re.compile(r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d{3,7})(?P<plus>\+)?\s+(?P<noun>[a-z][a-z-]{2,}s|people|children|staff|folk|men|women)\b")
# A rate said by its denominator: "1 in 100 kids", "one in 5,000 births", "9 out of 10 dentists".
_RATE_BEFORE = re.compile(r"(?i)\b(?:\d+|one|a)\s+(?:in|out\s+of)\s+$")
# Measures and money are others' to make vague; a year is no count ("2019 cases" is rare).
_NOT_COUNTED = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "mins", "secs", "seconds", "miles",
                          "metres", "meters", "kms", "grams", "calories", "steps", "followers", "likes", "views",
                          "subscribers", "words", "points", "dollars", "pounds", "euros", "rupees", "bucks", "quid",
                          "naira", "shillings", "pesos", "rand", "cedis", "kilometres", "feet", "inches", "degrees",
                          "percent", "times", "yards", "tonnes", "tons", "litres", "liters", "units", "mls", "mgs"})

# The writer's own doing: a first-person word in the clause before the figure ("Took me 11 years").
# ("my patient's BP was 210/120" is the patient's: "my" alone says whose patient, not who did it.)
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i['’](?:m|ve|d|ll)|me|myself|we|we['’](?:ve|re|d)|mi)\b")
_THIRD_PERSON = re.compile(r"(?i)\b(?:he|she|they|him|her|his|hers|their|them|he['’]s|she['’]s|they['’]re)\b")
_CLAUSE_OPEN = re.compile(r"[.!?;\n(]|,\s|\s[–—-]\s")

_STORY_KINDS = frozenset({"news_event", "rare_or_unique", "small_community", "confidential_business", "ongoing_case",
                          "health_detail", "client_contact", "photo", "venting"})


def _clause_before(text: str, at: int) -> str:
    start = 0
    for m in _CLAUSE_OPEN.finditer(text, 0, at):
        start = m.end()
    return text[start:at]


def _own(text: str, at: int, end: int | None = None) -> bool:
    """Is the figure at ``at`` told of the writer's own doing (a first-person word before it in its clause,
    and no third person)? Or, given the figure's ``end``, does it open its clause with the writer as the subject
    of what follows it in the same clause ("First time in 22 years of hospice nursing I've looked after ...",
    "10 years in this job I still cry"): the writer's own years of service, not a client's."""
    before = _clause_before(text, at)
    if _THIRD_PERSON.search(before):
        return False
    if _FIRST_PERSON.search(before):
        return True
    return end is not None and _own_after(text, at, end)


# Where the clause a figure opens ends: a clause mark, or a conjunction that starts another ("9 months clean and
# I'm so proud of him": the months are his).
_CLAUSE_CLOSE = re.compile(r"[.!?;:\n()]|,|\s[–—-]\s|\b(?:and|but|so|because|cos|since|when|while|after|before)\b", re.I)


def _own_after(text: str, at: int, end: int) -> bool:
    if _someone_before(text, at):
        return False
    close = _CLAUSE_CLOSE.search(text, end)
    rest = text[end:close.start() if close else len(text)]
    first = _FIRST_PERSON.search(rest)
    if first is None or first.start() > 48:
        return False
    # no one else in the clause: "4th time we've been out to him" counts visits to him
    return not _THIRD_PERSON.search(rest) and not any(
        w.lower().rstrip("s") in _PERSON_WORDS for w in re.findall(r"[A-Za-z]+", rest[:first.start()]))


_PERSON_WORDS = frozenset(vocab.words("person_words") | vocab.words("role_nouns") | vocab.words("occupations") | vocab.words("informal_people_words"))


def _someone_before(text: str, at: int) -> bool:
    """Someone other than the writer is told of in the clause before ``at`` ("My patient did 38 years at the pit",
    "he gave 30 years to the mill"), not the writer's own career ("12 years in this job", "Ten years on this route")."""
    before = _clause_before(text, at)
    return bool(_THIRD_PERSON.search(before)) or any(w.lower().rstrip("s") in _PERSON_WORDS for w in re.findall(r"[A-Za-z]+", before))


# A person named in the sentence before a figure: "Had to walk Dana Peel out today after 19 years with us",
# "Happy retirement to Ruth Amberley 💐 38 years in L&D" (the detector may read a name as an organisation).
_NAMED_KINDS = frozenset({"PERSON", "ORGANIZATION"})


def _named_before(text: str, at: int, spans: Sequence[Span]) -> bool:
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    return any(s.entity_type in _NAMED_KINDS and start <= s.start and s.end <= at for s in spans)


# "He's 2 months into his order", "6 weeks into her placement": how far someone is through their own process.
_INTO = re.compile(r"(?i)\s+into\s+(?:his|her|their|the)\s+[a-z]")


def _capital(text: str, start: int, words: str) -> str:
    before = text[:start].rstrip()
    if (not before or before[-1] in ".!?\n") and words:
        return words[0].upper() + words[1:]
    return words


def _how_long(n: int, unit: str) -> str:
    """"9 months" -> "several months", "18 months" -> "over a year", "6 years" -> "years"."""
    if unit == "month" and n >= 12 or unit == "week" and n >= 52:
        return "over a year"
    if unit == "year":
        return "years" if n > 5 else "a few years"
    return "several " + _PLURAL[unit]


def _tries(n: int) -> str:
    return "several" if n < 10 else "a lot of" if n < 24 else "dozens of" if n < 100 else "hundreds of"


def _count_words(n: int) -> str:
    if n < 200:
        return "over a hundred"
    if n < 1000:
        return "hundreds of"
    if n < 2000:
        return "over a thousand"
    if n < 1_000_000:
        return "thousands of"
    return "millions of"


# The whole part of a number a count was read from the middle of: "2.5 years" read as "5 years".
_WHOLE_PART = re.compile(r"(?<![\w.,])\d{1,3}[.,]$")
# A determiner before a count: the vague words after it are a bare plural ("all 12 years" -> "all those years",
# "her 3 months on the ward" -> "her months on the ward"), never "all years" or "her a few months".
_COUNT_DETERMINED = re.compile(r"(?i)(?<![\w'’])(all|the|those|these|my|our|his|her|their|your|its)[ \t]+$")
_VAGUE_PLURAL = re.compile(r"(?i)(?:a\s+few|several|many|over\s+a\s+hundred|hundreds\s+of|thousands\s+of)?\s*"
                           r"((?:days|nights|weeks|months|years|decades|shifts))")
# A run's word after an ordinary count of days or years, said already by the plural: "for the 4th year
# running" -> "for years", never "for years running".
_RUNNING_AFTER = re.compile(r"[ \t]+running\b")


def _in_its_slot(text: str, start: int, end: int, words: str) -> tuple[int, int, str]:
    """A count's region and vague words fitted to the words around it: the whole part of a decimal goes with
    it ("2.5 years" -> "a few years", never "2.A few years"); after "all" or another determiner the vague
    words are a bare plural ("all those years"); "running" after a run told as a plural goes."""
    whole = _WHOLE_PART.search(text, 0, start) if text[start:start + 1].isdigit() else None
    if whole:
        start = whole.start()
    plural = _VAGUE_PLURAL.fullmatch(words)
    determined = _COUNT_DETERMINED.search(text, 0, start)
    if plural and determined:
        noun = plural.group(1)
        if determined.group(1).lower() == "all":
            words = "those " + noun  # "all 12 years of receipts" -> "all those years of receipts"
        else:
            words = noun
    if plural and not determined:
        running = _RUNNING_AFTER.match(text, end)
        if running:
            end = running.end()
    return start, end, words


def counts(text: str, risks: Sequence[Risk], spans: Sequence[Span] = ()) -> list[Risk]:
    """The counts and measures of a story, each as a region of ``text`` with its vague form; [] for a post
    that raised no risk and names no one."""
    told = [r for r in risks if r.kind in _STORY_KINDS and not r.by_model]
    if not told and not spans:
        return []
    template = told[0] if told else Risk("health_detail", 0, 0, "", "A detail of someone's story.", "Say it generally.")
    out: list[tuple[int, int, str]] = []

    def add(start: int, end: int, words: str, own_too: bool = False, span_of_time: bool = False) -> None:
        start, end, words = _in_its_slot(text, start, end, words)
        # a span of time may be told before the writer it is of ("22 years of hospice nursing I've ...")
        if own_too or not _own(text, start, end if span_of_time else None):
            out.append((start, end, _capital(text, start, words)))

    for m in _TIMES.finditer(text):
        if _value(m.group("n")) >= 3 and not _TIMES_NOT.match(text, m.end()) and not _HONOUR.search(_clause_before(text, m.start())):
            add(m.start(), m.end(), "repeatedly")
    for m in _NTH_TIME.finditer(text):
        if _value(m.group("n")) < 3:
            continue
        if m.group("for"):
            add(m.start(), m.end(), "repeatedly")
        else:
            add(m.start(), m.end(), "not the first time")
    for m in _NTH_OPENING.finditer(text):
        if _value(m.group("n")) >= 2:
            add(m.start(), m.end("n"), "another")
    for m in _NTH_RUNNING.finditer(text):
        if _value(m.group("n")) >= 3:
            add(m.start(), m.end("unit"), _PLURAL.get(m.group("unit").lower(), m.group("unit").lower() + "s"))
    for m in _NTH_THING.finditer(text):
        if _value(m.group("n")) >= 2 and m.group("noun").lower() not in _NOT_A_THING:
            add(m.start("n"), m.end("n"), "latest")
    for m in _DURATION.finditer(text):
        n = _value(m.group("n"))
        if n < 2:
            continue
        unit = next(k for k in _UNITS if m.group(k))
        if _ANNIVERSARY.match(text, m.end()):
            continue
        has_for = re.search(r"(?i)\bfor\s+$", text[max(0, m.start() - 5):m.start()])  # "clean for 9 months"
        if _AGO.match(text, m.end()):
            # "(we ended 2 months ago)": when the writer's story with someone ended is theirs too
            words = "years" if unit == "year" and n > 5 else f"a few {_PLURAL[unit]}"
            add(m.start(), m.end(), words, own_too=unit != "year", span_of_time=True)
        elif _STATE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            add(m.start(), m.end(), ("" if has_for else "for ") + _how_long(n, unit), span_of_time=True)
        elif unit == "year" and _FIRST_IN.search(text[max(0, m.start() - 50):m.start()]):
            add(m.start(), m.end(), "decades" if n >= 20 else "years", span_of_time=True)  # "for the first time in 30 years"
        elif (told or not has_for) and (
                _SPENT_BEFORE.search(text, max(0, m.start() - 30), m.start()) or _OF_AFTER.match(text, m.end())):
            # ("for 3 days straight" in a post with no risk is as likely the writer's own)
            add(m.start(), m.end(), _how_long(n, unit), span_of_time=True)  # "waited 9 yrs" -> "waited years"
        elif unit == "year" and n >= 10 and _SERVICE_AFTER.match(text, m.end()) and (
                _someone_before(text, m.start()) or _named_before(text, m.start(), spans)):
            add(m.start(), m.end(), "decades" if n >= 20 else "years", span_of_time=True)  # "did 38 years at the pit" -> "did decades at the pit"
        elif _INTO.match(text, m.end()) and _THIRD_PERSON.search(_clause_before(text, m.start()) + text[m.end():m.end() + 12]):
            add(m.start(), m.end(), "a few " + _PLURAL[unit] if n <= 3 else _how_long(n, unit), span_of_time=True)  # "2 months into his order"
        elif _STATE_AFTER.match(text, m.end()) or _AFTER.match(text, m.end()):
            add(m.start(), m.end(), _how_long(n, unit), span_of_time=True)
        elif _IN.search(text, max(0, m.start() - 4), m.start()) and unit != "year":
            # "Sentencing in 2 wks" -> "in a few weeks"; "hasn't eaten in 2 weeks" -> "in weeks"
            negated = _NEGATED.search(_clause_before(text, m.start()))
            add(m.start(), m.end(), _PLURAL[unit] if negated else "a few " + _PLURAL[unit], span_of_time=True)
    for m in _EVERY.finditer(text):
        if _value(m.group("n")) < 2:
            continue
        unit = next(k for k in _UNITS if m.group(k))
        if unit == "day" and _value(m.group("n")) >= 14:
            unit = "week"
        add(m.start(), m.end(), "every few " + _PLURAL[unit])
    for m in _TRIES.finditer(text):
        n = _value(m.group("n"))
        if n >= 3:
            add(m.start(), m.end(), _tries(n) + " " + m.group("noun"))
    for m in _LETTER_MONEY.finditer(text):
        if not m.group("mag") and "," not in m.group("n"):
            continue  # "R8,500" in thousands, "P1.2bn" with a magnitude; not "K9" or "P4"
        start = m.start()
        words = "a significant sum"
        art = re.search(r"(?i)\b(a|an)\s+$", text[max(0, start - 4):start])
        nxt = re.match(r"\s+([a-z]+)\b", text[m.end():])
        if art and nxt and nxt.group(1) not in ("of", "on", "in", "for", "to", "and", "at"):
            start, words = start - len(art.group()), "a large"  # "approving a K2.4 million facility" -> "a large facility"
        out.append((start, m.end(), _capital(text, start, words)))  # an amount is nobody's own to keep
    for m in _SOME_OF.finditer(text):
        n = _value(m.group("n"))
        if n < 2 or re.search(r"(?i)\b(?:top|best|worst|first|last|all|both|each|every|the|those|these|my|our|your|his|her|their)\s+$",
                              text[max(0, m.start() - 8):m.start()]) or re.match(
                r"(?i)\s+(?:best|worst|most|least|top|[a-z]{3,}est)\b", text[m.end():]):
            continue  # "one of the", "top 5 of the", "all 11 of them", "the three of them", "two of the best": no group counted
        if re.search(r"(?i)\b(?:" + _NUMBERED + r")\s+$", text[max(0, m.start() - 12):m.start()]):
            continue  # "day 3 of the trial", "Room 12 of the Private Wing": a number that names which, not how many
        det = m.group("det")
        words = ("several" if n < 10 else "many") + " of " + det.lower() if det.lower() == "them" else "some of " + det.lower()
        add(m.start(), m.end(), words, own_too=True)
    for m in _THE_COUNTED.finditer(text):
        if _value(m.group("n")) >= 2:
            add(m.start(), m.end("n"), m.group("det"))
    for m in _BROOD.finditer(text):
        n = _value(m.group("n"))
        before = text[max(0, m.start() - 12):m.start()]
        if _RATE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "1 in 100 kids": a rate, no family's size
        theirs = re.search(r"(?i)\b(?:her|his|their)\s+$", before)
        if theirs and n >= 2 and not m.group("noun").lower().startswith("of"):
            # "escaped with her 5 kids" -> "with her kids": someone else's family told by its size; the possessive
            # says whose, and the noun reads on without the count
            add(m.start(), m.end("n") + len(re.match(r"\s*", text[m.end("n"):]).group()), "", own_too=True)
            continue
        if re.search(r"(?i)\b(?:all|both|the|those|these|her|his|their|my|our|your|its|class|year|form|grade|standard|std|"
                     r"room|ward|bed|primary|p)\s*$|(?-i:[A-Z])\w*\s+$", before):
            continue  # "all 3 daughters", "my Class 3 children": not a count to make vague
        if n >= 3 and re.search(r"(?i)\b(?:just|only|barely|merely)\s+$", before):
            # "has just 32 kids" -> "has just a few dozen kids", never "just many kids": the count is small
            few = "a handful of " if n < 10 else "a dozen or so " if n < 20 else "a few dozen " if n < 100 else "a few hundred "
            noun = m.group("noun")
            add(m.start(), m.end(), (few[:-3] if few.endswith(" of ") and noun.lower().startswith("of") else few) + noun)
        elif n >= 3:
            add(m.start(), m.end(), ("several " if n < 10 else "many ") + m.group("noun"))
    for m in _SIZE.finditer(text):
        n = _value(m.group("n"))
        if n < 2 or re.match(r"\s+old\b", text[m.end():]):
            continue
        unit = m.group("unit")
        if unit and unit.lower() == "day" and _WORKING_WEEK.match(text, m.end()):
            continue  # "the four-day week trial": a way of working everyone discusses, not the length of a story
        if unit:
            add(m.start(), m.end(), _PLURAL[unit.lower()] + "-long")
        elif re.match(r"(?i)\s+(?:[a-z]+\s+)?(?:town|village|hamlet|community|island|parish|settlement|school)\b", text[m.end():]):
            add(m.start(), m.end(), "small" if n <= 20_000 else "large")  # "a 300-person town": a small place
        elif m.group("what").lower() in _BEDS:
            add(m.start(), m.end(), "small" if n <= 30 else "medium-sized" if n <= 200 else "large")
        else:
            add(m.start(), m.end(), "tiny" if n <= 10 else "small" if n <= 50 else "medium-sized" if n <= 500 else "large")
    for m in _WEIGHT.finditer(text):
        s0 = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if not _BIRTH.search(text, s0, min(len(text), m.end() + 40)):
            continue
        before = text[max(0, m.start() - 12):m.start()]
        # ", 7lb 2oz", "weighing 3.1kg", or straight after the baby: "Baby boy 2.1kg, both okay"
        lead = re.search(r"(?i)(?:,\s*|\s+(?:weighing|weighed|at)\s+|\b(?:boy|girl|baby|twins|bub)(?P<after>\s+))$", before)
        closes = (",", ".", "!") if lead and lead.group("after") else (",", ".", "!", " ")  # "Baby boy 2.1kg, both okay"
        if lead and (text[m.end():m.end() + 1] in closes or m.end() == len(text)):
            add(m.start() - len(lead.group("after") or lead.group()), m.end(), "")
    for m in _READING.finditer(text):
        hi = int(m.group("hi"))
        words = "sky-high" if hi >= 140 else "very low" if hi < 90 else None
        if words:
            add(m.start("hi"), m.end(), words)
    for m in _BIG_COUNT.finditer(text):
        n = int(m.group("n").replace(",", ""))
        noun = m.group("noun").lower()
        if n < 100 or noun in _NOT_COUNTED or (1900 <= n <= 2100 and "," not in m.group("n")):
            continue
        if _RATE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "Roughly 1 in 100 kids have Tourette's": a rate everyone quotes, no one's count
        if any(sp.start < m.end("n") and m.start("n") < sp.end for sp in spans):
            continue  # a recognizer read it ("cut about 200 jobs": the workforce count) and the driver says it, noun and all
        start = m.start()
        hedge = re.search(r"(?i)\b(?:about|around|roughly|approximately|nearly|almost|over|some|just\s+over|circa)\s+$",
                          text[max(0, start - 16):start])
        if hedge:
            start -= len(hedge.group())
        add(start, m.end("plus") if m.group("plus") else m.end("n"), _count_words(n))

    return first_fit((region(template, text, start, end, words) for start, end, words in sorted(out)), [])
