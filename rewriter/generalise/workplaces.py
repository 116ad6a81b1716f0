"""What kind of place a name is, from the words around it, when the name itself does not say: "the
weatherman on Channel 4 North" -> "on the news", "starting at St Columba's" after a little boy -> "a
school", "Boss at Ganesh Medicals" -> "a pharmacy", "my manager at Harbourside" -> "at work". Used before
the generaliser falls back to "an organisation" or "a local place"."""

from __future__ import annotations

import re

from .english import possessive_after, sentence_around

# Words in the same sentence that say what kind of place is meant, first match wins.
_SENTENCE_CUES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), phrase)
    for pattern, phrase in (
        (r"\b(?:assembly|pupils?|year\s+\d{1,2}|classroom|playground|head\s?teacher|school|reception\s+class|"
         r"nursery\s+class|sixth\s+form|timetable|detention)\b", "a school"),
        (r"\b(?:weather(?:man|woman|girl|presenter)|newsreader|news\s?reader|presenter|news\s+anchor)\b", "a TV station"),
        (r"\b(?:pharmacists?|prescriptions?|dispensing|dispensary|inhalers?|chemist)\b", "a pharmacy"),
        (r"\b(?:gp|surgery|practice\s+nurse|receptionists?)\b", "a GP surgery"),
        (r"\b(?:clinic|outpatients?)\b", "a clinic"),
        (r"\b(?:ward|wards|a&e|icu|nicu|picu|scbu|hdu|neonatal|theatres?)\b", "a hospital"),
        (r"\b(?:church|parish|congregation|vicar|sermon|mass|choir)\b", "a church"),
        (r"\b(?:firm|solicitors?|barristers?)\b", "a firm"),
        (r"\b(?:club|clubhouse|squad|training\s+session)\b", "a club"),
        (r"\b(?:shop|shelves|stockroom)\b", "a shop"),
    )
)
# Before a name, where a story is shown: "all over the Post", "that was on RTÉ", "the one on BBC Wales".
_ALL_OVER = re.compile(r"(?i)\ball\s+over\s+(?:the\s+)?$")
_SHOWN_ON = re.compile(r"(?i)\b(?:was|were|been|is|it['’]s|that['’]s|one|story|video|clip|featured|shown|aired|reported|covered)\s+on\s+"
                       r"(?:the\s+)?(?:BBC\s+|ITV\s+|RTÉ\s+|CBC\s+|ABC\s+|SABC\s+)?$")
_NEWS_WORDS = re.compile(r"(?i)\b(?:news|story|stories|viral|trending|headlines?|coverage|accident|crash|fire|collapsed?|"
                         r"incident|appeal|footage|missing|rescue[d]?|went\s+missing)\b")
# A broadcaster's name by its own words.
_BROADCASTER = re.compile(r"\b(?:TV\d*|Channels?|Radio|FM)\b")
# A word with a capital inside a sentence: part of a name.
_NAME_WORD = re.compile(r"(?<=[\w,;:'’)]\s)[A-Z][a-z][\w'’-]*")
# A child whose start somewhere is news: a school.
_CHILD = re.compile(r"\b(?:little|wee|kid|kids|son|daughter|nan|nanna|grandson|granddaughter|toddler|year\s+\d)\b", re.IGNORECASE)
_STARTING_AT = re.compile(r"(?i)\bstart(?:s|ed|ing)?\s+at\s+$")
# The writer's role, as the post or the settings give it, for a workplace named after "at".
_ROLE_PLACES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), phrase)
    for pattern, phrase in (
        (r"\b(?:pharmacist|chemist)s?\b", "a pharmacy"),
        (r"\b(?:teacher|teaching\s+assistant|TA)s?\b", "a school"),
        (r"\b(?:counsellor|therapist|psychotherapist)s?\b", "a practice"),
    )
)
# Someone at work named by how they stand to the writer: "my manager at Harbourside" -> "at work".
_WORK_RELATION_AT = re.compile(
    r"(?i)\b(?:boss|manager|line\s+manager|supervisor|colleagues?|team\s?mates?|co-?workers?|shift|staff|"
    r"job|work(?:ing)?|worked|employer|director|owner)(?:\s+[A-Z][\w'’-]+){0,2}\s+at\s+$"
)


def kind_nearby(text: str, start: int, end: int, role: str, left: str, by_role: bool = True) -> str | None:
    """The kind of place a name at ``start``..``end`` is, from its sentence, the post and the writer's
    role (``by_role``: an organisation's name, not a place's); ``left`` is the text just before the name."""
    sentence = sentence_around(text, start, end)
    if _ALL_OVER.search(left) or _SHOWN_ON.search(left) and _NEWS_WORDS.search(sentence.replace(text[start:end], " ")):
        # "the subway shove story all over the Post" -> "all over the news", "the slurry pit accident that was
        # on RTÉ" -> "on the news": a story is told by the news, whatever the post's workplace
        return "the news"
    broadcaster = _BROADCASTER.search(text, start, end)
    if broadcaster:  # "all over Channels TV" -> "all over the news", "from Radio Kerry" -> "from a broadcaster"
        # its own words stay out of the phrase (the literal check would take them for the name left behind)
        if re.search(r"(?i)\b(?:on|over|across)\s+$", left):
            return "the news"
        return "a TV station" if broadcaster.group(0).lower().startswith("channel") else "a broadcaster"
    if _STARTING_AT.search(left) and _CHILD.search(sentence):
        return "a school"
    # the sentence's own words, not other names in it ("Komel Club" says nothing of the place at hand)
    plain = _NAME_WORD.sub(" ", sentence.replace(text[start:end], " "))
    for pattern, phrase in _SENTENCE_CUES:
        if pattern.search(plain):
            return phrase
    if by_role and re.search(r"(?i)\bat\s+$", left):
        for pattern, phrase in _ROLE_PLACES:
            if pattern.search(text.replace(text[start:end], " ")):  # the post says the writer's work
                return phrase
        if _WORK_RELATION_AT.search(text, max(0, start - 60), start):
            return "work"
    return None


# The writer's own workplace, by the words before its name: "our prod db at", "our Jebel Ali team at", "what
# we're building at", "I work at". The role's word for a company ("a client company") would make it a client.
_OURS_AT = re.compile(
    r"(?i)\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?(?:team|teams|office|offices|site|branch|department|dept|floor|plant|"
    r"warehouse|call\s+centre|call\s+center|centre|center|db|database|servers?|systems?|squad|unit|crew|lab|labs|"
    r"factory|depot|store|shop|stack|codebase|app|platform)\s+(?P<at>at)\s+$"
)
_WE_AT = re.compile(
    r"(?i)\b(?:I|we)(?:['’](?:m|re|ve))?\s+(?:(?:am|are|was|were|have|had|been|still|now|currently|all|just)\s+)*"
    r"(?:work|works|working|worked|building|build|built|employed|based|shipping|ship|shipped|coding|developing|"
    r"making|testing|doing)\s+(?:\w+\s+)?(?P<at>at)\s+$"
)
# A word after the name that makes it the name of a place of work ("our team at Met nick"): said elsewhere.
_WORKPLACE_AFTER = re.compile(r"(?i)\s+(?:nick|station|office|branch|site|plant|depot|hq|campus|store|warehouse|clinic|hospital|school)\b")


def own_workplace(text: str, start: int, end: int, cursor: int) -> tuple[int, int, str] | None:
    """"our prod db at Fenwick Pay went down" -> "our prod db went down", "what we're building at
    Rolls-Royce Derby" -> "what we're building at work": the writer's own employer is work, not a client
    (start, end, new), or None when the words before the name do not say it is the writer's."""
    if possessive_after(text, end) or _WORKPLACE_AFTER.match(text, end):
        return None
    left = text[cursor:start]
    ours = _OURS_AT.search(left)
    if ours:  # the noun already says whose it is: the name and its "at" go
        return cursor + len(left[:ours.start("at")].rstrip()), end, ""
    if _WE_AT.search(left):
        return start, end, "work"
    return None
