"""A sports team the writer follows, named beside its sport: "Springboks replay on the staffroom TV", "Bafana are
playing tonight ⚽", "Man United v City derby sweepstake", "Leeds United though, that's the real suffering of
the season"; a side of "Ghana vs Nigeria" that is a country. Every nation's and league's teams outnumber any list (brands.txt holds a few clubs); the words
around one say what it is: a match, a replay, a derby, a final, a league, a ball game's emoji.

A capitalisation guess goes when it is shaped like a team, a sport's word stands in its sentence, and nothing
there makes it the writer's own side or a person:
- shaped like a team: one plural word ("Springboks", "Leafs"), one word a plural verb follows ("Bafana are
  playing"), one its kit or its fans follow ("a Chelsea kit", "Saints game on") or a listed club ("Arsenal",
  "Manchester United"); not a name with a club word alone ("Dunmore
  Rovers" may be a village's side) nor one the model calls an organisation ("the Cork match": a county's);
- not the writer's own side or a child's ("our under 10s", "my son's team", "plays for Ashford Rovers"): a
  local club names a small community, and a pupil who scored is a person ("Jayden scored twice");
- not a person by what follows ("Jayden scored", "Amara, she ...") nor by a title or a role before it.
"""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .recognizers.support import lexicon
from .recognizers.support.public import BIG_PLACES, BIG_REGIONS, BRANDS, COUNTRIES, COUNTRIES_NAMED_LIKE_PEOPLE

_SOURCES = frozenset({"language model (spaCy)", "proper noun name rule", "case caption rule",
                      "sentence subject name rule"})
_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
# A sport's words: a game watched or played, its parts and its results; a ball game's emoji.
_SPORT = re.compile(
    r"(?i)\b(?:replays?|match(?:es|day)?|derby|fixtures?|kick-?off|final|semi-?finals?|quarter-?finals?|world\s+cups?|"
    r"cup\s+(?:final|tie|run)|league|premiership|season|playoffs?|play-offs?|super\s+bowl|grand\s+final|test\s+match|"
    r"rugby|football|footy|soccer|cricket|netball|hockey|basketball|baseball|nba|nfl|afl|nrl|epl|ipl|"
    r"bottled\s+it|relegat\w+|promot(?:ed|ion)|hat-?tricks?|penalt(?:y|ies)|extra\s+time|half-?time|full-?time|"
    r"sweepstake|stadium|supporters?|fans|green\s+and\s+gold|game\s+(?:day|night|tonight)|game\s+on(?=\s*[,.!;]|\s*$)|"
    r"(?:are|is|were|was)\s+playing|playing\s+(?:tonight|today|this\s+(?:weekend|evening|afternoon)))\b"
    r"|[⚽🏉🏈🏀🏏🏒⚾🏐🥅🏟]"
)
_LOWER_WORDS = re.compile(r"[a-z]+")
# the first word of each of _SPORT's phrases, in every form it takes there: a post with none has no sport
_SPORT_WORDS = frozenset(
    "replay replays match matches matchday derby fixture fixtures kick kickoff final semi semifinal semifinals quarter "
    "quarterfinal quarterfinals world cup league premiership season playoff playoffs play super grand test rugby "
    "football footy soccer cricket netball hockey basketball baseball nba nfl afl nrl epl ipl bottled relegated "
    "relegation relegating promoted promotion hat hattrick hattricks penalty penalties extra half halftime full "
    "fulltime sweepstake stadium supporter supporters fans green game are is were was playing".split()
)
_WATCHED_WORDS = frozenset("watch watching watched catch catching stream streaming".split())
_BALL_EMOJI = re.compile(r"[⚽🏉🏈🏀🏏🏒⚾🏐🥅🏟]")
# The writer's own side or a child's: "our under 10s", "my son's team", "plays for", "coach of".
_OWN_SIDE = re.compile(
    r"(?i)\b(?:(?:my|our|his|her|their)\s+(?:[\w'’-]+\s+){0,2}(?:team|side|club|squad|lads|girls|boys|kids|u\d+s?|"
    r"under[\s-]?\d+s?)|plays?\s+for|played\s+for|playing\s+for|coach(?:es|ing)?\s+(?:at|of|for)|joined|trials?\s+(?:at|for|with))\b"
)
# What a person does after their name: "Jayden scored", "Amara, she".
_PERSON_AFTER = re.compile(
    r"\s+(?:scored|scores|kicked|saved|ran|sang|said|told|asked|wrote|made|did|got|came|went|has\s+been|was\s+(?:brilliant|"
    r"amazing|great|outstanding))\b|,?\s+(?:she|he)\b"
)
# A youth or local side: "Ashford Rovers under 10s", "Oakfield U14 girls".
_YOUTH_AFTER = re.compile(r"(?i)['’]?s?\s+(?:u\d+|under[\s-]?\d+|juniors?|youth|academy|minis|colts|girls|boys|reserves)")
_TITLE_OR_ROLE_BEFORE = re.compile(
    r"\b(?i:mr|mrs|ms|miss|dr|coach|captain|pupil|student|player|son|daughter|nephew|niece|client|patient)\.?\s+$"
)


# A team's things right after its name, with an article or a possessive before it: "a toddler in a Chelsea
# kit", "his Villa shirt", "the Leeds fans". Not a person's ("Chelsea's kit bag", "Jayden kit went missing"), and
# not "the Westbrook game": a match may be against a local school's side.
_TEAM_THING_AFTER = re.compile(r"\s+(?:kit|shirt|jersey|strip|scarf|fans?|supporters?|season\s+ticket)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?i:a|an|the|his|her|my|our|their|your)\s+$")


def _team_thing(span: Span, text: str) -> bool:
    return _TEAM_THING_AFTER.match(text, span.end) is not None and _ARTICLE_BEFORE.search(text, max(0, span.start - 8), span.start) is not None


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in "!?\n") if i >= 0]
    # a full stop ends the sentence unless it is "v." or an initial
    stops = [m.start() for m in re.finditer(r"(?<!\bv)\.(?:\s|$)", text[end:])]
    if stops:
        ends.append(end + stops[0])
    return left, min(ends, default=len(text))


def _team_shaped(span: Span, text: str) -> bool:
    """A team by its name's shape: a listed club ("Arsenal", "Manchester United"), a plural ("Springboks",
    "Leafs", "Swans") or a name a plural verb follows ("Bafana are playing"). Not a name with a club word
    alone ("Dunmore Rovers" may be a village's side) nor a one-word organisation ("the Cork match", a county's)."""
    name = span.text.removesuffix("'s").removesuffix("’s").strip()
    if name.startswith(("the ", "The ")):
        name = name[4:]
    if not name[:1].isupper() or "\n" in name:
        return False
    if name in BRANDS:
        return True
    words = name.split()
    if len(words) != 1:
        return False
    last = words[0]
    plural = len(last) >= 5 and last.endswith("s") and not last.endswith(("ss", "us", "is")) \
        and text[span.end : span.end + 1] not in "'’"
    return plural or re.match(r"\s+(?:are|were)\b", text[span.end :]) is not None or _team_thing(span, text)


_RESULT_AFTER = re.compile(r"\s+(?i:winning|won|win|beat|beating|lost|losing|lose|drew|thrashed|thrashing|hammered)\b")


def is_sports_team(span: Span, text: str) -> bool:
    if span.source not in _SOURCES or span.entity_type not in _KINDS or not _team_shaped(span, text):
        return False
    left, right = _sentence(text, span.start, span.end)
    # the sport's word in the same sentence, or a ball game's emoji closing it; or a result said of the side ("the
    # Springboks winning makes the office...") in a post a ball game's emoji marks as sport
    if not (_SPORT.search(text, left, right) or _SPORT.search(text, right, min(len(text), right + 6))
            or _team_thing(span, text) or (_RESULT_AFTER.match(text, span.end) and _BALL_EMOJI.search(text))):
        return False
    if _OWN_SIDE.search(text, left, right) or _PERSON_AFTER.match(text, span.end) or _YOUTH_AFTER.match(text, span.end):
        return False
    return not _TITLE_OR_ROLE_BEFORE.search(text, max(0, span.start - 12), span.start)


def is_nations_rivalry(span: Span, text: str) -> bool:
    """A side of "Ghana vs Nigeria", "England v Australia" that is a country or a big place: a match or a
    rivalry, no private party to a case (a country in a court case is public news anyway). The model's guess
    too, when the other side is a country as well ("Ireland v France was UNREAL": France is a given name, but
    not beside another country and "v")."""
    name = span.text.strip()
    if span.source == "case caption rule":
        return name in COUNTRIES or name in BIG_PLACES or name in BIG_REGIONS
    if span.source not in _SOURCES or span.entity_type not in _KINDS or not _nation(name) or _LAW.search(text):
        return False  # "Jordan v Chad at the tribunal": two people's case
    after = _NATION_V_AFTER.match(text, span.end)
    before = _NATION_V_BEFORE.search(text, max(0, span.start - 30), span.start)
    if (after and _nation(after.group(1))) or (before and _nation(before.group(1))):
        return True
    # a country beaten, drawn with or played against, in a post about sport: "Watched the Windies beat England at
    # Kensington Oval 🏏", "we lost to France in the final": its national side
    return bool(_PLAYED_BEFORE.search(text, max(0, span.start - 20), span.start)
                and (_SPORT.search(text) or _BALL_EMOJI.search(text)))


_PLAYED_BEFORE = re.compile(r"\b(?i:beat|beats|beating|thrashed|thrash|hammered|lost\s+to|losing\s+to|drew\s+with|draw\s+with|"
                            r"against|playing|played)\s+$")


_NATION_V_AFTER = re.compile(r"\s+vs?\.?\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")
_NATION_V_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+vs?\.?\s+$")


def _nation(name: str) -> bool:
    return name in COUNTRIES or name in COUNTRIES_NAMED_LIKE_PEOPLE or name in BIG_REGIONS


# A fan's cheer, which is the sport's word itself: "Go Cubs.", "go Birds 🦅", "Go Canucks Go!", "C'mon the Blues".
_CHEER_BEFORE = re.compile(r"(?i:\b(?:go|c['’]?mon|come\s+on)(?:\s+(?:the|you))?)\s+$")
_CHEER_END = re.compile(r"(?:\s+[Gg]o\b)?\s*(?:[.!,;]|[^\w\s'’]|$)")


def is_cheered_team(span: Span, text: str) -> bool:
    """A plural name a fan cheers, alone in its clause: "Go Cubs.", "Wawa hoagie, go Birds 🦅", "Go Canucks Go!".
    A person is cheered by a name in the singular ("Go Amara!", "Go James!": a given name ending in "s" is read as
    a name), and a name with more after it is in a sentence ("Go Dawson and Co to the meeting")."""
    if span.source not in _SOURCES or span.entity_type not in _KINDS:
        return False
    name = span.text.strip()
    if name.endswith((" Go", " go")):
        name = name[:-3]
    if " " in name or not name[:1].isupper() or not (len(name) >= 4 and name.endswith("s")) or name.endswith(("ss", "us", "is")):
        return False
    if lexicon.is_listed_as_name(name):
        return False
    if not _CHEER_BEFORE.search(text, max(0, span.start - 16), span.start):
        return False
    return _CHEER_END.match(text, span.start + len(name)) is not None


# A fixture: two sides with "v" or "vs" between them, each one to three capitalised words ("Springboks vs
# Wallabies", "the All Blacks v Wallabies", "Leinster v Munster"), the model's one span or a case caption's side.
_SIDE = r"(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2}"
_FIXTURE = re.compile(rf"(?:(?:the|The)\s+)?{_SIDE}\s+vs?\.?\s+{_SIDE}")
_V_AFTER = re.compile(rf"\s+vs?\.?\s+{_SIDE}")
_V_BEFORE = re.compile(rf"{_SIDE}\s+vs?\.?\s+$")
_V_AT_END = re.compile(r"\s+vs?\.?$")
_SIDE_AFTER = re.compile(rf"\s+{_SIDE}")
# Words of the law, which make two sides with "v" a case whatever else the sentence says ("final hearing").
_LAW = re.compile(r"(?i)\b(?:court|hearing|tribunal|judge|judgment|judgement|ruling|appeal|claimant|defendant|"
                  r"plaintiff|respondent|lawsuit|litigation|settlement|settled|trial|verdict|counsel|solicitors?|barristers?|case|"
                  r"brief|listed|adjourned|injunction|sentencing|magistrates?|legal|lawyers?|law)\b")


# The model's reading and the rule that reads a name that is also a word ("Cork v Kerry in the Munster final":
# Kerry is a given name and a county)
_FIXTURE_SOURCES = _SOURCES | {"word name rule"}
# A fixture watched: "who's watching Al Ain vs Al Hilal tonight??", "home to watch Ulster v Leinster", "dey watch
# Super Eagles vs Black Stars". Two sides on a screen are a match; the parties of a case are not watched (and the
# law's words in the post keep them a case).
_WATCHED_BEFORE = re.compile(r"\b(?i:watch|watching|watched|catch|catching|stream|streaming)\s+(?:(?i:the)\s+)?$")


def _fixture_at(span: Span, text: str, left: int, right: int) -> re.Match | None:
    """The fixture "A v B" in the sentence that holds the span (whole or one side)."""
    for m in _FIXTURE.finditer(text, left, right):
        if m.start() <= span.start and span.end <= m.end() + 2:
            return m
    return None


def _watched_fixture(span: Span, text: str, left: int, right: int) -> bool:
    """A fixture right after a word of watching, its sides no pair of given names ("watching Amara vs Jayden at
    chess club" is two children)."""
    m = _fixture_at(span, text, left, right)
    if m is None or not _WATCHED_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return False
    sides = [re.sub(r"^(?:the|The)\s+", "", s.strip()) for s in re.split(r"\s+vs?\.?\s+", m.group())]
    return not all(lexicon.is_listed_as_name(s) and s not in _LISTED_SIDES and s not in BRANDS for s in sides)


def is_fixture(span: Span, text: str) -> bool:
    """A match between two sides in a post about sport ("Springboks vs Wallabies on Saturday 🏉",
    "Leinster v Munster in the final, the ward is split") or watched ("home to watch Ulster v Leinster"), not a
    case ("Leinster v Munster Holdings: final hearing") and not a local side of the writer's or a child's ("our
    U12s v Oakfield")."""
    if span.source not in _FIXTURE_SOURCES or span.entity_type not in _KINDS:
        return False
    whole = _FIXTURE.fullmatch(span.text.strip()) is not None
    side = (_V_AFTER.match(text, span.end) is not None or _V_BEFORE.search(text, max(0, span.start - 40), span.start) is not None
            # the model may take the "vs" in with the first side: "[Super Eagles vs] Black Stars"
            or (_V_AT_END.search(span.text) is not None and _SIDE_AFTER.match(text, span.end) is not None))
    if not (whole or side):
        return False
    left, right = _sentence(text, span.start, span.end)
    if not (_SPORT.search(text, left, right) or _SPORT.search(text, right, min(len(text), right + 6))
            or _watched_fixture(span, text, left, right)):
        return False
    if _SERVED.search(text, left, right):
        return False  # "my student Kerry v Amara in the chess final": children the writer teaches
    if _LAW.search(text) or _OWN_SIDE.search(text, left, right) or _YOUTH_AFTER.match(text, span.end):
        return False
    return not _TITLE_OR_ROLE_BEFORE.search(text, max(0, span.start - 12), span.start)


# A result right after the name: "Celtic 2-0 and my dad hasnae stopped singing", "Arsenal 3–1 up at half time". Not
# a range of ages or sizes ("Amara 3-4 years", "sizes 8-10") nor a date or a time ("3-4pm", "2-0/1").
_SCORE_AFTER = re.compile(
    r"\s+\d{1,2}\s?[-–]\s?\d{1,2}(?![\d/:.,-]\d|\s*(?i:yrs?|years?|y/?o|months?|mos?|weeks?|wks?|days?|hrs?|hours?|mins?|"
    r"kg|lbs?|cm|mm|am|pm|times|sessions|beds?|rooms?)\b)"
)


# A result and the side it was against: "lost 3-0 to", "drew 1-1 with", "beaten 2-1 by", "won 4-2 against".
_SCORE_BEFORE = re.compile(
    r"\b(?i:lost|lose|losing|won|win|winning|drew|draw|beat|beaten|thrashed|hammered|went\s+down)\s+\d{1,2}\s?[-–]\s?\d{1,2}\s+"
    r"(?i:to|with|against|by|over)\s+(?:(?i:the)\s+)?$"
)
_SCORE_INSIDE = re.compile(r"\s+\d{1,2}\s?[-–]\s?\d{1,2}$")
_SERVED = re.compile(rf"(?i)\b(?:{vocab.alternation('own_people')})s?\b")


def is_scored_team(span: Span, text: str) -> bool:
    """A side by its result, read as fans write it: one to three capitalised words and a score right after ("Celtic
    2-0", "Kaizer Chiefs 1-1 again"). A person with a score has someone the writer serves in the sentence ("Jayden
    2-0 up at chess, so proud of my student") or a title or a role before it, and the writer's own or a child's side
    stays."""
    if span.source not in _SOURCES or span.entity_type not in _KINDS:
        return False
    name = span.text.strip()
    end = span.start + len(name)
    inner = _SCORE_INSIDE.search(name)  # the model may take the score in: "[Kaizer Chiefs 1-1] again"
    if inner:
        name, end = name[: inner.start()], span.start + inner.start()
    words = name.split()
    if _SCORE_BEFORE.search(text, max(0, span.start - 40), span.start):
        # "the Toon lost 3-0 to [Villa at St James' Park]": the side a result was against, and where it was played
        # in a post about sport (its words, a ball game's emoji or a listed side), and not a given name alone ("lost
        # 3-0 to Dave at darts" may be anyone)
        side = re.split(r"\s+at\s+", name)[0]
        words = side.split()
        if not (1 <= len(words) <= 3) or not all(w[:1].isupper() for w in words):
            return False
        if not (_SPORT.search(text) or _LISTED_SIDE.search(text)):
            return False
        if len(words) == 1 and lexicon.is_listed_as_name(side) and side not in _LISTED_SIDES:
            return False
    elif not (1 <= len(words) <= 3) or not all(w[:1].isupper() for w in words) or not _SCORE_AFTER.match(text, end):
        return False
    left, right = _sentence(text, span.start, span.end)
    if _OWN_SIDE.search(text, left, right) or _YOUTH_AFTER.match(text, span.end) or _SERVED.search(text, left, right):
        return False
    return not _TITLE_OR_ROLE_BEFORE.search(text, max(0, span.start - 12), span.start)


# A stadium by what is played there: a name right after "at" in a sentence with a fixture of two nations or big sides
# ("Scotland v England at Murrayfield", "Springboks vs All Blacks at Ellis Park") or with a listed national side or
# big club ("the All Blacks' haka at Eden Park"), in a post about sport; or a stadium's stand or end, where thousands
# stand ("in the Gallowgate end", "the Stretford End"). A local pitch goes with a local side ("our U10s at Riverside
# Park", "Oakfield v Ashby at the rec"), which is no nation's and no listed club's, and stays.
_VENUE_SOURCES = _SOURCES | {"named facility rule", "capitalised place rule"}
_VENUE_KINDS = _KINDS | {"FACILITY"}
_AT_BEFORE = re.compile(r"\b(?i:at)\s+(?:(?i:the)\s+)?$")
_STAND_AFTER = re.compile(r"\s+(?:end|End|stand|Stand)\b")
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
_LISTED_SIDES = vocab.words("sports_teams")
_LISTED_SIDE = re.compile(r"(?<![\w'’-])(?:" + "|".join(sorted(map(re.escape, _LISTED_SIDES), key=len, reverse=True)) + r")(?![\w-])")


def _big_side(name: str) -> bool:
    name = re.sub(r"^(?:the|The)\s+", "", name)
    return _nation(name) or name in BIG_PLACES or name in _LISTED_SIDES or name in BRANDS


def is_venue(span: Span, text: str, sport: bool) -> bool:
    """A stadium named beside a match of public sides, or a stadium's stand, in a post about sport."""
    if not sport or span.source not in _VENUE_SOURCES or span.entity_type not in _VENUE_KINDS:
        return False
    if _THE_BEFORE.search(text, max(0, span.start - 6), span.start) and _STAND_AFTER.match(text, span.end):
        return True
    left, right = _sentence(text, span.start, span.end)
    if _YOUTH_AFTER.search(text, left, right) or re.search(r"(?i)\b(?:u\d+s?|under[\s-]?\d+s?)\b", text[left:right]):
        return False
    if not _AT_BEFORE.search(text, max(0, span.start - 8), span.start):
        return False
    fixtures = [m for m in _FIXTURE.finditer(text, left, span.start)]
    if any(all(_big_side(side.strip()) for side in re.split(r"\s+vs?\.?\s+", m.group())) for m in fixtures):
        return True
    return _LISTED_SIDE.search(text, left, span.start) is not None and not _OWN_SIDE.search(text, left, right)


def outside_sports_teams(spans: list[Span], text: str) -> list[Span]:
    # most posts have no name shaped like a team, and most have no sport: both are looked at before the sentence
    shaped = [s for s in spans if s.source in _SOURCES and s.entity_type in _KINDS and _team_shaped(s, text)]
    sport = bool(shaped) and bool(_SPORT_WORDS & set(_LOWER_WORDS.findall(text.lower())) or _BALL_EMOJI.search(text)
                                  or any(_team_thing(s, text) for s in shaped))
    fixture = (" v" in text or " V" in text) and bool(_SPORT_WORDS & set(_LOWER_WORDS.findall(text.lower())) or _BALL_EMOJI.search(text)
                                                      or _WATCHED_WORDS & set(_LOWER_WORDS.findall(text.lower())))
    # a post about sport: a sport's word or emoji, or a listed national side or big club ("Toon", "All Blacks")
    any_sport = bool(_SPORT_WORDS & set(_LOWER_WORDS.findall(text.lower())) or _BALL_EMOJI.search(text)
                     or _LISTED_SIDE.search(text)) if spans else False
    return [s for s in spans if not ((sport and s in shaped and is_sports_team(s, text)) or is_nations_rivalry(s, text)
                                     or is_venue(s, text, any_sport)
                                     or is_cheered_team(s, text) or (fixture and is_fixture(s, text))
                                     or is_scored_team(s, text))]


def post_about_sport(text: str) -> bool:
    """The post speaks of a sport (a match, a final, a ball game's emoji) and of no court, case or lawyer: two sides
    with "v" in it are a fixture, whichever sentence the sport's word stands in (the generaliser's reading; a
    recognizer keeps to the name's own sentence, ``is_fixture``)."""
    return _SPORT.search(text) is not None and _LAW.search(text) is None and _OWN_SIDE.search(text) is None


def speaks_of_the_law(text: str) -> bool:
    """A word of the law anywhere in the post (a court, a hearing, a judge, a case, a lawyer)."""
    return _LAW.search(text) is not None
