"""news_event: a story that is, or will be, in the news.

Readers who saw the news can match "the lad from the crash you've all seen on the news" to a real person
however carefully the names are left out. Raised when the post says its story is public (on the news,
in the papers, viral, everyone's sharing it) or points at a specific public event (the Kilmore bus crash,
the stabbing on the high street last week, "That fraud story ...?"), and the writer was part of it or
writes about someone in it; a specific event also when the writer takes part in a case about it
("Expert witness in the Fenwick murder trial"). Public news the writer only watched raises nothing.
"""

from __future__ import annotations

import re

from .. import vocab
from .context import PLURAL_MENTION, Post, within
from .general_events import general_event
from .ongoing_case import public_law
from .rule import Rule

# "the Kilmore bus crash", "the Ashgrove Tower fire": capitalised words and up to two ordinary ones before the incident.
# A full stop inside a name only in a short title or initials ("St. Kilda", "the U.S. Open"): a word that ends a
# sentence ends the name ("talk to the Irish Times. Feels like a cover-up" is no "Irish Times ... cover-up" event).
_NAMED_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:(?!(?:A|An|The|This|That|My|Our|I|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)(?:day)?\b)"
    r"(?:(?:St|Mt|Ft|Dr|Mr|Mrs|Ms|Jr|Sr)\.|(?:[A-Z]\.){2,}|[A-Z][\w'’&-]*)\s+(?:\d{1,4}[A-Za-z]?\s+)?){1,4}"
    r"(?:[a-z][\w-]*\s+){0,2}$"
)
# (Other Englishes' words for "on", "in", "the" and "last": "di bus crash pon Mount Rosser las week", "di fire
# inna Spanish Town", Nigerian Pidgin "the tanker crash for Onitsha road yesterday"; and a bare weekday, as a
# news story is dated: "the stabbing ... in Bridgetown Tuesday".)
# (A name may hold a number: "the Route 9 crash", "the Ward 4 fire" as _NAMED_BEFORE reads them, session 41.)
_WHEN = re.compile(
    r"(?i)\s*(?:(?:on|at|in|near|outside|by|off|down|pon|inna|ina|for)\s+(?:the\s+|di\s+)?[\w'’ -]{2,30}?\s+)?"
    r"(?:las(?:t)?\s+(?:night|nite|week|wk|weekend|month|year|\w+day)|this\s+(?:morning|week|weekend)|yesterday|"
    r"on\s+\w+day|over\s+the\s+weekend|at\s+the\s+weekend|earlier\s+this\s+\w+|a\s+few\s+(?:days|weeks)\s+ago|"
    r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?!\s*[,:]?\s*(?-i:[A-Z])))\b"
)
# "the coach crash on the A38", "the fire at Westfield", "the stabbing outside the Red Lion": a place that
# names the event.
_PLACED = re.compile(r"\s+(?:(?:out|up|down|over)\s+)?(?:on|at|in|near|outside|behind|opposite|pon|inna)\s+(?:the\s+|di\s+)?(?:[AMNI]-?\d{1,4}\b|(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)")
# "last week's Orchard Rd escalator incident": a place's name may stand between.
_WHEN_BEFORE = re.compile(r"(?i)\b(?:last\s+night|yesterday|last\s+week|the\s+weekend|saturday|sunday|friday)['’]s\s+(?:[\w'’-]+\s+){0,3}$")
# "That fraud story all over the FT this week?", "The teenager who survived ... plane crash?": the post
# points at a story its readers are expected to know.
_KNOWN_STORY = re.compile(r"\s*(?:That|The)\s+(?:[^\s?]+\s+){3,30}?[^\s?]+\s*\?")
# The last word of a newspaper's name: "the Western Mail", "the Limerick Leader".
_PAPER = (
    r"(?:Mail|Times|Post|Herald|Gazette|Echo|Chronicle|Journal|Courier|Standard|Express|Record|Argus|Examiner|"
    r"Observer|Telegraph|Tele|Independent|Mirror|News|Tribune|Press|Sentinel|Advertiser|Leader|Bulletin)"
)
# A newspaper or programme by its name: "in the Western Mail", "all over the Echo", "on Look North".
_OUTLET = re.compile(
    r"\b(?i:in|on|all\s+over|made|hit|from)\s+(?:the\s+)?(?:[A-Z][\w'’]+\s+){0,2}" + _PAPER + r"\b"
    r"(?!\s+(?:[A-Z]|&))"  # a longer name is no outlet: "the Post Office", "the Mail Centre"
)
# What every match of _OUTLET holds (case and all): a scan for it first runs fast, while _OUTLET is tried at
# every word (~20 µs a post).
_PAPER_WORD = re.compile(_PAPER)
# A local paper, news site or station by its town or its letters, the kind word in lowercase: "that made WWL news",
# "all over the Amarillo paper", "on every Welsh news site", "the story in the Ennis paper" (not "the Sunday paper").
_LOCAL_OUTLET = re.compile(
    r"\b(?i:in|on|all\s+over|made|hit|from)\s+(?i:the\s+|every\s+|all\s+the\s+)?(?!(?:The|A|An|My|Our|This|That|Sunday|Saturday|Weekend|Daily|Morning|Evening)\b)"
    r"(?:[A-Z][\w'’]+\s+){1,2}(?:paper|papers|newspaper|news\s+sites?|news|radio)\b"
)
# A story placed on a channel or paper by its name, which no list can hold: "whose story was on Citizen
# last night", "the tavern shooting on eNCA", "the boda thieves case on NTV?", "the floods you saw on Geo",
# "the boy they showed on 9 News", "all over di Gleaner". The name is capitalised or an acronym, and no day,
# month or platform everybody uses ("on Facebook" is another rule's: a photo or a sharing).
_DAYS_MONTHS = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Christmas|Easter|Eid|Diwali|Divali|Deepavali)s?"
)
_PLATFORMS = "|".join(sorted((re.escape(p) for p in vocab.words("platforms")), key=len, reverse=True))
_ON_CHANNEL = re.compile(
    r"\b(?i:story|stories|video|videos|footage|clip|report|interview|segment|piece|feature|coverage|case|crash|fire|"
    r"shooting|stabbing|accident|saw|seen|see|watched|shown|showed|featured|aired|trending|viral|all\s+over|caught|was|were|been|appeared)\b"
    r"(?:\s+[\w'’]+){0,4}?\s+(?i:on|pon|in|from|all\s+over)\s+(?:(?i:the|di|de)\s+)?"
    rf"(?!{_DAYS_MONTHS}\b)(?!(?i:{_PLATFORMS})\b)"
    r"(?P<outlet>[A-Z][\w'’-]*(?:\s+(?:News|TV|Radio|FM|Online))?|\d{1,2}\s+(?:News|TV)|[a-z]{1,2}[A-Z]{2,}[\w-]*)"
)
# A paper's piece by the paper's name: "the Limerick Leader piece", "a Courier article about him".
_PAPER_PIECE = re.compile(
    r"\b(?:[Tt]he|[Aa]|[Tt]hat|[Tt]his)\s+(?:[A-Z][\w'’]+\s+){0,2}" + _PAPER +
    r"\s+(?i:piece|article|story|report|headline|front\s+page|column|write[\s-]?up|feature|interview)\b"
)
_MEDIA = (
    r"(?:(?:local|national|evening|regional)\s+)?(?:news|papers?|headlines|telly|tv|radio|socials|social\s+media|"
    r"facebook|twitter|tiktok|instagram|internet|online|bbc|press)"
)
# The exposure said as a clause the rewrite can lose: "(the crash) that's all over the news",
# "(the crash) you've all seen on the news", "which went viral".
_DROPPABLE = re.compile(
    r"(?i)(?:\b(?:that|which|who)(?:['’]s|\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been|made|hit))?\s+"
    rf"(?:(?:all\s+over|on|in)\s+(?:the\s+)?{_MEDIA}|(?:went|gone|going)\s+viral|made\s+(?:the\s+)?(?:news|headlines|papers))"
    r"|\byou(?:['’]ve|\s+have|['’]ll\s+have|\s+will\s+have|\s+may\s+have|\s+might\s+have)?(?:\s+(?:all|probably|prob|already))?"
    rf"\s+(?:seen|heard|read|saw)(?:\s+about)?(?:\s+(?:it|this|that|them|him|her))?(?:\s+(?:all\s+over|on|in)\s+(?:the\s+)?{_MEDIA})?"
    rf"|\bas\s+seen\s+on\s+(?:the\s+)?{_MEDIA})"
)
_WHOLE_SENTENCE = re.compile(
    r"(?i)\W*(?:it|this|that|she|he|they)(?:['’](?:s|ve)(?:\s+been)?|\s+(?:is|was|were|are|has\s+been|have\s+been|went|made|hit))\s+"
    rf"(?:(?:all\s+over|on|in)\s+(?:the\s+)?{_MEDIA}|(?:went\s+)?viral|(?:the\s+)?(?:news|headlines|papers))\W*"
)


# Television as where a kind of thing is seen, not a story that was on it: "only existed on the telly",
# "like something off the telly", "like you see on TV".
_ONLY_ON_SCREEN = re.compile(
    r"(?i)\b(?:only\s+(?:ever\s+)?(?:existed|exist|exists|happen(?:ed|s)?|see\s+(?:them|it|that))?|existed|like\s+(?:you\s+see\s+|something\s+)?)\s*$"
)


# What a broadcast carries or everybody talks about when it is a show, not a story: a performer, a band, a
# team, a match or music ("Dolly Parton on the radio", "Karachi Kings on TV", "baila on the radio"), a film,
# a series or an album ("the new Nollywood film everybody's talking about").
_BROADCAST = re.compile(r"(?i)on\s+(?:the\s+)?(?:local\s+)?(?:radio|tv|telly)$")
_SHOW_WORDS = frozenset(
    "music song songs tunes tune album playlist band baila bhangra afrobeats reggae country gospel jazz podcast match game "
    "footy football cricket rugby hurling tennis golf darts snooker racing f1 league cup final derby test highlights "
    "commentary concert gig win loss defeat draw result score".split()
)
# A song or a match that starts playing: "Tom Jones came on the radio", "the Leafs game is playing on TV".
_CAME_ON = frozenset("came come comes coming playing played blasting blared".split())
_NOT_A_SHOW = frozenset("i it he she they we you my our his her their this that these those there".split())
_STORY_VERB = re.compile(
    r"(?i)\b(?:was|were|is|are|been|be|saw|seen|see|heard|hear|showed|shown|featured|appeared|interview\w*|talk\w*|"
    r"story|stories|report\w*|news|crash|fire|case|died|killed|arrested|missing|appeal)\b"
)
_SHOW_TALKED_OF = re.compile(
    r"(?i)\b(?:film|movie|show|series|season|episode|album|song|single|track|book|novel|match|game|final|drama|musical|play|"
    r"concert|tour|trailer|film\s+[\w'’]+)\s+(?:that\s+|which\s+)?$"
)


def _entertainment(post: Post, a: int, b: int) -> bool:
    """The exposure at [a, b) is a broadcast of a show or a work everybody talks about, not a story: "on the
    radio"/"on TV" right after a performer's, a band's or a team's name or a kind of music or sport, with no
    verb of a story and nobody served or from work in that clause; "everybody's talking about" right after
    a film, a series, an album or a match."""
    text = post.text
    phrase = text[a:b]
    if "talking" in phrase.lower():
        return _SHOW_TALKED_OF.search(text, max(0, a - 50), a) is not None
    if not _BROADCAST.fullmatch(phrase):
        return False
    start = max(text.rfind(c, 0, a) for c in ".,;:!?\n(") + 1
    # a list of the day's things ("Poutine at the camp kitchen and a Leafs loss on the radio"): the last one
    # is what was on
    joined = [m.end() for m in re.finditer(r"(?i)\s(?:and|&)\s+(?:an?\s+)?", text[start:a])]
    if joined and len(re.findall(r"[\w'’&.-]+", text[start:a])) > 4:
        start += joined[-1]
    clause = text[start:a]
    words = re.findall(r"[\w'’&.-]+", clause)
    if words and words[-1].lower() in _CAME_ON and len(words) > 1:
        words = words[:-1]  # "Tom Jones came on the radio": the song came on, it was no story
    if not words or len(words) > 4 or _STORY_VERB.search(clause) or post.others_in(start, a) or post.own and any(
            start <= s < a for s, _ in post.own):
        return False
    if any(w.lower() in _NOT_A_SHOW for w in words):
        return False
    return all(w[:1].isupper() or w.lower() in _SHOW_WORDS or w.lower() in ("the", "and", "&", "of") for w in words) and (
        words[-1][:1].isupper() or words[-1].lower() in _SHOW_WORDS)


# A question to all readers about what they too have seen: "who else is watching ...", "anyone else see ...".
_EVERYONE_ASKED = re.compile(r"(?i)\b(?:who\s+else|anyone\s+else|anybody\s+else|did\s+(?:you\s+all|y['’]?all|everyone))\b")


def _asked_of_everyone(post: Post, at: int) -> bool:
    """The news phrase stands in a question to all readers about news they follow too, with nobody the writer
    serves or works with in it."""
    sa, sb = post.sentence(at)
    return (post.text[sa:sb].rstrip().endswith("?") and _EVERYONE_ASKED.search(post.text, sa, at) is not None
            and not post.served_in(sa, sb) and not within(post.workplace, sa, sb))


# A team or a group cheered on, not people the writer deals with: "Go girls!!", "Come on lads", "Up the boys".
_CHEERED = re.compile(r"(?i)(?:^|[.!?\s])(?:go|come\s+on|c['’]?mon|up\s+the|well\s+done|congrats|congratulations)\s+(?:the\s+|my\s+|our\s+)?$")
# The writer glad of news anyone can see: "Lovely to see ... on the news", "So good to hear ... on the radio".
_GLAD_TO = re.compile(
    r"(?i)\W*(?:(?:so|really|just|always)\s+)?(?:lovely|great|nice|brilliant|good|amazing|wonderful|heartwarming|proud|chuffed|"
    r"so\s+happy|happy)\s+to\s+(?:see|watch|hear|read)\b"
)


def _glad_to_see(post: Post, at: int) -> bool:
    """The news phrase at ``at`` is in a sentence that opens glad to see or hear public news, with no one person
    the writer serves, works with or names in it ("Lovely to see the Liverpool FC lads ... on the news")."""
    sa, sb = post.sentence(at)
    if not _GLAD_TO.match(post.text, sa, at):
        return False
    text = post.text
    one = [(s, e) for s, e in post.served_in(sa, sb) + [w for w in post.workplace if sa <= w[0] and w[1] <= sb]
           if not PLURAL_MENTION.search(text[s:e])]
    named = [(s, e) for s, e in post.names if sa <= s and e <= sb]
    return not one and not named


_SINGULAR = re.compile(r"(?i)\b(?:he|she|him|her|his|he['’]s|she['’]s)\b")


# Newspaper as stuff to make or wrap things with (session 42, fresh41b: "pickney dem make kite outta newspaper and
# string"): what is made "out of" or wrapped "in" it, or old newspaper, tells no story that was printed.
_AS_MATERIAL = re.compile(
    r"(?i)\b(?:out\s+of|outta|outa|made\s+of|made\s+from|wrapped\s+in|wrap\s+(?:it|them)\s+in|scrunched[\s-]up|rolled[\s-]up|old)\s+$"
)


class NewsEventRule(Rule):
    KIND = "news_event"

    def find(self, post: Post):
        # ... or someone the writer tells of as "him"/"her" while speaking of themselves ("Saw his mugshot
        # on the news ... I've had him 2 years"): a person the writer deals with, not a public figure
        # (not a team cheered on: "Go girls!!", "Come on lads")
        others = [(a, b) for a, b in post.others if not _CHEERED.search(post.text, max(0, a - 12), a)]
        involved = bool(others or post.cue("review_involvement")) or (
            not post.own and post.first_person() and _SINGULAR.search(post.text) is not None
            and not post.cue("review_public_figures") and not post.cue("public_offices")
        )
        # A case about a specific event ties the writer to it too: "Expert witness in the Fenwick murder
        # trial"; not to news in general ("the Supreme Court judgment ... not just the headlines").
        if not (involved or post.cue("review_legal_process")):
            return
        text = post.text
        for a, b in post.cue("review_incidents"):
            event = _specific_event(text, a, b)
            if event and event[2] and not _someone_in_it(post, a):
                continue  # "After the storm we had a lovely walk": weather the whole region had, no one in it
            if event and event[2] and _DROPPABLE.match(text, b + len(text[b:]) - len(text[b:].lstrip())):
                continue  # "the kids from the crash you've all seen on the news": the exposure's risk stands for the story
            if event:
                # (weather the region had stays as written, for the writer to judge: "after the floods" read as
                # "after a serious incident" says less and no better)
                weather = event[2] and _WEATHER.search(text[a:b]) is not None
                risk = self.risk(post, event[0], event[1], None if weather else general_event(text[a:b]))
                if event[2]:
                    post.unseen_by_model.add((risk.start, risk.end, risk.kind))  # (a new rule's: the risk model still reads the post as before, see Post.unseen_by_model)
                yield risk
        if not involved:
            return
        yield from self._happened_to_someone(post)
        for a, b in post.cue("review_news_exposure"):
            if _AS_MATERIAL.search(text, max(0, a - 25), a) and text[a:b].lower().startswith("newspaper"):
                continue  # "make kite outta newspaper and string": paper to make things with, no story in it
            if _ONLY_ON_SCREEN.search(text, max(0, a - 30), a):
                continue  # "thought solicitors only existed on the telly": a kind of people seen on TV, no story
            if _entertainment(post, a, b):
                continue  # "Dolly Parton on the radio", "the new film everybody's talking about": a show, no story
            if _asked_of_everyone(post, a):
                continue  # "who else is watching the expressway expansion on the news?": public news, shared
            if _glad_to_see(post, a):
                continue  # "Lovely to see the Liverpool FC lads visiting Alder Hey on the news": public news enjoyed
            if public_law(post, a):
                continue  # "the Supreme Court judgment on the Finance Act ..., not just the headlines": public law
            yield self._exposure(post, a, b)
        for m in _OUTLET.finditer(text) if _PAPER_WORD.search(text) else ():
            yield self._exposure(post, m.start(), m.end())
        if "paper" in post.lower or "news" in post.lower or "radio" in post.lower:
            for m in _LOCAL_OUTLET.finditer(text):
                yield self._exposure(post, m.start(), m.end())  # "made WWL news", "all over the Amarillo paper"
        if any(w in text for w in (" piece", " article", " story", " report", " headline", " front page", " column", " write", " feature", " interview")):
            for m in _PAPER_PIECE.finditer(text):
                yield self.risk(post, m.start(), m.end())
        if post.cue("review_story_words"):
            seen = set()
            for at in _channel_candidates(post):
                # a story word at most five words before "on": the pattern is tried only from there
                for a, _ in post.cue("review_story_words"):
                    if at - 60 <= a < at:
                        m = _ON_CHANNEL.match(text, a, min(len(text), at + 40))
                        if m and m.span("outlet") not in seen and _is_outlet(text, m):
                            seen.add(m.span("outlet"))
                            yield self.risk(post, m.start("outlet"), m.end("outlet"))
        if "?" in text:
            for a, b in post.sentences():
                m = _KNOWN_STORY.match(text, a, b)
                if m and (post.has("review_incidents", m.start(), m.end()) or _has_capitalised(m.group())):
                    yield self.risk(post, m.start(), m.end())

    def _happened_to_someone(self, post: Post):
        """An incident told as what happened to someone the writer serves or works with, with its time and a named
        place in the same sentence (data/review_incident_verbs): "Our rider Zubair got looted at gunpoint near Block
        13-D Gulshan last night", "Our driver's truck overturned near Kot Sultan ... last night". Dated and placed,
        it is on a police log or in the local paper, and the person is found by it. Once a post."""
        text = post.text
        for a, b in post.cue("review_incident_verbs"):
            sa, sb = post.sentence(a)
            if not (_DATED_IN.search(text, sa, sb) and _PLACED_IN.search(text, sa, sb)):
                continue
            if _someone_hurt_in(post, sa, sb):
                risk = self.risk(post, a, b)
                post.unseen_by_model.add((risk.start, risk.end, risk.kind))  # (a new rule's: the risk model still reads the post as before, see Post.unseen_by_model)
                yield risk
                return

    def _exposure(self, post: Post, start: int, end: int):
        a, b = post.sentence(start)
        if _WHOLE_SENTENCE.fullmatch(post.text, a, b):  # "It was all over the news." goes as a whole
            return self.risk(post, a, b, "")
        for m in _DROPPABLE.finditer(post.text, a, b):
            if m.start() <= start + 1 and end <= m.end() + 1 or start <= m.start() and m.end() <= end:
                return self.risk(post, min(start, m.start()), max(end, m.end()), "")
        return self.risk(post, start, end)


# Acronyms that are countries, unions or public services, not channels.
_NOT_OUTLET = re.compile(r"UK|US|USA|UAE|NZ|SA|RSA|DRC|KSA|EU|UN|NHS|HSE|ICU|ER|ED|A&E|NICU|PICU|OR|GP|PM|AM")


_BEFORE_CHANNEL = frozenset({"on", "pon", "in", "from", "over"})


def _channel_candidates(post: Post) -> list[int]:
    """Where a word that could name a channel follows "on", "in", "from" or "over" (capitalised, a number,
    "eNCA"): most posts have few, and _ON_CHANNEL is only scanned around them."""
    words = post.words
    text = post.text
    forms = words.forms
    found = []
    for i in range(len(forms) - 1):
        if forms[i] in _BEFORE_CHANNEL:
            j = i + 1
            if forms[j] in ("the", "di", "de") and j + 1 < len(forms):
                j += 1
            at = words.spans[j][0]
            if text[at].isupper() or text[at].isdigit() or text[at + 1 : at + 3].isupper():
                found.append(words.spans[i][0])
    return found


def _is_outlet(text: str, m: re.Match) -> bool:
    """The name after "on" in a story's sentence is a channel or a paper: an acronym ("NTV", "eNCA", "TVJ",
    "ST"), a name with a media word ("9 News", "Citizen TV"), or a single name that is not where the story
    happened ("the crash on Thika Road" is a place: a road or a place word after it, or "in" before it)."""
    outlet = m.group("outlet")
    if _NOT_OUTLET.fullmatch(outlet):
        return False  # "the second documented case in the UK"
    if re.fullmatch(r"[A-Z0-9]{2,6}\d?|[a-z]{1,2}[A-Z]{2,}[\w-]*|[A-Z][A-Za-z]*[A-Z][\w-]*|[\w'’-]+\s+(?:News|TV|Radio|FM|Online)", outlet):
        return not re.match(r"\s+(?-i:[A-Z])", text[m.end():])  # "on NTV", not "in NHS Tayside"
    if " " in outlet or not re.search(r"(?i)\b(?:on|pon|all\s+over)\s+(?:(?:the|di|de)\s+)?$", text[m.start():m.start("outlet")]):
        return False
    # a single capitalised name after "on": a channel only beside a word for broadcast or time of showing
    after = text[m.end():]
    if re.match(r"(?i)\s*(?:last\s+night|tonight|this\s+morning|yesterday|earlier|today|news|tv)\b", after):
        return True
    return bool(re.match(r"\s*(?:[.?!,;)]|$)", after)) and bool(
        re.search(r"(?i)\b(?:story|video|footage|coverage|report|interview|segment|saw|seen|watched|showed|shown|aired)\b",
                  text[m.start():m.start("outlet")])
    )


# Words that start a phrase of their own: between one of them and an incident word, the determiner before
# belongs to another noun ("the call for that crash").
_OPENS_A_PHRASE = r"(?:the|that|this|a|an|di|dat|for|of|to|at|in|on|with|from|after|before|since|about|during|and|or|but)"
# The incident word as the first half of a compound noun names no event: "the school fire safety visit", "the
# Dalmorrie Primary fire drill", "the crash course", "flood defences".
_COMPOUND_AFTER = re.compile(r"(?i)[ -]+(?:" + "|".join(sorted(vocab.entries("incident_compound_heads"), key=len, reverse=True))
                             + r")\b")


def _specific_event(text: str, a: int, b: int) -> tuple[int, int, bool] | None:
    """The [start, end) of a specific public event around the incident word at [a, b): named ("the
    Kilmore bus crash"), placed ("the coach crash on the A38"), dated ("the stabbing on the high street
    last week", "yesterday's explosion"); None for an incident in general ("a fire drill", "the crash
    course"). The flag: known only by "after the", "since the" (the finder asks more of these: someone in it)."""
    if _COMPOUND_AFTER.match(text, b):
        return None
    named = _NAMED_BEFORE.search(text, max(0, a - 80), a)
    if named:
        return named.start(), b, False
    # "the crash on the A38", and "that" too, which takes the readers to know it: "That farm accident out at
    # Clonmore Cross Tuesday, yeah that was our crew"
    # The nearest determiner only: "took the call for that crash on the N17" is about "that crash", never
    # "the call for that crash" (the writer's call would go with it).
    the = re.search(r"(?i)\b(?:the|that|di|dat)\s+(?:(?!" + _OPENS_A_PHRASE + r"\b)[a-z]+\s+){0,3}$", text[max(0, a - 40) : a])
    if the:
        after = _WHEN.match(text, b) or _PLACED.match(text, b)
        if after:
            return a - len(the.group()), after.end(), False
    dated = _WHEN_BEFORE.search(text, max(0, a - 40), a)
    if dated:
        return dated.start(), b, False
    # "housing Mr and Mrs Pruitt after the fire", "the wall we built for Oom Piet after the floods", "lost everything
    # in the fire": the incident told with "the" after a word of time or cause, as one the readers know happened
    # there (session 45, tuning sets; the same phrase stands in two of 3,903 harmless drafts and over a hundred
    # risky ones). Not "before the storm" (a forecast), nor a compound ("after the fire drill", caught above).
    known = _KNOWN_INCIDENT_BEFORE.search(text, max(0, a - 40), a)
    if known:
        return known.start("the"), b, True
    return None


# A word of time or cause, then the determiner, and at most two ordinary words before the incident: "after the",
# "since the", "in that", "from the flat".
_KNOWN_INCIDENT_BEFORE = re.compile(
    r"(?i)\b(?:after|since|during|in|from|following)\s+(?P<the>(?:the|that|dat|di)\s+(?:(?!" + _OPENS_A_PHRASE + r"\b)[a-z][\w'’-]*\s+){0,2})$"
)




# A time and a named place in a sentence, as a police log or a news story gives them (for _happened_to_someone).
_DATED_IN = re.compile(
    r"(?i)\b(?:las(?:t)?\s+(?:night|nite|week|weekend)|yesterday|this\s+morning|tonight|on\s+\w+day|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))\b"
)
_PLACED_IN = re.compile(r"\b(?:near|on|at|in|outside|off|along|by|behind|opposite)\s+(?:the\s+)?(?:[AMNI]-?\d{1,4}\b|(?-i:[A-Z][\w'’-]+))")


def _someone_hurt_in(post: Post, sa: int, sb: int) -> bool:
    """Someone the writer serves or works with, or a person the detector named, in [sa, sb), not the writer's own."""
    people = post.served_in(sa, sb) + [w for w in post.workplace if sa <= w[0] and w[1] <= sb]
    people += [(s, e) for s, e in post.names if sa <= s and e <= sb]
    return any(not post.is_own(s, e) and not PLURAL_MENTION.search(post.text[s:e]) for s, e in people)


def _someone_in_it(post: Post, at: int) -> bool:
    """Someone the writer serves or works with, or a person named with a title, in the sentence of the incident
    at ``at`` (not the writer's own, not a public figure's comeback)."""
    sa, sb = post.sentence(at)
    if post.cue("review_public_figures") and within(post.cue("review_public_figures"), sa, sb):
        return False
    people = post.served_in(sa, sb) + [w for w in post.workplace if sa <= w[0] and w[1] <= sb]
    # a name with a title before it, or any name in a sentence where the writer took part ("the wall we built for
    # Oom Piet ... after the floods", whose names the detector may read as places or firms)
    took_part = _WRITER_IN.search(post.text, sa, sb) is not None
    people += [(s, e) for s, e in post.names + [(x.start, x.end) for x in post.spans if x.entity_type in ("PERSON", "ORGANIZATION")]
               if sa <= s and e <= sb and (_TITLED.search(post.text, max(0, s - 10), s) or _TITLED_IN.match(post.text, s)
                                           or (took_part and not _WEATHER.search(post.text, at, at + 12)))]
    return any(not post.is_own(s, e) for s, e in people)


# Weather the whole region had: a storm is one someone the writer serves went through, not a friend's walk after it.
_WEATHER = re.compile(r"(?i)(?:storm|hurricane|cyclone|typhoon|tornado|flood|wildfire|bushfire|earthquake|tsunami|lockdown|snow|heatwave)")
_TITLED_IN = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Oom|Tannie|Auntie|Aunty|Uncle|Mama|Baba|Pastor)\.?\s+[A-Z]")
_WRITER_IN = re.compile(r"(?i)\b(?:we|us|i)\b")
_TITLED = re.compile(r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Oom|Tannie|Auntie|Aunty|Uncle|Mama|Baba|Pastor)\.?\s+$")


def _has_capitalised(sentence: str) -> bool:
    """A capitalised word after the first: a name the story is known by ("the Paylink outage?")."""
    return re.search(r"\s[A-Z][a-z]", sentence.strip()) is not None
