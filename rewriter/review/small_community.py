"""small_community: a setting so small that few people fit the description.

In a village, a small town, a 12-bed home or a team of six, "a boy with a stoma" is one boy everyone
knows. Raised, in a post about someone else, for
- a small-place phrase ("our little town", "a village of 800", "one of the two GPs in", "a 6-bed unit");
- a named estate, parish or set of flats ("the Brackenhill estate"), or a named place that is no big
  city, region or country beside someone the writer serves ("a lad from Drumlea");
- the writer saying readers will know who it is ("everyone in town knows her", "you know who you are",
  "if you're from Ballyrush you know"), or holding the name back and pointing at them all the same ("won't
  name him but he's the one who was on the telly", "can't say who till exchange but the village ...");
- "the only X in <place or group>", which the rewrite turns into "a X" (any X in a small place the
  detector found: "Only vet in Kilbrae"), and one of a kind in a small named place ("the kindest GP in
  Coalbridge");
- a place by how little it has ("one school, one shop and one GP", "a town this small", "pop. 900", "the
  only counsellor for 50 miles");
- a named local school, hospital, home, club or street in a story about someone there ("the man on Orchard
  Close who shouted at me", "Year 6 at Milford Primary", "the crash on the Coorinya road").
Not for the writer's own background ("I grew up in a small town"), nor a big number ("a town of 80,000").
"""

from __future__ import annotations

import functools
import re

from .. import vocab
from ..detect.place_kinds import kind_of_place
from ..detect.recognizers.support.lexicon import is_dictionary_word
from .context import _PERSON_NOUNS, PLACE_TYPES, Post
from .context import PLURAL_MENTION as _PLURAL
from .cues import NUMBER_WORDS, alternation
from .rule import Rule
from .withholding import withheld

# How big a setting of each kind can be and still be small: "a town of 2,000", "a 12-bed home", "a 40-person firm".
_LARGEST = (
    (re.compile(r"(?i)population|pop\b|town|village|hamlet|settlement|island|community|parish"), 5_000),
    (re.compile(r"(?i)school"), 300),
    (re.compile(r"(?i)person|bed|there\s+are|only"), 50),
    (re.compile(r"(?i)."), 15),
)
_NUMBER_VALUES = {w: i + 1 for i, w in enumerate(NUMBER_WORDS[:20])} | {
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
_NUMBER = re.compile(r"(?i)\d[\d,.]*\s*k?\b|\b(?:" + "|".join(_NUMBER_VALUES) + r")\b")
# The group or place a one-of-a-kind person is set in: "in year 9", "on our unit", "in the village".
_GROUP = (
    r"(?:year\s*\d{1,2}|year\s+group|class|form|school|village|town|estate|street|unit|ward|team|practice|"
    r"department|office|firm|congregation|church|parish|club|squad|cohort|home|island|community|area|"
    r"surgery|caseload|group|intake|nursery|hall|block|county|region|district|station|run|round|patch|valley|coast|borough|league|division)"
)
# Who is one of a kind there: someone served ("deaf girl"), someone by their trade, the writer's too
# ("therapist": everyone they see is known), or a case ("case of male breast cancer").
_ONLY_WHO = (
    r"(?:(?:[\w'’-]+\s+){0,3}?" + alternation("review_people_served", "person_words", "role_nouns") + r"|"
    r"(?:diagnosed\s+)?case\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
)
_ONLY_IN = re.compile(
    r"(?i)\b(?:the\s+)?only\s+(?:one\s+)?(?P<who>" + _ONLY_WHO + r")"
    r"\s+(?:in|on|at|from|of)\s+(?:the\s+(?:whole\s+(?:of\s+)?)?|our\s+|my\s+|this\s+|his\s+|her\s+|their\s+|a\s+)?"
    r"(?P<where>" + _GROUP + r"\b(?:\s+\d{1,2}\b)?|(?-i:[A-Z][\w'’-]+)\s+" + _GROUP + r"\b|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))"
)
# "Only vet in Kilbrae", "the only chippy on Inishmore": one of anything in a named place, which must be a
# small one the detector found (the lists of trades above cannot name every trade).
# What it is may be a few words ("the only hair salon in Boonderoo", "the only Inuktitut-speaking client").
_ONLY_ONE_IN_PLACE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[Oo]nly|ONLY)\s+(?P<who>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+(?:in|on|at|from|of)\s+(?:the\s+)?(?P<where>[A-Z][\w'’-]+)"
)
_GROUP_LAST = re.compile(r"(?i)\s" + _GROUP + r"$")
# ... a group of people, not a stretch of land: "our Brisbane office" is a handful, "the Manchester area" is not.
_PEOPLE_GROUP_LAST = re.compile(r"(?i)\s(?:office|team|department|unit|ward|practice|firm|branch|class|form|squad|club|crew|shift|caseload|group|surgery)$")
_GROUP_AFTER = re.compile(r"(?i)\s+(?:[\w'’-]+\s+)?" + _GROUP + r"\b")  # "Tullyvane district", "Kilcurran under-16 league"
_NAMED_AREA = re.compile(r"\b(?:[Tt]he\s+)?(?-i:[A-Z][\w'’-]+)\s+(?i:estate|flats|parish|farmhouse|cul[\s-]de[\s-]sac)\b")
_PLACE = frozenset({"LOCATION"})
# Someone one of a kind in a named place: "the kindest GP in Coalbridge", "the only Olympian ever to come
# from Inishmurran", "the first kid in the history of Balmuir Primary". The place must be a small one.
_BEST_IN_PLACE = re.compile(
    r"(?i)\b(?:the\s+)?(?:only|first|best|worst|[a-z]{2,}est)\s+(?:[\w'’-]+\s+){0,6}?(?:in|from|of)\s+(?:the\s+history\s+of\s+|the\s+whole\s+(?:of\s+)?)?"
    r"(?P<where>(?-i:[A-Z][\w'’-]+))"
)
# "best" and "worst" are said of shops and views as often as of people: one of a kind only of someone ("the best
# GP in Coalbridge") or an animal ("best dog in the whole valley").
_PLAIN_BEST = re.compile(r"(?i)(?:the\s+)?(?:best|worst)\s+(?P<what>[\w'’-]+)(?:\s+(?P<then>[\w'’-]+))?")
_BEINGS = frozenset(
    w for name in ("person_words", "review_people_served", "role_nouns", "occupations", "pet_words", "job_titles")
    for w in vocab.words(name)
) | frozenset("dog dogs horse horses cow cows ewe ram bull sheepdog collie huntaway heifer".split())
# Places too big for their name to narrow anyone down ("a client from Lagos"): the detector keeps one such
# name when a client lives there, which is no small community; and brands it reads as places ("in Aldi").
_BIG_PLACES = frozenset(p.lower() for p in vocab.words("big_places") | vocab.words("big_regions") | vocab.words("brands")
                        | vocab.words("big_areas"))
# ... and as posts write them: "the Bronx" ("The Bronx"), "Frankfurt" ("Frankfurt am Main", "Frankfurt (Oder)").
_BIG_PLACES |= frozenset(
    re.sub(r"^the\s+", "", re.split(r"\s+(?:am|an\s+der|upon|on|\()\s*", p, maxsplit=1)[0]) for p in _BIG_PLACES
)
# ... and the big cities named like people ("London", "Sydney", "Paris"), which big_places leaves out: as a
# place they are no small one, and as a name no place at all ("One of my clients, a nurse in London").
_BIG_PLACES |= frozenset(p.lower() for p in vocab.words("big_places_named_like_people"))
# A capitalised word the detector took for a place is one when the post puts someone or something there:
# "a lad from Drumlea", "in the Brackenhill area", "near Kilcarron"; not "Chipsi mayai", "a Tunnock's
# teacake", "a deep fried Mars bar", "Lawd", which only sit beside someone the writer serves.
_AS_PLACE = re.compile(
    r"(?i)\b(?:in|from|at|near|outside|on|of|to|round|around|across|past|by|behind|beyond|off|up|down|via)\s+"
    r"(?:out\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}$"
)
_ROAD = re.compile(r"[AMNI]-?\d{1,4}\b|F\d\b")  # "the M62", "an F1" (a junior doctor): no place
_AREA_WORDS = ("estate", "flats", "parish", "farmhouse", "cul")
# A place spoken of as its people (see _place_as_its_people): "<Place>'s too small", "<Place>'s finest", "<Place>, you
# raised a good one", "<Place> deserves better", "Only in <Place>".
_PLACE_AS_ITS_PEOPLE_HINTS = ("small", "finest", "raised", "bred", "made a", "made one", "made him", "made her", "made them", "deserve", "only in")
_TOWNS = frozenset(t.lower() for t in vocab.words("towns"))
_PLACE_NAME = r"[A-Z][\w'’-]+(?:[\s-]+(?:y[\s-]+|le[\s-]+|la[\s-]+|on[\s-]+)?[A-Z][\w'’-]+){0,2}"
_PLACE_AS_ITS_PEOPLE = re.compile(
    r"\b(?P<place>" + _PLACE_NAME + r")(?:['’]s\s+(?:(?:far\s+|way\s+)?too\s+small|so\s+small|finest(?=\s*(?:[.!,]|$|[^\w\s])))"
    r"|,?\s+(?:you\s+(?:raised|bred|made)\s+(?:a|one|him|her|them)|(?:deserves|deserved)\s+better))"
    r"|\b[Oo]nly\s+in\s+(?P<place2>" + _PLACE_NAME + r")(?=\s*(?:[.!]|$|[^\w\s]))"
)
_YOU_KNOW = re.compile(
    r"(?i)\bif\s+you(?:['’]re|\s+are|\s+live|\s+grew\s+up)\s+(?:from|in|round|near|around)\b[^.!?\n]{1,40}?"
    r"\byou(?:['’]ll|\s+will|['’]d|\s+would)?\s+(?:probably\s+|already\s+|definitely\s+)?know\b"
)

# Readers who already know who it is: "everyone already knew", "the whole street heard", "all 180 of us
# know who", "we all know which family", "whole town will know by Friday", "the whole of Aberllwyd will
# know", "half the town will remember her", "half the town's commenting". Found by the verb, then who
# stands before it (a pattern that starts with who would be tried at every word of every post).
_KNOWING = re.compile(  # (the lookahead: as _REACTING's)
    r"(?i)(?=[wskhratgorc])\b(?:(?:watched|saw|seen)\s+(?:me|us|him|her|them|it\s+happen)\b|(?:knows?|knew|known|heard|recogni[sz]ed?)\b(?:\s+(?:who|which|whose|exactly|it\s+was|him|her|them|the\s+family)\b)?|"
    r"(?:asking|talking|gossiping|on)\s+about\b|relies\s+on\b|rely\s+on\b|remember(?:s|ed)?\s+(?:him|her|them|the\s+family)\b|commenting\b)"
)
_ALL_WHO = re.compile(
    r"(?i)\b(?:every(?:one|body)(?:\s+(?:here|there|round\s+here|around\s+here|down\s+here|up\s+here|out\s+here|(?:in|at|on)\s+(?:the\s+)?[\w'’-]+(?:\s+page|\s+group)?))?|"
    r"(?:(?:the\s+)?(?:whole|full|entire)\s+(?:street|road|estate|town|village|parish|school|club|ward|unit|island|county|place|queue|shop|pub|congregation|"
    r"hospital|church|mosque|temple|colony|mohalla|dorp|dorpie|kampung|kampong|barangay|basti|block|building|compound|market|"
    r"harbour|harbor|bay|cove|valley|glen|community|area|district|neighbourhood|neighborhood|suburb|coast|"
    r"of\s+(?-i:[A-Z][\w'’-]+)|(?-i:[A-Z][\w'’-]+))(?:\s+(?:in|of|at|on)\s+(?-i:[A-Z][\w'’-]+))?|"
    r"half\s+(?:of\s+)?the\s+(?:town|village|street|estate|parish|school|club|county|island|queue|pub|colony|mohalla|dorp|barangay|kampung))(?:['’](?:s|ll|d))?|"
    r"(?:all\s+)?(?:\d[\d,]*|" + "|".join(_NUMBER_VALUES) + r")\s+of\s+us|we\s+all|you\s+all)"
    r"\s+(?:(?:already|probably|must|will|would|all|just|now|is|are|was|were|has|have|had|been|rung|rang|phoned|called|messaged|texted)\s+){0,3}$"
)
# A whole place reacting to one person's story: "Everyone round here is so proud", "the village will be
# buzzing", "the whole of Ho is talking", "whole town turned out". Said of a setting (not "everyone" alone,
# which is anyone) in a post about someone else.
_REACTING = re.compile(  # (the lookahead: the letters its branches start with, so a scan tries them only there)
    r"(?i)(?=[svrpbtgcidhw])\b(?:(?:so\s+|very\s+|really\s+)?proud|buzzing|talking|gossiping|celebrating|cheering|in\s+shock|shocked|devastated|"
    r"heartbroken|in\s+mourning|in\s+tears|turned\s+out|came\s+out|rallying|rallied|praying|behind\s+(?:him|her|them)|wants?\s+(?:him|her|them))\b"
)
_PLACE_WHO = re.compile(
    r"(?i)\b(?:every(?:one|body)\s+(?:round|around|over|up|down|out)\s+here|every(?:one|body)\s+(?:in|on|at)\s+(?:the\s+)?(?:village|town|parish|island|estate|street|valley|(?-i:[A-Z])[\w'’-]+)|"
    r"(?:the\s+)?(?:whole|entire|half\s+(?:of\s+)?the)\s+(?:street|road|estate|town|village|parish|school|island|county|place|congregation|community|"
    r"valley|barangay|kampung|dorp|mohalla|colony|of\s+(?-i:[A-Z])[\w'’-]+)|"
    r"the\s+(?:village|parish|island|estate|barangay|kampung|dorp|mohalla))"
    r"(?:['’]s)?\s+(?:(?:is|are|was|were|will|would|be|been|has|have|had|all|already|just|now|absolutely|properly|still)\s+){0,3}$"
)
_REACTING_HINTS = ("proud", "buzzing", "talking", "gossiping", "celebrating", "cheering", "shock", "devastated", "heartbroken",
                   "mourning", "tears", "turned out", "came out", "rally", "praying", "behind", "want")
# A setting told as small with any words between: "a small day school near Nyeri", "our little district
# hospital in Lusikisiki", "a tiny rural practice".
_SMALL_SETTING = re.compile(
    r"(?i)\b(?:a|our|the|my|this)\s+(?:small|little|tiny|wee|teeny|rural|remote)\s+(?:[\w'’-]+\s+){1,2}?"
    r"(?:school|primary|hospital|clinic|practice|surgery|unit|ward|village|town|parish|island|community|firm|office|team|church|"
    r"congregation|branch|pharmacy|chemist|library|station|depot|mission|centre|center|home|nursery)\b"
)
# One of anything for a whole small place or a distance: "Only large-animal vet for miles", "only public
# library in town", "the only garage on the island", "the only pharmacy for 40km": whoever it serves is known.
_ONLY_FOR_PLACE = re.compile(
    r"(?i)\b(?:the\s+)?only\s+(?P<what>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+(?:in|for|on)\s+(?:(?:the|this|our)\s+)?"
    r"(?:town|village|island|valley|parish|glen|miles(?:\s+around)?|(?:about\s+|over\s+)?[\d,]+\s*(?:km|kms|kilometres|kilometers|miles|mi|k)\b|"
    r"hours\s+around|the\s+(?:area|district))\b"
)
# The community asking after someone: "for everyone in Ballyduff asking", "to all of you who've been asking",
# "please stop asking me in the Spar what's happening".
_ASKING = re.compile(
    r"(?i)\b(?:(?:every(?:one|body)|all|those|folk|people|you\s+all|y['’]all)(?:\s+(?:of\s+you|in\s+(?-i:[A-Z])[\w'’-]+))?\s+"
    r"(?:asking|who(?:['’]ve|\s+have)?\s+(?:asked|been\s+asking)|wondering)|stop\s+asking\s+me\s+(?:in|at|down|outside)\s+the\s+(?-i:[A-Z])[\w'’-]+)"
)
# Readers told they will know which one: "you'll know exactly which house I mean".
_YOU_KNOW_WHICH = re.compile(
    r"(?i)\byou(?:['’]ll|\s+will|\s+all|['’]d|\s+would)?\s+(?:probably\s+|already\s+|all\s+)?know\s+(?:exactly\s+)?(?:which|who|the\s+one)\b"
)
# Someone or a house placed by a local landmark or a local role: "the family on the corner by the chapel",
# "the old gent out past the creamery", "a lad from the farm out past Drumsallagh", "the house opposite the
# school", "the lady who runs the post office".
# Found by the landmark, then who stands before it.
_LANDMARK = re.compile(  # (the lookahead: as _REACTING's)
    r"(?i)(?=[oaudjpnbwt])\b(?:on\s+the\s+corner|at\s+the\s+(?:end|top|bottom)\s+of\s+the|(?:out|up|down|just)\s+(?:past|by|beyond)(?:\s+the|(?=\s+(?-i:[A-Z])))|past\s+the|"
    r"opposite\s+the|next\s+(?:door\s+)?to\s+the|beside\s+the|across\s+from\s+the|behind\s+the|"
    r"(?:who|that)\s+(?:runs|owns|ran|owned|works\s+(?:in|at)|drives)\s+the|"
    r"(?:who|that)\s+(?:sells|sits|stands|lives|begs|parks|sleeps|busks|hangs\s+out)\s+(?:[\w'’-]+\s+){0,2}?(?:by|outside|at|near|under|in\s+front\s+of)\s+the)\s+[\w'’-]+"
)
_LANDMARK_WHO = re.compile(
    r"(?i)\b(?:house|family|gent|lady|man|woman|lad|lass|couple|fella|farm|bungalow|cottage|kid|boy|girl|one|bloke|guy|"
    r"auntie|aunty|uncle|mama|mum|granny|grandad|gogo|mzee)\s+$"
)

# A place by how little it has: "one school, one shop and one GP", "a town this small", "pop. 900",
# "the only counsellor for 50 miles".
_FEW_AMENITIES = re.compile(r"(?i)\bone\s+[\w'’-]+(?:\s+[\w'’-]+)?\s*,\s*one\s+[\w'’-]+")
_THIS_SMALL = re.compile(
    r"(?i)\b(?:town|village|place|island|community|school|parish|area)\s+(?:(?:this|so|that|as)\s+(?:small|tiny|little|remote)|(?:this|that)\s+size)\b"
)
_POPULATION = re.compile(r"(?i)\bpop(?:ulation|\.)?\s*(?:of\s+|:\s*|is\s+)?(?P<n>\d[\d,]*\s*k?)\b")
_REMOTE = re.compile(r"(?i)\b(?:for|within|in)\s+(?:about\s+|over\s+|nearly\s+)?\d+\s*(?:miles|mi|km|kilometres|kilometers|k)\b")

# Each pattern with words one of which it cannot match without: most posts have none, and a pattern
# scanned over every post would cost much of the review's time.
_KNOWING_HINTS = ("know", "knew", "heard", "recogni", "asking about", "talking about", "gossiping about", "on about",
                        "relies on", "rely on", "remember", "commenting", "watched", "saw ", "seen ")
_LANDMARK_HINTS = ("corner", "past ", "beyond", "opposite", "next to", "next door", "beside", "across from", "behind",
                         "end of the", "top of the", "bottom of the", "runs the", "owns the", "ran the", "owned the",
                         "works in the", "works at the", "drives the", "by the", "outside the", "near the", "under the",
                         "in front of the")
# One setting that several cases come from: "the third from the same rice farm this month", "another one
# off the same fishing boat", "the same 3 families still sharing one toilet".
_SAME_SETTING = re.compile(
    r"(?i)\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)|another)\b[^.!?\n]{0,40}?"
    r"\b(?:from|off|on|at|in|of)\s+the\s+same\s+(?!(?:day|week|month|year|time|shift|night|morning|afternoon|evening|thing|way|reason|problem|issue|question|mistake|spot|place|position|seat|chair|page|song|story|joke|boat\s+as)s?\b)[a-z][\w'’-]*(?:\s+(?!(?:this|that|last|today|again|and|but|or)\b)[a-z][\w'’-]*)?"
    r"|\b(?:the\s+)?same\s+(?:\d{1,2}|two|three|four|five|six)\s+(?:families|households|kids|children|boys|girls|lads|houses)\b"
)
# Readers told they know who or where: "If you know Lok Wah Secondary you know how big this is", "Ye know
# where tae send them", "you know where to find her".
_YOU_KNOW_WHERE = re.compile(
    r"(?i)\bif\s+(?:you|u|ye)\s+know\s+[^.!?\n]{1,40}?\b(?:you|u|ye)(?:['’]ll|\s+will)?\s+know\b"
    r"|\b(?:you|u|ye)\s+(?:all\s+)?know\s+where\s+(?:to|tae|she|he|they|her|him|them)\b"
)
_SIZE_PATTERNS = (
    (_SAME_SETTING, ("same",)),
    (_YOU_KNOW_WHERE, ("know",)),
    (_YOU_KNOW_WHICH, ("know",)),
    (_FEW_AMENITIES, ("one ",)),  # and a comma
    (_THIS_SMALL, ("small", "tiny", "little", "remote", "size")),
)


class SmallCommunityRule(Rule):
    KIND = "small_community"

    def find(self, post: Post):
        text = post.text
        for a, b in withheld(post):
            yield self.risk(post, a, b)  # "won't name him but he's the one who was on the telly"
        if "only" in text.lower():
            for m in _ONLY_IN.finditer(text):
                where = m.group("where")
                if _WRITER_IS_THE_ONLY.search(text, max(0, m.start() - 30), m.start()) and _WORKPLACE_GROUP.fullmatch(where):
                    continue  # "I'm still the only one in the office who can work the fax": the writer's own workplace joke
                if (where[:1].isupper() and " " in where and _GROUP_LAST.search(where)
                        and (_small_place_name(where.split()[0]) or _PEOPLE_GROUP_LAST.search(where))):
                    # "the only person in our Toowoomba office": one of a kind in a named group, whatever the
                    # size of the town it is in; rewritten without the one of a kind and the town ("a person in
                    # our office"), which also keeps a narrower rewrite from leaving "a person office"
                    owner = re.search(r"(?i)\b(our|my|the|their|his|her)\s+$", text[m.start():m.start("where")])
                    group = where.split()[-1]
                    yield self.risk(post, m.start(), m.end(), f"{_article(m.group('who'))} in {owner.group(1).lower() + ' ' if owner else 'the '}{group}")
                    continue
                if (where[:1].isupper() and not re.match(_GROUP, where, re.I) and not self._named_place(post, m.start("where"))
                        and not (_small_place_name(where) and _GROUP_AFTER.match(text, m.end()))):
                    continue  # a capitalised word that is no place; but "the whole Tullyvane district" is one
                yield self._only_in(post, m)
            for m in _ONLY_ONE_IN_PLACE.finditer(text):
                # (an unknown small place is as often read as a name: "the only hair salon in Boonderoo")
                if _small_place_name(m.group("where")) and (self._place_span(post, m.start("where")) or self._name_read_place(post, m)):
                    yield self.risk(post, m.start(), m.end(), _article(m.group("who")))
        if "only" in text.lower():
            # "the only counsellor for 50 miles": whoever the post tells of, the writer's clients are known
            for m in _REMOTE.finditer(text):
                if "only" in text[max(0, m.start() - 60) : m.start()].lower():
                    yield self.risk(post, m.start(), m.end())
        places = [(a, b) for a, b in post.cue("review_small_places")
                  if _small_enough(text[a:b]) and not (_TEAM.match(text, a) and _WRITERS_OWN_TEAM.search(text, max(0, a - 40), a))
                  and is_setting(post, a, b) and not _OWN_HOUSEHOLD_AFTER.match(text, b) and not _writer_the_only_at_work(text, a, b)]
        if post.others and any(w in post.lower for w in ("small", "little", "tiny", "wee ", "teeny", "rural", "remote")):
            for m in _SMALL_SETTING.finditer(text):
                yield self.risk(post, m.start(), m.end())
        if "only" in post.lower and (post.others or (post.pronouns and not post.own)):
            for m in _ONLY_FOR_PLACE.finditer(text):
                if not re.match(r"(?i)(?:one|time|thing|way|day|problem|option|reason|place\s+to\s+eat|\d|" + "|".join(_NUMBER_VALUES) + r")\b", m.group("what")):
                    yield self.risk(post, m.start(), m.end())
        if ("ask" in post.lower or "wondering" in post.lower) and (post.others or post.kinds_found) and not post.own:
            for m in _ASKING.finditer(text):
                yield self.risk(post, m.start(), m.end())
        if _any_in(post.lower, _REACTING_HINTS) and (post.others or post.kinds_found or post.someone_by_role):
            yield from self._preceded(post, _REACTING, _PLACE_WHO, 70)
        # the place is told as small or as one body, or someone is placed in it: it points at someone when the
        # post tells a story of them (their health, a case, a secret, a rarity, the news), not in a post about
        # a street party or a trip
        lower = post.lower
        whole = ("whole" in lower or "entire" in lower or "half" in lower or "small" in lower or "tiny" in lower or " wee " in lower
                 or lower.startswith("wee ") or "first" in lower)
        trade = bool(post.cue("review_local_trades"))
        from_ = " from " in lower or " fae " in lower or " frae " in lower
        if (whole or trade or from_) and (post.kinds_found or any(post.cue(name) for name in _STORY_CUES)):
            if whole and (post.others or post.kinds_found or (post.pronouns and not post.own)):
                yield from self._whole_place(post)
            if trade:
                yield from self._at_local_trade(post)
            if from_:
                yield from self._someone_from_a_small_place(post)
        if ", a" in lower and post.served:
            yield from self._served_by_trade_and_place(post)
        # "the only nurse in a village of 600": the writer is the only one of their trade there, so
        # everyone they serve is known, whoever the post mentions
        only_one = any(text[a:b].lower().startswith("only") for a, b in places)
        # (a rare case or a story in the news told of someone no word above names, "Young farmer from up the
        # glen" after "my first ever case of Fabry disease", is someone the place narrows down too)
        if not (post.others or post.pronouns or only_one or (places and post.cue("review_recognisable"))
                or (places and post.kinds_found & {"rare_or_unique", "news_event"})):
            return
        for a, b in places:
            if only_one or _story_near(post, a, b):
                yield self._smaller(post, a, b)
        for a, b in post.cue("review_recognisable"):
            yield self.risk(post, a, b)
        lower = post.lower
        if _any_in(lower, _KNOWING_HINTS):
            yield from self._preceded(post, _KNOWING, _ALL_WHO, 70)
        if _any_in(lower, _LANDMARK_HINTS):
            yield from self._preceded(post, _LANDMARK, _LANDMARK_WHO, 30)
        for pattern, hints in _SIZE_PATTERNS:
            if _any_in(lower, hints) and (pattern is not _FEW_AMENITIES or "," in lower):
                for m in pattern.finditer(text):
                    yield self.risk(post, m.start(), m.end())
        if "pop" in post.lower:
            for m in _POPULATION.finditer(text):
                if _small_enough("population " + m.group("n")):
                    yield self.risk(post, m.start(), m.end())
        if "if you" in post.lower:
            for m in _YOU_KNOW.finditer(text):
                yield self.risk(post, m.start(), m.end())
        for span in post.spans_of(_PLACE):
            wa, wb = post.around(span.start, span.end, 1)
            # a city's quarter named by its streets, bars or markets ("Temple Bar", "Grafton Street") is where
            # crowds go, not a place that knows who its people are
            if not _small_place_name(span.text) or _CITY_QUARTER.search(span.text) or _nobody(post, span.start, span.end):
                continue
            if _AS_PLACE.search(text, max(0, span.start - 30), span.start) and post.served_in(wa, wb):
                yield self.risk(post, span.start, span.end)  # "a lad from Drumlea": a town readers can search
            elif (_FROM.search(text, max(0, span.start - 8), span.start) and (post.kinds_found or any(post.cue(name) for name in _STORY_CUES))
                  and any(0 <= _FROM.search(text, max(0, span.start - 8), span.start).start() - e <= 1 for _, e in post.names)):
                yield self.risk(post, span.start, span.end)  # "Aoife from Kilcrannagh": a name and the small place it comes from
        if ("only" in lower or "first" in lower or "est " in lower) and post.others:
            for m in _BEST_IN_PLACE.finditer(text):
                plain = _PLAIN_BEST.match(m.group())
                if plain and not {plain.group("what").lower(), (plain.group("then") or "").lower()} & _BEINGS:
                    continue  # "the best chippy in Kilbride": a place praised; "best dog in the whole valley" is one dog
                if _small_place_name(m.group("where")) and self._place_span(post, m.start("where")):
                    yield self.risk(post, m.start(), m.end())
        if "THE " in text:
            for m in _EMPHATIC_THE.finditer(text):
                if not _SHOUTED.search(text, max(0, m.start() - 20), m.start()):
                    yield self.risk(post, m.start(), m.end())  # "THE kid from the state title run": the one they all know
        if any(word in post.lower for word in _AREA_WORDS):
            for m in _NAMED_AREA.finditer(text):
                yield self.risk(post, m.start(), m.end())
        if post.others and (" in " in lower or " from " in lower or " fae " in lower or " frae " in lower):
            yield from self._someone_placed_in_a_small_place(post)
        yield from self._named_local_place(post)
        if (post.others or post.served) and _any_in(post.lower, _PLACE_AS_ITS_PEOPLE_HINTS):
            yield from self._place_as_its_people(post)
        if post.names:
            yield from self._a_named_regular(post)
            yield from self._named_one_and_a_small_place(post)

    def _place_as_its_people(self, post: Post):
        """A small place spoken of as the people in it, in a post that tells of someone (session 45, tuning sets:
        "Derry's too small for this carry on", "Kilbirnie's finest.", "Sheboygan, you raised a good one",
        "Llanbradach deserves better than this", "Only in South Armagh"): the writer counts on the place knowing who
        it is. The place is one the detector found and no big city, region or country ("Only in New York" is
        wonder at a city); "finest" ends its phrase ("Margate's finest chips" praises a shop)."""
        text = post.text
        for m in _PLACE_AS_ITS_PEOPLE.finditer(text):
            place = m.group("place") or m.group("place2")
            at = m.start("place") if m.group("place") else m.start("place2")
            if not all(_small_place_name(w) for w in place.split()) or not (self._place_span(post, at) or place.lower() in _TOWNS):
                continue
            risk = self.risk(post, m.start(), m.end())
            post.unseen_by_model.add((risk.start, risk.end, risk.kind))  # (a new rule's: the risk model still reads the post as before, see Post.unseen_by_model)
            yield risk

    def _a_named_regular(self, post: Post):
        """A regular of a local business or service told by name: "my fav regular Marthese", "To Rich ... who comes
        in every Friday for his methadone", "Our Reenie's been in every morning at 7:10 for 9 years". The staff and the
        other regulars know who that is, whatever the rewrite calls them. Not the regulars as a group ("see you
        Friday, regulars!"), nor a habit with nobody named ("the lady who comes in every Friday"), nor the writer's
        own ("my mum comes in every Sunday")."""
        text = post.text
        habits = post.cue("review_regulars")
        if not habits:
            return
        own = post.own
        for a, b in habits:
            if _PLURAL_HABIT.fullmatch(text, a, b):
                continue
            wa, wb = post.around(a, b, 1)
            if any(wa <= s and e <= wb and not any(0 <= s - oe <= 3 for _, oe in own) for s, e in post.names):
                if not any(os_ <= a < oe for os_, oe in own):
                    yield self.risk(post, a, b)
                    return

    def _named_one_and_a_small_place(self, post: Post):
        """One person the post names (a name the detector found, or a title and a name) and a small place the post
        puts a story in, anywhere in the post: "Okello Brian aged 7 ... Any well-wishers in Aloi who can help?",
        "Desmond Okafor, 47, C5 SCI after a snowmobile crash near Pine Hollow MB", "Mdm Loh Kim Hwa (82) who walked
        ... at Lorong Pisang Day Rehab". A post is a few sentences: a named person and the small place told in it
        are one person their neighbours know, however far apart the post sets them. Only with something told of
        them (an age, a number of theirs, a kind found already or a story cue), and not the writer placing
        themselves ("I work in Kilbrae", "our clinic at Ardnagh"), nor a big city, region, country or brand, nor a
        place that is the only name in the post (the detector read it as a name)."""
        text = post.text
        people = [(a, b) for a, b in post.names if not post.is_own(a, b) and text[a:b] not in _FAMOUS
                  and not any(w.lower() in _BIG_PLACES for w in text[a:b].split())]
        if not people:
            return
        ages = any(s.entity_type == "AGE" for s in post.spans)
        if not (ages or post.kinds_found or any(s.entity_type in _THEIR_NUMBERS for s in post.spans)
                or any(post.cue(name) for name in _STORY_CUES)):
            return
        for span in post.spans:
            if (span.entity_type not in _ANY_PLACE_READ_AS or not span.text[:1].isupper() or _NOT_A_PLACE_AFTER.match(text, span.end)
                    or not all(_small_place_name(w) for w in span.text.split()) or _nobody(post, span.start, span.end)):
                continue
            name = span.text
            if name.upper() == name or any(c.isdigit() for c in name) or (" " not in name and is_dictionary_word(name)):
                continue  # "DSD", "B14", "on Messenger": an acronym, a code or a word, not a place's name
            words = name.split()
            if words[-1].lower() in _FIRM_ENDINGS:
                continue  # "at Zolex Pharma": the firm someone works for is the business review's, not a community
            kind = _kind_of_place(name)
            if kind in _NOT_LOCAL_KINDS:
                continue  # "on Koala Ward", "at Ballyfearna District Court": a unit or a place people pass through
            placed = _PUT_IN_A_PLACE.search(text, max(0, span.start - 16), span.start)
            if placed is None or _WRITER_PLACED.search(text, max(0, placed.start() - 40), placed.start() + 1):
                continue
            if span.entity_type in ("PERSON", "ORGANIZATION") and kind is None and _AT_OR_ON.match(placed.group()):
                continue  # "shouting at Tolu", "at Brightwater Analytics": a name read as a place needs "in", "from", "near"
            place_words = set(name.lower().split())
            if not any((b <= span.start or span.end <= a) and not place_words & set(text[a:b].lower().split()) for a, b in people):
                continue  # nobody else named, or only a name the place's own repeats ("Biryani from Student Biryani")
            if any(a < span.end and span.start < b for a, b in post.own):
                continue
            risk = self.risk(post, span.start, span.end)
            post.unseen_by_model.add((risk.start, risk.end, risk.kind))
            yield risk
            return

    def _someone_placed_in_a_small_place(self, post: Post):
        """One person the writer serves or names, placed by the small place they live in, however the detector read
        the place's name (an unknown place is as often taken for a name or a firm as for a place): "my 15yo client in
        Hollowfield", "Mrs Wrigglesworth from Hebden", "a retired teacher from Brimfield", "Mrs Baird on my round in
        Glenrothy"; in a post that tells a story of someone (the review's story cues: their health, a case, a
        complaint, a secret; or a kind found already) or gives their age or a number of theirs. A small place and one
        person in it told so is someone the neighbours know. Unlike _someone_from_a_small_place, "in" places them too,
        and the place may be read as a firm. Not a kindness with no story ("the lovely customer from Kelby who brought
        us doughnuts"), a big city, region, country or brand ("my client in Leeds"), a group ("our lads from
        Oakhurst"), the writer's own family ("modaks from Aai"), someone met off work ("a lovely lady from Glenrothy
        on the train"), nor a name with no title in a post with nobody the writer serves or works with, or one the
        place's own name repeats ("Biryani from Student Biryani": a dish and a shop)."""
        text = post.text
        # the places first (most posts have none), then the story and the people
        placed_at = []
        for span in post.spans:
            if span.entity_type not in _PLACE_READ_AS or not span.text[:1].isupper() or _NOT_A_PLACE_AFTER.match(text, span.end):
                continue
            placed = _PLACED_IN.search(text, max(0, span.start - 14), span.start) or _PLACED_ON_A_ROUND.search(text, max(0, span.start - 40), span.start)
            if placed is not None and all(_small_place_name(w) for w in span.text.split()):
                placed_at.append((span, placed.start()))
        if not placed_at:
            return
        ages = [(s.start, s.end) for s in post.spans if s.entity_type == "AGE"]
        if not (ages or post.kinds_found or any(s.entity_type in _THEIR_NUMBERS for s in post.spans) or any(post.cue(name) for name in _STORY_CUES)):
            return  # "the lovely customer from Kelby who brought us doughnuts": a kindness, no story told of them
        named = [(a, b) for a, b in post.names if post.served or post.workplace or _TITLED_BEFORE.search(text, max(0, a - 6), a + 6)]
        people = [(a, b) for a, b in post.served + named if not post.is_own(a, b) and not _PLURAL.search(text[a:b])]
        people += ages
        own = post.cue("review_own_family")
        for span, at in placed_at:
            if any(a < span.end and span.start < b for a, b in own):
                continue
            place_words = set(span.text.lower().split())
            if (any(0 <= at - e <= 14 and not _SENTENCE_BREAK.search(text, e, at) and not (s < span.end and span.start < e)
                    and not place_words & set(text[s:e].lower().split()) for s, e in people)
                    or ((post.served or post.workplace) and _one_by_kind(_PERSON_NOUN_BEFORE.search(text, max(0, at - 30), at + 1)))):
                risk = self.risk(post, span.start, span.end)
                post.unseen_by_model.add((risk.start, risk.end, risk.kind))
                yield risk

    def _named_local_place(self, post: Post):
        """A named local school, hospital, home, club, library or street, in a post that tells of someone
        there: "the man on Orchard Close who shouted at me", "Year 6 at Milford Primary", "the Wexbridge
        children's home closes", "triplets born at Tarrangower District Hospital". Its neighbours know who
        that is. Not a big city's street or a famous one ("the atmosphere on Canal Street in Manchester"),
        a university or a court, nor a place in a post that picks out no one."""
        text = post.text
        found = []
        for span in post.spans:
            if span.entity_type in _LOCAL_PLACE_TYPES and not span.text[:1].isdigit():
                kind = _kind_of_place(span.text)
                if (kind is None and not _SAINT.match(span.text)) or kind in _NOT_LOCAL_KINDS:
                    continue
                found.append((span.start, span.end))
        for a, b in post.cue("review_local_settings"):
            name = _NAME_BEFORE.search(text, max(0, a - 40), a)
            words = name.group("name").split() if name else ()
            if (not words or words[0].lower() in _FUNCTION_WORDS or words[0].lower() in _DAYS or re.search(r"['’]s?$", words[-1])
                    or any(s <= name.start() < e for s, e in found)):
                continue  # "Thursday youth club", "Harpreet's school": when, or whose, not which
            if len(words) == 1 and is_dictionary_word(words[0]) and not _WAY.fullmatch(text, a, b):
                continue  # "Tuesday clinic", "Small library", "Sunday school": a word, not a place's name
            if not any(s.start <= name.start("name") < s.end for s in post.spans) and post.sentence(name.start("name"))[0] == name.start("name"):
                continue  # a capitalised word that only starts a sentence ("Left school at 15")
            found.append((name.start("name"), b))
        for a, b in found:
            if any(w.lower() in _BIG_PLACES for w in re.findall(r"[A-Z][\w'’-]+", text[a:b])):
                continue
            if _someone_in_it(post, a, b, near=0 if _CROWDED.search(text, a, b) else 1):
                risk = self.risk(post, a, b)
                post.unseen_by_model.add((risk.start, risk.end, risk.kind))
                yield risk

    def _whole_place(self, post: Post):
        """The place where people live told as one body, in a post about someone: "the whole parish came
        out", "half the village will know", "whole valley's gonna feel this"; the place told as too small to
        hide in ("town's too small to", "Orkney's wee"); someone the first from the writer's own community
        ("first girl from our upazila ever"). Not a school, a church, a club or a congregation ("the whole
        school wore green for the match", "half the congregation confused"), nor an estate (a company's
        servers, a will's)."""
        text, lower = post.text, post.lower
        if "whole" in lower or "entire" in lower or "half" in lower:
            for m in _WHOLE_PLACE.finditer(text):
                yield self.risk(post, m.start(), m.end())
        if "small" in lower or "tiny" in lower or " wee " in lower:
            for size in _SMALL_WORD.finditer(text):
                m = _PLACE_TOO_SMALL.search(text, max(0, size.start() - 40), size.start())
                if m is None:
                    continue
                name = m.group("name")
                if name and not (_small_place_name(name) and self._place_span(post, m.start("name"))):
                    continue  # "Lagos is small for real", "Sarah's tiny"
                yield self.risk(post, m.start(), size.end())
        if "first" in lower:
            for m in _FIRST_FROM_OURS.finditer(text):
                yield self.risk(post, m.start(), m.end())

    def _at_local_trade(self, post: Post):
        """Someone told by the local shop they work in, in a post with a story about them: "Ruby from the hair
        salon next door popped in for her PrEP", "the baker from the cupcake shop on Rye Lane admitted the
        panic attacks"; not "a coffee from the cafe next door"."""
        text, lower = post.text, post.lower
        if "from the" in lower or "at the" in lower or "fae the" in lower:
            people = [(a, b) for a, b in post.names + post.served if not post.is_own(a, b)]
            for m in _AT_LOCAL_TRADE.finditer(text):
                if any(0 <= m.start() - e <= 20 and not _SENTENCE_BREAK.search(text, e, m.start()) for _, e in people) or _A_PERSON_BEFORE.search(text, max(0, m.start() - 25), m.start()):
                    yield self.risk(post, m.start(), m.end())

    def _someone_from_a_small_place(self, post: Post):
        """Someone the writer serves placed by the small place they come from, which the detector found (as a
        place or, as it often reads an unknown place, as a name): "a 3yo from Cross Keys", "a retired
        fisherman from Twillingate Reach", "a sheep farmer from up Pukehaua way". Not a big city, region,
        country or brand ("a client from Lagos", "the lad from Tesco"), nor someone's ("the mum from Jake's
        class"), nor a numbered room ("the patient in Bay 4")."""
        text = post.text
        starts = {s.start: s for s in post.spans if s.entity_type in ("LOCATION", "PERSON")}
        if not starts:
            return
        people = None
        for m in _FROM_A_PLACE.finditer(text):
            place = m.group("place")
            span = starts.get(m.start("place"))
            if span is None or not _small_place_name(place) or not _small_place_name(span.text) or _NOT_A_PLACE_AFTER.match(text, m.end()):
                continue
            if any(m.start("place") <= a < m.end() for a, _ in post.names if (a, _) != (span.start, span.end)) and span.entity_type != "LOCATION":
                continue
            if people is None:
                people = [(a, b) for a, b in post.served + post.described if not post.is_own(a, b) and not _PLURAL.search(text[a:b])]
                people += [(s.start, s.end) for s in post.spans if s.entity_type == "AGE"]
            if any(0 <= m.start() - e <= 14 and not _SENTENCE_BREAK.search(text, e, m.start()) for _, e in people) or _PERSON_NOUN_BEFORE.search(text, max(0, m.start() - 30), m.start() + 1):
                yield self.risk(post, m.start("place"), m.end("place"))

    def _served_by_trade_and_place(self, post: Post):
        """Someone the writer serves told by their trade and the small place they do it in, in apposition: "One
        of my clients, a 34yo firefighter in Kilnagross, ...", "a patient of mine, a retired vet from Ardnagh".
        A trade in a small place is a handful of people; with an age, one. Not a big city ("a nurse in
        Leeds"), nor the writer's own trade ("I'm a nurse in Kilbrae")."""
        text = post.text
        for span in post.spans:
            if span.entity_type not in ("LOCATION", "PERSON") or not _small_place_name(span.text):
                continue
            m = _TRADE_IN_APPOSITION.search(text, max(0, span.start - 60), span.start)
            if m is None or not _a_trade(m.group("trade")):
                continue
            if any(e == m.start() or text[e:m.start()].strip().lower() in ("", "of mine", "of ours") for s, e in post.served if not _PLURAL.search(text[s:e]) or "one of" in post.lower[max(0, s - 12):s]):
                yield self.risk(post, m.start() + 1, span.end)

    def _only_in(self, post: Post, m: re.Match):
        """The risk of "the only X in <place>", rewritten "a X". A place told by its size goes with it,
        kept as a small place: "Only psych nurse in a town of 800" -> "A psych nurse in a small town",
        "Only therapist in a Nunavut hamlet of 900 people" -> "A therapist in a small hamlet" (never "A psych
        nurse of a few hundred", "A therapist hamlet of ..."): the size left behind has nothing to hang on."""
        if m.group("who").lower().split()[0] in ("one", "ones"):
            return self.risk(post, m.start(), m.end())  # "the only one in the parish": no kind to keep ("an one")
        who = _article(m.group("who"))
        sized = sized_place_after(post.text, m.end(), m.group("where"))
        if sized is None:
            return self.risk(post, m.start(), m.end(), who)
        return self.risk(post, m.start(), sized[0], f"{who} in {sized[1]}")

    def _smaller(self, post: Post, start: int, end: int):
        """The risk of a small-place phrase, with the rewrite that keeps the setting and drops what makes it
        one of a kind: "a town of 900 people" -> "a small town", "runs the only chippy" -> "runs a chippy".
        Other phrases are left for the writer ("everyone knows everyone" has no general form)."""
        text = post.text
        size = _SIZE_OF.fullmatch(text, start, end)
        if size:
            people = _PEOPLE_AFTER.match(text, end)
            return self.risk(post, start, people.end() if people else end, f"small {size.group('kind')}")
        only = _ONLY_AMENITY.fullmatch(text, start, end)
        the = _THE_BEFORE.search(text, max(0, start - 4), start)
        if only and the:
            # ("the only one in the borough" -> "one in the borough": a pronoun takes no article; where it stands
            # in an aside set off by commas, generalise/story_rarity.py drops the aside whole)
            return self.risk(post, the.start(), end, _article(only.group("what")))
        return self.risk(post, start, end)

    def _preceded(self, post: Post, tail: re.Pattern, head: re.Pattern, reach: int):
        """A risk from ``head`` to ``tail`` for each match of ``tail`` that ``head`` ends right before."""
        text = post.text
        for m in tail.finditer(text):
            before = head.search(text, max(0, m.start() - reach), m.start())
            city = _EACH_OTHER_IN_A_CITY.match(text, m.end())
            if before and city and not _small_place_name(city.group("place")):
                continue  # "we all know each other in Newcastle": a joke about a city, no one pointed at
            if before and post.is_own(before.start(), before.end() - 1):
                continue  # "my auntie who runs the spaza": the writer's own family
            if before:
                yield self.risk(post, before.start(), m.end())

    @staticmethod
    def _place_span(post: Post, at: int) -> bool:
        """The detector found a place (or an organisation, a school) starting at ``at``."""
        return any(s.entity_type in PLACE_TYPES and s.start == at for s in post.spans)

    @staticmethod
    def _name_read_place(post: Post, m: re.Match) -> bool:
        """A name the detector found right after "the only X in", which is a place there ("the only hair salon in
        Boonderoo"), not after "of" or "from" ("the only one of Sarah's")."""
        return (text_at(post.text, m.start("where") - 4, m.start("where")) == " in "
                and any(s.entity_type == "PERSON" and s.start == m.start("where") for s in post.spans))

    @staticmethod
    def _named_place(post: Post, at: int) -> bool:
        if not post.spans:
            return True  # no detector: a capitalised word after "the only ... in" is taken as a place
        if any(s.entity_type in PLACE_TYPES and s.start <= at < s.end for s in post.spans):
            return True
        # the detector took the whole of "the only kid in Arrowbank" as one distinctive detail: the place
        # in it is a place all the same, unless it is a big one ("the only person in Manchester with it")
        name = re.match(r"[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?", post.text[at:])
        return any(s.entity_type == "DISTINCTIVE_DETAIL" and s.start <= at < s.end for s in post.spans) and bool(
            name and _small_place_name(name.group())
        )


# Where people live together, as a body of people that knows its own: a town, a village, a parish, an island,
# and the words of other Englishes for them.
_COMMUNITIES = (
    r"(?:town|village|parish|island|valley|glen|street|road|close|cul[\s-]de[\s-]sac|community|congregation|district|neighbourhood|"
    r"neighborhood|hamlet|township|settlement|reserve|rez|mohalla|barangay|kampung|kampong|dorp|dorpie|colony|upazila|taluk|"
    r"village\s+green|townland|holler|bayou|outport|croft|crofting\s+township)"
)
_WHOLE_PLACE = re.compile(
    r"(?i)\b(?:whole|entire|half\s+(?:of\s+)?(?:the|our|this|my))\s+"
    r"(?:(?:little|tiny|wee|small)\s+)?(?!congregation)" + _COMMUNITIES + r"\b(?!-\w|['’](?!s\b)\w)"
)
# The place told as too small to hide in: "Town's too small to wreck their lives", "Orkney's wee", "the
# village is tiny".
# Found by the size word, then the place before it.
_SMALL_WORD = re.compile(r"(?i)\b(?:small|tiny|wee)\b(?!\s+(?:win|thing|step|mercy|mercies|victory|hours))")
_PLACE_TOO_SMALL = re.compile(
    r"(?i)\b(?:(?:the|our|this|a|my)\s+)?(?:(?:town|village|island|parish|community|valley|glen)|(?P<name>(?-i:[A-Z])[\w'’-]+))"
    r"(?:['’]s|\s+is|\s+was)\s+(?:(?:so|too|that|very|dead|pretty|really|just|only|proper)\s+)?$"
)
# Someone the first from the writer's own community: "first girl from our upazila ever", "first kid from our
# reserve to ever get the call", "the first baby born in our village in 40 years".
_FIRST_FROM_OURS = re.compile(
    r"(?i)\bfirst\s+(?!time\b|day\b|week\b|year\b|thing\b)(?:[\w'’-]+\s+){0,3}?(?:from|in|on|out\s+of|of)\s+(?:our|my|this)\s+"
    r"(?:(?:little|tiny|wee|small|lickle)\s+)?(?:" + _COMMUNITIES + r"|school|club|estate)\b(?![-'’]\w)"
)


# Someone by the local shop or trade they work at: "from the hair salon next door", "at the general store",
# "from the chippy on Moss Rd".
_LOCAL_TRADES = (
    r"(?:shop|salon|store|chippy|chipper|pub|bakery|bakers|garage|post\s+office|newsagents?|butchers?|takeaway|deli|bodega|"
    r"spaza|sari[\s-]sari|dairy|launderette|laundrette|barbers?|hairdressers?|petrol\s+station|gas\s+station|chemist|florists?|"
    r"stall|kiosk|tuck\s+shop|corner\s+shop|cafe|café|caff|diner|surgery|garden\s+centre|hardware\s+store|feed\s+store)"
)
_AT_LOCAL_TRADE = re.compile(
    r"(?i)\b(?:from|fae|at)\s+the\s+(?:(?!(?:big|large|new)\b)[\w'’-]+\s+){0,2}?" + _LOCAL_TRADES + r"\b(?:['’]s)?"
    # the place of an event, not of someone's work: "the one from the Halifax post office job"
    r"(?!\s+(?:job|jobs|thing|robbery|raid|heist|case|incident|fire|shooting|stabbing|attack|break[\s-]in|siege|murder|hold[\s-]?up)\b)"
    r"(?:\s+(?:next\s+door|across\s+the\s+road|down\s+the\s+road|round\s+the\s+corner|on\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?|"
    r"in\s+(?-i:[A-Z])[\w'’-]*|by\s+the\s+[\w'’-]+|opposite\s+the\s+[\w'’-]+))?"
)
_A_PERSON_BEFORE = re.compile(
    r"(?i)\b(?:the|that|this|our|my)\s+(?:[\w'’-]+\s+)?(?:lady|woman|man|guy|bloke|fella|lad|lass|girl|boy|gent|gentleman|owner|baker|butcher|"
    r"barber|hairdresser|pharmacist|chemist|mechanic|postmistress|postmaster|landlord|landlady|manager|cashier|assistant)\s+$"
)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
# "THE" stressed before someone, in lowercase writing: "yeah THE kid from the state title run", "THE lady who
# won the lottery twice": the one everyone round there knows, pointed at as a name would be.
_EMPHATIC_THE = re.compile(
    r"(?<![A-Z] )\bTHE\s+(?:[a-z]+\s+)?(?:kid|lad|lass|girl|boy|guy|bloke|fella|man|woman|lady|gent|family|couple|teen|teenager|"
    r"baby|twins|triplets|mum|mom|dad|granny|grandad|farmer|player|one)\s+(?:from|who|that|with|off|in)\b[^.!?\n()]{0,60}"
)
_SHOUTED = re.compile(r"\b[A-Z]{2,}\s+[A-Z]{2,}\s+$")
# ", a 34yo firefighter in ", ", an ex-miner from ": a trade (with an age or a word or two before it) in
# apposition, and where they do it.
_TRADE_IN_APPOSITION = re.compile(
    r",\s*(?:a|an)\s+(?:[\w'’/-]+\s+){0,2}?(?P<trade>[A-Za-z-]+)\s+(?:in|from|at|near|outside|on|fae|frae)\s+(?:(?:up|out|down|over|round)\s+)?(?:the\s+)?$"
)
# A trade by the lists of people's roles and jobs, or by the endings trades are made with ("postman",
# "blacksmith", "shipwright", "beekeeper"), which the lists cannot all hold.
_TRADES = _PERSON_NOUNS


def _a_trade(word: str) -> bool:
    word = word.lower()
    return word in _TRADES or (len(word) > 6 and word.endswith(("man", "woman", "smith", "wright", "maker", "monger", "keeper", "herd")))
# A place someone comes from: "from Cross Keys", "fae Achnaclach", "from up Pukehaua way".
_FROM_A_PLACE = re.compile(
    r"\s(?:from|fae|frae)\s+(?:(?:up|out|down|over|round)\s+)?(?P<place>(?-i:[A-Z][a-zà-ÿāēīōū-]+)(?:\s+(?-i:[A-Z][a-zà-ÿāēīōū-]+)){0,2})"
)
# How the detector may read a small place's name it does not know: as a place, a name or a firm.
_PLACE_READ_AS = frozenset({"LOCATION", "PERSON", "ORGANIZATION"})
# Someone placed by where they live: "client in Hollowfield", "Mrs Pike from Hollins Green", "a lad fae up Kelby".
_PLACED_IN = re.compile(r"\s(?:in|from|fae|frae)\s+(?:(?:up|out|down|over|round)\s+)?$")
# ... or by the ground the writer covers there: "Mrs Baird on my round in Glenrothy".
_PLACED_ON_A_ROUND = re.compile(
    r"(?i)\s(?:on|in|from)\s+(?:my|our|the)\s+(?:[\w'’-]+\s+)?" + alternation("review_work_rounds") + r"\s+(?:in|at|around|round|up|down)\s+$"
)
# A number that is someone's own: with it, one person placed in a small place is found ("Mrs Wrigglesworth from
# Hebden, account ending 4471").
_THEIR_NUMBERS = frozenset({"REFERENCE_NUMBER", "PHONE_NUMBER", "EMAIL_ADDRESS"})
_TITLED_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mzee|Auntie|Aunty|Uncle|Nana|Gogo)\.?\s+[A-Z]")
# What makes a capitalised word after "from" no place: a possessive ("from Jake's class"), a number ("in Bay 4").
_NOT_A_PLACE_AFTER = re.compile(r"['’]s\b|\s*\d")
_PERSON_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|this|that|our|my|one)\s+(?:[\w'’-]+\s+){0,2}?(?:elder|farmer|fisherman|fisherwoman|schoolteacher|teacher|"
    r"lady|woman|man|gentleman|gent|bloke|fella|lad|lass|girl|boy|kid|child|baby|toddler|teenager|youngster|widow|widower|"
    r"grandmother|grandfather|granny|grandad|pensioner|shepherd|crofter|miner|chief|pastor|priest|imam|vicar|nun|monk|mum|mummy|"
    r"mam|dad|auntie|aunty|uncle|mzee|pakcik|makcik|lola|lolo|gogo)s?\s+$"
)
_FROM = re.compile(r"(?i)\s(?:from|fae|frae|of)\s+$")
# A place a story is put in, however the detector read its name (a place, a name, a firm, a school or a street):
# "in Aloi", "near Pine Hollow MB", "at Lorong Pisang Day Rehab", "inna Christiana" (Patois), "pon", "ng" (Tagalog).
_ANY_PLACE_READ_AS = frozenset({"LOCATION", "PERSON", "ORGANIZATION", "FACILITY", "STREET_ADDRESS"})
_PUT_IN_A_PLACE = re.compile(
    r"(?i)\s(?:in|inna|from|fae|frae|at|near|outside|on|pon|ng|round|around)\s+(?:(?:up|out|down|over|round)\s+)?(?:the\s+)?$"
)
_AT_OR_ON = re.compile(r"(?i)\s(?:at|on|pon)\s")
# The last word of a firm's name ("Corvane Energy", "Orchardline Logistics").
_FIRM_ENDINGS = frozenset(w.lower() for w in vocab.words("company_name_endings"))
# The writer placing themselves or their own work there: "I work in", "our clinic at", "we're based in".
_WRITER_PLACED = re.compile(
    r"(?i)\b(?:i|i['’]m|we|we['’]re|my|our|me)\b(?:\s+(?!(?:client|patient|pt|student|pupil|customer|resident|kid|boy|girl|lad|man|woman|lady)s?\b)[\w'’-]+){0,3}\s+\S+$"
)


# The writer as the one of a kind in their own workplace: "I'm still the only one in the office who ...", "I
# am the only person on the team who reads the minutes" (the writer is who it picks out, and their own
# colleagues know it already; a small place, "the only nurse in a village of 600", still picks out the
# writer's clients and is not read here).
_WRITER_IS_THE_ONLY = re.compile(r"(?i)\b(?:i['’]?m|i\s+am|i\s+was|i\s+have\s+been|i['’]ve\s+been|me|myself)\s+(?:\w+\s+){0,2}?$")
_WORKPLACE_GROUP = re.compile(r"(?i)(?:office|team|department|firm|practice|staff|station|surgery|squad|group|unit)")
_WORKPLACE_AFTER = re.compile(r"(?i)\s+(?:the|our|my|this)\s+" + _WORKPLACE_GROUP.pattern[4:] + r"\b")


def _writer_the_only_at_work(text: str, a: int, b: int) -> bool:
    """The count "only one in" said of the writer in their own workplace ("I'm still the only one in the office
    who can work the fax"), not of a pupil ("the only one in Year 9 with a cochlear implant")."""
    return (text[a:b].lower() == "only one in" and _WORKPLACE_AFTER.match(text, b) is not None
            and _WRITER_IS_THE_ONLY.search(text, max(0, a - 34), a - 4 if text[a - 4:a].lower() == "the " else a) is not None)


# The writer's own team, led or joined: "now leading a team of 9", "I manage a team of six".
_WRITERS_OWN_TEAM = re.compile(
    r"(?i)\b(?:lead|leads|leading|led|manage|manages|managing|managed|run|runs|running|head(?:ing)?\s+up|built|building|"
    r"joined|joining|join|hired|hiring)\s+(?:a|my|our|the)\s+(?:(?:small|tiny|little|new|great|brilliant|amazing)\s+)?$"
)
_TEAM = re.compile(r"(?i)(?:team|staff|crew|squad|department|office|firm)\b")
# "... know each other in Newcastle": everyone in a city knowing each other is a joke about it.
_EACH_OTHER_IN_A_CITY = re.compile(r"(?i)\s+(?:each\s+other|one\s+another)\s+(?:in|from|round|around)\s+(?P<place>(?-i:[A-Z])[\w'’-]*)")


# The phrases the rewrite can make general (the cue list finds them; these split them up).
_SIZE_OF = re.compile(r"(?i)(?P<kind>town|village|island|community|school|team|unit|department|office|firm)\s+of\s+\S+")
# What may follow the place of "the only X in <place>" and tell its size: "(Nunavut) hamlet", " of 800".
_COMMUNITY_AFTER_NAME = re.compile(r"(?i)\s+(?P<kind>" + _COMMUNITIES + r")\b(?=\s+of\s)")
_SIZE_TAIL = re.compile(r"(?i)\s+of\s+(?:about\s+|around\s+|roughly\s+|maybe\s+|just\s+|only\s+|barely\s+|under\s+)?"
                        r"(?P<n>\d[\d,.]*k?|" + "|".join(_NUMBER_VALUES) + r")\b")
_PEOPLE_AFTER = re.compile(r"(?i)\s+(?:people|residents|souls|inhabitants|locals|families|pupils|kids|children|staff|"
                           r"employees|members|beds)\b")
# a shop or service, not a person ("the only nurse" is the writer's own trade: another rule's business)
# "the only one in this house who ...": the writer's own home or family is the scope, a handful of people the
# post's readers are not among; no small place points at anyone.
# ("our home" is left: a care home's staff say it of the home they work in)
_OWN_HOUSEHOLD_AFTER = re.compile(r"(?i)\s*(?:(?:this|my|our)\s+(?:house|household|family)|my\s+(?:home|flat))\b")
_ONLY_AMENITY = re.compile(r"(?i)only\s+(?P<what>(?!(?:gp|doctor|nurse|teacher|midwife|social\s+worker)\b)[\w'’ -]+)")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")


# What makes a small setting matter: a story about someone in it (their health, a case, a secret, a
# rarity, the news, a photo, private contact) somewhere in the post.
_PLURAL_HABIT = re.compile(r"(?i)regulars")
_STORY_CUES = (
    "review_health_words", "review_care_status", "review_legal_process", "review_secrecy", "review_business_events",
    "review_rarity", "review_news_exposure", "review_private_contact", "review_image_words", "review_incidents",
    "review_client_wrongdoing", "review_complaint_words", "review_superlatives", "review_gifts", "medicines",
)
_SINGULAR_PRONOUN = re.compile(r"(?i)\b(?:he|she|him|her|his|he['’]s|she['’]s|hers)\b")
_GROUP_WORD = re.compile(r"(?i)(?:team|staff|management|leadership|committee|board|department|crew|class|group|community|everyone|everybody)$")


def _story_near(post: Post, start: int, end: int) -> bool:
    """A small-place phrase tells on someone when the post picks out one person near it (a name, "the lad",
    "my manager", "she") or tells a story of someone's health, case, secret or rarity; not in talk of the
    writer's own work or home ("3 villages today for the polio campaign", "I love this island", "Rural GP
    life", "leading a team of 9")."""
    text = post.text
    wa, wb = post.around(start, end, 1)
    if any(wa <= a and b <= wb for a, b in post.names) or _SINGULAR_PRONOUN.search(text, wa, wb):
        return True
    if any(wa <= a and b <= wb and not _GROUP_WORD.search(text[a:b])
           and (not _PLURAL.search(text[a:b]) or "one of" in post.lower[max(0, a - 15):a])
           for a, b in post.served + post.workplace):
        return True
    return any(post.cue(name) for name in _STORY_CUES)


_LOCAL_PLACE_TYPES = frozenset({"FACILITY", "STREET_ADDRESS"})
_SAINT = re.compile(r"(?:[Tt]he\s+)?St\.?\s+[A-Z]")  # "St Brigid's": a school, a church or a hospital
# A place's name right before the kind of place it is: "the Coorinya road", "Breezy Hill youth club".
_NAME_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>(?-i:[A-Z][a-z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+$")
# Ways and land, which are named after words as often as not ("Kirk Lane", "Gallows Lane", "Carrick Bridge").
_WAY = re.compile(r"(?i)road|lane|bypass|roundabout|crossroads|bridge|farm|estate|allotments")
_DAYS = frozenset(w.lower() for w in vocab.words("weekdays") | vocab.words("months"))
_FAMOUS = vocab.words("famous_people")
_FUNCTION_WORDS = frozenset(w.lower() for w in vocab.words("function_words"))
# A street or square where crowds go ("a busy night on Grafton Street"): someone there is one of a crowd unless
# the sentence that names it tells of them ("Ours on Pellow Street had a bloke threaten Davo").
_CROWDED = re.compile(r"\b(?:Street|St|Square|Market|Quarter|Row|Arcade|Mall|Strip|Boulevard|Plaza|Pier|Wharf|Bar)\.?$")
# Kinds of place the table knows that are no community of neighbours: a bed, a room, a ward or a prison wing (a unit
# inside a place; none of 23 labelled posts naming a ward or wing is labelled small_community), a university, a
# court, a prison, a station or a hotel (people from everywhere pass through).
_NOT_LOCAL_KINDS = frozenset({"a bed", "a room", "a hospital ward", "a wing", "a university", "a court", "a prison", "a station", "a hotel"})


def _someone_in_it(post: Post, start: int, end: int, near: int = 1) -> bool:
    """The post about the named place at [start, end) picks out one person in a story: someone the writer serves
    or names ("the man on Orchard Close", "Mum (Grace)", "one of our twins"), or "he"/"she" beside it, and a story
    of them near it (_story_near). Not a group ("everyone at Hazelmere Primary"), the writer's own family, the
    place itself read as a name ("Ardcullen"), a famous person or a name with a big city in it ("Manchester
    Pride"). The person must be in the place's sentence or, with ``near`` 1, the one beside it."""
    text = post.text
    wa, wb = post.around(start, end, near)

    def one_person(s: tuple[int, int]) -> bool:
        words = text[s[0]:s[1]]
        return (wa <= s[0] and s[1] <= wb and not post.is_own(*s) and not (s[0] < end and start < s[1])
                and (not _PLURAL.search(words) or "one of" in post.lower[max(0, s[0] - 12):s[0]])
                and not any(w.lower() in _BIG_PLACES for w in words.split()) and words not in _FAMOUS)

    if not any(one_person(s) for s in post.served + post.names):
        if post.own or not _SINGULAR_PRONOUN.search(text, wa, wb):
            return False
    return _story_near(post, start, end)


def _one_by_kind(noun: re.Match | None) -> bool:
    """The person noun found ("a retired teacher ", "our lads ") is one person, not a group."""
    return noun is not None and not noun.group().rstrip().endswith("s")


def _nobody(post: Post, start: int, end: int) -> bool:
    """A greeting, an interjection or a language the detector took for a place ("in Yoruba")."""
    return any(a <= start and end <= b for a, b in post.cue("review_not_people"))


# The kind of a place by its name, remembered: a pure function of the name, and the same names (a town, a
# school) come back post after post; about 20 µs a name read afresh.
_kind_of_place = functools.lru_cache(maxsize=4096)(kind_of_place)


def text_at(text: str, a: int, b: int) -> str:
    return text[max(0, a):b]


def _any_in(text: str, words: tuple[str, ...]) -> bool:
    # a plain loop: any() over a generator costs about a third more, and this runs several times a post
    for word in words:
        if word in text:
            return True
    return False


def _small_place_name(name: str) -> bool:
    """A capitalised place name that is no big city, region, country or brand, nor a road."""
    return name[:1].isupper() and name.lower() not in _BIG_PLACES and not _ROAD.match(name)


def is_setting(post: Post, a: int, b: int) -> bool:
    """The small-place cue at [a, b) is a setting: not a count in order ("my 12th bed") nor part of a show's
    name ("Love Island"). Other rules ask it before they read the cue as a pointer to someone."""
    return not _ORDINAL.match(post.text, a) and not _in_a_title(post, a, b)


def _in_a_title(post: Post, a: int, b: int) -> bool:
    """A place word capitalised after a capitalised word, in a name the detector took for no place and
    watched as a show ("Love Island tonight with my nan", "like that one off Love Island"), is a
    programme's name, not a setting."""
    text = post.text
    if not text[a].isupper() or any(s.entity_type in PLACE_TYPES and s.start < b and a < s.end for s in post.spans):
        return False
    before = re.search(r"\b[A-Z][a-z]+\s+$", text[max(0, a - 25) : a])
    if before is None:
        return False
    start = a - len(before.group())
    return bool(_SHOW_BEFORE.search(text, max(0, start - 20), start) or _SHOW_AFTER.match(text, b))


# A count in order, not a size: "making your 12th bed", "my 3rd team".
_ORDINAL = re.compile(r"(?i)\d+(?:st|nd|rd|th)\b")
# A city's streets, squares, bars and markets: where crowds go, not a community of a few hundred.
_CITY_QUARTER = re.compile(r"\s(?:Bar|Square|Street|St|Road|Rd|Market|Quarter|Lane|Row|Arcade|Mall|Centre|Center|Strip|Boulevard|Avenue|Ave|Plaza|Pier|Wharf)$")
_SHOW_BEFORE = re.compile(r"(?i)\b(?:off|watch|watching|watched|binging|bingeing|binged|episode\s+of|series\s+of|final\s+of|star\s+of)\s+(?:the\s+)?$")
_SHOW_AFTER = re.compile(
    r"(?i)\s+(?:tonight|last\s+night|is\s+on|was\s+on|on\s+(?:the\s+)?(?:tv|telly|itv|bbc|netflix)|final|finale|series|season|episode|"
    r"contestants?|villa|spoilers?|marathon|reunion|launch\s+night)\b"
)


def _small_enough(phrase: str) -> bool:
    number = _NUMBER.search(phrase)
    if not number:
        return True
    raw = number.group().lower().replace(",", "").strip()
    try:
        value = float(raw.rstrip("k").strip()) * (1000 if raw.endswith("k") else 1) if raw[0].isdigit() else _NUMBER_VALUES[raw]
    except (ValueError, KeyError):
        return True
    return value <= next(limit for kind, limit in _LARGEST if kind.search(phrase))


def sized_place_after(text: str, end: int, where: str) -> tuple[int, str] | None:
    """Where the place of "the only X in <where>" (``where`` ending at ``end``) really ends when its size is told
    after it, and the place said as a small one: "in a town| of 800" -> (after "800", "a small town"), "in a
    Nunavut| hamlet of 900 people" -> (after "people", "a small hamlet"). None when no size follows a place
    that is a community; then the size, if any, has nothing to do with "the only"."""
    kind = where.lower() if re.fullmatch(_COMMUNITIES, where, re.I) else None
    named = _COMMUNITY_AFTER_NAME.match(text, end) if where[:1].isupper() else None
    if named:
        kind, end = named.group("kind").lower(), named.end()
    size = _SIZE_TAIL.match(text, end) if kind else None
    if size is None:
        return None
    people = _PEOPLE_AFTER.match(text, size.end())
    small = "small " if _small_enough(f"{kind} {size.group('n')}") else ""
    return (people.end() if people else size.end()), f"a {small}{kind}"


def _article(noun_phrase: str) -> str:
    """ "deaf girl" -> "a deaf girl", "autistic boy" -> "an autistic boy", "twins" -> "twins"."""
    last = noun_phrase.split()[-1].lower()
    if last.endswith("s") and not last.endswith(("ss", "us")) and last not in ("his",):
        return noun_phrase
    if noun_phrase.split()[0].lower() in ("one", "ones"):
        return noun_phrase  # "the only one in the borough" -> "one in the borough": a pronoun takes no article ("an one")
    return ("an " if noun_phrase[:1].lower() in "aeiou" else "a ") + noun_phrase
