"""Deterministic, role-aware generalisation: the floor the language model has to beat.

Each detected span is replaced by a general phrase chosen from its type, the writer's role and the words
around it, and the sentence is then tidied so it still reads well:

    "my colleague Will"               -> "my colleague"          (a name after a role noun keeps the role)
    "mum Aisha"                       -> "the mum"
    therapist: "Marcus told me"       -> "A client told me";  "Marcus's" -> "my client's"
    nurse: "Mr. Kowalski in bed 12"   -> "a patient"
    teacher: "Lily Chen in my Year 5 class" -> "a student in my class"
    "a 92-year-old"                   -> "an older patient"; "a 13yo client" -> "a teenage client"
    "Oakfield Primary"                -> "a local school";   "Ward 7" -> "a hospital ward"
    "next Monday"                     -> "soon";              "on Sunday" -> "recently"
    "$12.5M"                          -> "a significant sum"; "Project Falcon" -> "a new project"

No model is involved, so the result is the same every time, and it is verified like any other candidate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import vocab
from .detect.explain import ORGANIZATION_BY_ROLE, SUGGESTION, person_for
from .spans import Span
from .text import canonical

# ---------------------------------------------------------------------------------------------
# Word lists. Kept as data so a reader can see (and extend) what the rules know about.

DETERMINERS = ("the", "my", "our", "his", "her", "their", "your", "its", "this", "that")
ARTICLES = ("a", "an", "the")

# Nouns for a relation or role that may stand before a name: "my colleague Will", "mum Aisha".
ROLE_NOUNS = frozenset(
    """
    colleague colleagues coworker co-worker manager boss supervisor director lead mentor mentee intern trainee
    grad graduate apprentice teammate team-mate flatmate roommate housemate landlord landlady tenant
    friend bestie neighbour neighbor mum mom mother mam dad father son daughter brother sister husband wife
    partner boyfriend girlfriend fiance fiancee grandson granddaughter grandmother grandfather grandma grandpa
    granny nan nana gran grandad aunt auntie aunty uncle cousin niece nephew stepson stepdaughter baby
    child kid toddler client patient student pupil resident customer service-user learner athlete player
    teacher nurse doctor therapist counsellor counselor consultant surgeon midwife paramedic carer caregiver
    receptionist officer coach tutor headteacher principal registrar gp dentist pharmacist
    cat dog puppy kitten pet horse
    """.split()
)

# Words between a determiner and its role noun that show the determiner belongs to another noun
# ("my colleague said mum Aisha ..."): speech and meeting verbs.
_NOT_ADJECTIVES = frozenset("said says told tells asked asks met saw sees called texted rang emailed".split())


def _determined(text: str, noun_start: int) -> bool:
    """True when the role noun at ``noun_start`` already has a determiner, perhaps with adjectives
    between: "our new grad", "my lovely little neighbour", "Sam's mum". Then removing the name after
    it must not add "the" ("our new the grad")."""
    clause = re.split(r"[.!?;:,\n()]", text[max(0, noun_start - 80) : noun_start])[-1]
    words = clause.split()
    for k, word in enumerate(reversed(words[-4:])):
        w = word.lower()
        if w in DETERMINERS or w in ARTICLES or w in ("another", "one", "some", "every", "each", "these", "those"):
            return True
        if re.fullmatch(r"\w+['’]s", w):
            return True  # "Sam's mum"
        if k == 3 or w in FUNCTION_WORDS or w in ROLE_NOUNS or w in _NOT_ADJECTIVES or not w.isalpha():
            return False  # three adjectives at most; a verb, a preposition or another noun stops the search
    return False


# Titles that belong to the name they precede and go with it.
TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lady", "lord", "rev")

# Words after which a year/date/place span is an adjective ("my thursday group", "the Leeds branch").
FUNCTION_WORDS = frozenset(
    """
    a an the and or but nor so yet for of in on at to from by with without about after before since until
    into onto over under is was are were be been being has have had do does did will would can could
    should shall may might must who whom whose which that this these those what when where why how
    i me my we us our you your he him his she her they them their it its if then than as because while
    just also still even not no never very too really again all any some every each both either neither
    today tonight tomorrow yesterday now here there
    """.split()
)

# Places and services by the words in their names: the first matching row gives the kind.
FACILITY_KINDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("ward",), "a hospital ward"),
    (("bed", "bay", "cubicle"), "a bed"),
    (("room",), "a room"),
    (("care home", "nursing home", "residential home", "lodge", "retirement", "hospice"), "a care home"),
    (("primary", "secondary", "school", "academy", "high", "junior", "infant", "nursery", "grammar", "prep"),
     "a local school"),
    (("college", "sixth form"), "a local college"),
    (("university", "uni"), "a university"),
    (("hospital", "infirmary", "medical centre", "medical center", "royal", "general"), "a hospital"),
    (("clinic", "surgery", "health centre", "health center", "practice"), "a local clinic"),
    (("leisure", "sports centre", "sports center", "gym", "pool", "baths", "stadium"), "a local leisure centre"),
    (("park", "garden", "gardens", "common", "woods", "beach"), "a local park"),
    (("road", "street", "lane", "avenue", "drive", "close", "crescent", "way", "grove", "terrace", "place",
      "row", "hill", "court road", "gardens"), "a local street"),
    (("estate",), "a local estate"),
    (("court", "tribunal"), "a court"),
    (("prison", "hmp", "jail"), "a prison"),
    (("station",), "a station"),
    (("church", "mosque", "temple", "synagogue", "chapel", "cathedral"), "a local place of worship"),
    (("library",), "a local library"),
    (("centre", "center", "hall", "hub"), "a local centre"),
    (("hotel", "inn"), "a hotel"),
    (("cafe", "café", "restaurant", "pub", "bar"), "a local cafe"),
    (("shop", "store", "market", "supermarket"), "a local shop"),
)

COMPANY_WORDS = (
    "ltd", "limited", "inc", "llc", "plc", "corp", "corporation", "co", "company", "industries", "logistics",
    "retail", "group", "holdings", "partners", "solutions", "systems", "technologies", "tech", "labs", "bank",
    "capital", "media", "foods", "motors", "energy", "consulting", "associates", "services", "international",
)

PERSON_WORDS = frozenset(
    "girl boy child kid baby man woman lady gentleman teen teenager student pupil patient client resident "
    "customer mum dad mother father son daughter twins triplets sibling siblings family person".split()
)

# Words after which a date or time means the future, so "recently" would be wrong.
FUTURE_CUES = re.compile(
    r"\b(will|'ll|going to|gonna|due|next|upcoming|tomorrow|reminder|remember|bring|don't forget|"
    r"can't wait|cannot wait|looking forward|ships|launches|starts|begins|scheduled|expected|planned)\b",
    re.IGNORECASE,
)

VAGUE_TIME = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|recently|last night|this (?:morning|afternoon|evening|week|weekend))\b",
    re.IGNORECASE,
)

WEEKDAYS = vocab.entries("weekdays")

# The rest of a hashtag after a span inside it ("#Team" + "Oakfield2024"), and what may follow a
# closing block of tags: more tags, mentions, emoji, punctuation.
_HASHTAG_TAIL = re.compile(r"\w*")
_ONLY_TAGS = re.compile(r"(?:\s*(?:[#@]\w+|[^\w\s#@]+))*\s*")

# Determiners we may add before a noun ("the mum"); relatives whose role noun reads naturally with "the".
_SENTENCE_END = re.compile(r"(^|[.!?]\s+|\n\s*)$")


@dataclass
class Replacement:
    start: int  # the region of the original text replaced (may be wider than the span)
    end: int
    text: str
    span: Span


@dataclass
class Generalised:
    text: str
    replacements: list[Replacement] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Noun phrases for people by role.


@dataclass(frozen=True)
class PersonNoun:
    article: str  # "a", "an" or "" (for "someone")
    noun: str  # "client", "family member", "someone"

    @property
    def indefinite(self) -> str:
        return f"{self.article} {self.noun}".strip()

    @property
    def definite(self) -> str:
        return self.noun if not self.article else f"the {self.noun}"

    @property
    def another(self) -> str:
        return "someone else" if not self.article else f"another {self.noun}"

    def possessive(self, mention: int) -> str:
        if not self.article:
            return "someone else's" if mention == 2 else "someone's"
        if mention == 2:
            return f"another {self.noun}'s"
        if mention == 3:
            return f"the {self.noun}'s"
        # "my client's": the writer's own client, patient, student...
        return f"my {self.noun}'s" if self.noun in _MY_NOUNS else f"a {self.noun}'s"


_MY_NOUNS = frozenset("client patient student resident customer athlete colleague".split())


def person_noun(role: str) -> PersonNoun:
    phrase = person_for(role)
    if phrase.startswith(("a ", "an ")):
        article, noun = phrase.split(" ", 1)
        return PersonNoun(article, noun)
    return PersonNoun("", phrase)


# ---------------------------------------------------------------------------------------------
# Small text helpers.


def article_for(word: str) -> str:
    """"a" or "an" for the word that follows, by sound for the common exceptions."""
    w = word.lower()
    if w.startswith(("hour", "honest", "honour", "honor", "heir")):
        return "an"
    if w.startswith(("uni", "use", "usu", "uk", "one", "once", "eu", "ewe", "ubiq", "uran", "uro")):
        return "a"
    return "an" if w[:1] in "aeiou" else "a"


def with_article(phrase: str) -> str:
    """Fix the leading "a"/"an" of a phrase to agree with the next word."""
    m = re.match(r"(a|an|A|An)\s+(\S+)", phrase)
    if not m:
        return phrase
    art = article_for(m.group(2))
    if m.group(1)[0].isupper():
        art = art.capitalize()
    return f"{art} {m.group(2)}{phrase[m.end():]}"


def _strip_article(phrase: str) -> str:
    return re.sub(r"^(a|an|the)\s+", "", phrase, flags=re.IGNORECASE)


_ABBREVIATION_BEFORE = re.compile(r"\b(v|vs|mr|mrs|ms|dr|st|prof|no|e\.g|i\.e|etc|approx)\.\s+$", re.IGNORECASE)


def _is_sentence_start(text: str, pos: int) -> bool:
    before = text[:pos]
    return bool(_SENTENCE_END.search(before)) and not _ABBREVIATION_BEFORE.search(before)


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\s+([A-Za-z][\w'-]*)", text[pos:])
    return m.group(1) if m else ""


# Time words that can stand between a day and the noun it describes: "my Tues 9am seminar",
# "our Monday 6.30pm evening group".
_TIME_RUN = re.compile(r"(?:\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)|\d{1,2}[:.]\d{2}|morning|afternoon|evening|night|lunchtime))+", re.I)


def time_run_end(text: str, end: int) -> int:
    """Where a run of time words right after ``end`` stops (``end`` itself when there is none)."""
    m = _TIME_RUN.match(text, end)
    return m.end() if m else end


def _is_modifier(text: str, start: int, end: int, cursor: int) -> bool:
    """True for "the Okonkwo children", "my thursday group", "the Leeds branch": determiner, span, noun."""
    before = text[cursor:start]
    if not re.search(r"\b(" + "|".join(DETERMINERS) + r")\s+$", before, re.IGNORECASE):
        return False
    end = time_run_end(text, end)
    nxt = _next_word(text, end)
    return bool(nxt) and nxt[0].islower() and nxt.lower() not in FUNCTION_WORDS and text[end:end + 1] == " "


def _possessive_after(text: str, end: int) -> int:
    """Length of a possessive ending right after ``end`` ("'s", "’s", "'"), else 0."""
    m = re.match(r"(['’]s\b|['’](?=\s))", text[end:])
    return len(m.group(0)) if m else 0


def _kind_of_place(span_text: str) -> str | None:
    words = canonical(span_text)
    padded = f" {words} "
    for keys, kind in FACILITY_KINDS:
        for key in keys:
            if f" {key} " in padded or f" {key}s " in padded:
                return kind
    return None


def _is_company(span_text: str) -> bool:
    words = set(re.findall(r"[a-z]+", canonical(span_text)))
    return bool(words & set(COMPANY_WORDS))


# ---------------------------------------------------------------------------------------------
# The generaliser.


class _Generaliser:
    def __init__(self, text: str, spans: list[Span], role: str):
        self.text = text
        self.spans = sorted(spans, key=lambda s: (s.start, s.end))
        self.role = role
        self.person = person_noun(role)
        self.people: list[set[str]] = []  # name tokens of each distinct person met so far
        self.cursor = 0

    # -- driver ----------------------------------------------------------------------------------

    def run(self) -> Generalised:
        pieces: list[str] = []
        replacements: list[Replacement] = []
        for span in self.spans:
            if span.start < self.cursor:  # already swallowed by a wider replacement
                continue
            start, end, new = self.replace(span)
            start = max(start, self.cursor)
            if start > span.start or end < span.end:  # a handler must cover at least the span
                start, end = min(start, span.start), max(end, span.end)
            tag = self._hashtag_around(span)
            if tag is not None:
                # "#TeamOakfield" -> no "#an organisation": a trailing run of hashtags loses the
                # identifying one; inside a sentence the tag becomes the plain phrase
                tag_start, tag_end, trailing = tag
                start, end = min(start, tag_start), max(end, tag_end)
                if trailing:
                    new = ""
            if new and _is_sentence_start(self.text, start) and self._starts_upper(start, span):
                new = new[0].upper() + new[1:]
            pieces.append(self.text[self.cursor:start])
            pieces.append(new)
            replacements.append(Replacement(start, end, new, span))
            self.cursor = end
        pieces.append(self.text[self.cursor:])
        out = "".join(pieces)
        return Generalised(tidy(out) if replacements else out, replacements)

    def _hashtag_around(self, span: Span) -> tuple[int, int, bool] | None:
        """(start, end, trailing) of the hashtag ``span`` is part of, or None. ``trailing``: only
        hashtags, mentions and emoji follow it on its line, as in the tag block closing a post."""
        start = span.start
        while start > self.cursor and (self.text[start - 1].isalnum() or self.text[start - 1] in "_"):
            start -= 1
        if start == 0 or self.text[start - 1] != "#" or start - 1 < self.cursor:
            return None
        m = _HASHTAG_TAIL.match(self.text, span.end)
        end = m.end() if m else span.end
        rest = self.text[end:].split("\n", 1)[0]
        return start - 1, end, _ONLY_TAGS.fullmatch(rest) is not None

    def _starts_upper(self, start: int, span: Span) -> bool:
        """Capitalise at a sentence start unless the writer writes in lower case ("emma from my group")."""
        first = self.text[start:start + 1]
        return first.isupper() or not first.isalpha()

    def replace(self, span: Span) -> tuple[int, int, str]:
        handler = {
            "PERSON": self.person_span,
            "WATCHED": self.person_span,
            "HANDLE": self.handle_span,
            "AGE": self.age_span,
            "LOCATION": self.place_span,
            "FACILITY": self.place_span,
            "STREET_ADDRESS": self.place_span,
            "ORGANIZATION": self.organisation_span,
            "DATE_TIME": self.date_span,
            "MONEY": self.money_span,
            "FIGURE": self.figure_span,
            "CODENAME": self.codename_span,
            "REFERENCE_NUMBER": self.reference_span,
            "EMAIL_ADDRESS": self.contact_span,
            "PHONE_NUMBER": self.contact_span,
            "URL": self.contact_span,
            "DISTINCTIVE_DETAIL": self.distinctive_span,
            "CASE_NAME": lambda span: self._article_phrase(span, "a case"),
        }.get(span.entity_type, self.other_span)
        return handler(span)

    # -- helpers ---------------------------------------------------------------------------------

    def _left(self, start: int) -> str:
        return self.text[self.cursor:start]

    def _absorb_left(self, start: int, pattern: str) -> tuple[int, re.Match | None]:
        """Extend ``start`` left over ``pattern`` (anchored at the span) if it matches."""
        m = re.search(pattern + r"$", self._left(start), re.IGNORECASE)
        if m:
            return self.cursor + m.start(), m
        return start, None

    def _absorb_article(self, start: int, phrase: str) -> tuple[int, str]:
        """"the Royal Infirmary" -> "a hospital": the span's own article gives way to the phrase's."""
        if re.match(r"(someone|another)\b", phrase):  # a whole noun phrase: "an Okafor" -> "someone"
            m = re.search(r"\b(a|an)\s+$", self._left(start), re.IGNORECASE)
            return (self.cursor + m.start(), phrase) if m else (start, phrase)
        if not re.match(r"(a|an|the)\s", phrase, re.IGNORECASE):
            return start, phrase
        left = self._left(start)
        m = re.search(r"\b(a|an|the)\s+$", left, re.IGNORECASE)
        if m:
            return self.cursor + m.start(), phrase
        m = re.search(r"\b(my|our|his|her|their|your|its|this|that)\s+$", left, re.IGNORECASE)
        if m:  # "my Oak Lodge" -> "my care home"
            return start, _strip_article(phrase)
        return start, phrase

    def _trailing_period(self, span: Span) -> str:
        """"Noah P." at the end of a sentence: keep the full stop the initial was carrying."""
        if span.text.endswith(".") and re.match(r"\s*($|[A-Z\n])", self.text[span.end:]):
            return "."
        return ""

    # -- people ----------------------------------------------------------------------------------

    def _mention(self, span: Span) -> int:
        """1 first person, 2 another distinct person, 3 the same person again."""
        tokens = _name_tokens(span.text)
        for seen in self.people:
            if tokens & seen:
                return 3
        self.people.append(tokens)
        return 1 if len(self.people) == 1 else 2

    def person_span(self, span: Span) -> tuple[int, int, str]:
        if span.entity_type == "PERSON" and _is_company(span.text) and " " in span.text.strip():
            return self.organisation_span(span)  # "Stark Retail" tagged as a person
        if span.entity_type == "PERSON" and _PLACE_PREPOSITION.search(self._left(span.start)) and not _possessive_after(self.text, span.end):
            # "a test track in Milton Keynes", "out near Gundagai": nobody is "in someone"; the small
            # model often takes a town for a person
            return self.place_span(span)
        start, end = span.start, span.end
        poss = _possessive_after(self.text, end)
        if re.search(r"['’]s?$", span.text) and not poss:  # the detector kept "Marcus's" whole
            end = span.start + len(re.sub(r"['’]s?$", "", span.text))
            poss = span.end - end
        dot = self._trailing_period(span)

        # "my colleague Will", "mum Aisha", "her neighbour, Tom," -> keep the role noun alone.
        left = self._left(start)
        m = re.search(r"(?:\b(\w+)\s+)?\b([A-Za-z][\w-]*)\s*,?\s*$", left)
        if m and m.group(2).lower() in ROLE_NOUNS:
            det = (m.group(1) or "").lower()
            noun_start = self.cursor + m.start(2)
            noun = m.group(2)
            self._mention(span)
            # a trailing comma of an apposition ("my colleague, Will, said") goes too
            tail = re.match(r"\s*,", self.text[end + poss:]) if "," in left[m.end(2):] else None
            new_end = end + poss + (len(tail.group(0)) if tail else 0)
            suffix = ("'s" if poss else "") + dot
            if det in DETERMINERS or det in ARTICLES or det in ("another", "one", "some") or _determined(
                self.text, noun_start
            ):
                return noun_start, new_end, noun + suffix
            # "mum Aisha" -> "the mum"; a determiner-less title-like noun reads better with "the"
            return noun_start, new_end, "the " + noun + suffix

        # "Dr. Okafor" -> "a doctor"; "Mr. Kowalski" -> "a patient" (the title goes with the name)
        start, title = self._absorb_left(start, r"\b(" + "|".join(TITLES) + r")\.?\s+")
        title_word = (title.group(1) if title else _leading_title(span.text) or "").lower()

        # the name as an adjective: "the Okonkwo children" -> "the children"
        if not poss and _is_modifier(self.text, start, end, self.cursor):
            self._mention(span)
            return start, end + _space_after(self.text, end), ""

        mention = self._mention(span)
        if title_word == "dr":
            noun = PersonNoun("a", "doctor")
        else:
            noun = self.person
        if poss:
            phrase = noun.possessive(mention) if title_word != "dr" else ("the doctor's" if mention == 3 else "a doctor's")
            end += poss
        elif mention == 3:
            phrase = noun.definite
        elif mention == 2:
            phrase = noun.another
        else:
            phrase = noun.indefinite
        start, phrase = self._absorb_article(start, phrase)
        end = self._drop_bed_after_person(end)
        end = self._drop_age_after_person(end)
        return start, end, phrase + dot

    def _drop_bed_after_person(self, end: int) -> int:
        """"Mr. Kowalski in bed 12" -> "a patient": the bed or room goes with the person it locates."""
        m = re.match(r"\s+(?:in|on|from)\s+(?:bed|bay|room|cubicle|side room)\s+\w+\b", self.text[end:], re.IGNORECASE)
        return end + m.end() if m else end

    def _drop_age_after_person(self, end: int) -> int:
        """"Li Wei (34)" or "Sarah, 9," -> the age goes with the name (a band would still narrow it)."""
        m = re.match(r"\s*\(\s*\d{1,3}\s*(?:[a-z]{1,3})?\s*\)|,\s*\d{1,3}(?=\s*[,.!?;:])(?:\s*,)?", self.text[end:], re.I)
        return end + m.end() if m else end

    def handle_span(self, span: Span) -> tuple[int, int, str]:
        mention = self._mention(span)
        phrase = {1: self.person.indefinite, 2: self.person.another, 3: self.person.definite}[mention]
        start, phrase = self._absorb_article(span.start, phrase)
        return start, span.end, phrase

    # -- ages ------------------------------------------------------------------------------------

    def age_span(self, span: Span) -> tuple[int, int, str]:
        start, end = span.start, span.end
        years = _age_years(span.text)
        # "my Year 5 class", "my year 3 kids": a school year used as an adjective just goes.
        if re.match(r"(?i)(year|yr|grade|p|s)\s*\d{1,2}$", span.text.strip()):
            if _is_modifier(self.text, start, end, self.cursor) or re.match(r"\s+(class|group|kids|students|pupils|children|form|team)\b", self.text[end:], re.I):
                return start, end + _space_after(self.text, end), ""
            start2, m = self._absorb_left(start, r"\b(in|of)\s+")
            if m:
                return start2, end, "in their school year"
            return start, end, "a school year"
        # "Doris turned 100 today": the age is the event; keep the verb's tense, drop the number.
        turned = re.match(r"(?i)^(turn(?:ed|s|ing)?)\s+\d", span.text)
        if turned:
            verb = {"turned": "had", "turns": "has", "turning": "having", "turn": "have"}[turned.group(1).lower()]
            return start, end, f"{verb} a milestone birthday"
        # "Lady on Lumley Rd was only 41." -> "... was only middle-aged.": the age is what the clause says
        if re.search(r"(?i)\b(?:was|is)\s+(?:(?:only|just|nearly|almost|barely|still|not\s+even)\s+)?$", self._left(start)):
            return start, end, predicate_age(span.text)
        # "(34)" or "aged 87" on its own: an exact age goes, the sentence stays.
        if re.match(r"^\(?\s*\d{1,3}\s*\)?$", span.text.strip()) or re.match(r"(?i)^(aged?|age)\s", span.text):
            start2, _ = self._absorb_left(start, r"\s*,?\s*")
            tail = re.match(r"\s*,", self.text[end:])
            return start2, end + (len(tail.group(0)) if tail and self.text[start2:start].strip() == "," else 0), ""
        if years is None:
            return self._article_phrase(span, self.person.indefinite)
        band_noun, band_adj = age_band(years, self.person)
        nxt = _next_word(self.text, end)
        adjective_use = bool(nxt) and nxt[0].islower() and nxt.lower() not in FUNCTION_WORDS and not span.text.rstrip().endswith(("old", "olds")) or (
            bool(nxt) and nxt.lower() in PERSON_WORDS
        )
        if adjective_use:  # "a 13yo client" -> "a teenage client"; "a 34-year-old woman" -> "a woman"
            start, m = self._absorb_left(start, r"\b(a|an)\s+")
            if band_adj:
                return start, end, with_article(f"a {band_adj}") if m else band_adj
            if m:
                return start, end + _space_after(self.text, end), article_for(nxt)
            return start, end + _space_after(self.text, end), ""
        # "a 92-year-old" -> "an older patient"
        start, phrase = self._absorb_article(start, band_noun)
        return start, end, phrase

    # -- places and organisations ----------------------------------------------------------------

    def place_span(self, span: Span) -> tuple[int, int, str]:
        kind = _kind_of_place(span.text)
        start, end = span.start, span.end
        if kind is None:
            if _is_modifier(self.text, start, end, self.cursor):  # "the Leeds branch" -> "the local branch"
                return start, end, "local"
            # a town or country: "placed with their aunt in Bristol" -> "... elsewhere"
            start2, m = self._absorb_left(start, r"\s+\b(in|to|from|near|around|outside|across)\s+")
            if m and not _possessive_after(self.text, end):
                word = {"from": " from elsewhere", "near": " nearby", "around": " nearby"}.get(m.group(1).lower(), " elsewhere")
                return start2, end, word
            # the recognizer may know what kind of place it found ("on 4 North": a hospital ward, "on the
            # A64": a main road); the generic defaults say nothing more than "the area"
            if span.suggestion and span.suggestion not in _GENERIC_PLACE_SUGGESTIONS:
                kind = span.suggestion
            else:
                kind = "the area" if span.entity_type == "LOCATION" else "a local place"
        if kind in ("a bed", "a room"):
            # "in bed 12" on its own -> "in a bed" reads oddly; drop the number only
            word = kind.split()[1]
            start2, m = self._absorb_left(start, r"\b(in|on|from)\s+")
            if m:
                return start2, end, f"{m.group(1).lower()} bed" if word == "bed" else f"{m.group(1).lower()} a room"
            return self._article_phrase(span, kind)
        if _is_modifier(self.text, start, end, self.cursor) and kind.startswith("a local "):
            return start, end, "local"
        poss = _possessive_after(self.text, end)
        return self._article_phrase(span, kind + ("'s" if poss else ""), extra=poss)

    def organisation_span(self, span: Span) -> tuple[int, int, str]:
        text = span.text.strip()
        if re.match(r"(?i)(project|operation|codename|code name)\s", text):
            return self.codename_span(span)
        kind = _kind_of_place(text) if not _is_company(text) else None
        if kind is not None and kind not in ("a local street", "a local park"):
            return self.place_span(span)
        if _is_modifier(self.text, span.start, span.end, self.cursor):
            return span.start, span.end + _space_after(self.text, span.end), ""
        phrase = ORGANIZATION_BY_ROLE.get(self.role, "a company" if _is_company(text) else "an organisation")
        poss = _possessive_after(self.text, span.end)
        return self._article_phrase(span, phrase + ("'s" if poss else ""), extra=poss)

    def codename_span(self, span: Span) -> tuple[int, int, str]:
        start, _ = self._absorb_left(span.start, r"\b(project|operation|codename|code name)\s+")
        span2 = Span(start, span.end, self.text[start:span.end], span.entity_type, span.score, span.source, span.why, span.suggestion)
        poss = _possessive_after(self.text, span.end)
        return self._article_phrase(span2, "a new project" + ("'s" if poss else ""), extra=poss)

    # -- dates, money, numbers -------------------------------------------------------------------

    def date_span(self, span: Span) -> tuple[int, int, str]:
        start, end = span.start, span.end
        lower = span.text.lower()
        sentence = _sentence_around(self.text, start, end)
        future = bool(FUTURE_CUES.search(sentence)) or lower.startswith(("next", "tomorrow", "this coming"))
        poss = _possessive_after(self.text, end)
        if poss:  # "at Saturday's parkrun" -> "at a recent parkrun"
            start, _ = self._absorb_left(start, r"\b(the|a|an|this|last|next)\s+")
            return start, end + poss, "an upcoming" if future else "a recent"
        if _is_modifier(self.text, start, end, self.cursor):  # "my thursday evening group" -> "my group"
            end = time_run_end(self.text, end)  # "my Tues 9am seminar": the time goes with the day
            return start, end + _space_after(self.text, end), ""
        end = time_run_end(self.text, end)  # "Tuesday 9am" is one time: one replacement
        if re.match(r"(?i)(every|each)\s", lower) or re.search(r"(?i)\b(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b", lower):
            start2, _ = self._absorb_left(start, r"\b(on)\s+")
            return start2, end, "every week"
        # the preposition goes with the date: "on Sunday", "since Friday", "due Friday"
        start2, m = self._absorb_left(start, r"\b(on|at|by|since|until|till|from|last|next|this|before|after|due)\s+")
        prep = m.group(1).lower() if m else ""
        rest = sentence.replace(span.text, " ")
        if prep in ("", "on", "at", "last", "this") and VAGUE_TIME.search(rest):
            # "quit today, on Friday" -> "quit today": the sentence already says when, vaguely enough
            start3, _ = self._absorb_left(start2, r"\s*,?\s*")
            return start3, end, ""
        if prep == "since":
            return start2, end, "for days"
        if prep == "due":
            return start2, end, "due soon"
        if prep in ("until", "till", "by", "before"):
            return start2, end, prep + " then" if prep != "by" else "soon"
        if future:
            if re.search(r"(?i)\b(next|tomorrow)\b", lower) or prep == "next":
                return start2, end, "soon"
            return start2, end, "this week"
        if prep == "from":
            return start2, end, "from a while ago"
        return (start2 if m else start), end, "recently"

    def money_span(self, span: Span) -> tuple[int, int, str]:
        nxt = _next_word(self.text, span.end)
        if nxt and nxt[0].islower() and nxt.lower() not in FUNCTION_WORDS:  # "$12.5M write-down"
            start, m = self._absorb_left(span.start, r"\b(a|an)\s+")
            return start, span.end, "a large" if m or self.text[start - 2:start].strip() in ("", ",", ":") else "large"
        return self._article_phrase(span, "a significant sum")

    def figure_span(self, span: Span) -> tuple[int, int, str]:
        period = re.match(r"(?i)(q[1-4]|h[12]|fy\s?\d{2,4})\b", span.text)
        if period:  # "Q4 numbers" -> "quarterly numbers"
            word = {"q": "quarterly", "h": "half-year", "f": "annual"}[period.group(1)[0].lower()]
            if _is_sentence_start(self.text, span.start):
                word = word.capitalize()
            return span.start, span.end, word + span.text[period.end():]
        start, m = self._absorb_left(span.start, r"\b(up|down|by|rose|fell|grew|dropped|increased|decreased|cut|jumped|climbed)\s+")
        if m:
            return span.start, span.end, "sharply" if m.group(1).lower() in ("down", "fell", "dropped", "decreased", "cut") else "significantly"
        return self._article_phrase(span, span.suggestion if span.suggestion.startswith(("a ", "an ")) else "a notable change")

    def reference_span(self, span: Span) -> tuple[int, int, str]:
        if re.fullmatch(r"(?:year\s*|class\s*|form\s*)?\d{1,2}[A-Za-z]{1,2}", span.text.strip(), re.IGNORECASE):
            # a class or form code ("4B", "10C"): the class, not which one
            start, m = self._absorb_left(span.start, r"\b(class|form|group)\s+")
            return self._article_phrase(Span(start, span.end, self.text[start:span.end], span.entity_type, span.score,
                                             span.source, span.why, span.suggestion), "my class" if self.role == "teacher" else "a class")
        # "Ticket #55102" -> "a ticket"; "case 22-CV-4471" -> "a case"
        start, m = self._absorb_left(span.start, r"\b(case|ticket|ref|reference|customer|order|account|claim|invoice|file|incident|complaint|booking|patient|student)\s*(?:no\.?|number|#)?\s*#?\s*")
        if m:
            word = m.group(1).lower()
            span2 = Span(start, span.end, self.text[start:span.end], span.entity_type, span.score, span.source, span.why, span.suggestion)
            return self._article_phrase(span2, with_article(f"a {word}"))
        # the label inside the span: "Client Ref: ANX-2291 called" is a client, "Ticket 55102" a ticket
        label = re.match(r"(?i)(case|ticket|order|claim|invoice|ref|client|patient|student|customer)\b", span.text)
        word = label.group(1).lower() if label else "case"
        if word in ("client", "patient", "student", "customer"):
            phrase = self.person.indefinite if word == "client" else with_article(f"a {word}")
        else:
            phrase = with_article(f"a {word}")
        return self._article_phrase(span, phrase)

    def contact_span(self, span: Span) -> tuple[int, int, str]:
        how = {"EMAIL_ADDRESS": "by e-mail", "PHONE_NUMBER": "by phone", "URL": "online"}[span.entity_type]
        start, m = self._absorb_left(span.start, r"\s+\b(at|on|to|via|through|from)\s+")
        if m:
            return start, span.end, " " + how
        if re.search(r"(?i)\b(call|ring|phone|text|email|e-mail|contact|message|visit|see|check)\s+$", self._left(span.start)):
            return span.start, span.end, {"URL": "our website"}.get(span.entity_type, "us")
        return span.start, span.end, {"EMAIL_ADDRESS": "an e-mail address", "PHONE_NUMBER": "a phone number", "URL": "a website"}[span.entity_type]

    def distinctive_span(self, span: Span) -> tuple[int, int, str]:
        if span.suggestion == "a rare condition":  # "with Stiff Person Syndrome" -> "with a rare condition"
            return self._article_phrase(span, "a rare condition")
        if _ONE_PERSON_TITLE.match(span.text):  # "our Head of Procurement was walked out"
            start, _ = self._absorb_left(span.start, r"\b(our|my|their|his|her|the|your)\s+")
            return start, span.end, "a senior colleague"
        words = set(re.findall(r"[a-z]+", span.text.lower()))
        if words & PERSON_WORDS:
            self._mention(span)
            return self._article_phrase(span, self.person.indefinite if self.person.article else "someone")
        return self._article_phrase(span, "something unusual")

    def other_span(self, span: Span) -> tuple[int, int, str]:
        suggestion = span.suggestion or "something more general"
        return self._article_phrase(span, suggestion)

    def _article_phrase(self, span: Span, phrase: str, extra: int = 0) -> tuple[int, int, str]:
        start, phrase = self._absorb_article(span.start, phrase)
        return start, span.end + extra, phrase


# ---------------------------------------------------------------------------------------------


def age_band(years: int, person: PersonNoun) -> tuple[str, str]:
    """(noun phrase, adjective) for an age: 9 -> ("a young child", "young"), 87 -> ("an older patient", "older")."""
    noun = person.noun if person.article else "person"
    if years < 2:
        return "a baby", "very young"
    if years < 10:
        return "a young child", "young"
    if years < 13:
        return "a child", "young"
    if years < 20:
        return "a teenager", "teenage"
    if years < 30:
        return with_article(f"a young {noun}"), "young"
    if years < 60:
        return with_article(f"an adult {noun}") if noun != "person" else "an adult", ""
    return with_article(f"an older {noun}"), "older"


# The detector's default suggestions for places (explain.py): no better than the generaliser's own words.
_GENERIC_PLACE_SUGGESTIONS = frozenset(
    {SUGGESTION[t] for t in ("LOCATION", "STREET_ADDRESS", "FACILITY")} | {"a place", "the area"}
)

# Before a name, these make it a place ("in Wagga", "near Kendal"); "confide in Sam" and "believe
# in Sam" are the exceptions.
_PLACE_PREPOSITION = re.compile(r"(?i)(?<!confide )(?<!believe )(?<!confided )(?<!trust )\b(?:in|near|outside|around|across|throughout)\s+$")

_ONE_PERSON_TITLE = re.compile(
    r"(?:Deputy\s+|Assistant\s+|Interim\s+)?(?:Head|Director|Chief|VP|Vice\s+President|Lead|Manager|Matron|Principal)\s+of\b"
)


def predicate_age(text: str) -> str:
    """An age said of someone ("she was 41", "youngest was 14 months") as a band that reads after "was"."""
    if re.search(r"(?i)\b(?:months?|mths?|weeks?|wks?|days?)\b", text):
        return "a baby"
    years = _age_years(text)
    if years is None:
        return "young"
    if years < 2:
        return "a baby"
    if years < 13:
        return "a child"
    if years < 20:
        return "a teenager"
    if years < 40:
        return "young"
    if years < 65:
        return "middle-aged"
    return "older"


def _age_years(text: str) -> int | None:
    m = re.search(r"\d{1,3}", text)
    if not m:
        words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                 "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}
        for word, value in words.items():
            if re.search(rf"\b{word}\b", text, re.IGNORECASE):
                return value
        return None
    value = int(m.group(0))
    return value if value <= 120 else None


def _name_tokens(text: str) -> set[str]:
    return {t for t in re.findall(r"[a-z][a-z'-]+", canonical(text)) if t not in TITLES}


def _leading_title(text: str) -> str | None:
    m = re.match(r"(?i)(" + "|".join(TITLES) + r")\.?\s", text)
    return m.group(1) if m else None


def _space_after(text: str, end: int) -> int:
    m = re.match(r"[ \t]+", text[end:])
    return len(m.group(0)) if m else 0


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("!", 0, start), text.rfind("?", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(".", end), text.find("!", end), text.find("?", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1:right]


# ---------------------------------------------------------------------------------------------
# Tidying after replacement: spacing, punctuation, articles, doubled words, capitals.

_DOUBLED_DETERMINER = re.compile(r"\b(a|an|the|my|our|his|her|their|your)\s+(a|an|the)\s+(?=\w)", re.IGNORECASE)
_DOUBLED_WORD = re.compile(r"\b(a|an|the|my|our|his|her|their|your|in|on|at|to|of|and)(\s+\1)+\b", re.IGNORECASE)
_REPEATED_PHRASE = re.compile(r"\b((?:a|an|the) [a-z]+(?: [a-z]+)?)(?:,? \1)+\b", re.IGNORECASE)


def tidy(text: str) -> str:
    out = text
    out = re.sub(r"\(\s*\)", "", out)  # an emptied "( )"
    out = re.sub(r"[ \t]{2,}", " ", out)
    out = re.sub(r"[ \t]+([,.;:!?)])", r"\1", out)
    out = re.sub(r"\(\s+", "(", out)
    out = re.sub(r",\s*,", ",", out)
    out = re.sub(r",\s*([.!?])", r"\1", out)
    out = re.sub(r"^\s*,\s*", "", out)
    out = re.sub(r"(^|\n)[ \t]+", r"\1", out)
    out = re.sub(r"[ \t]+(\n|$)", r"\1", out)  # a line that ended in a removed hashtag
    out = _DOUBLED_WORD.sub(lambda m: m.group(1), out)

    def keep_one(m: re.Match) -> str:
        first, second = m.group(1), m.group(2)
        if first.lower() in ("a", "an", "the"):
            # keep the determiner the writer chose, agreeing with what follows
            return (second if first[0].islower() else second.capitalize()) + " "
        return first + " "

    out = _DOUBLED_DETERMINER.sub(keep_one, out)
    out = _REPEATED_PHRASE.sub(lambda m: m.group(1), out)
    out = re.sub(r"\b(a|an|A|An)\s+([A-Za-z][\w'-]*)", lambda m: _fix_article(m.group(1), m.group(2)), out)
    out = re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), out) if _writes_capitals(text) else out
    return out.strip(" \t") if text == text.strip(" \t") else out


def _fix_article(article: str, word: str) -> str:
    right = article_for(word)
    if article[0].isupper():
        right = right.capitalize()
    return f"{right} {word}"


def _writes_capitals(text: str) -> bool:
    """Does the writer start sentences with capitals? Then so do we; "i nearly cried" style is left alone."""
    starts = re.findall(r"(?:^|[.!?]\s+)([A-Za-z])", text)
    return bool(starts) and sum(c.isupper() for c in starts) * 2 > len(starts)


# ---------------------------------------------------------------------------------------------


def generalise(text: str, spans: list[Span], role: str = "other") -> Generalised:
    """Replace every span in ``text`` by a general phrase for ``role``; the rest of the text is kept."""
    if not spans:
        return Generalised(text, [])
    return _Generaliser(text, prepare_spans(text, spans), role).run()


_TOKEN_CHARS = re.compile(r"[\w.@/+:%~#=&?-]")


def _with(span: Span, text: str, start: int, end: int, entity_type: str | None = None) -> Span:
    return Span(start, end, text[start:end], entity_type or span.entity_type, span.score, span.source, span.why, span.suggestion)


def prepare_spans(text: str, spans: list[Span]) -> list[Span]:
    """Reshape detector spans into the units a replacement works on.

    * contacts, handles and links grow to the whole token they sit in ("mia.run" inside "@mia.runs_2009"),
      so no half of one is left behind;
    * "Ferreira at Oak Lodge" (a person and a place in one span) is split in two;
    * "Patterson v. Dunmore Logistics" becomes one case name.
    """
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if span.entity_type in ("URL", "EMAIL_ADDRESS", "HANDLE", "IP_ADDRESS"):
            start, end = span.start, span.end
            while start > 0 and _TOKEN_CHARS.match(text[start - 1]):
                start -= 1
            while end < len(text) and _TOKEN_CHARS.match(text[end]):
                end += 1
            while end > start and text[end - 1] in ".,:;!?)":  # sentence punctuation is not part of it
                end -= 1
            # "@mia.runs_2009" read as a link is a handle: a person, not a website
            kind = "HANDLE" if text[start] == "@" and "/" not in text[start:end] else None
            span = _with(span, text, start, end, kind)
        m = re.match(r"^(.+?)\s+(at|in|from|on)\s+([A-Z].+)$", span.text)
        if m and span.entity_type in ("PERSON", "FACILITY", "LOCATION") and _kind_of_place(m.group(1)) is None \
                and m.group(1)[:1].isupper():
            a_end = span.start + len(m.group(1))
            b_start = span.start + m.start(3)
            out.append(_with(span, text, span.start, a_end, "PERSON"))
            kind_type = "FACILITY" if _kind_of_place(m.group(3)) else "LOCATION"
            out.append(_with(span, text, b_start, span.end, kind_type))
            continue
        if out and re.fullmatch(r"\s+v(?:s|\.|s\.)?\s+", text[out[-1].end:span.start]) \
                and out[-1].entity_type in ("PERSON", "ORGANIZATION") and span.entity_type in ("PERSON", "ORGANIZATION"):
            out[-1] = _with(out[-1], text, out[-1].start, span.end, "CASE_NAME")
            continue
        if out and span.start < out[-1].end:  # grown spans may now overlap: keep the union
            out[-1] = _with(out[-1], text, out[-1].start, max(out[-1].end, span.end))
            continue
        out.append(span)
    return out
