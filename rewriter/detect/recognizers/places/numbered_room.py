"""Wards, beds and rooms by their number: "Ward 7", "bed 12", "room 4B", "bay C", "Courtroom 3", "Court 2"
(a place noun and its number), and hospital units by floor and wing ("Ward 4 North", "on 6 West").
"Mrs A in bed 5" is enough for a colleague to know who it is, even with no name."""

from __future__ import annotations

import re

from .... import vocab
from ..support.base import Pattern
from ..support.gated import GatedRegexRecognizer

_TIME_UNITS = r"(?:days?|hours?|hrs?|weeks?|minutes?|mins?|nights?|months?|years?|times?|am|pm|o'clock)"
# What a number after "store" or "shop" counts when it is no site's number: "shop 2 times", "store 40 boxes".
_SITE_COUNTS = rf"{_TIME_UNITS}|units|items|boxes|people|staff|customers|of|x"


# "RM" right before an amount with a magnitude: ringgit, not a room ("Rm 12" and "RM 4" stay rooms)
_RINGGIT = re.compile(r"RM\d{1,4}(?:\.\d+)?\s?(?:[kKmMbB]|(?i:mil|million|bil|billion)\b)")


# Room, bed and ward nouns of other languages (room_nouns_other_languages.txt: "værelse 508", "Rom 407", "łóżka nr 7",
# "cama 12"), each with what it is, so the rewrite says "a room", "a bed on the ward" or "a hospital ward"
_OTHER_LANGUAGE_ROOMS = {word.lower(): meaning.split(",")[0].strip()
                         for word, meaning in vocab.meanings("room_nouns_other_languages").items()}
_OTHER_LANGUAGE_ROOM_WORDS = "|".join(re.escape(w) for w in sorted(_OTHER_LANGUAGE_ROOMS, key=len, reverse=True))
_OTHER_LANGUAGE_SUGGESTIONS = {"room": "a room", "bed": "a bed on the ward", "ward": "a hospital ward"}


_OWN_SEAT = re.compile(r"(?i)\b(?:i['’]m|i\s+am|i\s+was|we['’]re|we\s+were|my|our|me)\s+(?:(?:in|at|from|to|sat\s+in)\s+)?$")


class NumberedRoomRecognizer(GatedRegexRecognizer):
    ORDER = 200
    ENTITY = "FACILITY"
    # every code has a digit or a capital letter; a digit is by far the common case, so gate on the
    # place nouns instead, which every match needs
    GATE_WORDS = (
        "ward", "bed", "bay", "room", "rm", "cubicle", "theatre", "cell", "pod", "suite", "cabin", "court",
        "north", "south", "east", "west", "station", "number", "no.", "seat",
        "store", "branch", "shop", "outlet", "depot", "warehouse", "desk", "hall",
        "couple", "guest", "lady", "man", "woman", "gent", "family", "guy", "bloke", "fella", "patient", "resident",
        "tenant", "occupant", "lodger", "student", "pt",
        *_OTHER_LANGUAGE_ROOMS,
    )
    # The place noun is matched in any case; the code keeps its case so "bed I cried" is no bed "I".
    PATTERNS = [
        Pattern(
            "place noun and number",
            r"\b(?i:side\s+room|exam(?:ination)?\s+room|clinic\s+room|interview\s+room|bed\s*space|"
            r"court\s*room|ward|bed|bay|room|rm\.?|cubicle|theatre|classroom|cell|pod|suite|cabin)"
            r"\s*(?i:no\.?\s*|number\s*|#\s*)?"
            r"(?:\d{1,4}[A-Za-z]?|[B-HJ-Z]\d{0,3}|[AI]\d{1,3})\b"
            rf"(?!\s*(?i:{_TIME_UNITS})\b)(?![.,]\d)",
            0.8,
        ),
        # (and a room, a bed or a ward in the languages mixed into English posts or written whole: "our resident
        # from quarto 12", "Hr. K. fra værelse 508", "Rom 407", "z łóżka nr 7", "cama 12": the same room by its
        # number; a digit always, and no verse after it, "Rom 3:23")
        Pattern(
            "room noun of another language and number",
            rf"(?<![\w-])(?P<other>(?i:{_OTHER_LANGUAGE_ROOM_WORDS}))\s*(?i:nr\.?\s*|no\.?\s*|n[°º]\s*|č\.\s*|#\s*)?"
            rf"\d{{1,4}}[A-Za-z]?(?![\w-])(?!\s*(?i:{_TIME_UNITS})\b)(?![.,:/]\d)",
            0.75,
        ),
        # the number first, as an ordinal with its stop, as Latvian, Lithuanian and Estonian write it ("pacients no 7.
        # palātas", "omīte no 6. gultas"): after a word, never opening a line (a numbered list: "1. Zimmer buchen")
        Pattern(
            "ordinal and room noun of another language",
            rf"(?<=[^\W\d_][ \t])\d{{1,3}}\.[ \t]?(?P<other>(?i:{_OTHER_LANGUAGE_ROOM_WORDS}))(?![\w-])",
            0.7,
        ),
        # "the juror in seat 9", "a passenger in seat 23C": someone by where they sat (not the writer's own
        # seat: see accept)
        # An exam candidate by where they sat: "the lad at desk 4417", "seat no 2217", "hall no. 14" (exam halls
        # number every desk and seat, and the number is on the candidate's paper); a desk or seat number of up
        # to five digits, a hall only with "no." or "number" ("Hall 5 at the NEC" is a public venue)
        Pattern("seat and number", r"\b(?P<seat>(?i:seat|desk))\s*(?i:no\.?\s*|number\s*|#\s*)?\d{1,5}[A-K]?\b(?!\s*(?i:of)\b)(?![.,:]\d)", 0.7),
        Pattern("exam hall and number", r"\b(?P<seat>(?i:hall))\s*(?i:no\.?\s*|number\s*)\d{1,3}\b(?![.,:]\d)", 0.7),
        # "Station 14's new probie", "out of Station 41": a fire or ambulance station by its number
        Pattern("station and number", rf"\b(?i:station)\s*(?i:no\.?\s*|number\s*|#\s*)?\d{{1,3}}\b(?!\s*(?i:{_TIME_UNITS})\b)(?![.,:]\d)", 0.7),
        # "Branch 0412 Wakefield", "our store #2291", "at depot 14": a chain's site by its own number, which names the
        # writer's workplace to anyone in the chain (and a court's branch, as the Philippines number them:
        # "Hearing this Monday, Branch 27"). Capitalised as a site's name, or with "#"/"no." or "our", "the", "at"
        # before it: never the verb ("we store 40 boxes")
        Pattern(
            "store or branch and number",
            r"(?:\b(?:Store|Branch|Shop|Outlet|Depot|Warehouse)\s*(?i:no\.?\s*|number\s*|#\s*)?"
            r"|\b(?i:store|branch|shop|outlet|depot|warehouse)\s*(?i:no\.?\s*|number\s*|#\s*))"
            rf"\d{{2,5}}\b(?!\s*(?i:{_SITE_COUNTS})\b)(?![.,:/]\d)",
            0.7,
        ),
        Pattern(
            "our store and number",
            r"(?<![\w'’])(?i:our|the|at|from|in|to|of|my|their|this|that)\s+"
            rf"(?P<span>(?i:store|branch|shop|outlet|depot|warehouse)\s*\d{{2,5}})\b(?!\s*(?i:{_SITE_COUNTS})\b)(?![.,:/]\d)",
            0.7,
        ),
        # "Mrs Ferguson at number 14", "lady edna at number 6": a house by its number on a street already known
        Pattern(
            "house number",
            r"\b(?i:at|from|in|to)\s+(?P<span>(?P<house>(?i:number|no\.))\s*\d{1,3}[A-Za-z]?)\b"
            r"(?!\s*(?i:in\s+the\s+charts|spot|position|place|seed|ranked|on\s+the\s+list|priority)\b)(?![.,:]\d)",
            0.65,
        ),
        # "Court 2", "Court No. 3": a courtroom by its number; capitalised, as court lists write it (a
        # tennis court is checked for in accept)
        Pattern("court and number", rf"\b(?P<court>Court)\s*(?i:no\.?\s*|number\s*)?\d{{1,2}}\b(?!\s*(?i:{_TIME_UNITS})\b)(?![.,:]\d)", 0.75),
        # "Couple in 207 checked in as ...", "the guest in 1412 rang down": a hotel or hall room by its bare number after
        # who is in it (session 46, fresh41b); three digits, or four that are no year, and no measure after
        Pattern(
            "someone in a room number",
            r"\b(?i:couple|guests?|lady|man|woman|gentleman|gent|family|guy|bloke|fella|patient|resident|tenant|occupant|"
            r"lodger|student|pt)\s+in\s+(?P<span>(?!19\d\d|20\d\d)\d{3,4}[A-Za-z]?)\b"
            rf"(?!\s*(?i:{_TIME_UNITS}|%|m|km|kg|ml|metres|meters|miles|degrees|people|cases|calories|words|pounds|dollars|euros|level)\b)(?![.,:/]\d)",
            0.65,
        ),
        # a hospital unit by floor and wing: "Ward 4 North", "on 4 North", "from 6 West"
        Pattern("ward and wing", r"\b(?i:ward|unit)\s+\d{1,2}\s?(?P<wing>North|South|East|West)\b", 0.8),
        Pattern(
            "floor and wing",
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
        "station": "a station",
        "seat": "a seat",
        "desk": "a desk",
        "hall": "an exam hall",
        "store": "a store",
        "branch": "a branch",
        "shop": "a shop",
        "outlet": "an outlet",
        "depot": "a depot",
        "warehouse": "a warehouse",
        "number": "a house on the street",
        "no": "a house on the street",
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

    # "one patient in 100", "every man in 300": a rate, not a room
    _RATE_BEFORE = re.compile(r"(?i)(?:\b(?:one|1|every|each|any)\s+)$")

    def accept(self, match: re.Match, text: str) -> bool:
        if match.re.pattern.startswith(r"\b(?i:couple") and self._RATE_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            return False
        if _RINGGIT.fullmatch(match.group()) or (match.group().upper().startswith("RM") and _RINGGIT.match(text, match.start())):
            return False  # "RM480k contract", "RM12 mil": Malaysian ringgit (the money rule's), not room 480
        groups = match.groupdict()
        if groups.get("seat"):
            # "I'm in seat 14A", "my seat 3": the writer's own seat says nothing of anyone else
            return not _OWN_SEAT.search(text, max(0, match.start() - 16), match.start())
        if not (groups.get("court") or groups.get("wing")):
            return True
        # the sentence around the match, for a sport or a road
        start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start()), match.start() - 80)
        end = min(x for x in (text.find(".", match.end()), text.find("\n", match.end()), match.end() + 60) if x >= 0)
        around = text[max(0, start) : match.start()] + " " + text[match.end() : end]
        return not (self._SPORT if groups.get("court") else self._ROAD).search(around)

    def result(self, start, end, score, matched, **meta):
        first = re.match(r"(?:\d{1,3}\.\s*)?([^\W\d_]+)", matched)  # "7. palātas": the noun after an ordinal
        if first and first.group(1).lower() in _OTHER_LANGUAGE_ROOMS:
            suggestion = _OTHER_LANGUAGE_SUGGESTIONS[_OTHER_LANGUAGE_ROOMS[first.group(1).lower()]]
            return super().result(start, end, score, matched, suggestion=suggestion, **meta)
        word = re.search(r"[a-z]+", matched.lower())  # "4 North" has its word after the number
        word = word.group() if word else "room"  # "in 207": a room by its number alone
        return super().result(start, end, score, matched, suggestion=self.SUGGESTIONS.get(word, "a room"), **meta)
