"""Facilities: wards, beds and rooms, and the named schools, hospitals, homes and venues around them.

"Mrs A in bed 5 at Royal Infirmary" is enough for a colleague to know who it is, even with no name.
- ``NumberedRoomRecognizer``: "Ward 7", "bed 12", "room 4B", "bay C", "Courtroom 3", "Court 2" (a place noun
  and its number), and hospital units by floor and wing ("Ward 4 North", "on 6 West");
- ``NamedFacilityRecognizer``: capitalised names ending in a kind of place: "Oakfield Primary",
  "Sunny Meadows Care Home", "Oak Lodge", "Royal Infirmary", "Parkside Leisure Centre", "Hyde Park";
- ``SaintPlaceRecognizer``: "St Mary's", "St. Thomas'" (hospitals, schools and churches by their saint).
Lowercase generic places ("the cardiac ward", "a local school") are not identifying and are left alone.
"""

from __future__ import annotations

import re

from .gated import GatedRegexRecognizer

_TIME_UNITS = r"(?:days?|hours?|hrs?|weeks?|minutes?|mins?|nights?|months?|years?|times?|am|pm|o'clock)"


class NumberedRoomRecognizer(GatedRegexRecognizer):
    ENTITY = "FACILITY"
    # every code has a digit or a capital letter; a digit is by far the common case, so gate on the
    # place nouns instead, which every match needs
    GATE_WORDS = (
        "ward", "bed", "bay", "room", "rm", "cubicle", "theatre", "cell", "pod", "suite", "cabin", "court",
        "north", "south", "east", "west",
    )
    # The place noun is matched in any case; the code keeps its case so "bed I cried" is no bed "I".
    PATTERNS = [
        (
            r"\b(?i:side\s+room|exam(?:ination)?\s+room|clinic\s+room|interview\s+room|bed\s*space|"
            r"court\s*room|ward|bed|bay|room|rm\.?|cubicle|theatre|classroom|cell|pod|suite|cabin)"
            r"\s*(?i:no\.?\s*|number\s*|#\s*)?"
            r"(?:\d{1,4}[A-Za-z]?|[B-HJ-Z]\d{0,3}|[AI]\d{1,3})\b"
            rf"(?!\s*(?i:{_TIME_UNITS})\b)(?![.,]\d)",
            0.8,
        ),
        # "Court 2", "Court No. 3": a courtroom by its number; capitalised, as court lists write it (a
        # tennis court is checked for in accept)
        (rf"\b(?P<court>Court)\s*(?i:no\.?\s*|number\s*)?\d{{1,2}}\b(?!\s*(?i:{_TIME_UNITS})\b)(?![.,:]\d)", 0.75),
        # a hospital unit by floor and wing: "Ward 4 North", "on 4 North", "from 6 West"
        (r"\b(?i:ward|unit)\s+\d{1,2}\s?(?P<wing>North|South|East|West)\b", 0.8),
        (
            r"\b(?i:on|onto|to|from|at|into)\s+(?P<span>\d{1,2}\s?(?P<wing>North|South|East|West))\b"
            r"(?!\s+[A-Z0-9]|[-'’])",
            0.7,
        ),
    ]
    SUGGESTIONS = {
        "ward": "a hospital ward",
        "bed": "a bed on the ward",
        "bay": "a bay on the ward",
        "cubicle": "a cubicle",
        "side": "a side room",
        "theatre": "an operating theatre",
        "classroom": "a classroom",
        "cell": "a cell",
        "interview": "an interview room",
        "court": "a courtroom",
        "courtroom": "a courtroom",
        "unit": "a hospital unit",
        "north": "a hospital ward",
        "south": "a hospital ward",
        "east": "a hospital ward",
        "west": "a hospital ward",
    }
    # "Tennis on Court 2", "stuck on 5 South in traffic": a sports court and a road, not a courtroom or ward
    _SPORT = re.compile(
        r"(?i:\b(?:tennis|squash|badminton|netball|basketball|volleyball|padel|pickleball|futsal|five-a-side|"
        r"match|game|played|playing)\b)"
    )
    _ROAD = re.compile(
        r"(?i:\b(?:traffic|motorway|freeway|highway|interstate|junction|lanes?|miles?|km|drive|driving|drove|"
        r"route|road|heading|sat-?nav|carriageway|bound)\b)"
    )

    def accept(self, match: re.Match, text: str) -> bool:
        groups = match.groupdict()
        if not (groups.get("court") or groups.get("wing")):
            return True
        # the sentence around the match, for a sport or a road
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()), match.start() - 80)
        end = min(x for x in (text.find(".", match.end()), text.find("\n", match.end()), match.end() + 60) if x >= 0)
        around = text[max(0, start) : match.start()] + " " + text[match.end() : end]
        return not (self._SPORT if groups.get("court") else self._ROAD).search(around)

    def result(self, start, end, score, matched, **meta):
        word = re.search(r"[a-z]+", matched.lower()).group()  # "4 North" has its word after the number
        return super().result(start, end, score, matched, suggestion=self.SUGGESTIONS.get(word, "a room"), **meta)


# Kind of place -> (regex for the capitalised ending, generalised suggestion).
_KINDS = {
    "school": (
        r"(?:Primary|Secondary|Junior|Infants?|Grammar|High|Middle|Elementary|Prep|Preparatory|Community)"
        r"(?:\s+School|\s+Academy)?|School|Academy|College|Nursery|Pre-?[Ss]chool|Sixth\s+Form|University",
        "a local school",
    ),
    "hospital": (
        r"Hospital|Infirmary|Hospice|Medical\s+Cent(?:re|er)|Health\s+Cent(?:re|er)|Clinic|Surgery|"
        r"Maternity\s+Unit|Walk-in\s+Cent(?:re|er)",
        "a local hospital",
    ),
    "care home": (
        r"(?:Care|Nursing|Residential|Retirement|Children's|Childrens|Group)\s+Home|Care\s+Cent(?:re|er)|"
        r"Lodge|Manor|Court\s+Care\s+Home",
        "a care home",
    ),
    "ward": (r"Ward", "a hospital ward"),
    "centre": (
        r"(?:Leisure|Sports|Community|Youth|Family|Children's|Day|Activity|Aquatics|Swimming|Fitness|Wellbeing|"
        r"Recovery|Rehab(?:ilitation)?|Resource|Contact|Assessment)\s+Cent(?:re|er)",
        "a local centre",
    ),
    "park": (r"Park|Gardens|Common|Recreation\s+Ground|Rec|Playing\s+Fields", "a local park"),
    "worship": (r"Church|Chapel|Cathedral|Mosque|Temple|Synagogue|Gurdwara|Mandir", "a place of worship"),
    "venue": (r"Stadium|Arena|Library|Pool|Baths|Lido|Prison|Young\s+Offender\s+Institution", "a local venue"),
}
_KIND_RE = "|".join(f"(?P<{name.replace(' ', '_')}>{rx})" for name, (rx, _) in _KINDS.items())
_NAME_WORD = r"(?:St\.?|[A-Z][\w'’-]*)"

# Words that may be capitalised before a kind of place without naming one: "The Hospital",
# "Today Hyde Park..." (sentence starters are trimmed off the front), "Car Park", "Cardiac Ward".
_LEADING_STOP = frozenset(
    """the a an my our your his her their this that these those every each any some no at in on to from
    for by with of and or but so then when while after before since today yesterday tonight tomorrow
    monday tuesday wednesday thursday friday saturday sunday also just even still only back off
    i we you he she they it me us them local nearby visited visiting went going working worked
    proud love loved thanks thank huge big""".split()
)
_GENERIC = frozenset(
    """car theme national water skate trailer business retail industrial science technology holiday
    caravan safari amusement country state public private general cardiac maternity surgical medical
    children's childrens paediatric pediatric psychiatric mental emergency stroke cancer oncology
    geriatric elderly labour labor postnatal antenatal neonatal intensive critical acute day isolation
    respiratory renal orthopaedic orthopedic trauma burns covid secure high primary secondary junior
    infant infants grammar middle elementary prep community nursery sixth first second third new old
    main big little night sunday summer weekend boarding special free faith state independent care
    nursing residential retirement group leisure sports youth family activity swimming fitness open
    dog skate""".split()
)


class NamedFacilityRecognizer(GatedRegexRecognizer):
    ENTITY = "FACILITY"
    # the lowercased endings of every kind of place in _KINDS (one must be there for a match)
    GATE_WORDS = (
        "primary", "secondary", "junior", "infant", "grammar", "high", "middle", "elementary", "prep",
        "community", "school", "academy", "college", "nursery", "form", "university", "hospital", "infirmary",
        "hospice", "cent", "clinic", "surgery", "unit", "home", "lodge", "manor", "ward", "park", "gardens",
        "common", "ground", "rec", "fields", "church", "chapel", "cathedral", "mosque", "temple", "synagogue",
        "gurdwara", "mandir", "stadium", "arena", "library", "pool", "baths", "lido", "prison", "institution",
    )
    _PATTERN = re.compile(rf"\b(?P<name>(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD})\s+(?P<kind>{_KIND_RE})\b")

    def find(self, text, nlp_artifacts=None):
        results = []
        for m in self._PATTERN.finditer(text):
            start = self._start_of_name(m)
            if start is None:
                continue
            kind = next(k for k, v in m.groupdict().items() if v and k not in ("name", "kind"))
            suggestion = _KINDS[kind.replace("_", " ")][1]
            results.append(self.result(start, m.end(), 0.9, text[start : m.end()], suggestion=suggestion))
        return results

    @staticmethod
    def _start_of_name(m: re.Match) -> int | None:
        """Where the facility's own name starts, after dropping sentence starters; None if no name is left."""
        words = list(re.finditer(r"\S+", m.group("name")))
        while words and words[0].group().lower().strip(".") in _LEADING_STOP:
            words.pop(0)
        if not words:
            return None
        if all(w.group().lower().strip(".") in _GENERIC for w in words):
            return None
        return m.start("name") + words[0].start()


class SaintPlaceRecognizer(GatedRegexRecognizer):
    """ "St Mary's" on its own almost always names a hospital, school or church near the writer."""

    ENTITY = "FACILITY"
    GATE = re.compile(r"S(?:t|aint)\b")
    PATTERNS = [(r"\b(?:St\.?|Saint)\s+[A-Z][a-z]+(?:['’]s\b|s['’](?!\w))", 0.75)]


class GeneralHospitalRecognizer(GatedRegexRecognizer):
    """Hospitals known by a place and "General": "the whole team at Mass General", "transferred to
    Leeds General". Only after a word that puts someone there, and never a title ("Attorney General",
    "Surgeon General", "Secretary General")."""

    ENTITY = "FACILITY"
    WHY = "A named hospital narrows down who this is about."
    SUGGESTION = "a local hospital"
    GATE_WORDS = ("general",)
    _TITLES = (
        "Attorney", "Secretary", "Surgeon", "Major", "Brigadier", "Lieutenant", "Governor", "Director", "Postmaster",
        "Solicitor", "Inspector", "Auditor", "Comptroller", "Consul", "Adjutant", "Quartermaster", "Registrar",
        "Accountant", "Paymaster", "Vicar", "Advocate", "Commissary", "Receiver",
    )
    PATTERNS = [
        (
            r"\b(?i:at|to|from|in|into|outside|left|joined|admitted\s+to|transferred\s+to|moved\s+to)\s+(?:the\s+)?"
            rf"(?P<span>(?!(?:{'|'.join(_TITLES)})\b)(?:{_NAME_WORD}\s+){{1,2}}General)\b"
            r"(?!\s+(?:Hospital|Infirmary|Practice|Practitioner|Election|Assembly|Manager|Store|Public|Knowledge))",
            0.8,
        ),
    ]
