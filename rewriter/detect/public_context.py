"""Name guesses that the sentence itself shows name no one, by what it does with the word rather than by the word:

- a greeting that opens the post and is called out: "Mwaiseni! If your car has no insurance...", "Hari Guru! My
  students...", "Howzit LinkedIn 👋", "Kia ora!" (the model may take its first word alone). Every language's greetings outnumber any list; a word that opens a post,
  alone or with one more word, and is called out with "!" or a wave is said to the readers. A name opening a post
  is said to someone with a comma ("Kelechi, if you're reading this"), and that stays; so does a word the
  dictionary lists as a given name ("Grace!"), and any word after the post's first line or sentence;
- something watched or listened to: "Karachi Kings on TV", "Radiohead on repeat", "Anitta on the speaker",
  "Sanath Jayasuriya fan forever", "Sarkodie-level vibes", "listening to Burna Boy in the car", "learned that
  from Succession". A screen, a speaker or fans right after the name, or a word of watching or listening right
  before it, make it a show, a team, a band or a star: what is on a screen is public. Not a radio, nor a name
  that speaks from a speaker: a work radio carries colleagues ("Kevin on the radio, Mark on the gate"); and not
  in a sentence with someone the writer serves ("saw my client at Carnival on TV");
- a body named by what it publishes or certifies: "the government's new Children's Social Care reforms", "the NZ
  College of Midwives conference", "the NCEES reference handbook", "EMA guidance", "my Crisis Intervention Team (CIT)
  certification", "Finished my NVQ Level 3 in Health and Social Care": reforms, guidance, a conference, a handbook or
  a qualification are published to a whole profession; what names a client, an employer or a site ("our", "client",
  "team", "shift"...) keeps the name, and so does a sentence with someone the writer serves;
- a time zone after a clock time: "Standup at 9.30 IST", "3pm EST", "10:00 GMT" (the zone abbreviations of the
  system's tz database, through zoneinfo): a clock's zone names no one. Not initials after a time ("at 9am JB came
  in"): they are no zone's;
- a run of three or more acronyms, or of acronyms and everyday words: "BACP? AAMFT? NBCC? CCPA?", "BNS, BNSS and
  BSA have replaced the IPC, CrPC and Evidence Act": a field's bodies, acts or terms listed, as a writer lists their
  profession's alphabet soup. A client or an employer is named alone, not in a list of its field's initials; a
  sentence with someone the writer serves, or the writer's own words ("our", "client"), keeps them.
"""

from __future__ import annotations

import datetime
import functools
import re
import zoneinfo

from .. import vocab
from ..spans import Span
from .recognizers.support import lexicon
from .public_figures import OWN_SETTING
from .recognizers.support.public import BIG_REGIONS, BRANDS, COUNTRIES, PUBLIC_BODIES, private_context
from .recognizers.support.software import SOFTWARE

_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
_WORD = re.compile(r"[^\W\d_]+")

# A greeting opening the post: nothing but emoji or punctuation before it, "!" or a wave (an optional
# day or audience word between: "Aloha Friday!", "Sasa wadau!") right after it.
_CALLED_OUT = re.compile(
    r"\s*(?:(?i:everyone|everybody|all|folks|fam|friends|y'all|linkedin|team|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)\s*)?(?:!|👋|🙏)"
)
_MAX_GREETING_WORDS = 2
# in lowercase only: a capitalised word after a first name may be the surname ("Jomar Dizon!")
_REST_OF_GREETING = re.compile(r"[ \t]+([^\W\d_A-Z][^\W\d_]*)(?=" + _CALLED_OUT.pattern + ")")
_REST_OF_LISTED_GREETING = re.compile(r"[ \t]+([^\W\d_A-Z][^\W\d_]*)(?=\s*,)")
# Someone the writer serves in the same sentence: then what is on a screen may be them.
_SERVED = re.compile(rf"(?i)\b(?:{vocab.alternation('own_people')})s?\b")

# "patient" the adjective: "one very patient wife", "be patient", "patient with me": no one served.
_PATIENT_ADJECTIVE_BEFORE = re.compile(
    r"(?i)\b(?:very|so|too|more|most|less|be|being|been|stay|staying|remain|is|are|was|were|am|really|super|incredibly|"
    r"endlessly|infinitely|extremely)\s+$")


def patient_as_adjective(text: str, start: int, end: int) -> bool:
    return (text[start:end].lower() == "patient"
            and (_PATIENT_ADJECTIVE_BEFORE.search(text[max(0, start - 16) : start]) is not None
                 or text.startswith((" with", " and kind"), end)))


def _served_in(text: str, start: int, end: int) -> bool:
    return any(not patient_as_adjective(text, m.start(), m.end()) for m in _SERVED.finditer(text, start, end))


# A screen, a speaker or a following right after the name: "on TV", "on the big telly", "on repeat", "fans".
# An adverb of time may stand between: "Mariah Carey already on the office speaker", "Bluey again on the telly".
_ON_SCREEN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?i:already|still|again|now|back)\s+)?(?i:on\s+(?:tv|telly|repeat|loop|shuffle|spotify|netflix|youtube|replay|"
    r"the\s+(?:[\w-]+\s+)?(?:tv|telly|speakers?|stereo|aux|playlist))\b|"
    r"(?:super)?fans?\b|fan\s+forever\b|stans?\b)|-level\b"
)
# Someone speaking from a speaker is someone there: "Tom on the speaker again asking for the van keys".
_SPEAKING_AFTER = re.compile(
    r"(?:\s+[\w'’]+){0,2}?\s+(?i:asking|asked|asks|saying|said|says|telling|told|tells|shouting|shouted|calling|called|"
    r"calls|wanting|wants|wanted|requesting|needing|needs|looking\s+for|chasing)\b"
)
# A word of watching or listening right before it: "listening to", "blasting", "rewatching", "learned that from".
_WATCHED_BEFORE = re.compile(
    r"\b(?i:blasting|bumping|streaming|binge-?watching|binged|rewatching|re-watching|learned\s+(?:that|this|it)\s+from|"
    r"learnt\s+(?:that|this|it)\s+from)\s+(?:(?i:the)\s+)?(?:(?i:new|latest|old|last|first|final)\s+)?"
    # "binged the new season of Abbott Elementary", "rewatching series 2 of Derry Girls"
    r"(?:(?i:season|series|episodes?)(?:\s+\d+)?\s+(?i:of)\s+)?$"
)
# Plain "watching" before a person may be a child at play ("watching Amara in the nativity"), so it makes only what
# the model calls an organisation or a place something watched: a show, a team, a film industry.
_WATCHING_BEFORE = re.compile(r"\b(?i:watching|watched)\s+(?:(?i:the)\s+)?(?:(?i:new|latest|old)\s+)?$")
# A one-word name watched is a show only with the kind of show after it ("the new Nollywood film"): alone it may
# be a child the model calls an organisation ("watching Amara in the nativity").
_SHOW_AFTER = re.compile(r"(?:['’]s)?\s+(?i:film|films|movie|movies|show|series|episode|episodes|season|finale|documentary|match|game)\b")
# One listens to a colleague too ("listening to Kelechi moan about the rota"): "listening to" makes a name
# something heard only where nothing the person does follows: the sentence ends, an emoji, or the listening's
# own place or time ("listening to Burna Boy in the car", "... all day", "... while I mark").
_LISTENING_BEFORE = re.compile(r"\b(?i:listening|listened|listen)\s+to\s+(?:(?i:the)\s+)?(?:(?i:new|latest|old)\s+)?$")
_LISTENING_AFTER = re.compile(
    r"\s*(?:$|[!\n]|[^\w\s,.;:'’()\"“”-]|(?i:in\s+the\s+car|on\s+the\s+way|all\s+(?:day|night|week)|while|"
    r"at\s+full\s+volume|on\s+(?:the\s+)?(?:drive|commute|bus|train))\b)"
)


# A treat opening its sentence, by when or how it is had: "Prata time 🫓", "Kelewele after work, I deserve it",
# "Rendang for dinner", "Kelewele for the road", "Pepperpot leftovers for days", "Sinigang weather". Not "tonight" (a place or a person opens a sentence with it: "Maltby tonight").
_TREAT_AFTER = re.compile(
    r"(?:\s+(?:and|&|n)\s+[\w-]+)?\s+(?i:for\s+(?:breakfast|brekkie|lunch|dinner|tea|supper|brunch|dessert|pudding)\b|"
    r"time\s*(?:[:!]|[^\w\s.,;'’\"“”()-])|after\s+(?:work|school|shift|clinic|church|service)\b|"
    r"on\s+the\s+(?:stove|hob|grill|braai|fire|bbq|barbecue)\b|for\s+the\s+road\b|leftovers\b|"
    # "Sinigang weather in London ☔", "Soup weather": weather is named after what it makes one want to eat
    r"weather\b)"
)


# A dish served with another, in lowercase, opening its sentence: "Sadza and covo at home tonight", "Pancit and
# puto after Mass". A person goes with people ("Chiamaka and mum", "Tobi and the kids", "Ade and co"), with "I" or
# "me", or with what they do.
_WITH_A_DISH_AFTER = re.compile(r"\s+(?:and|&|n|with)\s+([a-z][a-z-]+)(?=[\s,.!;:]|$)")
_PEOPLE_WORDS = (vocab.words("person_words") | vocab.words("family_nouns") | vocab.words("group_people_words")
                 | vocab.words("informal_people_words") | vocab.words("occupations") | vocab.words("job_titles")
                 | {"co", "crew", "gang", "friends", "mates", "pals", "fam", "family", "everyone", "everybody", "all"})


def _with_a_dish(text: str, end: int) -> bool:
    m = _WITH_A_DISH_AFTER.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if len(word) < 3:
        return False  # "... and ul. Miła 53": an abbreviation of an address
    return (word not in lexicon.FUNCTION_WORDS and word not in _PEOPLE_WORDS and word.rstrip("s") not in _PEOPLE_WORDS
            and not word.endswith(("ed", "ing")))


def _treat(span: Span, text: str) -> bool:
    word = span.text.removesuffix("'s").removesuffix("’s").strip()
    if any(c.isspace() for c in word) or not word[:1].isupper() or lexicon.is_listed_as_name(word):
        return False  # one word: the model may take two lines' words together ("Fritz-Armstrong\nĐoko")
    lead = text[: span.start].rstrip(" \t")
    if lead and (lead[-1].isalnum() or lead[-1] in ",;:'’\"“(-"):
        return False  # not opening its sentence
    return _TREAT_AFTER.match(text, span.end) is not None or _with_a_dish(text, span.end)


# Greetings in a row, in lowercase after the first: "Kia ora, hola, sawubona, bonjour — our languages week display".
# A name said to someone with a comma goes on with a sentence ("Kelechi, if you're reading this"), not with a list
# of single words.
_MORE_GREETINGS = re.compile(r"(?:\s*,\s*[^\W\d_A-Z][^\W\d_]*){2,}\s*(?:,|—|–|-|!|:|$)")
# A greeting said to everyone, opening a sentence anywhere in the post: "Meri Kirihimete everyone, stay safe out
# there", "Eid Mubarak all!". A name is said to one person, not "Priya everyone".
_TO_ALL_AFTER = re.compile(
    r"[ \t]+(?i:everyone|everybody|all|folks|fam|whānau|whanau|y'all|friends)\s*(?:[,!.]|$|[^\w\s'’\"“(])"
)


def _sentence_opens(text: str, start: int) -> bool:
    lead = text[:start].rstrip(" \t")
    return not lead or lead[-1] in ".!?\n" or not (lead[-1].isalnum() or lead[-1] in ",;:'’\"“(-&+")


def _greeting(span: Span, text: str) -> bool:
    opens_post = not (text[: span.start].strip(" \t") and any(c.isalnum() for c in text[: span.start]))
    if not opens_post and not _sentence_opens(text, span.start):
        return False
    # the model may take only the greeting's first word ("Kia" of "Kia ora!"): the lowercase word after it is the
    # greeting's
    rest = _REST_OF_GREETING.match(text, span.end)
    if rest is None and not _TO_ALL_AFTER.match(text, span.end):
        rest = _REST_OF_LISTED_GREETING.match(text, span.end)
    words = _WORD.findall(span.text) + ([rest.group(1)] if rest else [])
    if not words or len(words) > _MAX_GREETING_WORDS or any(lexicon.is_listed_as_name(w) for w in words):
        return False
    after = rest.end() if rest else span.end
    if not opens_post:
        return _TO_ALL_AFTER.match(text, after) is not None
    if _CALLED_OUT.match(text, after) or _TO_ALL_AFTER.match(text, after):
        return True
    more = _MORE_GREETINGS.match(text, after)
    if more is None:
        return False
    # the words in the row are other languages' ("hola, sawubona"), not what a person did ("Kelechi ate, slept, left")
    listed = _WORD.findall(more.group()) + ([rest.group(1)] if rest else [])
    return sum(not lexicon.is_ordinary_word(w) for w in listed) * 2 > len(listed)


# How far either side of a span its sentence is read, at most: longer than any post's sentence, so that a pasted run
# of thousands of characters with no stop is not read whole again for every name in it.
_SENTENCE_REACH = 600


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    floor, limit = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    left = max(text.rfind(c, floor, start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, end, limit) for c in ".!?\n") if i >= 0]
    return max(left, floor), min(ends, default=limit)


def _named_again(span: Span, text: str) -> bool:
    """A word of the span stands elsewhere in the post: someone the post talks about ("You can tell Jouni was a huge
    Jouni Hahli fan"), not only a show or a star."""
    words = {w for w in _WORD.findall(span.text) if w[:1].isupper() and len(w) > 2}
    outside = text[: span.start] + " " + text[span.end :]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", outside) for w in words)


def _watched(span: Span, text: str) -> bool:
    if _SERVED.search(text, *_sentence(text, span.start, span.end)):
        return False  # "Saw my client dancing on a float at Carnival on TV": the show is where a client was seen
    inner = re.search(r"\s+(?i:on)\s", span.text)  # the model may take "on TV" into the name: "Karachi Kings on TV"
    screen = _ON_SCREEN_AFTER.match(text, span.start + inner.start()) if inner else _ON_SCREEN_AFTER.match(text, span.end)
    if screen and not _SPEAKING_AFTER.match(text, screen.end()) and not _named_again(span, text):
        return True
    before = text[max(0, span.start - 40) : span.start]
    if (span.entity_type in ("ORGANIZATION", "LOCATION") and _WATCHING_BEFORE.search(before)
            and (len(_WORD.findall(span.text)) >= 2 or _SHOW_AFTER.match(text, span.end))
            and not OWN_SETTING.search(text, *_sentence(text, span.start, span.end))):
        return True  # "Anyone else watching Grey's Anatomy", "watched the new Nollywood film": a show or a film
    return bool(_WATCHED_BEFORE.search(before) or (_LISTENING_BEFORE.search(before) and _LISTENING_AFTER.match(text, span.end)))


# What a body publishes or certifies, right after its name (perhaps after its initials in brackets or a
# possessive): "X reforms", "X guidance", "X (CIT) certification", "the X conference", "the X reference handbook",
# perhaps past two title words of it ("my AWS Solutions Architect Professional exam").
# Not a report, a curriculum or standards, which a school or a firm has of its own.
_PUBLISHED_AFTER = re.compile(
    r"(?:\s+of(?:\s+[A-Z][\w'’-]*)+)?(?:['’]s)?\s+(?:\([A-Z]{2,6}\)\s+)?(?:(?i:new|latest|annual|national|updated|draft)\s+)?"
    r"(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?i:reforms?|guidance|guidelines|"
    r"(?:reference\s+)?handbook|white\s+paper|green\s+paper|consultation|(?P<event>conference|congress|summit)|certification|"
    r"certificate|certs?|qualification|diploma|accreditation|credential|licensing\s+exam|exams?)\b(?!\s+(?i:rooms?|halls?|centres?|centers?|calls?|venue|desk))"
)
# The writer's own qualification, named by its awarding body's initials: "Finished my NVQ Level 3 in Health and
# Social Care", "passed my CIPD". Not a workplace's induction or placement ("Completed my ACME induction").
_OWN_QUALIFICATION_BEFORE = re.compile(r"\b(?i:finished|completed|passed|sat|earned|achieved|gained)\s+(?i:my)\s+$")
_INITIALS = re.compile(r"[A-Z]{2,6}\b")
_WORKPLACE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?i:induction|probation|placement|rotation|training|onboarding|shift|contract|interview|audit|review|job)\b"
)
_OWN_QUALIFICATION_LEAD = re.compile(r"(?i:finished|completed|passed)\s+(?i:my)\s+")
_BODY_KINDS = frozenset({"ORGANIZATION", "FACILITY"})
_OF_NAME_AFTER = re.compile(r"\s+of\s+[A-Z]")  # the rule may stop before it: "[NZ College] of Midwives"
# A body of one place or one employer: what it publishes names its area or the writer's workplace; a college or a
# university is a student's ("St Oran's College exams"), a college of a profession is the profession's.
_LOCAL_BODY = re.compile(
    r"(?i)\b(?:councils?|county|parish|borough|district|city|town|trust|credit\s+union|school|academy|hospital|clinic|"
    r"ward|practice|surgery|university|college(?!\s+of\b)|ltd|limited|inc|plc|llc)\b"
)


def _published(span: Span, text: str, people_named: bool = False) -> bool:
    if span.entity_type not in _BODY_KINDS:
        return False
    of_after = _OF_NAME_AFTER.match(text, span.end) is not None
    if span.entity_type == "FACILITY" and " of " not in span.text and not of_after:
        return False  # a school or a ward is a place, whatever it publishes; "the College of Midwives" is a body
    if _LOCAL_BODY.search(span.text + (" of" if of_after else "")):
        return False  # "Halverton Council's new guidance", "the Linden Trust conference": a local body names its area
    start = span.start
    lead = _OWN_QUALIFICATION_LEAD.match(span.text)  # the model took the verb in: "Completed my Crisis Intervention Team"
    if lead:
        start += lead.end()
    own = (_OWN_QUALIFICATION_BEFORE.search(text, max(0, start - 30), start) and _INITIALS.match(text, start)
           and not _WORKPLACE_AFTER.match(text, span.end))
    published = _PUBLISHED_AFTER.match(text, span.end)
    if published and published.group("event") and people_named:
        published = None  # "Kofi did it at the GhanaTech summit, slide for slide": an event in a story of someone
    if not (published or own):
        return False
    if _served_in(text, *_sentence(text, span.start, span.end)):
        return False  # "my client's NMC hearing guidance": a matter of someone the writer serves
    return not private_context(text, start, span.end)


# The writer's own new job, by its title: "started a new role as Clinical Nurse Manager", "promotion to Executive
# Officer", "my first job as Senior Data Analyst". The model takes title words for an organisation or a person.
_NEW_JOB_BEFORE = re.compile(
    r"\b(?i:(?:role|job|post|position)\s+as|promot(?:ed|ion)\s+to|appointed(?:\s+as)?|stepping\s+up\s+as)\s+(?:(?i:an?|the)\s+)?$"
)


def _own_job_title(span: Span, text: str) -> bool:
    """Every word of the span an everyday word no dictionary lists as a name, right after "a role as", "promotion
    to"... ("role as Priya" is no title)."""
    if span.entity_type not in _KINDS or not _NEW_JOB_BEFORE.search(text, max(0, span.start - 40), span.start):
        return False
    words = _WORD.findall(span.text)
    return bool(words) and all(lexicon.is_ordinary_word(w.lower()) and not lexicon.is_listed_as_name(w) for w in words)


# A costume is a character: "dressed as Mr Twit", "came as the Very Hungry Caterpillar", "went as Elsa". No one
# dresses as a private person they would name.
_COSTUME_BEFORE = re.compile(
    r"\b(?i:dressed(?:\s+up)?\s+as|(?:came|come|coming|went|go|going)\s+(?:dressed\s+)?as|costumes?\s+(?:of|as))\s+"
    r"(?:(?i:the|a|an)\s+)?$"
)
# A song by what is done with it: "every lyric to Wannabe", "sang Hawaiʻi Ponoʻī", "humming Delilah at 3am", "a pan-pipe cover of Wonderwall".
# Not "sang to Maisie" (a person sung to): the cue must stand right before the name.
_SUNG_BEFORE = re.compile(
    r"\b(?i:sang|sing|sings|singing|humming|hummed|hum|whistling|belt(?:ed|ing)?\s+out|belted|belting|lyrics?\s+(?:to|of)|(?:a|the|an?\s+[\w-]+)\s+cover\s+of|"
    r"karaoke\s+version\s+of)\s+(?:(?i:the)\s+)?['‘\"“]?$"
)
# Someone sung to, not a song: "sang Maisie a lullaby", "sing Kayden to sleep", "sang Nana happy birthday".
# The model may take the first name alone: "sang [Dorota] Wiśniewska a lullaby".
_SUNG_TO_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*)*\s+(?i:a|an|the|some|to\s+sleep|happy\s+birthday|her|his|their|our|my)\b")
# Many of one name, counted, in a post about dressing up: "11 Harry Potters, 6 Elsas" on World Book Day. A count of
# two or more before a name in the plural, where costumes are, is characters. Elsewhere the same shape is a family
# ("all 3 Okafors came in", "the 2 Hendersons"), so the post must say it is about costumes, and "the" or a possessive
# before the count still makes it a family.
# The model may take the last word alone: "4 Willy [Wonkas]".
_COUNT_BEFORE = re.compile(
    r"(?<![\w'’])(?:[2-9]|[1-9]\d+|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?:[A-Z][\w'’-]*\s+)?$"
)
_FAMILY_BEFORE_COUNT = re.compile(r"(?i:\bthe|['’]s|\bmy|\bour|\bher|\bhis|\btheir)\s+\S+\s+(?:[A-Z][\w'’-]*\s+)?$")
_COSTUME_POST = re.compile(
    r"(?i)\b(?:costumes?|fancy\s+dress|dress(?:ed|ing)?[\s-]up|dressed\s+as|book\s+day|book\s+week|halloween|cosplay|"
    r"came\s+as|went\s+as)\b"
)


def _costume_song_or_many(span: Span, text: str) -> bool:
    if _SERVED.search(text, *_sentence(text, span.start, span.end)):
        return False  # "my client came as her sister's carer": someone the writer serves is in the sentence
    before = text[max(0, span.start - 40) : span.start]
    if re.match(r"['’]s\b", text[span.end : span.end + 3]):
        return False  # "dressed as Sarah's bridesmaid", "sang Kofi's favourite": a person's
    if _COSTUME_BEFORE.search(before) or (_SUNG_BEFORE.search(before) and not _SUNG_TO_AFTER.match(text, span.end)):
        return True
    words = _WORD.findall(span.text)
    return (bool(words) and words[-1].endswith("s") and words[-1][:1].isupper() and not words[-1].isupper()
            and _COUNT_BEFORE.search(before) is not None and not _FAMILY_BEFORE_COUNT.search(before)
            and _COSTUME_POST.search(text) is not None)


# A clock time right before the span: "9.30", "3pm", "10:00", "9am".
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?i:am|pm|a\.m\.|p\.m\.)?\s+$")


@functools.cache
def _zone_abbreviations() -> frozenset[str]:
    """The alphabetic zone abbreviations the tz database uses in winter and summer ("IST", "GMT", "AEST", "WAT");
    none where the system has no tz database."""
    names = set()
    try:
        zones = zoneinfo.available_timezones()
    except Exception:  # pragma: no cover - no tz database on this system
        return frozenset()
    for zone in zones:
        try:
            tz = zoneinfo.ZoneInfo(zone)
        except Exception:  # pragma: no cover - a broken zone file
            continue
        for month in (1, 7):
            name = datetime.datetime(2025, month, 15, 12, tzinfo=tz).tzname()
            if name and name.isalpha() and name.isupper():
                names.add(name)
    return frozenset(names)


def _time_zone(span: Span, text: str) -> bool:
    return (span.text in _zone_abbreviations()
            and _CLOCK_BEFORE.search(text, max(0, span.start - 12), span.start) is not None)


# An acronym as written in a list ("NBCC", "CrPC", "BNSS"): two capitals at least, no more than six letters.
_ACRONYM_ITEM = r"(?:[A-Z][A-Za-z]{0,5}[A-Z][A-Za-z]{0,3}\d{0,2})"
_LIST_ITEM = r"(?:[A-Z][A-Za-z]{1,14}\d{0,2})"
# Items joined by commas, question marks, slashes, "and", "or" or "&".
_LIST_JOIN = r"(?:\s*[,?/;]\s*(?:(?:and|or)\s+)?|\s+(?:and|or|&)\s+)"
_ITEM_LIST = re.compile(rf"(?<![\w'’-]){_LIST_ITEM}(?:{_LIST_JOIN}{_LIST_ITEM}){{2,}}(?![\w'’-])")
_IS_ACRONYM = re.compile(_ACRONYM_ITEM)


@functools.lru_cache(maxsize=4)  # asked once per span of a post: the post is read for lists once
def _item_lists(text: str) -> tuple[re.Match, ...]:
    return tuple(_ITEM_LIST.finditer(text))


def _listed_initials(span: Span, text: str) -> bool:
    if span.entity_type not in _BODY_KINDS | {"PERSON"}:
        return False
    for m in _item_lists(text):
        if m.start() <= span.start and span.end <= m.end():
            items = re.findall(_LIST_ITEM, m.group(0))
            acronyms = [w for w in items if _IS_ACRONYM.fullmatch(w)]
            # acronyms, or acronyms and everyday words ("IPC, CrPC and Evidence"), not names ("NHS, Tom and Ravi")
            if len(acronyms) < 2 or not all(w in acronyms or (lexicon.is_ordinary_word(w.lower())
                                                              and not lexicon.is_listed_as_name(w)) for w in items):
                return False
            if _SERVED.search(text, *_sentence(text, m.start(), m.end())):
                return False
            return not private_context(text, m.start(), m.end())
    return False


# What only a public work or a public event has, right after its name: "Eras Tour tickets? No.", "a week of fish n
# chips and Dracula walking tours", "the Barbie soundtrack". A person's concert or album is theirs in the possessive
# ("Tobi's concert"), which keeps the name; so does a name given the tickets ("got Amara tickets for her birthday");
# "tours" alone is also what a person does ("Jenna tours the unit with families").
_PUBLIC_WORK_AFTER = re.compile(
    r"\s+(?i:tickets|(?:walking|bus|studio|ghost|guided)\s+tours?|soundtrack|box\s?set|trilogy|sequel|prequel|fandom|merch|"
    r"spoilers|reboot|remake)\b"
)
_GIVEN_BEFORE = re.compile(r"\b(?i:got|get|getting|bought|buy|buying|gave|give|giving|booked|book|sent|send|grabbed|"
                           r"grab|won|win|treated|treat|surprised)\s+$")


def _public_work(span: Span, text: str) -> bool:
    if not span.text[:1].isupper() or span.text.endswith(("'s", "’s")) or not _PUBLIC_WORK_AFTER.match(text, span.end):
        return False
    if _GIVEN_BEFORE.search(text, max(0, span.start - 16), span.start):
        return False
    return not _SERVED.search(text, *_sentence(text, span.start, span.end))


# A show by its viewing, right after its name: "a 4am Coronation Street binge", "the Holby City omnibus", "an
# EastEnders rerun". A name of two words or more, of any kind the model gives it (a soap named like a road is read
# as a street, one named like a hospital as a facility): one watches a show, not a road, a ward or a person.
_VIEWING_AFTER = re.compile(
    r"(?:['’]s)?\s+(?i:binge|binges|binged|binge-?watch|rewatch|re-watch|rerun|reruns|repeats|omnibus|box\s*set|"
    r"christmas\s+special|season\s+finale|series\s+finale)\b")
_VIEWED_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "STREET_ADDRESS", "FACILITY"})


def _viewed_show(span: Span, text: str) -> bool:
    return (span.entity_type in _VIEWED_KINDS and len(_WORD.findall(span.text)) >= 2
            and _VIEWING_AFTER.match(text, span.end) is not None
            and not _SERVED.search(text, *_sentence(text, span.start, span.end)))


def _watched_show_facility(span: Span, text: str) -> bool:
    """A school or a hospital that is a show, by a word of watching right before it: "binged the new season of Abbott
    Elementary"."""
    return (span.entity_type == "FACILITY" and _WATCHED_BEFORE.search(text[max(0, span.start - 50) : span.start]) is not None
            and not _SERVED.search(text, *_sentence(text, span.start, span.end)))


# An acronym read by the slot it stands in (data/public_acronym_slots.txt): before what a regulator issues or a
# public service runs, or what a field's term qualifies ("SEBI's new F&O rules", "ICAI website crashed", "ESG
# reporting", "CLM vendor booths"), or on air ("been on KOMO all week", "the mold story on KOMO"). An acronym of a
# client or an employer is told by the words around it ("our client BRK's website", "Ward 7B at SJH"), and a
# sentence with someone the writer serves keeps it.
_ACRONYM_SPAN = re.compile(r"[A-Z][A-Z&]{1,5}s?")
_PUBLIC_SLOT_AFTER = re.compile(rf"\s+{vocab.alternation('public_acronym_slots')}\b")
# "under GES investigation": the body that investigates, whoever "our" is before ("Our school is under ...")
_UNDER_BEFORE = re.compile(r"\b(?i:under)\s+(?:(?i:an?|the)\s+)?$")
_INQUIRY_AFTER = re.compile(r"\s+(?i:investigation|probe|inquiry|enquiry|scrutiny|review)\b")
_ON_AIR_AFTER = re.compile(r"\s+(?i:all\s+(?:week|day|night|morning)|last\s+night|this\s+morning|tonight)\b")
_ON_AIR_BEFORE = re.compile(r"\b(?i:(?:story|piece|segment|report|interview|item|feature|clip)\s+on|been\s+on|was\s+on)\s+$")


# The model may take lowercase words of the clause into the acronym's span ("ya hii TSC circular"): the acronym
# is the span's last word.
_LOWER_LEAD = re.compile(r"(?:[a-z][\w'’-]*\s+)+")
# "free again this year under the NIP.", "covered under the NDIS,": a scheme or a law one is covered by, closing
# its clause. A client or an employer is worked for, not under.
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$|[^\w\s'’\"“(-])")


# An acronym joined to a participle, which makes it say what kind of thing or person: "every EMI-paying uncle",
# "GDPR-compliant forms", "NHS-funded places", "a DBS-checked volunteer". A client is named, not made a kind.
_HYPHENED_AFTER = re.compile(r"-[a-z]{2,}(?:ing|ed|compliant|approved|free|friendly|certified|registered|accredited)\b")


def _acronym_in_public_slot(span: Span, text: str) -> bool:
    if span.entity_type not in _KINDS:
        return False
    start = span.start
    lead = _LOWER_LEAD.match(span.text)
    if lead:
        start += lead.end()
    if not _ACRONYM_SPAN.fullmatch(text, start, span.end):
        return False
    if _served_in(text, *_sentence(text, span.start, span.end)):
        return False
    before = text[max(0, start - 30) : start]
    if _UNDER_BEFORE.search(before) and (_INQUIRY_AFTER.match(text, span.end) or (
            _CLAUSE_END.match(text, span.end) and len(span.text) - (start - span.start) >= 3
            and not private_context(text, start, span.end))):
        return True
    aired = _ON_AIR_BEFORE.search(before) or (before.endswith(("on ", "On ")) and _ON_AIR_AFTER.match(text, span.end))
    if not (aired or _PUBLIC_SLOT_AFTER.match(text, span.end) or _HYPHENED_AFTER.match(text, span.end)):
        return False
    return not private_context(text, start, span.end)


# A ticker moving on the market: "NVDA up another 4% premarket", "$TSLA down 6%", "AAPL shares", "bought PLTR at $12".
# A stock symbol names a listed company by its price, which every financial page prints; an employer or a client is
# not named by its ticker and a move. Not a business's own measure by its initials ("ARR up 20%").
_TICKER_SPAN = re.compile(r"\$?[A-Z]{2,5}")
_TICKER_MOVE_AFTER = re.compile(
    r"(?:\s+(?:is\s+|was\s+|just\s+)?(?:up|down)\s+(?:another\s+|a\s+further\s+)?[+-]?\d[\d.]*\s?%|\s+(?:shares|stock|calls|puts)\b)"
)
_METRICS = vocab.words("metric_acronyms")


def _ticker_move(span: Span, text: str) -> bool:
    if span.entity_type != "ORGANIZATION" or not _TICKER_SPAN.fullmatch(span.text) or span.text.strip("$").lower() in _METRICS:
        return False
    return (_TICKER_MOVE_AFTER.match(text, span.end) is not None or span.text.startswith("$")) and not private_context(text, span.start, span.end)


# An acronym an amount is the size of: "approved a $280k HELOC", "a £2m IPO", "a 40 lakh FD" (or "a large HELOC").
# What a sum buys or funds is a product or a deal said by its initials, not a company's name.
_AMOUNT_BEFORE = re.compile(r"(?:[$£€¥₹₦₱]\s?|\b)\d[\d,.]*\s?(?i:k|m|mn|bn|b|mil|million|billion|thousand|lakhs?|crores?|cr)?\s+$")


def _sized_by_an_amount(span: Span, text: str) -> bool:
    if span.entity_type != "ORGANIZATION" or not re.fullmatch(r"[A-Z]{2,6}s?", span.text):
        return False
    before = text[max(0, span.start - 20) : span.start]
    if re.search(r"\b(?i:a)\s+large\s+$", before):
        return True  # the amount already said by its size ("approved a large HELOC", the rewrite read again)
    return _AMOUNT_BEFORE.search(before) is not None and re.search(r"[$£€¥₹₦₱]|\d\s?(?i:k|m|mn|bn|b|mil|million|billion|thousand|lakhs?|crores?|cr)\s+$", before) is not None


# A public owner's service, programme, regional board or feature, named with the owner's listed name first or in the
# possessive before it: "IRS Direct File covers more states", "my NHS Lanarkshire lanyard", "Figma's Dev Mode",
# "Google Sheets". A national body (public_bodies.txt, national_bodies.txt), a listed brand or company, or a
# software product serves a whole country or market, and so does what it runs under its name; a region after a
# national body ("NHS Lanarkshire", "HSE West") is its board for millions. The rest of the name is everyday words
# (or, after a body, one word no one is named), and the words around it must not make it a client, an employer's
# site or a matter of someone the writer serves ("our client Tesco Extra", "the NHS Fife ward where my patient").
_OWNERS = PUBLIC_BODIES | BRANDS | SOFTWARE
# The owner right before the span, perhaps in the possessive: the model often leaves a listed name out of its span
# ("IRS [Direct File]", "Figma's [Dev Mode]").
_OWNER_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)(?:['’]s)?\s+$")
_NAME_WORD = re.compile(r"[A-Z][a-z]+|&|and")
_COMPANY_ENDINGS = vocab.words("company_name_endings") | vocab.words("strong_company_words")
# Words that make a name a place or a building (data/facility_kinds.txt's keys, street types): "Court", "Lodge", "House".
_PLACE_WORDS = (frozenset(k.strip() for line in vocab.entries("facility_kinds") for k in line.rpartition(":")[0].split(",")
                          if " " not in k.strip())
                | frozenset(w.lower() for w in vocab.words("street_types"))
                | frozenset("house home court lodge manor villa towers tower flats building place centre center farm".split()))
_REGION_WORD = re.compile(r"[A-Z][a-z]{2,}")


def _everyday_name_words(words: list[str]) -> bool:
    return (1 <= len([w for w in words if w not in ("&", "and")]) <= 3 and words[0] not in ("&", "and") and words[-1] not in ("&", "and")
            and all(_NAME_WORD.fullmatch(w) and (w in ("&", "and") or (lexicon.is_ordinary_word(w.lower())
                                                                        and not lexicon.is_listed_as_name(w)))
                    for w in words))


def _owned_by_public_name(span: Span, text: str) -> bool:
    if span.entity_type not in _KINDS:
        return False
    words = span.text.removesuffix("'s").removesuffix("’s").split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    before = _OWNER_BEFORE.search(text, max(0, span.start - 30), span.start)
    owner = ""
    possessive = bool(before) and before.group(0).rstrip().endswith(("'s", "’s"))
    # a brand or a product owns a feature in the possessive ("Figma's Dev Mode"); right before a name without one,
    # only a national body does ("IRS [Direct File]"): "the Garmin Orchestra" is a body of its own
    owners = _OWNERS if possessive else PUBLIC_BODIES
    if before and before.group(1) in owners:
        owner, rest = before.group(1), words
    elif before and before.group(1).split()[-1] in owners:
        owner, rest = before.group(1).split()[-1], words
    else:
        cut = next((k for k in (2, 1) if len(words) > k and " ".join(words[:k]) in _OWNERS), 0)
        if not cut:
            return False
        owner, rest = " ".join(words[:cut]), words[cut:]
        if owner not in PUBLIC_BODIES:
            # a firm or a body may open its name with a brand's word ("Azure Sands Properties", "Unity Court", "the
            # Garmin Orchestra"): only a national body's name leads its services'
            return False
    if (owner in PUBLIC_BODIES and len(rest) == 1 and _REGION_WORD.fullmatch(rest[0])
            and not lexicon.is_listed_as_name(rest[0]) and rest[0] not in BIG_REGIONS and rest[0] not in COUNTRIES):
        # "NHS Lanarkshire", "HSE West": a national body's board for a region; a nation's own is read elsewhere, and a
        # broadcaster's newsroom for a nation ("BBC Scotland") may be where a story ran
        rest = []
    elif owner in PUBLIC_BODIES and len(rest) == 1 and (rest[0] in BIG_REGIONS or rest[0] in COUNTRIES):
        return False  # "the one on BBC Wales": a nation's newsroom, where a story ran, is read by the story rules
    if rest and not _everyday_name_words(rest):
        return False
    if any(w.lower() in _PLACE_WORDS or w in _COMPANY_ENDINGS for w in rest):
        return False  # "Unity Court", "Apple Lodge": a building or a home named after a word a brand also is
    if _served_in(text, *_sentence(text, span.start, span.end)):
        return False
    start = before.start(1) + max(0, span.start - 30) if before and owner else span.start
    return not private_context(text, min(start, span.start), span.end)


# A service one signs into, named in everyday words: "now My Business Account won't let me log in", "the Patient
# Portal password reset again". A private firm named in everyday words is not what one logs into; the writer's own
# employer's system is told by "our", "work" around it (private_context).
_SIGN_IN = re.compile(
    r"(?i)\b(?:log(?:ged|ging|s)?[\s-]?(?:in|on|out)|login|sign(?:ed|ing|s)?[\s-]?(?:in|on)|passwords?|locked\s+out|2fa|mfa|"
    r"one-time\s+(?:code|password)|otp)\b")


def _signed_into(span: Span, text: str) -> bool:
    if span.entity_type not in _KINDS:
        return False
    words = span.text.split()
    if len(words) < 2 or not _everyday_name_words(words[1:] if words[0] in ("My", "the", "The") else words):
        return False
    left, right = _sentence(text, span.start, span.end)
    if not _SIGN_IN.search(text, left, right) or _served_in(text, left, right):
        return False
    return not private_context(text, span.start, span.end)


# A listed product or brand in the plural: "too many PowerPoints", "two Teslas in the car park", "a stack of
# Kindles". A firm is one; its products are counted.
def _products_counted(span: Span, text: str) -> bool:
    name = span.text.strip()
    if span.entity_type not in _KINDS or " " in name or len(name) < 5 or not name.endswith("s") or name.endswith("'s"):
        return False
    single = name[:-1]
    if single not in BRANDS and single not in SOFTWARE:
        return False
    return not private_context(text, span.start, span.end)


# A medicine's brand by the medicine beside it: "generic paracetamol and Biogesic are the same", "Calpol or
# ibuprofen", "Panadol vs paracetamol": a listed medicine joined to the name by "and", "or", "vs" or a slash makes
# the name one too, which is sold to millions. A person is not joined to a drug so.
_MEDICINES = frozenset(w.lower() for w in vocab.words("medicines"))
_MEDICINE_BEFORE = re.compile(r"([A-Za-z][\w-]*)\s*(?:\s(?i:and|or|vs\.?|versus)\s|/|,)\s*$")
_MEDICINE_AFTER = re.compile(r"\s*(?:\s(?i:and|or|vs\.?|versus)\s|/|,)\s*([A-Za-z][\w-]*)")


def _beside_a_medicine(span: Span, text: str) -> bool:
    if span.entity_type not in _KINDS or " " in span.text.strip():
        return False
    before = _MEDICINE_BEFORE.search(text, max(0, span.start - 30), span.start)
    after = _MEDICINE_AFTER.match(text, span.end)
    if not any(m and m.group(1).lower() in _MEDICINES for m in (before, after)):
        return False
    return not _served_in(text, *_sentence(text, span.start, span.end))


# A subject studied, after what one studies it for: "Passed my Level 3 Diploma in Health & Social Care", "a degree in
# Business Studies", "my MSc in Public Health". A subject in everyday words is taught everywhere; a school is where
# one studies ("at"), not what ("in").
_STUDIED_IN_BEFORE = re.compile(
    r"\b(?i:diploma|degree|certificate|cert|course|masters?|msc|bsc|ba|ma|mba|phd|doctorate|nvq|svq|btec|hnd|hnc|"
    r"qualification|level\s+\d|postgrad\w*|apprenticeship|module|major(?:ing|ed)?|minor|graduated?|specialis\w+|"
    r"specializ\w+)\s+(?i:in)\s+$")


def _subject_studied(span: Span, text: str) -> bool:
    if span.entity_type not in _KINDS or not _STUDIED_IN_BEFORE.search(text, max(0, span.start - 40), span.start):
        return False
    return _everyday_name_words(span.text.split()) and not private_context(text, span.start, span.end)


# A title used alone for the one who holds it: "don't tell Matron", "Only joking Matron x", "Coach says rest". A
# title names a role (data/name_titles.txt: "the word alone identifies nobody"); the name after it is what would.
# Kin words are left out: "Baba", "Mama", "Nana" are given names too ("What's your last name? Baba").
_TITLE_WORDS = (frozenset(k.strip() for line in vocab.entries("name_titles") for k in line.rpartition(":")[0].split(","))
                - {w.lower() for w in vocab.words("family_nouns") | vocab.words("kin_titles") | vocab.words("kin_words_as_names")}
                - {"baba", "mama", "papa", "maami", "iya", "mummy", "mommy", "daddy", "gogo", "kuia", "koro", "nonna",
                   "opanyin", "alhaji", "begum", "madam", "mdm", "señora", "senhora", "signora", "doña"})


def _title_alone(span: Span, text: str) -> bool:
    word = span.text.strip()
    return (span.entity_type in _KINDS and word.isalpha() and word[:1].isupper() and word[1:].islower()
            and word.lower() in _TITLE_WORDS and not lexicon.is_listed_as_name(word)
            # not before a name ("Sgt. Brown"), nor owning what a story is about ("Pastor's Range Rover is in the
            # books"), nor a nickname given ("let's call him Captain")
            and re.match(r"\s+[A-Z]|['’]s\b", text[span.end :]) is None
            and not (word.lower() in _TITLE_ABBREVIATIONS and re.match(r"\.\s*[A-Z]", text[span.end :]))
            and not _NICKNAMED_BEFORE.search(text, max(0, span.start - 30), span.start))


_TITLE_ABBREVIATIONS = frozenset({"sgt", "capt", "insp", "rev", "fr", "sr", "cllr", "pt"})
_NICKNAMED_BEFORE = re.compile(
    r"\b(?i:call|calls|called|calling|nickname|nicknamed|known\s+as|named|goes\s+by)\s+(?:(?i:him|her|them|me|us)\s+)?['‘\"“]?$")


def _no_letter(span: Span, text: str) -> bool:
    """A name guess with no letter in it, before a lowercase noun ("~180" in "layoffs next week, ~180 ppl"): a count,
    no one's name (not "my zip code is 880", a code the address keeps)."""
    return (span.entity_type in _KINDS and not any(c.isalpha() for c in span.text)
            and re.match(r"[ \t]+[a-z]", text[span.end:]) is not None)


# A vendor's certification, the vendor's listed name first and the certified role right after the span: "passed my
# AWS Solutions Architect", "the Azure Administrator Associate exam", "Salesforce Platform Developer I" (the model or
# the company rule reads "Solutions" or "Platform" as a firm's). Thousands hold each; a firm named after a brand's
# word ("Azure Sands Properties") has no certified role after it, and a client's ("our client AWS Solutions") is read
# by the private context.
_CERTIFIED_ROLE_AFTER = re.compile(
    r"\s+(?:Architect|Associate|Practitioner|Developer|Administrator|Specialist|Professional|Expert|Engineer|"
    r"Consultant|Analyst)s?\b")
_VENDORS = BRANDS | SOFTWARE


def _vendor_certification(span: Span, text: str) -> bool:
    if span.entity_type not in _KINDS:
        return False
    words = span.text.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    if len(words) < 2 or words[0] not in _VENDORS or not _CERTIFIED_ROLE_AFTER.match(text, span.end):
        return False
    return _everyday_name_words(words[1:]) and not private_context(text, span.start, span.end)


def is_public_by_context(span: Span, text: str, people_named: bool = False) -> bool:
    """The sentence makes ``span`` (a name guess) a greeting to the readers, something watched or heard, a treat, or
    a body by what it publishes (``people_named``: the post names someone, so an event may be where their story
    happened)."""
    return (_no_letter(span, text) or span.entity_type in _KINDS and (_greeting(span, text) or _watched(span, text) or _treat(span, text)
                                            or _own_job_title(span, text) or _costume_song_or_many(span, text)
                                            or _time_zone(span, text) or _public_work(span, text))
            or _published(span, text, people_named) or _listed_initials(span, text) or _watched_show_facility(span, text)
            or _viewed_show(span, text)
            or _acronym_in_public_slot(span, text) or _ticker_move(span, text) or _sized_by_an_amount(span, text)
            or _owned_by_public_name(span, text) or _signed_into(span, text) or _products_counted(span, text)
            or _beside_a_medicine(span, text) or _subject_studied(span, text) or _title_alone(span, text)
            or _vendor_certification(span, text))


def outside_public_context(spans: list[Span], text: str) -> list[Span]:
    people_named = any(s.entity_type == "PERSON" for s in spans)
    return [s for s in spans if not is_public_by_context(s, text, people_named)]
