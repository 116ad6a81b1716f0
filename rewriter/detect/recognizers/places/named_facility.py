"""Capitalised names ending in a kind of place: "Oakfield Primary", "Sunny Meadows Care Home", "Oak Lodge",
"Royal Infirmary", "Parkside Leisure Centre", "Hyde Park". Lowercase generic places ("the cardiac ward",
"a local school") are not identifying and are left alone."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.gated import GatedRegexRecognizer
from ..support.names import PLACE_NAME_WORD

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
    # industrial sites, often written with the kind in lowercase: "the Carrow Point plant"
    "site": (
        r"[Pp]lant|[Ff]actory|[Ss]melter|[Rr]efinery|[Ww]arehouse|[Dd]epot|[Mm]ill|[Qq]uarry|[Ss]ubstation|"
        r"(?:[Dd]ata|[Dd]istribution|[Ff]ulfil?ment)\s+[Cc]ent(?:re|er)",
        "a site",
    ),
}
_KIND_RE = "|".join(f"(?P<{name.replace(' ', '_')}>{rx})" for name, (rx, _) in _KINDS.items())

# Words that may be capitalised before a kind of place without naming one: "The Hospital", "Today Hyde
# Park..." (sentence starters are trimmed off the front).
_LEADING_STOP = vocab.words("facility_name_openers") | vocab.words("weekdays")
# Words that say what kind of place it is, not which: "Car Park", "Cardiac Ward".
_GENERIC = vocab.words("generic_facility_words")


class NamedFacilityRecognizer(GatedRegexRecognizer):
    ORDER = 210
    ENTITY = "FACILITY"
    # the lowercased endings of every kind of place in _KINDS (one must be there for a match)
    GATE_WORDS = (
        "primary", "secondary", "junior", "infant", "grammar", "high", "middle", "elementary", "prep",
        "community", "school", "academy", "college", "nursery", "form", "university", "hospital", "infirmary",
        "hospice", "cent", "clinic", "surgery", "unit", "home", "lodge", "manor", "ward", "park", "gardens",
        "common", "ground", "rec", "fields", "church", "chapel", "cathedral", "mosque", "temple", "synagogue",
        "gurdwara", "mandir", "stadium", "arena", "library", "pool", "baths", "lido", "prison", "institution",
        "plant", "factory", "smelter", "refinery", "warehouse", "depot", "mill", "quarry", "substation",
    )
    # its number goes with it ("Tidewater Energy's substation 12": "12" alone would be left dangling)
    _PATTERN = re.compile(
        rf"\b(?P<name>(?:{PLACE_NAME_WORD}\s+){{0,3}}{PLACE_NAME_WORD})\s+(?P<kind>{_KIND_RE})\b"
        rf"(?:\s+(?:[Nn]o\.?\s*)?\d{{1,3}}[A-Za-z]?\b(?![.,:/]?\d))?"
    )

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
        while words and (words[0].group().lower().strip(".") in _LEADING_STOP or _is_past_verb(words[0].group())):
            words.pop(0)
        if not words:
            return None
        if all(w.group().lower().strip(".") in _GENERIC for w in words):
            return None
        return m.start("name") + words[0].start()


def _is_past_verb(word: str) -> bool:
    """A sentence-opening verb in the past ("Visited Harlow Foods' depot", "Commissioned ..."): no part of a name."""
    return bool(re.fullmatch(r"[A-Z][a-z]{3,}ed", word)) and lexicon.is_ordinary_word(word)
