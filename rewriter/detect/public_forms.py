"""Name guesses whose own words say they are public, whatever kind the model gave them:

- a body of a whole profession, by its form: "the Institution of Structural Engineers", "the College of Policing",
  "the Royal College of Nursing", "the Association of Chartered Certified Accountants". A head word of a body, "of",
  and a field or the people of a profession in everyday words: a profession has one such body for a country, and
  it employs none of the writer's clients. Not "the College of Art and Design" (a school: its field is no
  profession's people or practice), nor "the Okafor Institute of Nursing" (a proper name before the head: one
  school);
- a charity named in everyday words: "the Mental Health Foundation", "the British Heart Foundation", "ran it for the
  Police Dependants' Trust" (a trust by two everyday words at least: "the Linden Trust" may be a place's). A private
  person's family foundation has their name in it ("the Okafor Foundation", "Harrowby Community Trust"), and stays;
- an event by its kind, named with "the": "the IPA Congress in Hyderabad", "the Gartner Symposium", "the New Yam
  Festival": a congress, a symposium or a festival is held for the public or a whole trade. Not in a post that names
  a person (the event may be where their story happened, as public_context.py reads "the X conference");
- a numbered court of a listed court, named with it: "sitting outside Court 3 at the Federal Court": a room of a
  public building the writer works in. Not with a case in its sentence ("the case in court 2 this morning"), nor in
  a family's legal matter;
- a work's title by its words: "Education Scotland have updated How Good Is Our School again", "What Matters to
  You": a question word or a verb in capitals ("How", "What", "Is", "Does") inside a name makes it a title, of a
  framework, a book or a song, which no place or firm is called. Not "Our" alone ("Our Lady of Lourdes Hospital"),
  nor "Will" (a name);
- a show by its season: "Squid Game season 2", "Grey's Anatomy S19": no one is numbered by seasons;
- a law or a public scheme named after a person: a name's possessive, then "Law" or "Rule" capitalised ("Awaab's Law
  is a good thing", "Martyn's Law training", "a Clare's Law request", "Martha's Rule"): a statute or a national
  scheme carries the name of the person it remembers, and names no one the writer knows. Not a firm or a course
  ("Smith's Law Firm", "Law degree"), which the words after it say;
- a sporting or public event by its kind and everyday words ("the Rugby Championship is on the big screen", "who's
  going to Nairobi Tech Week?"): a championship, a cup, an awards night or a week of a trade, named only in
  dictionary words, a big place or a nation's name, is on everyone's calendar. A proper name in it ("the Oakfield
  Cup", "Rowan Lodge Fun Week") makes it one school's or one home's, and stays;
- a person with an honour the Crown gives, by their full name, at a public occasion: "Met Sir Ashley Bloomfield at the
  conference", "Dame Sarah Mullally's speech": a knight or a dame is a public figure. Not without a public occasion
  in the sentence (many Englishes call any caller or customer "Sir": "si Sir Rodel Bautista from Marikina"), not
  with someone the writer serves near ("my patient Sir ..."), not a lone word after "Sir" ("Sir said we could go":
  a pupil's teacher), nor in a private context;
- a national public body, service or institution by its listed name (public_bodies.txt, national_bodies.txt),
  whatever rule read it and however much of it: "my mentors at [Kenya School] of Law", "called to the Bar at
  Middle Temple": a body the whole country deals with. Only a client or a contract keeps it;
- a nation's or a region's own body: its name or its people's, then a listed body or its bar ("called to the
  Jamaican Bar", "the Kenyan Parliament"), or a profession's body ("Ontario College of Teachers fee paid", "the NZ
  College of Midwives"); not a city's ("Leeds Crown Court": where one case is heard);
- a regulator or a ministry by its head word: everyday words and "Inspectorate", "Ombudsman", "Regulator" or
  "Commission" ("Care Inspectorate have published...", "the Housing Ombudsman", "the Pensions Regulator"), or
  "Ministry of" ("check the Ministry of Agric page"): a government's, which regulates or serves a whole country.
  Not beside another name in its sentence ("the Care Inspectorate are coming in to Rowan Lodge on Monday": the
  inspection of one home, which names it), nor a proper name before the head ("the Okafor Commission").

What makes a name a client's, an employer's or a site of the writer's own (support/public.py: "our", "client",
"works at", "our Leeds clinic") keeps it, and so does a sentence with someone the writer serves.
"""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .recognizers.support import lexicon
from .recognizers.support.famous_names import SHARED_NAME_WORDS
from .recognizers.support.signposts import signposted
from .recognizers.support.public import (_PRIVATE_AFTER, _PRIVATE_BEFORE, BIG_PLACES, BIG_PLACES_NAMED_LIKE_PEOPLE,
                                         METROPOLISES, NATION_STEMS, PUBLIC_BODIES, client_context,
                                         is_place_or_language_word, private_context)
from .work_talk import served_near

_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "FACILITY", "NRP"})
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# A body's head word, perhaps after "Royal" or "Chartered", then "of" and its field: the whole name, as the span or
# as the span and the words after it (the model may stop before "of": "[the College] of Policing").
_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?:(?:Royal|Chartered)\s+)?(?:Institution|Institute|College|Society|Association|Federation|Faculty|"
    r"Council|Guild|Union)\s+of\s+(?:the\s+)?(?P<field>[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,3})"
)
# A body's field is a practice ("Policing", "Nursing", "Midwifery") or its people in the plural ("Structural
# Engineers", "Midwives", "Physicians", "Certified Accountants"): the last word says which.
_FIELD_END = re.compile(r"(?i:\w+(?:ing|ists|ers|ors|ians|ives|ics|ants|ents|ians|wives|ery|ry))")

# A charity in everyday words: one to three of them, then "Foundation".
_FOUNDATION = re.compile(r"(?:[Tt]he\s+)?(?P<words>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?P<head>Foundation|Trust)")

# A regulator by its head word after everyday words, or a government ministry; the words may be joined by "and"
# ("the Aged Care Quality and Safety Commission").
_REGULATOR = re.compile(
    r"(?:[Tt]he\s+)?(?P<words>[A-Z][\w'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'’-]*){0,4})\s+"
    r"(?:Inspectorate|Ombudsman|Regulator|Commission)")
# A profession's council or board by its field: "the Nursing Council", "the Teaching Council", "the Medical Board",
# "the Engineering Council": a practice in everyday words ("-ing", or a field's adjective), then the head. A
# profession has one for a country. Not a parish's, a town's or a school's ("the Parish Council", "Student
# Council", "the Hospital Board": a place or one employer's, no practice).
_FIELD_COUNCIL = re.compile(
    r"(?:[Tt]he\s+)?(?P<words>(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){0,3}[A-Z][\w'’-]*)\s+(?:Council|Board)")
_FIELD_ADJECTIVES = frozenset("Medical Dental Veterinary Pharmaceutical Optical Chiropractic Osteopathic".split())
_MINISTRY = re.compile(r"(?:[Tt]he\s+)?Ministry\s+of\s+(?:the\s+)?[A-Z]")
# A place's name (one or two words) before a profession's body: "Ontario [College of Teachers]".
_PLACE_LEAD = re.compile(r"(?:[Tt]he\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?=(?:Royal\s+|Chartered\s+)?[A-Z])")

# A question word or a verb in capitals inside a name: a title of a work.
_TITLE_WORDS = frozenset("How What Why When Where Who Is Are Was Were Do Does Did Can Could Should Would Shall".split())

_SITE_TRUST = re.compile(
    r"(?i)\b(?:hospitals?|health|healthcare|care|ambulance|mental|schools?|academy|academies|learning|teaching|"
    r"university|housing|partnership|community|foundation|nhs)\b")

_NATION_ENDING = re.compile(r"(?:ish|ian|an|ese|i|ic)$")

# An event by its kind, as the span's last word.
_EVENT_KINDS = frozenset(
    # and the festivals of arts named by their own kind: "the Urdd Eisteddfod", "the Edinburgh Fringe", "the Leicester Mela"
    ("Congress Symposium Summit Conference Convention Expo Festival Fest Carnival Forum Colloquium Hackathon Con "
     "Eisteddfod Fringe Mela Biennale Olympiad").split()
)
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")

# A show's season or series: "season 2", "series 4", "S19", "S2E4".
_SEASON_AFTER = re.compile(r"\s+(?:(?i:season|series)\s+\d{1,2}|S\d{1,2}(?:E\d{1,3})?)\b")
_SEASON_IN = re.compile(r"\sS\d{1,2}(?:E\d{1,3})?$")


def _everyday(word: str) -> bool:
    """A word any dictionary has and no one is named ("Mental", "Heart"; not "Okafor", "Grace")."""
    return lexicon.is_ordinary_word(word) and not lexicon.is_listed_as_name(word)


def _nation_adjective(word: str) -> bool:
    """ "British", "Canadian", "Irish": a nation's people, by its name's first letters (NATION_STEMS)."""
    return bool(_NATION_ENDING.search(word)) and any(word[:k] in NATION_STEMS for k in range(4, min(len(word), 8) + 1))


def _profession_body(span: Span, text: str) -> bool:
    m = _BODY.match(text, span.start)
    if m is None:
        lead = _PLACE_LEAD.match(text, span.start)
        if lead and is_place_or_language_word(lead.group(1)):
            m = _BODY.match(text, lead.end())
    if m is None or m.end() < span.end:
        return False
    words = _WORD.findall(m.group("field"))
    return bool(words) and all(_everyday(w) for w in words) and _FIELD_END.fullmatch(words[-1]) is not None


# A nation's or a region's body of a profession named head last: "the Hong Kong Professional Counselling
# Association", "the Irish Occupational Therapists Society" (the same body as "the Association of X" above, in the
# other order). A region or a country first (not a city: "the Leeds Traders Association" is one town's), then one to
# three everyday words ending in the practice or its people, then the head.
_BODY_HEAD_LAST = re.compile(
    r"(?:[Tt]he\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?P<field>(?:[A-Z][\w'’-]*\s+){1,3})"
    r"(?:Association|Society|Institute|Federation|Guild)")


def _profession_body_head_last(span: Span) -> bool:
    m = _BODY_HEAD_LAST.fullmatch(span.text)
    if m is None or not is_place_or_language_word(m.group("place")):
        return False
    words = m.group("field").split()
    return all(_everyday(w) for w in words) and _FIELD_END.fullmatch(words[-1]) is not None


def _everyday_foundation(span: Span, text: str) -> bool:
    m = _FOUNDATION.fullmatch(span.text)
    if m is None:
        return False
    words = _WORD.findall(m.group("words"))
    if m.group("head") == "Trust" and (len(words) < 2 or _SITE_TRUST.search(m.group("words"))):
        # "the Linden Trust": one word may be a place's; "the Great Western Hospitals Trust", "Oakfield Academy
        # Trust": a trust that runs hospitals, care or schools is an employer and a site
        return False
    # "the British Heart Foundation": a nation's adjective is everyday too
    return bool(words) and all(_everyday(w.rstrip("'’")) or _nation_adjective(w) for w in words)


def _work_title(span: Span) -> bool:
    words = _WORD.findall(span.text)
    return len(words) >= 3 and any(w in _TITLE_WORDS for w in words)


def _regulator(span: Span, text: str) -> bool:
    if _MINISTRY.fullmatch(span.text) or (_MINISTRY.match(span.text) and span.text.count(" ") <= 4):
        return True
    m = _REGULATOR.fullmatch(span.text.removesuffix("'s").removesuffix("’s"))
    return bool(m) and all(_everyday(w) or _nation_adjective(w) for w in _WORD.findall(m.group("words")) if w != "and")


def _field_council(span: Span) -> bool:
    m = _FIELD_COUNCIL.fullmatch(span.text.removesuffix("'s").removesuffix("’s"))
    if m is None:
        return False
    words = [w for w in _WORD.findall(m.group("words")) if w != "and"]
    return (all(_everyday(w) or _nation_adjective(w) for w in words)
            and (words[-1] in _FIELD_ADJECTIVES or _PRACTICE.fullmatch(words[-1]) is not None))


# A practice by its last word: "Nursing", "Teaching", "Midwifery", "Pharmacy", "Social Care", "Engineering".
_PRACTICE = re.compile(r"\w+(?:ing|ery|acy)|Care")


_NUMBERED_COURT = re.compile(r"(?:[Cc]ourt|[Cc]ourtroom)\s+\d{1,2}")
_AT_BEFORE_BODY = re.compile(r"\s+(?:at|of|in)\s+")


def _court_room_of_listed_court(span: Span, text: str, bodies: list[tuple[int, int]]) -> bool:
    if span.entity_type != "FACILITY" or not _NUMBERED_COURT.fullmatch(span.text):
        return False
    at = _AT_BEFORE_BODY.match(text, span.end)
    if at is None or not any(a == at.end() and "Court" in text[a:b] for a, b in bodies):
        return False
    return _CASE_NEAR.search(text, *_sentence_of(text, span.start, span.end)) is None


def _alone_in_sentence(span: Span, spans: list[Span], text: str) -> bool:
    left, right = _sentence_of(text, span.start, span.end)
    return not any(o is not span and o.entity_type in _KINDS and o.start < right and left < o.end for o in spans)


def _named_event(span: Span, text: str, people_named: bool) -> bool:
    words = span.text.split()
    if people_named or len(words) < 2 or words[-1] not in _EVENT_KINDS:
        return False
    return words[0] in ("the", "The") or _THE_BEFORE.search(text, max(0, span.start - 6), span.start) is not None


# A law or scheme named after a person: a capitalised name's possessive, then "Law" or "Rule" capitalised, and no
# word after it that makes it a firm, a course or a department ("Smith's Law Firm", "Law degree").
_NAMED_LAW = re.compile(r"(?<![\w'’])[A-Z][^\W\d_]+(?:[-\s][A-Z][^\W\d_]+)?['’]s\s+(?:Law|Rule)\b"
                        r"(?!['’]s\s+(?i:firm|office)|\s+(?i:firm|firms|office|offices|practice|chambers|llp|ltd|limited|"
                        r"school|society|centre|center|clinic|group|partners|solicitors|degree|student|students|"
                        r"lecturer|exam|exams|department|dept|faculty|module|course)\b)")


def _law_named_after_person(span: Span, text: str) -> bool:
    """The span lies inside "Name's Law" or "Name's Rule" (a statute or a public scheme)."""
    if "Law" not in text and "Rule" not in text:
        return False
    return any(m.start() <= span.start and span.end <= m.end()
               for m in _NAMED_LAW.finditer(text, max(0, span.start - 30), min(len(text), span.end + 30)))


# A public event by its kind, named in everyday words, a big place's or a nation's: "the Rugby Championship",
# "Nairobi Tech Week", "the Melbourne Cup" (kinds a school or a club also holds, so every other word must be public).
_PUBLIC_EVENT_KINDS = frozenset("Championship Championships Cup Awards Week Games Marathon Open".split())
_EVENT_RUN = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w'’-]*\s+){1,3}(?:%s))\b" % "|".join(sorted(_PUBLIC_EVENT_KINDS)))


def _public_word(word: str) -> bool:
    word = word.removesuffix("'s").removesuffix("’s")
    return (lexicon.is_ordinary_word(word) or word in BIG_PLACES or word in BIG_PLACES_NAMED_LIKE_PEOPLE or word in METROPOLISES
            or is_place_or_language_word(word) or _nation_adjective(word))


def _public_event_in_everyday_words(span: Span, text: str) -> bool:
    for m in _EVENT_RUN.finditer(text, max(0, span.start - 40), min(len(text), span.end + 40)):
        if not (m.start() <= span.start and span.end <= m.end()):
            continue
        words = m.group(1).split()
        # the words before the kind say what the event is of, every one public; one of them a big place or a word
        # no one is named ("the Grace Cup" may be a club's, after its founder)
        if all(_public_word(w) for w in words[:-1]) and any(
                _everyday(w.removesuffix("'s")) or w in BIG_PLACES or w in METROPOLISES for w in words[:-1]):
            return True
    return False


# An honour the Crown gives, before a person's full name: a public figure, where the sentence has them at a public
# occasion. Many Englishes say "Sir" and "Ma'am" to any customer, caller or boss ("si Sir Rodel Bautista from
# Marikina, account ending 4471": a caller, writer_za), so the title alone says nothing.
_HONOUR_BEFORE = re.compile(r"\b(?:Sir|Dame)\s+$")
_PUBLIC_OCCASION = re.compile(r"(?i)\b(?:conference|conf|keynote|summit|congress|symposium|lecture|talk|speech|panel|"
                              r"ceremony|awards?|launch|book\s+signing|signed|autograph|selfie|interview|podcast|on\s+tv|"
                              r"on\s+the\s+telly|documentary|knighted|damehood|knighthood)\b")
_FULL_NAME = re.compile(r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?(?:\s+[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?){1,2}")


def _honoured_full_name(span: Span, text: str) -> bool:
    if span.entity_type != "PERSON":
        return False
    start = span.start
    if text.startswith(("Sir ", "Dame "), start):
        start = text.index(" ", start) + 1
    elif not _HONOUR_BEFORE.search(text, max(0, start - 6), start):
        return False
    name = text[start:span.end].removesuffix("'s").removesuffix("’s")
    left, right = _sentence_of(text, span.start, span.end)
    if not _PUBLIC_OCCASION.search(text, left, right):
        return False
    # a given name first (of the people's names lists' first words): "Sir Alex Ferguson", not "Sir Lancelot du Lac"
    return bool(_FULL_NAME.fullmatch(name)) and name.split()[0] in SHARED_NAME_WORDS


def _show_by_season(span: Span, text: str) -> bool:
    return _SEASON_IN.search(span.text) is not None or _SEASON_AFTER.match(text, span.end) is not None


# Every listed body as whole words, the longer first ("Kenya School of Law" before "LSK"); built on the first post
# that has a name guess in it.
_BODIES: re.Pattern | None = None


def _bodies() -> re.Pattern:
    global _BODIES
    if _BODIES is None:
        names = sorted(PUBLIC_BODIES, key=len, reverse=True)
        _BODIES = re.compile(r"(?<![\w'’&-])(?:the\s+|The\s+)?(?:" + "|".join(re.escape(n) for n in names) + r")(?:['’]s)?(?![\w&-])")
    return _BODIES


# A case heard there: a court with one of these in its sentence is where a client's or a party's case is ("her land
# case at the Lahore High Court", "R v Hallworth at the Central Criminal Court").
_CASE_NEAR = re.compile(
    rf"(?i)\b(?:case|cases|client|clients|v|vs|trial|appeal|verdict|judg(?:e)?ments?|evidence|sentenc\w*|{vocab.alternation('case_event_words')[3:-1]})\b"
)


def _inside_listed_body(span: Span, bodies: list[tuple[int, int]], text: str) -> bool:
    for a, b in bodies:
        if a <= span.start and span.end <= b:
            if "Court" in text[a:b] and _CASE_NEAR.search(text, *_sentence_of(text, a, b)):
                return False
            # a client, a contract or an employer keeps it ("I used to work for NATO as a clerk")
            return not (client_context(text, span.start, span.end) or private_context(text, span.start, span.end))
    return False


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
    return left, min(ends, default=len(text))


_BAR = re.compile(r"\s+Bar\b")


def _places_body(span: Span, text: str, bodies: list[tuple[int, int]]) -> bool:
    """ "Jamaican Bar", "Lahore High Court", "Kenyan Parliament": a place or its people, then a listed body or a bar,
    however much of it the span holds ("[Karachi High] Court")."""
    start = span.start + 4 if text.startswith(("the ", "The "), span.start) else span.start
    ends = [a for a, b in bodies if start < a <= span.end + 1 and b >= span.end]
    bar = _BAR.match(text, span.end) or _BAR.search(text, start, span.end)
    if bar:
        ends.append(bar.start())
    for a in ends:
        place = text[start:a].strip()
        # a nation's or a region's, not a city's: "the Kumasi High Court", "Leeds Crown Court" are where a case is heard
        if 0 < len(place.split()) <= 2 and is_place_or_language_word(place):
            return True
    return False


# A nation's or a region's own body, its name first: "Kenya Met Department", "Ghana Health Service", "Uganda Revenue
# Authority": the place (a country, a region or its people, not a city: is_place_or_language_word), everyday words,
# then a head word of a public body. A country has one; a firm is named by no such words ("Kenya Fresh Produce
# Ltd", "Ghana Okafor Holdings").
_NATIONS_BODY = re.compile(
    r"(?:[Tt]he\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?P<words>(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?){1,3})"
    r"(?:Department|Service|Services|Authority|Agency|Bureau|Directorate|Commission|Council|Board|Institute|Force)")


def _nations_body(span: Span) -> bool:
    m = _NATIONS_BODY.fullmatch(span.text.removesuffix("'s").removesuffix("’s"))
    if m is None or not is_place_or_language_word(m.group("place")):
        return False
    return all(_everyday(w) for w in _WORD.findall(m.group("words")) if w != "and")


# A listed body's own app, site or line, perhaps with its nation: "the NHS Wales App", "the NHS App", "the HMRC
# app", "the CRA website": a service the body gives the whole country.
_SERVICE_AFTER = re.compile(r"\s+(?i:app|website|portal|helpline|hotline)$")


def _listed_bodys_service(span: Span) -> bool:
    name = span.text.removeprefix("the ").removeprefix("The ")
    cut = _SERVICE_AFTER.search(name)
    if cut is None:
        return False
    words = name[: cut.start()].split()
    for k in range(len(words), 0, -1):
        if " ".join(words[:k]) in PUBLIC_BODIES:
            return all(is_place_or_language_word(w) for w in words[k:])
    return False


# A public race or a city's yearly event by its place and its kind: "the Cardiff Half", "Belfast Marathon", "Manchester
# Pride" (data/public_race_words): a big place (not a small one: "the Kilbrack 10K" may be a village's) and the word.
_RACE_WORDS = vocab.words("public_race_words")


_RACE_WORD_AFTER = re.compile(r"[ \t]+(?i:half(?:[ \t]+marathon)?|marathon|10k|5k|parkrun|fun[ \t]+run|triathlon|ultra)(?![\w'’-])")


def _places_race(span: Span, text: str) -> bool:
    name = span.text.removeprefix("the ").removeprefix("The ").removesuffix("'s").removesuffix("’s")
    # every kind word the name ends with is tried ("Lesotho Ultra Trail" ends with "Trail" and with "Ultra Trail")
    if any(_big_place_or_nation(name[: -len(word) - 1]) for word in _RACE_WORDS if name.endswith(" " + word)):
        return True
    # the place alone with the race's word after it, as a runner types it: "ran the Colchester half", "the Leeds 10k"
    return _RACE_WORD_AFTER.match(text, span.end) is not None and _big_place_or_nation(name)


def _big_place_or_nation(place: str) -> bool:
    return place in BIG_PLACES or place in METROPOLISES or place in BIG_PLACES_NAMED_LIKE_PEOPLE or is_place_or_language_word(place)


# A campaign day the post also tags: "R U OK? Day is Thursday ... #RUOKDay", "Wear It Pink Day ... #WearItPink": the
# name's letters are the tag's, so it is the campaign's own name, not a person's initials.
_DAY_AFTER = re.compile(r"[?!.]?\s+Day\b")


def _tagged_campaign_day(span: Span, text: str) -> bool:
    if _DAY_AFTER.match(text, span.end) is None:
        return False
    letters = re.sub(r"[\W_]", "", span.text).lower()
    return len(letters) >= 3 and any(tag.lower() in (letters, letters + "day") for tag in re.findall(r"#(\w+)", text))


# A public service signposted by its name's form (support/signposts.py says what signposting is): everyday words,
# a nation's or a region's, then a head word a helpline, a charity or a profession's body is named by ("Kids Help
# Phone", "the King's Fund", "the National DV Hotline", "British Dietetic Association"); a line may be named by
# initials too ("NCMH Crisis Hotline"). Or a profession's chartered body by its people ("Chartered Accountants
# Ireland"), or a national charity named by an everyday phrase (signposted_charities.txt: "Mind Cymru", "Breathing
# Space"). A nation's or a region's word may follow ("Lifeline Australia"). Not a council, a trust or a
# commission: a council or an NHS trust employs people and is where a client is (the other rules read those by their
# field: _field_council, _everyday_foundation, _regulator).
_LINE_HEADS = ("Helpline", "Hotline", "Lifeline", "Crisisline", "Textline")
_SERVICE_HEADS = frozenset(_LINE_HEADS + ("Phone", "Line", "Fund", "Foundation", "Institute", "Society", "Association"))
_CHARITIES = vocab.words("signposted_charities")
_OWN_WORDS_PLACES = vocab.words("nations_in_own_words")
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*|&")
_INITIALS = re.compile(r"[A-Z]{2,5}")
_JOINERS = frozenset(("&", "and", "for", "of", "the", "to"))


def _place_word(word: str) -> bool:
    return is_place_or_language_word(word) or word in _OWN_WORDS_PLACES or word in ("UK", "NI", "NZ", "US", "USA")


def _service_word(word: str, line: bool) -> bool:
    """A word a service's name is built from: a dictionary word (also one listed as a name, "Kids", "King's": the
    head word and the signposting say what the whole is), a nation's, or initials before a line's head."""
    return (lexicon.is_ordinary_word(word.removesuffix("'s").removesuffix("’s")) or _nation_adjective(word)
            or _place_word(word) or (line and _INITIALS.fullmatch(word) is not None))


def _service_name(name: str) -> bool:
    words = _NAME_WORD.findall(name)
    if words and words[0] in ("the", "The"):
        words = words[1:]
    # a nation's or a region's word after the name: "Mind Cymru", "Chartered Accountants Ireland"
    while len(words) > 1 and _place_word(words[-1]):
        words = words[:-1]
    if not words:
        return False
    if " ".join(words) in _CHARITIES:
        return True
    if words[0] == "Chartered" and 2 <= len(words) <= 4:
        # "Chartered Accountants", "Chartered Institute of Housing": a profession's body ("Chartered Financial
        # Analyst" is a title, not a body: its people in the plural make it the body)
        return all(_service_word(w, False) or w in _JOINERS for w in words[1:]) and (
            words[1].endswith("s") or words[1] in _SERVICE_HEADS)
    # a body's head may come before its field: "the Canadian Society for the Study of Education", "the Society for
    # Endocrinology", "the Institute for Fiscal Studies" (everyday words on both sides, none a person's)
    for k, word in enumerate(words[:-2]):
        if word in _SERVICE_HEADS and word not in _LINE_HEADS and words[k + 1] in ("for", "of") and len(words) <= 8:
            field = [w for w in words[k + 2 :] if w not in _JOINERS]
            return bool(field) and all(_service_word(w, False) or w in _JOINERS for w in words[:k] + words[k + 2 :])
    head = words[-1]
    if head not in _SERVICE_HEADS or not 2 <= len(words) <= 5:
        return False
    line = head in _LINE_HEADS or head in ("Phone", "Line")
    inner = words[:-1]
    return inner[0] not in _JOINERS and all(_service_word(w, line) or w in _JOINERS for w in inner)


# The capitalised words joined to a span on either side: the model may read a piece of a name ("Chartered
# [Accountants Ireland]"), which whole_runs.py later reads whole.
_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+(?:(?:of|for|to|and|&)\s+)?)+$")
_RUN_AFTER = re.compile(r"(?:\s+(?:(?:of|for|to|and|&)\s+)?[A-Z][\w'’-]*)+")


def _capitalised_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span, then the span with each of the capitalised words joined before it and those after it (a word
    opening the sentence, "Thanks", is joined too: each start is tried)."""
    before = _RUN_BEFORE.search(text, max(0, start - 60), start)
    after = _RUN_AFTER.match(text, end)
    ends = [end] + ([after.end()] if after else [])
    starts = [start] + ([m.start() for m in re.finditer(r"(?<![\w'’-])[A-Z]", text[before.start():start])] if before else [])
    if before:
        starts = [start] + [before.start() + k for k in starts[1:]]
    return [(a, b) for a in starts for b in ends]


def _signposted_service(span: Span, text: str) -> bool:
    """A helpline, a charity or a profession's body by its form, named in a sentence that signposts it. The span
    may carry words before it a rule took in ("this Mental Health Awareness Week: Kids Help Phone"): they are
    everyday words too, or the name after a colon is the whole."""
    for start, end in _capitalised_runs(text, span.start, span.end):
        name = text[start:end].removesuffix("'s").removesuffix("’s")
        if ":" in name:
            lead, _, name = name.rpartition(":")
            if not all(_service_word(w, False) or w in _JOINERS for w in _NAME_WORD.findall(lead)):
                continue
        if _service_name(name.strip()):
            return signposted(text, start, end)
    return False


def is_public_by_form(span: Span, text: str, people_named: bool = False, bodies: list[tuple[int, int]] = ()) -> bool:
    """``span`` (a name guess) is a profession's body, a charity in everyday words, an event or a show by its own
    words, and nothing around it makes it the writer's client, employer or site, or someone they serve's."""
    if span.entity_type not in _KINDS:
        return False
    if not (_profession_body(span, text) or _profession_body_head_last(span) or _everyday_foundation(span, text) or _named_event(span, text, people_named)
            or _show_by_season(span, text) or _places_body(span, text, bodies) or _work_title(span)
            or _nations_body(span) or _field_council(span) or _listed_bodys_service(span)
            or _law_named_after_person(span, text) or _public_event_in_everyday_words(span, text)
            or _honoured_full_name(span, text)):
        return False
    return not private_context(text, span.start, span.end) and not served_near(text, span.start, span.end)


def outside_public_forms(spans: list[Span], text: str, private_matter: bool = False) -> list[Span]:
    """``spans`` less the public forms; ``private_matter``: the post is a family's legal matter (detector.py), where
    a court or a body is where the case is heard ("the custody case at Dundee Sheriff Court") and the listed bodies
    are left to the other rules."""
    bodies = []
    if any(s.entity_type in _KINDS for s in spans) and not private_matter:
        bodies = [m.span() for m in _bodies().finditer(text)]
        if bodies:
            spans = [s for s in spans if s.entity_type not in _KINDS or not _inside_listed_body(s, bodies, text)]
    # a hashtag the model calls a person ("#AMR") names no one in a story
    people_named = any(s.entity_type == "PERSON" and not text[max(0, s.start - 1) : s.start] == "#" for s in spans)
    public = [s for s in spans if is_public_by_form(s, text, people_named, bodies)
              or _court_room_of_listed_court(s, text, bodies) or (
        # a national regulator names no one even in a sentence about someone served ("Reported a resident's son to
        # the Aged Care Quality and Safety Commission"): only another name in its sentence makes it one inspection,
        # and only a client, a contract or an employer makes it the writer's
        s.entity_type in _KINDS and _regulator(s, text) and _alone_in_sentence(s, spans, text)
        and not _made_own(text, s.start, s.end))
        # a big place's race ("Signed up for the Cardiff Half again"): signing up for one is the writer's own, and
        # only someone served beside it makes it their story
        or (s.entity_type in _KINDS and _places_race(s, text) and not served_near(text, s.start, s.end))
        or (s.entity_type in _KINDS and _tagged_campaign_day(s, text))
        # a helpline, a charity or a profession's body pointed at for everyone ("Shoutout to the King's Fund", "raised
        # a few bob for Mind"): thanked or called like a person, so only a client, a contract, an employer or a site
        # of the writer's keeps it (not the person slot private_context also reads), or someone served beside it
        or (s.entity_type in _KINDS and _signposted_service(s, text) and not _made_own(text, s.start, s.end)
            and not served_near(text, s.start, s.end))]
    if not public:
        return spans
    # a piece of a public name another rule read as a name is the same public thing ("Kenya Met [Department], you
    # were right": the vocative rule's)
    return [s for s in spans if s not in public and not (
        s.entity_type in _KINDS and any(p.start <= s.start and s.end <= p.end for p in public))]


def _made_own(text: str, start: int, end: int) -> bool:
    """A client, a contract, an employer or a site of the writer's around a body's name (not where someone lives:
    "reported her son to the Commission" is no one's home)."""
    return bool(client_context(text, start, end) or _PRIVATE_BEFORE.search(text, max(0, start - 60), start)
                or _PRIVATE_AFTER.match(text, end))
