"""Named awareness days, weeks and months and public holidays: "Rare Disease Day", "International Nurses Day",
"Mental Health Awareness Week", "Black History Month", "St Patrick's Day", "Mother's Day", "rett syndrome
awareness month". An observance is on everyone's calendar: its name holds no one's condition ("Rare Disease" is
no rare condition of a patient's), no organisation and no date of anyone's; a span inside one goes. Its date
("Rare Disease Day is 28 Feb") then stands alone, and a time alone is kept only beside someone the writer serves
or a case (detector.py).

Festivals and holy days are on everyone's calendar too: a word of one that no dictionary holds ("Vesak",
"Basant", "Pongal", "Matariki"; rewriter/data/festivals.txt, generated from the holidays package by
benchmarks/make_festivals.py) names no one, alone or with "Day", "Happy" or the like ("Happy Vesak!"), and
neither does a greeting of the season: "<holy day> Mubarak" ("Eid Mubarak", "Ramadan Mubarak"; a surname
after a name stays: "Hosni Mubarak", "Ayesha Mubarak").

A public holiday by its full name ("Madaraka Day", "Kadooment Day", "Rizal Day", "Jamhuri Day";
rewriter/data/holiday_days.txt, generated from the holidays package by benchmarks/make_festivals.py --days) is
the holiday, whoever it honours: "Happy Madaraka Day everyone", "till Kadooment Day done" name no one.

Not a person called Day ("Doris Day", "Sarah Day"): the words before "Day" must be everyday words ("Rare
Disease", "Boxing", "Pride", "Black History"), or the name must say it is an observance ("World", "International",
"National", "Awareness", "St ...'s").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import vocab
from ..spans import Span
from .ahead import answered_ahead
from .recognizers.support import lexicon
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


FESTIVALS = vocab.words("festivals")  # as written
# The festivals and holy days the dictionary holds or other Englishes spell their own way ("Hogmanay", "Ash
# Wednesday", "Ramzan", "Chand Raat"; data/holy_days.txt): the model reads them as a place, a person or an
# organisation ("Blessed Ash", "Hogmanay" a place). A single word a name list carries is left to the other checks.
HOLY_DAYS = frozenset(
    d for d in vocab.words("holy_days") if " " in d or "-" in d or not lexicon.is_listed_as_name(d)
)
# A festival word, with the words that go with one: "Happy Vesak", "Vesak Day", "Vesak Poya", "Holi festival".
_FESTIVAL = re.compile(
    r"(?:\b(?:Happy|happy|HAPPY)\s+)?(?<![\w'’-])(?:"
    + "|".join(sorted(map(re.escape, FESTIVALS | HOLY_DAYS), key=len, reverse=True))
    + r")(?![\w-])(?:['’]s)?(?:\s+(?i:day|eve|festival|celebrations?|holidays?|full\s+moon|poya|puja|mela))?"
)
# "Madaraka Day", "Rizal Day": a public holiday by its full name, as written ("Day" in any case), looked up by the
# words before each "Day".
_HOLIDAY_NAMES = frozenset(d[: -len(" Day")] for d in vocab.entries("holiday_days"))
_HOLIDAY_WORDS = max(len(n.split()) for n in _HOLIDAY_NAMES)
_WORDS_BEFORE = re.compile(r"(?<![\w'’-])(?:[\w'’-]+\s+){1,4}$")


def _start_of(text: str, words: list[str], end: int) -> int:
    """Where ``words``, separated by white space, end right before ``end``."""
    m = re.search(r"\s+".join(map(re.escape, words)) + r"\s+$", text[max(0, end - 80) : end])
    return max(0, end - 80) + m.start()


# Someone else's occasion of a holy day: "his Juneteenth speech", "her Hogmanay party", "Amir's Ramzan fast" is
# that person's event, dated by the festival (a pupil's, a client's): it stays found. Read for the holy days of
# data/holy_days.txt; the writer's own ("my Hogmanay shift") and everyone's ("the Hogmanay street party") go.
_SOMEONE_ELSES_BEFORE = re.compile(r"(?:\b(?i:his|her|their)|\w['’]s)\s+$")


def _someones_occasion(m: re.Match, text: str) -> bool:
    word = re.sub(r"^(?i:happy)\s+", "", m.group())
    return (any(word.startswith(d) for d in HOLY_DAYS if d not in FESTIVALS)
            and _SOMEONE_ELSES_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None)


_DAY_WORD = re.compile(r"(?i)\bday\b")
# "Eid Mubarak", "Ramadan Mubarak", "Jummah Mubarak": the first word no name (an everyday word or a festival's).
_TITLE_BEFORE = re.compile(rf"\b(?i:{vocab.alternation('titles')})\.?\s+$")
_BLESSED = re.compile(r"\b([A-Z][\w'’-]+?)\s*Mubarak\b")  # and the hashtag "#EidMubarak"


# "Happy Sallah to all my Muslim brothers!", "Happy Onam, everyone": a season wished to everyone, whatever the
# word (the festivals of every faith and nation outnumber any list); not a name the dictionary knows ("Happy
# Grace") nor one the greeting goes on to ("Happy Priya's birthday").
_HAPPY = re.compile(
    r"\b(?i:happy)\s+([A-Z][\w-]*\w)(?=\s*(?:[!.,…]|\s(?:to|everyone|everybody|all|y['’]all|fam|from|and|eve|day|"
    r"weekend|holidays?|season|festival)\b|\s*$|\s*[^\w\s'’]))"
)


def festival_regions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a festival or greets one: "Vesak", "Happy Vesak", "Eid Mubarak"."""
    # not after a title: "Mr Basant" is a person
    out = [m.span() for m in _FESTIVAL.finditer(text) if not _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
           and not _someones_occasion(m, text)]
    for m in _DAY_WORD.finditer(text):  # each "Day": the words before it looked up, longest first
        words = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if words is None:
            continue
        parts = words.group().split()
        for k in range(min(len(parts), _HOLIDAY_WORDS), 0, -1):
            if " ".join(parts[-k:]) in _HOLIDAY_NAMES:
                out.append((_start_of(text, parts[-k:], m.start()), m.end()))
                break
    for m in _HAPPY.finditer(text):
        if not lexicon.is_listed_as_name(m.group(1)) and not m.group(1).endswith(("'s", "’s")):
            out.append(m.span(1))
    for m in _BLESSED.finditer(text):
        word = m.group(1)
        if word in FESTIVALS or (is_ordinary_word(word) and not _possessive_name(word)):
            out.append(m.span())
    return out


# A holiday by its full name in its own language or region ("Action de grâce", "Fête nationale du Québec", "Día de
# Muertos", "Melbourne Cup Day"; rewriter/data/holiday_names.txt, generated from the holidays package by
# benchmarks/make_holiday_names.py), in any case, with a wish before it ("Joyeuse Action de grâce", "Feliz Día de
# Muertos"; data/holiday_greetings.txt): the holiday, whoever it honours. Written as people say it: an article may
# follow "de", "du" or "del" ("Día de los Muertos"). Looked up by the name's first word, so a post pays only for the
# words that open a listed name. One word in its own language is a name too ("Koningsdag", "Pasko", "Pfingsten"); two
# capitalised words alone may be a person's or a place's name ("São João", "Hari Kebangsaan": "~" before them in the
# file), and are the holiday only after a wish ("Feliz São João", "Selamat Hari Kebangsaan").
_ARTICLE_AFTER_DE = r"(?:\s+(?i:los|las|la|el|les|le|l['’]))?"
_GREETING = re.compile(rf"(?:{'|'.join(map(re.escape, vocab.entries('holiday_greetings')))})\s+$", re.I)


def _holiday_name_pattern(name: str) -> str:
    out = []
    for word in name.split():
        out.append(re.escape(word) + (_ARTICLE_AFTER_DE if word.lower() in ("de", "del", "du") else ""))
    return r"\s+".join(out)


def _holiday_names(wished: bool) -> dict[str, re.Pattern]:
    by_first: dict[str, list[str]] = {}
    for name in vocab.entries("holiday_names"):
        if name.startswith("~") == wished:
            name = name.lstrip("~")
            by_first.setdefault(name.split()[0].lower(), []).append(name)
    return {first: re.compile("(?i:" + "|".join(_holiday_name_pattern(n) for n in sorted(names, key=len, reverse=True))
                              + r")(?![\w'’-])")
            for first, names in by_first.items()}


_HOLIDAY_FULL_NAMES = _holiday_names(wished=False)
_HOLIDAY_NAMES_AFTER_A_WISH = _holiday_names(wished=True)
_ONE_WORD_HOLIDAYS = frozenset(n.lower() for n in vocab.entries("holiday_names") if " " not in n and not n.startswith("~"))
_WORD_START = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")


# A feast day wished by its saint or by "day of ..." in the writer's other language, which the holidays package lists
# under another wording or not at all: "Bonne Saint-Jean tout le monde!", "Feliz San Juan", "Feliz Día de Reyes a
# todos", "Feliz Dia dos Pais"; and the Welsh "Dydd Gŵyl Dewi" (feast day of David, "Dydd Gŵyl Dewi Hapus"), a
# saint's day by its own words. Said to everyone, the greeting names no one. A saint's name is read only in the
# forms of other languages (English "St Mary's" is as often a school or a hospital), never as a possessive, nor
# before a place's kind ("Feliz San Juan Hospital" is a site).
_SAINT_FORMS = r"(?:Saint|Sainte|San|Santo|Santa|Sankt|São|Sant)"
_DAY_FORMS = r"(?:Día|Dia|Jour|Fête|Festa|Fiesta|Dag|Tag)"
_FEAST_NAME = r"[A-ZÀ-ÖØ-Þ][\w’'-]*(?:[- ](?:de\s+|del\s+|la\s+)?[A-ZÀ-ÖØ-Þ][\w’'-]*)?"
_WISHED_FEAST = re.compile(
    rf"(?i:{'|'.join(map(re.escape, vocab.entries('holiday_greetings')))})\s+"
    rf"(?:{_SAINT_FORMS}[- ]{_FEAST_NAME}|{_DAY_FORMS}\s+(?:(?i:de|del|dos|das|do|da|du|des|of)\s+)?"
    rf"(?:(?i:los|las|la|le|les|el|l['’])\s*)?{_FEAST_NAME})(?![\w'’-])"
)
_WELSH_FEAST = re.compile(r"\bDydd\s+Gŵyl\s+[A-Z][\w'’-]*(?:\s+Hapus)?(?![\w'’-])")
_SITE_AFTER_FEAST = re.compile(r"\s+(?i:hospital|school|primary|academy|college|church|parish|ward|clinic|centre|center|"
                               r"home|house|street|road|avenue)\b")


def wished_feast_regions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` wishes a feast day by its saint or its day in another language, or names a Welsh one."""
    out = []
    for m in list(_WISHED_FEAST.finditer(text)) + list(_WELSH_FEAST.finditer(text)):
        last = m.group().split()[-1]
        if (text[m.end() : m.end() + 2] in ("'s", "’s") or _SITE_AFTER_FEAST.match(text, m.end())
                or _SITE_AFTER_FEAST.match(" " + last)):
            continue
        out.append(m.span())
    return out


def holiday_name_regions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a holiday by its full listed name, with the wish before it."""
    out = []
    for w in _WORD_START.finditer(text):
        first = w.group().lower()
        for pattern, needs_wish in ((_HOLIDAY_FULL_NAMES.get(first), False), (_HOLIDAY_NAMES_AFTER_A_WISH.get(first), True)):
            m = pattern.match(text, w.start()) if pattern is not None else None
            if m is None:
                continue
            wish = _GREETING.search(text, max(0, m.start() - 16), m.start())
            if wish is None and needs_wish:
                continue  # "São João" alone: a saint's, a person's or a town's name as well
            out.append((wish.start() if wish else m.start(), m.end()))
            break
    return out


@answered_ahead("observances", copy=list)  # ~50 us a post: the helper process answers it ahead (ahead.py)
def observance_regions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an observance or a festival: [start, end) of each name."""
    return _regions(text) + _hashtag_regions(text)


# An observance as a hashtag, its words run together in capitals: "#StPiransDay", "#WorldBookDay",
# "#InternationalNursesDay", "#MardiGras". Split at the capitals, the tag must read whole as an observance or a
# festival by the rules above; a tag of a name with "Day" ("#SarahsDay") does not ("Sarahs Day" is no saint's day).
_HASHTAG = re.compile(r"#([A-Z][A-Za-z'’]*[a-z][A-Za-z'’]*)")
_TAG_WORD = re.compile(r"[A-Z][a-z'’]*|[a-z'’]+")


def _hashtag_regions(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _HASHTAG.finditer(text):
        words = _TAG_WORD.findall(m.group(1))
        if len(words) < 2 and m.group(1).lower() not in _ONE_WORD_HOLIDAYS:
            continue  # one word is a tag of an observance only as a holiday's own one-word name: "#Koningsdag"
        split = " ".join(words)
        if any(a == 0 and b == len(split) for a, b in _regions(split)):
            out.append(m.span())
    return out


def _regions(text: str) -> list[tuple[int, int]]:
    out = festival_regions(text) + holiday_name_regions(text) + wished_feast_regions(text)
    if not re.search(r"(?i)\b(?:day|week|month|fortnight|eve)\b", text):
        return out
    for m in _TITLED.finditer(text):
        words = m.group(1).split()
        if _SAYS_OBSERVANCE.search(m.group()) or all(
            w.lower() in FUNCTION_WORDS or (is_ordinary_word(w.strip("'’")) and not _possessive_name(w)) for w in words
        ):
            out.append((_own_start(text, m), m.end()))
    for m in _POSSESSIVE_DAY.finditer(text):
        head = m.group()[: -len("Day")].strip()
        if _SAINT.match(head) or _KINDS_OF_PEOPLE_DAY.match(head) or _saint_day_without_saint(head, text, m.end()):
            out.append((m.start(), m.end()))
    out += [m.span() for m in _LOWER_AWARENESS.finditer(text)]
    return out


# "at Crannog Primary for World Book Day", "Oakfield Academy on International Women's Day": a school or a
# place named before the day, joined by "for", "on" or "at", is no part of the day's name (and stays found).
_JOINED_BEFORE_MARKER = re.compile(r"\s(?:for|on|at)\s+(?=(?:World|International|National|Global|European|Universal)\b)")


def _own_start(text: str, m: re.Match) -> int:
    """Where the observance matched by ``m`` starts: after the last "for", "on" or "at" that joins a name
    before it to the marker word of the day."""
    joined = list(_JOINED_BEFORE_MARKER.finditer(text, m.start(), m.end()))
    return joined[-1].end() if joined else m.start()


# A saint's public holiday is often written without "Saint": "Stephen's Day" in Ireland, "Patrick's Day",
# "Andrew's Day", "Brigid's Day" (the saint's days in rewriter/data/holiday_days.txt). It names the holiday,
# no one the writer knows; "Sarah's Day" (no saint's holiday) and "Joseph's Day Centre" (a service) stay found.
_SAINT_DAY_HEADS = frozenset(n[len("Saint ") :] for n in _HOLIDAY_NAMES if n.startswith("Saint "))
_SERVICE_AFTER_DAY = re.compile(r"\s+(?i:cent(?:re|er)s?|care|services?|nursery|hospice|unit|programme|program|clinic|school)\b")


def _saint_day_without_saint(head: str, text: str, end: int) -> bool:
    return head.replace("’", "'") in _SAINT_DAY_HEADS and not _SERVICE_AFTER_DAY.match(text, end)


def _possessive_name(word: str) -> bool:
    """ "Sarah's" before "Day" is someone's day; "Mother's" is handled as a kind of day."""
    return word.endswith(("'s", "’s")) and not is_ordinary_word(word[:-2])


def outside_observances(spans: list[Span], text: str) -> list[Span]:
    """``spans`` less those inside the name of an observance."""
    regions = observance_regions(text)
    if not regions:
        return spans
    kept = []
    for s in spans:
        if any(a <= s.start and s.end <= b for a, b in regions):
            continue
        # "Día de los Muertos altar", "Diwali lights" taken whole by the model: the festival and a thing of it in
        # lowercase (one or two words) name no one; a name after it ("Diwali Priya") stays
        if any(a <= s.start < b < s.end and _LOWER_TAIL.fullmatch(text, b, s.end) for a, b in regions):
            continue
        # "Crannog Primary for World Book Day" taken whole by the model: the name before the day is kept, alone
        cut = min((a for a, b in regions if s.start < a < s.end), default=None)
        if cut is not None and _JOINED_BEFORE.search(text, s.start, cut):
            end = s.start + len(_JOINING_TAIL.sub("", text[s.start : cut]))
            if end <= s.start:
                continue
            s = replace(s, end=end, text=text[s.start : end])
        kept.append(s)
    return kept


_LOWER_TAIL = re.compile(r"(?:\s+[a-z][\w'’-]*){1,2}")
# What joins a name to the day after it, cut with the day: "Crannog Primary for ", "Oakfield Academy on ";
# only such a join is cut ("Happy Deepavali" taken whole by the model is left to the later checks).
_JOINED_BEFORE = re.compile(r"\s(?:for|on|at)\s+$")
_JOINING_TAIL = re.compile(r"(?:\s+(?:for|on|at|and|&|the))*\s*$")
