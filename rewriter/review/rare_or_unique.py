"""rare_or_unique: a rare condition, a first, an only, a record, one in a million.

"The first triplets ever born on the unit" or "one of only 40 children in the world with it" fits so
few people that anyone who heard of the case knows who it is. Raised, in a post about someone else, for
- a rarity phrase ("a rare genetic condition", "one in 50,000 births", "never seen it before");
- a superlative with a scope that makes it a record ("the youngest person ever to", "first case in 15
  years", "the oldest lady in the county");
- "the only" someone ("the only deaf girl in year 9", "only survivor");
- an age few people reach ("turned 100", "101 years young");
- a rarity measured by a career, said of someone served or a case ("haven't seen tetanus in 30 years",
  "in 25 years I've met one client with it", "the first baby born there in 40 years");
- the distinctive details and rarer named conditions the detector finds.
Not for "a rare day off", "my first ever marathon", "she's one in a million", "only 5 minutes", nor an
awareness post that tells of a rare condition, not of a person ("It's Rare Disease Day").
"""

from __future__ import annotations

import re

from .. import vocab
from ..kinds import Detail
from .context import Post, within
from .health_detail import is_awareness_post, is_clinical
from .cues import NUMBER_WORDS
from .rule import Rule

_WEAK = re.compile(r"(?i)rar(?:e|er|est)$")
_RATE = re.compile(r"(?i)(?:1|one)\s+in\s+(?P<n>[\d,.]+\s*[km]?|a|every)\b(?:\s*(?P<big>thousand|million|billion|k\b|m\b))?")
_PRAISE_AFTER = re.compile(r"(?i)\s+(?:compliment|compliments|praise|honou?r|privilege|thank[\s-]you|feedback|review)s?\b")
# A compliment, not a statistic: "she's one in a million".
_COMPLIMENT = re.compile(r"(?i)(?:['’]s|\bis|\bare|['’]re|\bwas|\bwere)\s+(?:truly\s+|honestly\s+|just\s+|a\s+)?$")
# The writer's own record: "my first ever marathon", "I'm the only one who", "I was the first".
_OWN_BEFORE = re.compile(
    r"(?i)\b(?:my|i|i['’]m|i\s+am|i\s+was|me|we['’]re|we\s+were)\s+(?:(?:very|the|own|absolute|first|only|\w+est)\s+){0,2}$"
)
_ONLY_WHO = re.compile(r"(?i)\bonly\s+(?:[\w'’-]+\s+){0,3}?$")
# "only 5 minutes", "only two of us": an amount, not a one-of-a-kind.
_ONLY_AN_AMOUNT = re.compile(r"(?i)\bonly\s+(?:\d|" + "|".join(NUMBER_WORDS) + r")\b")
_IN_PLACE = re.compile(r"\s+(?:[\w'’-]+\s+){0,5}?(?P<scope>in\s+(?:the\s+)?(?-i:[A-Z][\w'’-]+))")
_IF_ONLY = re.compile(r"(?i)\b(?:not|if)\s+only\b")  # "not only ... but", "if only"
_QUESTION_TO_READERS = re.compile(r"(?i)\s*(?:[\w'’]+:\s*)?(?:what|which|who|who['’]s|what['’]s|how|when)\b[^?]*\?")
_TITLE = re.compile(r"(?:Head|Director|Chief|VP|Vice|Lead|Manager|Matron|Principal|Deputy|Assistant|Interim)\b")
# An age few people reach: "101 years young", "turned 100", "her 103rd birthday", "a centenarian", "turn 98 today",
# "She's 97" (95 and over: about one person in a thousand).
_RECORD_AGE = re.compile(  # (the lookahead first: the letters and digits a match can start with)
    r"(?i)(?=[tarc19shiwngplm])\b(?:(?:turned|turning|turns|turn|aged|age|reached|reaching|celebrat\w*)\s+(?:9[5-9]|1[01]\d)\b|(?:9[5-9]|1[01]\d)\s*(?:years?|yrs?)[\s-]+(?:old|young)\b|"
    r"(?:9[5-9]|1[01]\d)\s*(?:yo|y/o)\b|(?:9[5-9]|1[01]\d)(?:st|nd|rd|th)\s+birthday|centenarian\w*|supercentenarian\w*|\b(?:9[5-9]|1[01]\d),?\s+(?:she|he)\s+is\b|"
    r"(?:happy|his|her|their|celebrating)\s+(?:9[5-9]|1[01]\d)(?:st|nd|rd|th)\b|\b(?:9[5-9]|1[01]\d)\s+(?:last|this|next)\s+(?:week|month|year|\w+day)\b|\b(?:is|turns|will\s+be)\s+(?:9[5-9]|1[01]\d)\s+(?:tomorrow|today|tonight)\b|"
    # "her nan is 101", "he's 102 and still ...": a person's age said plainly (not "her temp was 101")
    r"\b(?:(?:she|he)['’]s|(?:she|he|who|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|great[\s-]grandma|"
    r"great[\s-]grandad|resident|patient|client|lady|gentleman|man|woman)\s+(?:is|was|turns|turned|just\s+turned))\s+(?:9[5-9]|1[01]\d)\b(?![.,]\d|\s*(?:°|degrees|f\b|%)))"
)
# "in", "on", "at", "from", and the same word in the other languages posts mix with English: Tagalog "sa"
# ("Only one sa Region VIII this year"), Malay and Indonesian "di"/"dalam", Spanish and French "en", Portuguese
# "em"/"no"/"na", Italian "nel"/"nella", German "im", Swahili "katika"/"kwa" (session 39: a Taglish rarity
# escaped the English-only cue). Never "i" ("the only one I know").
_IN = r"(?:in|on|at|from|sa|di|dalam|en|em|no|na|nel|nella|im|katika|kwa)"
_AFTER_ONLY_ONE = re.compile(r"\s+" + _IN + r"\s+(?:the\s+|our\s+|this\s+)?(?:[A-Z]|village|town|county|country|school|unit|ward|squad|class|year)")
# Where "the only <someone>" is the only one: "at her station", "in the village", "on our team", "in Kelderby".
_ONLY_SCOPE = re.compile(
    r"\s+(?:" + _IN[3:-1] + r"|of)\s+(?:(?:the|our|this|her|his|their|its|my|a)\s+)?(?:[A-Z]|(?:village|town|county|country|"
    r"island|estate|street|road|school|college|unit|ward|squad|class|year|station|team|crew|practice|firm|office|department|"
    r"club|church|parish|site|branch|plant|base|shift|course|cohort|programme|program|district|region|province|state|exco|board|"
    r"office|campus|squad|ward|practice|company|firm|bank|hospital|league|side)\b)"
    r"|\s+there\s+who\b|\s+(?:in|on|at|from|of)\s+(?:that|this)\s+[a-z]"
)
# A rarity measured by a career: "never seen a harlequin baby irl", "haven't seen tetanus in 30 years",
# "in 30 years I've seen two patients with ...", "the first baby born on Inishcarra in 40 years".
_YEARS = r"(?:\d+|[a-z]+|all\s+my|my\s+\d+)\s+(?:years?|yrs)"
# (A lookahead "(?=[...])" of the letters a case-blind pattern's branches can start with, here and below, has
# the scan try the branches only there: about half the time of the bare alternation tried at every position.)
_CAREER_RARITY = re.compile(
    r"(?i)(?=[nifwsorcm])(?:(?:\bnever|\bnot|n['’]t)\s+(?:ever\s+)?(?:seen|met|treated|had|come\s+across)\b[^.!?\n]{0,60}?"
    r"(?:\bin\s+" + _YEARS + r"|\bbefore\b|\birl\b|\bin\s+real\s+life\b|\blike\s+(?:it|this|that|hers|his|theirs)\b)"
    r"|\bin\s+" + _YEARS + r"(?:\s+of\s+[\w-]+)?,?\s+(?:i|we)(?:['’]ve|\s+have)?\s+(?:never\s+|only\s+)?(?:seen|met|had|treated)\b"
    r"|\bfirst\b[^.!?\n]{0,50}?\b(?:in\s+(?:over\s+|nearly\s+|almost\s+)?" + _YEARS + r"|since\s+(?:19|20)\d\d)\b"
    # "a tri-lingual selective mute kid, the first I've seen in 20 yrs", "... I've seen in 20 years"
    r"|\b(?:i['’]ve|i\s+have|we['’]ve|we\s+have)\s+(?:ever\s+)?(?:seen|met|treated|had)\s+in\s+(?:over\s+|nearly\s+|almost\s+)?" + _YEARS + r"\b"
    # "Weirdest thing in 10 years at the branch: a customer ...", "the strangest case of my 20 years"
    r"|\b(?:weirdest|strangest|oddest|rarest|craziest|wildest|most\s+(?:unusual|bizarre|extraordinary))\b[^.!?\n]{0,40}?"
    r"\b(?:in|of)\s+(?:over\s+|nearly\s+|almost\s+)?" + _YEARS + r"\b)"
)
# Before a show's name, someone seen on it rather than served: "like that one off Love Island", "watching Bake
# Off" (not "the guy from Married at First Sight comes in for veneers": a contestant served).
_SHOW_BEFORE = re.compile(
    r"(?i)\b(?:watch\w*|on|about|than|like\s+(?:that|the|this|a)\s+(?:one|guy|girl|woman|man|lad|lass|bloke)\s+(?:off|from|on))\s+(?:the\s+)?$"
)
# Words for someone the public follows, after "famous" or in a show's phrase: "a VERY famous K-pop idol", "a
# former Strictly pro", "a Love Island finalist".
_STARS = frozenset("idol idols star stars popstar singer actor actress rapper footballer player influencer youtuber presenter athlete "
                   "olympian pro winner contestant finalist island".split())
_ONE_OF_MINE = re.compile(r"(?i)\bone\s+of\s+(?:my|our)\s+(?:[\w'’-]+\s+)?[\w'’-]+")
_NOT_MINE = re.compile(r"(?i)\bnot\s+$")
_AGE_DIGITS = ("10", "11", "95", "96", "97", "98", "99")
# What every match of _RECORD_AGE holds: an age of 95 to 119 not run on from a word ("10am" and "2011" hold
# none), or "centenarian" in any case ("İ" and "ı" match its "i"). The pattern is a long alternation tried at
# every word, about 150 µs a post; this search costs a few.
_RECORD_AGE_NUMBER = re.compile(r"(?=[91])(?<!\w)(?:9[5-9]|1[01]\d)")


def _may_be_record_age(text: str, lower: str) -> bool:
    """The rule's own test (digits or "centenarian"), narrowed to what a match needs."""
    return (any(d in text for d in _AGE_DIGITS) or "centenarian" in lower) and (
        _RECORD_AGE_NUMBER.search(text) is not None or "centenarian" in lower or "İ" in text or "ı" in text)
# The same age said before the person it is of, in one hyphenated word (session 45, tuning sets: "our 103-yr-old
# WWII vet patient", "a 101-year-old lady", "the 97-year-old gent in bed 3"): an age of a person only with a
# word for one in the next three words (_is_someone), never "a 100-year-old house" or "a 96-year-old tradition".
_RECORD_AGE_BEFORE = re.compile(
    r"(?i)(?<![\w.,])(?:9[5-9]|1[01]\d)[\s‐‑-]*(?:years?|yrs?|yr|y)[‐‑-](?:old|young|o)\b|(?<![\w.,])(?:9[5-9]|1[01]\d)[‐‑-](?:yo|y/o)\b"
)
# A marriage few couples reach (65 years and more): "married 71 years", "68 years married", "their 70th wedding
# anniversary", "a platinum anniversary" (70), "oak" (80).
_LONG_WED = r"(?:6[5-9]|[7-9]\d)"
_RECORD_MARRIAGE = re.compile(
    r"(?i)\bmarried\s+(?:for\s+)?(?:over\s+|nearly\s+|almost\s+)?" + _LONG_WED + r"\s+(?:years?|yrs)\b|\b" + _LONG_WED + r"\s+(?:years?|yrs)\s+(?:married|wed|of\s+marriage)\b"
    r"|\b" + _LONG_WED + r"(?:st|nd|rd|th)\s+(?:wedding\s+)?anniversary\b|\b(?:platinum|oak)\s+(?:wedding\s+)?anniversary\b"
)
# The writer's own elders before it: "My grandparents have been married 68 years", "our folks' 70th anniversary".
_OWN_COUPLE = re.compile(
    r"(?i)\b(?:my|our|me)\s+(?:[\w'’-]+\s+){0,2}?(?:grand\w*|great[\s-]grand\w*|parents|folks|nan\w*|gran\w*|mum|mam|mom|dad|in[\s-]?laws)\b[^.!?\n]*$"
)
# A pet's age is no one's: "Pickle the tortoise, 82 years young", "our cat turned 21".
_A_PET = re.compile(r"(?i)\b(?:tortoise|turtle|parrot|cat|dog|horse|pony|donkey|budgie|fish|pet)s?\b")
# An object swallowed, a case the ward talks about: "swallowed a whole key", "swallowed 14 AA batteries", "a
# swallowed AirPod".
_SWALLOWED = re.compile(
    r"(?i)\bswallowed\s+(?:(?:a\s+)?whole\s+|\d+\s+|a\s+|an\s+|two\s+|three\s+|his\s+|her\s+|their\s+)(?:[\w'’-]+\s+){0,2}?"
    r"(?:keys?|forks?|spoons?|knife|airpods?|batter(?:y|ies)|magnets?|magnetic\s+balls|coins?|ring|rings|toothbrush|razor\s+blades?|pens?|"
    r"lego|toys?|nails?|screws?|pins?|needles?|dentures|phone|earrings?|marbles?|bolts?|lighter|thermometer|light\s+bulb|spoon|necklace)\b"
    r"|\bswallowed\s+(?:airpods?|batter(?:y|ies)|magnets?|coins?|keys?)\b|\ba\s+swallowed\s+[\w'’-]+"
)
_ODDEST = re.compile(r"(?i)(?:weirdest|strangest|oddest|rarest|craziest|wildest|most\s)")
# A first or a last in the writer's own setting: "First amputee on our production line", "the first time this
# surgery has been done in our region", "the last family-run hardware store in town".
_FIRSTS = frozenset({"first", "last", "youngest", "oldest"})
_IN_OUR_GROUP = re.compile(
    r"(?i)\s+(?:[\w'’-]+\s+){0,7}?(?P<scope>(?:in|on|at|of)\s+(?:our|this|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:region|country|county|state|province|district|island|town|village|line|production\s+line|factory|plant|site|unit|ward|"
    r"hospital|school|team|squad|club|department|company|firm|branch|church|parish|community|estate|valley|centre|center|clinic|"
    r"home|practice|wing|theatre|library|building|centre['’]s|office)\b)"
)
# The family of someone holding a public office, as a client or a patient: "delivered the Senator's wife's
# baby", "the Governor's son came in": a handful of people anyone can name.
_PUBLIC_FIGURES_KIN = re.compile(
    r"(?i)(?=[th])(?:\bthe\s+(?:senator|governor|minister|mayor|mp|premier|president|chief\s+justice|ambassador|bishop|emir|oba|king|queen|"
    r"prince|princess|deputy\s+governor|prime\s+minister|chief\s+minister)['’]s\s+(?:wife|husband|son|daughter|mother|father|mum|mom|"
    r"dad|kids?|child|children|baby|partner|brother|sister|nephew|niece|grandson|granddaughter)\b"
    # "her Senator uncle", "his MP dad": the same, said with the office before the kin word
    r"|\b(?:his|her|their)\s+(?:senator|governor|minister|mayor|mp|mla|mca|premier|ambassador|bishop|emir|oba|chief|judge|councillor)\s+"
    r"(?:wife|husband|son|daughter|mother|father|mum|mom|dad|uncle|aunt|auntie|aunty|brother|sister|cousin|grandfather|grandmother|grandad|granny)\b)"
)
# A setting that has one person of a kind: "Our school has one student in a wheelchair", "there's one lad on
# the estate with a guide dog": the only one, said another way.
_ONE_IN_GROUP = re.compile(
    r"(?i)\b(?:has|have|had|there['’]?s|there\s+is|there\s+was)\s+(?P<one>(?:only\s+|just\s+)?(?:one|a\s+single)\s+(?P<who>[\w'’-]+)\s+"
    r"(?:in\s+a\s+wheelchair|with\s+(?:a\s+|an\s+)?[\w'’-]+|who\s+(?:is|has|uses|can['’]?t)\s+[\w'’-]+))"
)
_A_GROUP = re.compile(
    r"(?i)\b(?:our|my|this|the|their)\s+(?:[\w'’-]+\s+)?(?:school|class|year|ward|unit|team|village|town|estate|church|club|office|"
    r"practice|street|block|cohort|squad|department|site|parish|island)\b"
)
# One person's achievement that only one in a county, a country or a sport reaches: "won the county spelling
# bee", "the one who made the All-Ireland boxing final", "played rugby for Fiji sevens", "just got into
# Harvard". Said of someone the writer serves or works with, never of the writer or a team ("we won").
_ACHIEVED = re.compile(
    r"(?i)(?=[wmrcpgbis])\b(?:won|wins|win|winning|made|reached|represent(?:s|ed|ing)?|captain(?:s|ed|ing)?|played\s+(?:[a-z]+\s+)?for|"
    r"(?:got|been|was|were|is|gets)\s+(?:picked|selected|called\s+up|chosen)\s+(?:for|to)|picked\s+for|selected\s+for|called\s+up\s+to|"
    r"got\s+(?:into|in\s+to|a\s+place\s+at|a\s+scholarship\s+to|accepted\s+(?:in)?to))\s+"
    r"(?:(?:the|a|an|di|our|this\s+year['’]s)\s+)?(?:(?:[\w'’-]+\s+){0,2}?(?:national|county|state|parish|regional|district|provincial|"
    r"olympic|olympics|world|international|all[\s-](?-i:[A-Z])\w+|u[\s-]?\d\d|under[\s-]\d\d)\b(?:\s+[\w'’-]+){0,3}?\s+"
    r"(?:final|finals|championships?|title|bee|squad|team|cup|medal|award|prize|trophy|competition|olympiad|sevens|side|games|panel|academy|"
    r"trials?|camp|programme|program|orchestra|choir)\b|"
    # a country at a world event: "picked for Poland at the World Cup of Darts", "selected for Ghana in the Olympics"
    r"(?-i:[A-Z][\w'’-]+)\s+(?:at|in|for)\s+(?:the\s+)?(?:(?-i:[A-Z][\w'’-]+)\s+)?(?:world\s+cup|olympics|paralympics|commonwealth\s+games|"
    r"world\s+championships?|european\s+championships?|nationals)\b|"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?\s+(?:sevens|squad|team|national\s+team|under[\s-]?\d\ds?|u[\s-]?\d\ds?)\b|"
    r"(?-i:Harvard|Oxford|Cambridge|Yale|Stanford|Princeton|MIT|Juilliard|RADA|Sandhurst|the\s+Olympics|the\s+Paralympics))"
)
_ACHIEVED_HINTS = ("won", "win", "made", "reached", "represent", "captain", "played", "picked", "selected", "called up", "chosen", "got into", "got in", "place at", "scholarship", "accepted")
_WE_BEFORE = re.compile(r"(?i)\b(?:we|we['’]ve|i|i['’]ve|us|our\s+(?:team|squad|side|school|club|class|boys|girls|lads|kids))\s+(?:\w+\s+){0,2}$")
# A player the public follows, by team and position, as the writer's patient or client: "the Hibs left back
# in for his knee", "our county's star full forward was on my table", "a wisdom tooth for the Broncos' new
# halfback". A team has one of each, so the position names the person.
_TEAM_PLAYER = re.compile(
    r"\b(?:(?:[Tt]he|[Oo]ur)\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?(?:['’]s?)?|(?:[Oo]ur|[Tt]he)\s+(?:county|club|school|national\s+team)['’]s)\s+"
    r"(?i:(?:new|star|first[\s-]choice|regular|starting|veteran|young)\s+)?"
    r"(?i:half[\s-]?back|full[\s-]?back|full\s+forward|half\s+forward|centre\s+forward|left\s+back|right\s+back|left\s+wing|right\s+wing|"
    r"striker|goalkeeper|goalie|keeper|captain|skipper|winger|quarterback|pitcher|fly[\s-]half|scrum[\s-]half|out[\s-]half|point\s+guard|"
    r"opening\s+bat|opener|fast\s+bowler|spinner|wicketkeeper|midfielder|centre[\s-]back|center|number\s+(?:8|9|10)|no\.?\s?(?:8|9|10)|head\s+coach)\b"
)
# The writer serving them, not watching them: "in for his knee", "on my table", "a tooth for", "strapped up".
_SERVING = re.compile(
    r"(?i)(?=[iostpfxbcarm])\b(?:in\s+for|on\s+my\s+table|in\s+my\s+chair|in\s+the\s+chair|strapp\w+|patch\w+\s+up|treat\w*|pulled\s+a|fitted|scann\w+|"
    r"x[\s-]?ray\w*|booked\s+in|came\s+in|appointment|session|consult\w*|clinic|surgery|physio|massage|rehab|my\s+(?:client|patient)s?)\b"
)
_TEAM_HINTS = ("back", "forward", "wing", "striker", "keeper", "goalie", "captain", "skipper", "quarterback", "pitcher", "half",
               "guard", "bat", "opener", "bowler", "spinner", "midfielder", "center", "number", "no.", "no ", "coach")
# A placing in a named competition of a given year, told of someone the post is about: "2019 Golden Shears runner
# up", "the 2022 Rose of Tralee finalist", "winner of the 2018 Ironman Taupo": the results are published with names.
_PLACING = re.compile(
    r"\b(?:19|20)\d\d\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,4}(?i:runner[\s-]?up|winner|champion|finalist|medallist|medalist|gold\s+medallist)\b"
    r"|\b(?i:runner[\s-]?up|winner|champion|finalist|medallist|medalist)\s+(?i:at|of|in)\s+the\s+(?:19|20)\d\d\s+(?-i:[A-Z])[\w'’-]+"
)
_PLACING_HINTS = ("runner", "winner", "champion", "finalist", "medal")
# A record held within the writer's own workplace, of someone they serve: "our longest stayer", "our oldest
# resident", "our youngest ever patient": the ward or the home knows who that is (not "our youngest", the writer's child).
_OUR_RECORD = re.compile(
    r"(?i)\bour\s+(?:very\s+)?(?:longest|oldest|youngest|first|tallest|smallest|tiniest)(?:[\s-](?:ever|serving|staying|standing))?\s+(?P<who>[\w'’-]+)"
)
# The same record told of a pupil by their school year: "our first Year 13 to get a Rolls-Royce degree apprenticeship",
# "our only Grade 12 girl who made state" (session 46, fresh45c): the school, and the year, know who that is. Only
# with "to" or "who" after it (a deed), not "our first Year 7 assembly".
_OUR_FIRST_OF_A_YEAR = re.compile(
    r"(?i)\bour\s+(?:very\s+)?(?:first|only|youngest|oldest)(?:[\s-]ever)?\s+(?:year|yr|grade|form|standard|std|s|p)\s?\d{1,2}s?\s+"
    r"(?:(?:pupil|student|kid|child|girl|boy|lad|lass|learner)s?\s+)?(?:ever\s+)?(?:to|who)\b"
)
_RECORD_HOLDERS = frozenset({"stayer", "resident", "residents", "patient", "client", "member", "regular", "attender", "volunteer", "customer", "guest", "tenant", "learner"})
# "The one Ukrainian child in our little school", "the one lad on the estate with a guide dog": the only
# one, said with "one"; "the only one who can cannulate a screaming baby": the one person with a skill.
_THE_ONE_X = re.compile(
    r"\b(?:[Tt]he|[Oo]ur)\s+one\s+(?P<words>(?:[\w'’-]+\s+){0,2}?)(?P<who>[\w'’-]+)\s+(?:in|on|at|from)\s+(?:our|the|my|this|that|his|her)\s+"
)
_ONLY_ONE_WHO_CAN = re.compile(
    r"(?i)\b(?:the\s+)?only\s+(?:one|person|nurse|doctor|teacher|member\s+of\s+staff)\s+(?:here\s+|there\s+|left\s+|on\s+the\s+\w+\s+)?(?:who|that)\s+"
    r"(?:can|could|knows\s+how|is\s+able|speaks|still)\b(?:\s+[\w'’-]+){1,3}"
)
# A person known from a story the public saw: "the lad who rescued the swan ..., the video that went viral",
# "the woman who gave birth on the ferry, you'll have seen it on the BBC".
_THE_ONE_WHO_DID = re.compile(r"\b(?:[Tt]he|[Tt]hat)\s+(?:[\w'’-]+\s+)?(?P<who>[\w'’-]+)\s+who\s+(?:[a-z]+ed|found|gave|saw|won|ran|swam|hit|caught|rescued|survived)\b[^.!?\n]{0,60}")
# A person by what they do or are: "firefighter", "electrician", "physiotherapist", "councillor".
_PERSON_ENDING = re.compile(r"(?i)[a-z]{3,}(?:er|or|ist|ian|man|woman|wife|person)s?")


class RareOrUniqueRule(Rule):
    KIND = "rare_or_unique"

    def _birth_on_the_way(self, post: Post):
        """A birth told first and where it happened a few words on: "the lady we delivered a baby for on the
        M62 hard shoulder", "born at 34 weeks in the back of her mum's Corolla", "Bub arrived in the car park
        ... on the bonnet of a Hilux", "Home birth in a caravan". (_UNPLANNED_BIRTH reads the place right
        after the birth.) Not the writer's own birth, nor a birth and a trip home told in one breath ("born
        at 3am, then I drove home in the car")."""
        lower = post.lower
        if not (_BIRTH_WORDS.search(lower) and ("back of" in lower or any(w in lower for w in _BIRTH_PLACES_FAR))):
            return
        text = post.text
        for m in _BIRTH_THEN_PLACE.finditer(text):
            if not _OWN_BEFORE.search(text, max(0, m.start() - 25), m.start()) and not re.match(r"(?i)(?:i|we)\s+was\b", text[max(0, m.start() - 7):m.start()]):
                yield self.risk(post, m.start(), m.end())

    def find(self, post: Post):
        if "one" in post.lower:
            # "The one Ukrainian child in our little school": the phrase itself is someone else, one of a kind
            for m in _THE_ONE_X.finditer(post.text):
                if _is_someone(m.group("who")) and not _OWN_BEFORE.search(post.text, max(0, m.start() - 20), m.start()):
                    yield self.risk(post, m.start(), m.end())
        text = post.text
        # an age few reach is someone's whoever the post names ("this mzee is 108 years old"), not the writer's own
        for m in _RECORD_AGE.finditer(text) if _may_be_record_age(text, post.lower) else ():
            if (not _OWN_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not _A_PET.search(text, max(0, m.start() - 40), m.start())
                    and not any(m.start() - 30 <= e <= m.start() and not _NOT_MINE.search(text, max(0, s - 5), s) for s, e in post.own)):
                # "My dad turned 100"; not "Auntie Bisi (not my auntie, resident ...) turned 101"
                yield self.risk(post, m.start(), m.end())
        if "-" in text or "‐" in text or "‑" in text:
            for m in _RECORD_AGE_BEFORE.finditer(text) if _may_be_record_age(text, post.lower) else ():
                after = re.findall(r"[\w'’]+", text[m.end() : m.end() + 40])[:3]
                named = any(m.end() < a <= m.end() + 2 for a, _ in post.names)  # "96-year-old Mrs Bell"
                if ((named or any(_is_someone(w) for w in after)) and not _OWN_BEFORE.search(text, max(0, m.start() - 30), m.start())
                        and not _A_PET.search(text, m.end(), m.end() + 30)
                        and not any(m.start() - 30 <= e <= m.start() for s, e in post.own)):
                    yield _unseen(post, self.risk(post, m.start(), m.end()))  # "a 101-year-old lady": someone few are
        if "from" in post.lower or " fae " in post.lower or " frae " in post.lower or "out of" in post.lower:
            for m in _FIRST_FROM.finditer(text):
                who = m.group("who")
                if who and who.lower() not in ("one", "person", "guy", "gal") and not _is_someone(who):
                    continue  # "the first flight from Lagos to land": a thing, no one first
                if any(k.start() < m.end() and m.start() < k.end() and self._one_of_a_kind(post, k) for k in _ONLY_OF_KIND.finditer(text)):
                    continue  # "the only farmer from Rietvlei-Noord": the one of a kind below, which the rewrite knows how to make general
                if (post.others or post.pronouns) and not _OWN_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not post.is_own(m.start(), m.end()):
                    yield _unseen(post, self.risk(post, m.start(), m.end()))
        # a marriage few reach is a couple everyone around them knows ("married 71 years!", "their platinum
        # anniversary"), not the writer's own grandparents'
        if "marri" in post.lower or "anniversar" in post.lower or " wed" in post.lower:
            for m in _RECORD_MARRIAGE.finditer(text):
                if (not _OWN_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not _OWN_COUPLE.search(text, max(0, m.start() - 60), m.start())
                        and not any(m.start() - 40 <= e <= m.start() for s, e in post.own)):
                    yield self.risk(post, m.start(), m.end())
        # a bizarre case: "swallowed a whole key", "14 AA batteries", "an AirPod" (an X-ray the whole ward shares)
        if "swallow" in post.lower:
            for m in _SWALLOWED.finditer(text):
                if not _OWN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    yield self.risk(post, m.start(), m.end())
        # one of a kind in a place, beyond people too: "the last fisherman in our cove who still works a hand
        # line", "the only white rhino calf born at our reserve", "he's the only boat still out this week"
        if "only" in post.lower or "last" in post.lower or "sole" in post.lower:
            for m in _ONLY_OF_KIND.finditer(text):
                if self._one_of_a_kind(post, m):
                    # the phrase the other checks raise for "the only female firefighter at her station" (and the
                    # rewrite knows how to make general): "only female firefighter"
                    yield self.risk(post, m.start("sup"), m.end("who"))
        # a birth where no birth is planned: "delivered twins in the back of a taxi on the N2", "a baby in the back of
        # the rig at the Buc-ee's", "gave birth on the ferry": a story the town tells and the local paper prints
        if ("born" in post.lower or "birth" in post.lower or "deliver" in post.lower) and (
                "back of" in post.lower or any(w in post.lower for w in _BIRTH_PLACES)):
            for m in _UNPLANNED_BIRTH.finditer(text):
                if not _OWN_BEFORE.search(text, max(0, m.start() - 25), m.start()) and not re.match(r"(?i)(?:i|we)\s+was\b", text[max(0, m.start() - 7):m.start()]):
                    yield self.risk(post, m.start(), m.end())
        yield from self._birth_on_the_way(post)
        # a title held year after year: "Debate champ 3 yrs running", "county champion four years in a row"
        if "running" in post.lower or "in a row" in post.lower:
            for m in _TITLE_RUNNING.finditer(text):
                if not _OWN_BEFORE.search(text, max(0, m.start() - 25), m.start()) and not re.search(
                        r"(?i)\b(?:i['’]m|i\s+am|i\s+was|i['’]ve\s+been|me|we|we['’]re|our\s+team)\b", text[max(0, m.start() - 30):m.start()]):
                    yield self.risk(post, m.start(), m.end())
        # a superlative in another language with a small place: "ang pinakamatandang mangingisda sa isla"
        others_super = post.cue("review_other_superlatives")
        if others_super:
            scopes_other = post.cue("review_other_scopes")
            for a, b in others_super:
                sa, sb = post.sentence(a)
                scope = next((s for s in scopes_other if b <= s[0] <= b + 60 and s[1] <= sb), None)
                if scope is not None and not _OWN_BEFORE.search(text, sa, a):
                    yield self.risk(post, a, scope[1])
        if not (post.others or post.cue("review_health_words") or post.cue("review_case_nouns") or post.cue("review_business_events")
                or post.cue("review_business_figures") or _someone_after_superlative(post)):
            return  # a rarity of the writer's own ("a rare day off", "my first marathon"); a deal's is not
        if is_awareness_post(post):
            return  # "Rare Disease Day is this Friday": a condition told about, nobody pointed at

        text = post.text
        for a, b in post.cue("review_rarity"):
            phrase = text[a:b]
            sa, sb = post.sentence(a)
            if _WEAK.search(phrase) and not _describes_case(post, a, b, sb):
                continue
            rate = _RATE.match(phrase)
            if rate and not _rare_rate(rate):
                continue
            if phrase.lower().endswith("million") and _COMPLIMENT.search(text, sa, a):
                continue
            if _OWN_BEFORE.search(text, sa, a) and not post.others_in(sa, sb) and not (_A_CASE.search(phrase) and _OF_AFTER.match(text, b)):
                continue  # "my first ever marathon"; not "my first ever case of Kawasaki" (a patient's)
            yield self._rate_risk(post, a, b) if rate else self.risk(post, a, b)
        scopes = post.cue("review_scopes")
        for a, b in post.cue("review_superlatives"):
            sa, sb = post.sentence(a)
            scope = next((s for s in scopes if b <= s[0] <= b + 60 and s[1] <= sb), None)
            if scope is None:
                place = _IN_PLACE.match(text, b, sb)  # "the oldest man in Wales", "biggest merger in UK fintech"
                scope = place.span("scope") if place else None
            if scope is None and text[a:b].lower() in _FIRSTS:
                # "First amputee on our production line", "First time this surgery has been done in our region"
                ours = _IN_OUR_GROUP.match(text, b, sb)
                scope = ours.span("scope") if ours else None
            if text[a:b].lower() == "first" and re.match(r"[-‐‑](?!ever\b)\w", text[b:]):
                continue  # "first-time buyers", "first-class", "first-hand": a compound, no one first of a kind
            if text[a:b].lower() == "only" and _ONLY_IN_EXCLAIMED.match(text, a) and not text[sa:a].strip(" \t\n\"'‘“(*_-"):
                continue  # "Only in New York baby.", "Only in Lagos!": wonder at a place said as a sentence, no one the only one
            if text[a:b].lower() == "only":
                found = self._the_only(post, a, b, sb)
                if found:
                    yield found
                    continue
            if scope is None or _OWN_BEFORE.search(text, sa, a) or _IF_ONLY.search(text, max(sa, a - 8), b):
                continue
            if _ONLY_AN_AMOUNT.match(text, a, min(sb, b + 12)):
                continue
            if _PRAISE_AFTER.match(text, b, sb):
                continue  # "Highest compliment a dentist in Worcester can get": praise received, no one's rarity
            if _QUESTION_TO_READERS.match(text, sa, sb):
                continue  # "what's the rarest compliment a student has ever given you?"
            if len(text[b : scope[0]].split()) <= 8:
                yield self.risk(post, a, scope[1])
        if "one" in post.lower:
            if post.others or post.first_person():
                for m in _ONLY_ONE_WHO_CAN.finditer(text):
                    if not _OWN_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                        yield self.risk(post, m.start(), m.end())
        if post.cue("review_news_exposure") and " who " in post.lower:
            for m in _THE_ONE_WHO_DID.finditer(text):
                if _is_someone(m.group("who")) and not post.is_own(m.start(), m.end()):
                    yield self.risk(post, m.start(), m.end())
        if "one" in post.lower or "single" in post.lower:
            for m in _ONE_IN_GROUP.finditer(text):
                sa, sb = post.sentence(m.start())
                if _is_someone(m.group("who")) and _A_GROUP.search(text, sa, sb):
                    yield self.risk(post, m.start("one"), m.end())  # "our school has one student in a wheelchair"
        if "'s" in text or "’s" in text or " his " in post.lower or " her " in post.lower or " their " in post.lower:
            for m in _PUBLIC_FIGURES_KIN.finditer(text):
                yield self.risk(post, m.start(), m.end())  # "the Senator's wife": one of a handful of people
        if "seen" in post.lower or "met" in post.lower or "first" in post.lower or "est " in post.lower or "most " in post.lower:
            for m in _CAREER_RARITY.finditer(text):
                if _ODDEST.match(text, m.start()):
                    # "Weirdest thing in 10 years at the branch: a customer in her 80s ...": the someone may
                    # follow in the next sentence, never before it
                    sa, _ = post.sentence(m.start())
                    if (post.served_in(m.start(), post.around(m.start(), m.end(), 1)[1]) and not _OWN_BEFORE.search(text, sa, m.start())
                            and not any(sa <= s < m.end() for s, _ in post.own)):
                        yield self.risk(post, m.start(), m.end())
                    continue
                if self._said_of_someone_served(post, m.start(), m.end()):
                    yield self.risk(post, m.start(), m.end())
        if (post.others or "one of " in post.lower) and _any_hint(post.lower, _ACHIEVED_HINTS):
            for m in _ACHIEVED.finditer(text):
                sa, sb = post.sentence(m.start())
                ours = _WE_BEFORE.search(text, max(sa, m.start() - 30), m.start())
                one = [s for s in post.others_in(sa, m.start()) + post.described if s[1] <= m.start() and sa <= s[0]
                       and (not _PLURAL_WHO.search(text[s[0]:s[1]]) or re.search(r"(?i)\bone\s+of\s+(?:my|our)\s+$", text[max(0, s[0] - 12):s[0]]))]
                if not one and _ONE_OF_MINE.search(text, sa, m.start()):
                    one = [_ONE_OF_MINE.search(text, sa, m.start()).span()]  # "One of my 5th years, Aoife ..., got called up to"
                if one and not ours and not post.is_own(*one[-1]):
                    yield self.risk(post, m.start(), m.end())
        if any(h in post.lower for h in _TEAM_HINTS) and (post.cue("review_health_words") or _SERVING.search(text)):
            for m in _TEAM_PLAYER.finditer(text):
                yield self.risk(post, m.start(), m.end())
        if post.others and any(h in post.lower for h in _PLACING_HINTS):
            for m in _PLACING.finditer(text):
                yield self.risk(post, m.start(), m.end())  # "2019 Golden Shears runner up": a public record of one
        if "our " in post.lower:
            for m in _OUR_RECORD.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in post.own):
                    continue  # "our youngest brother": the writer's own family
                if any(_is_someone(w) or w.lower() in _RECORD_HOLDERS for w in re.findall(r"[\w'’]+", m.group("who"))):
                    yield self.risk(post, m.start(), m.end())  # "our longest stayer", "our oldest resident"
            for m in _OUR_FIRST_OF_A_YEAR.finditer(text):
                yield self.risk(post, m.start(), m.end())  # "our first Year 13 to get ..."
        fame = post.cue("review_fame")
        # someone famous the writer served, or would not name ("won't say who but you'd know")
        if fame and (post.served or post.cue("review_business_events") or post.cue("review_health_words") or post.cue("review_secrecy")) and not post.own:
            for a, b in fame:
                sa, sb = post.sentence(a)
                phrase = text[a:b].lower()
                after = re.findall(r"[\w'’-]+", text[b:sb])[:3]
                if any(w.lower() in _A_BUSINESS for w in after):
                    continue  # "a well known Durban logistics client", "a certain Thai restaurant": a business
                someone_after = any(_is_someone(w) or w.lower() in _STARS for w in after)
                if _SHOW_BEFORE.search(text, max(0, a - 40), a):
                    continue  # "like that one off Love Island", "watching Love Island": someone on screen, not served
                if phrase in ("famous", "a certain", "celebrity", "celeb", "well known", "very well known"):
                    # "famous last words", "the first celebrity recording", "a certain senior midwife": no one famous
                    # served; "a certain Hollywood actor", "a famous chef in the practice" are
                    if not someone_after or (phrase == "a certain" and not re.match(r"\s+(?-i:[A-Z])", text[b:])):
                        continue
                elif not (someone_after or post.others_in(sa, sb) or "know" in phrase or "recogni" in phrase
                          or any(w in _STARS for w in phrase.split())):
                    continue
                yield self.risk(post, a, b)
        for span in post.spans:
            if span.entity_type == "DISTINCTIVE_DETAIL" and not _TITLE.search(span.text):
                rewrite = "a rare condition" if span.detail is Detail.RARE_CONDITION else None
                yield self.risk(post, span.start, span.end, rewrite)

    def _one_of_a_kind(self, post: Post, m: re.Match) -> bool:
        """ "the only/last <kind> <scope>": a person or one of review_one_of_a_kind (an animal kept, a boat,
        a small business) that is the only or the last one in a place, or still doing what no other does."""
        text = post.text
        word = m.group("who").lower()
        if _OWN_BEFORE.search(text, max(0, m.start() - 20), m.start()) or post.is_own(m.start(), m.end()):
            return False  # "I'm the last one in our office who still uses a fax"
        person = word in _PERSON_NOUNS or word.rstrip("s") in _PERSON_NOUNS
        kind = word in _ONE_OF_A_KIND
        if not (person or kind):
            return False
        if word in _BUSINESSES and not (post.others or post.served or _INSIDE_WORK.search(text)):
            return False  # "the only pub in the village does a great roast": a place, no one served
        # "the last patient in the clinic": the last of a day, unless still doing what no other does, or the last
        # of a generation ("the last original resident of Wattle Creek St", "the last surviving founder": session 46)
        return m.group("sup").lower() != "last" or bool(m.group("still") or m.group("still2")) or bool(
            _LAST_OF_A_GENERATION.search(text, m.end("sup"), m.start("who")))

    @staticmethod
    def _said_of_someone_served(post: Post, a: int, b: int) -> bool:
        """A career's rarity said of someone the writer serves or of a case (a health or a case word in it or
        just after it), not of the writer's own ("I hadn't seen my brother in 10 years") nor of a thing
        ("never seen traffic like it")."""
        sa, sb = post.sentence(a)
        if any(sa <= s < sb for s, _ in post.own) or _OWN_BEFORE.search(post.text, sa, a):
            return False
        end = min(sb, b + 20)
        if re.match(r"(?i)(?:i|we)(?:['’]|\s)", post.text[a:b]):
            # "a selective mute kid I've seen in 20 yrs": the case stands before, told by its condition (not
            # "the friendliest client I've met in 20 years", praise)
            before = max(sa, a - 40)
            return post.has("review_health_words", before, a) or post.has("review_case_nouns", before, a) or any(
                is_clinical(w) for w in post.lower[before:a].split())
        return bool(post.served_in(a, end) or post.has("review_health_words", a, end) or post.has("review_case_nouns", a, end)
                    or any(is_clinical(w) for w in post.lower[a:end].split()))

    def _the_only(self, post: Post, a: int, b: int, sentence_end: int):
        """ "the only deaf girl in ...", "only survivor", "the only one in Ballycorrig"."""
        text = post.text
        if _IF_ONLY.search(text, max(0, a - 8), b) or _OWN_BEFORE.search(text, max(0, a - 20), a):
            return None
        for s, e in post.served_in(b, min(sentence_end, b + 40)):
            if _ONLY_WHO.fullmatch(text, a, s):
                return self.risk(post, a, e)
        one = re.match(r"\s+(?:one|person|case|diagnosed\s+case)\b", text[b:])
        if one and _AFTER_ONLY_ONE.match(text, b + one.end()):
            return self.risk(post, a, b + one.end())
        # "the only female firefighter at her station", "the only Black headteacher in the county"
        at = b
        for _ in range(3):
            word = re.match(r"\s+([\w'’-]+)", text[at:sentence_end])
            if word is None:
                break
            at += word.end()
            if _is_someone(word.group(1)) and _ONLY_SCOPE.match(text, at):
                return self.risk(post, a, at)
        return None

    def _rate_risk(self, post: Post, a: int, b: int):
        """A rate the rewrite can drop when it stands apart ("(less than 1 in a million)") or say as
        "very few" before the people it counts ("1 in 50,000 children" -> "very few children")."""
        text = post.text
        lead = re.search(r"(?i)(?:(?:less|fewer)\s+than|under|about|around|roughly|only|just)\s+$", text[max(0, a - 16) : a])
        start = a - len(lead.group()) if lead else a
        people = re.match(r"\s+(people|births|babies|children|kids|patients|women|men|adults|cases)\b", text[b:])
        if people:
            return self.risk(post, start, b + people.end(), "very few " + people.group(1))
        left = text[:start].rstrip()[-1:]
        right = text[b:].lstrip()[:1]
        if left in ("(", ",", "-", "–", "—") or right in (")", ",", "", ".", "!", "?"):
            return self.risk(post, start, b, "")
        return self.risk(post, start, b)


# An exclamation of wonder at a place, a sentence of its own (session 41, fresh40c): "Only in New York baby.",
# "Only in Lagos!", "Only in Ireland 😂". The idiom says the place is odd, not that someone is the only one there;
# it ends with the place, a word of address at most, and the sentence ("Only in Kelderby is there a deaf
# pupil ..." goes on, and is read as before).
_ONLY_IN_EXCLAIMED = re.compile(
    r"(?i)only\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
    r"(?:,?\s+(?:baby|man|mate|lads|folks|y['’]?all|lol|honestly|innit|ya\s+know|eh|lah|sha|o))?"
    r"\s*(?:[.!?…]|$|[\U0001f300-\U0001faff\u2600-\u27bf#])"
)


# "The last fisherman in our cove who still works a hand line", "the only white rhino calf born at our reserve",
# "he's the only boat still out", "di only bakery inna Port Maria": the only or last of a kind in a place.
_PLACES = (r"(?:cove|reserve|harbour|harbor|bay|island|isle|valley|glen|parish|village|town|hamlet|township|suburb|neighbourhood|"
           r"neighborhood|estate|street|road|area|district|county|province|region|state|country|world|city|community|barangay|"
           r"kampung|settlement|reservation|shire|borough|islands|coast|peninsula|archipelago|atoll|sanctuary|zoo|conservancy|ranch|stud|"
           r"station|lodge|park)")
# A first, an only or a last said of someone from a place or a group, with what they did or where they are
# (session 45, tuning sets: "the first from Kuppam village to get doctorate", "First guy from our Kenora group to
# do it", "the only one from his village on the Hawke's Bay crew"): the place knows who did it first. The scope
# is a place's name or a place or group word; not a family ("the first in her family to go to uni" is many).
_FROM_GROUPS = r"(?:group|class|school|year|cohort|batch|intake|programme|program|course|team|squad|crew|unit|ward|club|tribe|clan|caste|church|congregation)"
_FIRST_FROM = re.compile(
    r"(?i)(?=[tfol])\b(?:the\s+)?(?P<sup>first|only|last)\s+(?:(?P<who>[\w'’-]+)\s+)?(?:ever\s+)?(?:from|fae|frae|out\s+of)\s+"
    r"(?:(?:our|his|her|their|the|this|that|my)\s+)?(?:(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}(?:" + _PLACES + r"|" + _FROM_GROUPS + r")s?\b|"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:to\s+(?!(?:the|a|an|my|our|his|her|their|be\s+honest)\b)[a-z][\w'’-]*|on\s+(?:the|our|this)\s+[\w'’-]+|ever\b)"
)
_ONLY_OF_KIND = re.compile(
    r"(?i)(?=[tohd])\b(?:the|our|their|his|her|di|da|de)\s+(?P<sup>only|last|sole)\s+(?:(?:remaining|surviving|other|working|female|male|"
    r"black|white|[\w'’-]+)\s+){0,2}?(?P<who>[\w'’-]+)(?:"
    r"\s+(?:(?:who|that)\s+)?(?:born|hatched|foaled|bred|raised|left|living|working|fishing|farming)?\s*(?:in|inna|at|on|from|of)\s+"
    r"(?:(?:the|our|this|that|my|his|her|their)\s+)?(?:whole\s+|entire\s+|little\s+|wee\s+|tiny\s+)?(?:(?-i:[A-Z][\w'’-]+)|" + _PLACES + r"\b)"
    r"(?:\s+(?:who|that)\s+(?P<still>still)\b)?"
    r"|\s+(?:(?:who|that)\s+)?(?P<still2>still)\s+(?:[a-z]+s|[a-z]+ing|out|open|going|standing|alive|here|left)\b)"
)
_LAST_OF_A_GENERATION = re.compile(r"(?i)\b(?:original|remaining|surviving|founding)\b")
_ONE_OF_A_KIND = vocab.words("review_one_of_a_kind")
_ONE_OF_A_KIND_PEOPLE = frozenset(w for w in _ONE_OF_A_KIND if w in ("fisherman", "fishermen", "boatman", "ferryman", "shepherd", "blacksmith", "farrier",
                                  "cobbler", "thatcher", "elder", "kupuna", "chief", "priest", "survivor", "refugee", "sprinter", "skipper", "crofter", "beekeeper", "vet"))
_BUSINESSES = frozenset("bakery baker pharmacy chemist butcher pub shop store cafe salon garage farm dairy mill vineyard distillery boat trawler".split())
_INSIDE_WORK = re.compile(r"(?i)\b(?:client|clients|owner|owners|customer|my\s+books|the\s+books|do\s+(?:the\s+)?books|accounts?\s+for|work\s+(?:at|for)|skipper)\b")

# A birth in a vehicle or a public place: "delivered twins in the back of a taxi", "born on the ferry", "gave birth
# in the Tesco car park", "a baby in the back of the rig".
_BIRTH_PLACES = ("taxi", "cab", "uber", "car park", "parking lot", "ferry", "plane", "flight", "train", "bus", "lift", "elevator",
                 "roadside", "hard shoulder", "ambulance", "rig", "tuk", "matatu", "jeepney", "boat", "canoe", "petrol station", "gas station")
_UNPLANNED_BIRTH = re.compile(
    r"(?i)\b(?:(?:delivered|delivering|deliver)\s+(?:(?:a|an|the|her|his|their|little|baby|new)\s+){0,2}(?:twins|triplets|baby|babies|boy|girl|son|daughter)|"
    r"born|gave\s+birth|giving\s+birth|had\s+(?:a|her|the|their)\s+baby)\s+"
    r"(?:(?:in|on|at)\s+)(?:the\s+)?(?:back\s+(?:seat\s+)?of\s+(?:a|an|the|his|her|their|my|our)\s+(?:[\w'’-]+\s+)?(?:taxi|cab|uber|car|ute|truck|van|rig|"
    r"ambulance|bus|matatu|jeepney|tuk[\s-]?tuk|boda|keke|trotro|danfo|bakkie)|(?:a|an|the|his|her|their)\s+(?:[\w'’-]+\s+)?(?:taxi|cab|uber|ferry|plane|"
    r"flight|train|bus|lift|elevator|roadside|hard\s+shoulder|car\s+park|parking\s+lot|petrol\s+station|gas\s+station|matatu|jeepney|canoe|boat|"
    r"tuk[\s-]?tuk|keke|trotro|danfo))\b"
)

_BIRTH_WORDS = re.compile(r"born|birth|deliver|arrived")
_BIRTH_PLACES_FAR = _BIRTH_PLACES + ("car", "ute", "truck", "van", "bonnet", "caravan", "tent", "lay-by", "layby", "motorway", "bypass")
# The birth, a few words of when or for whom ("at 34 weeks", "for", "last night"), then where: in the back of
# anything, or on or in a vehicle, a roadside or a car park.
_BIRTH_THEN_PLACE = re.compile(
    r"(?i)\b(?:(?:delivered|delivering|deliver)\s+(?:[\w'’-]+\s+){0,2}?(?:twins|triplets|baby|babies|boy|girl|son|daughter|bub|bubba)|"
    r"born|gave\s+birth|giving\s+birth|home\s+birth|birthed|had\s+(?:a|her|the|their)\s+baby|(?:baby|bub|bubba|bubs)\s+arrived)"
    r"(?:\s+(?!(?:then|and|but|so|after|before|drove|went|got|came|headed|home)\b)[\w'’#-]+){0,6}?,?"
    r"\s+(?:in|on|at)\s+(?:the\s+)?(?:back\s+(?:seat\s+)?of\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+|"
    r"(?:(?:a|an|the|his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:" + "|".join(re.escape(w) for w in _BIRTH_PLACES_FAR).replace("\\ ", "\\s+") + r")\b)"
)


# A title held year after year: "Debate champ 3 yrs running", "top scorer two seasons in a row".
_TITLE_RUNNING = re.compile(
    r"(?i)\b(?:champ|champs|champion|winner|top\s+scorer|topper|player\s+of\s+the\s+year|mvp)\s+(?:for\s+)?(?:\d{1,2}|two|three|four|five|six|seven)\s+"
    r"(?:yrs?|years|seasons|times|terms)\s+(?:running|in\s+a\s+row)\b"
)


_A_BUSINESS = frozenset(
    "client clients customer customers company companies firm firms brand brands business businesses restaurant restaurants "
    "shop shops store stores chain hotel hotels bank banks group fund account accounts".split()
)
_A_CASE = re.compile(r"(?i)\bcase\b")
_OF_AFTER = re.compile(r"(?i)\s+of\s+\w")
_PLURAL_WHO = re.compile(r"(?i)(?:(?<![s'’])s|people|children|kids|families)$")


def _someone_after_superlative(post: Post) -> bool:
    """A superlative right before a word for a person, not the writer's: "got its first ever doctor", "the
    first refugee family our school has ever had" (not "my first ever marathon")."""
    text = post.text
    for a, b in post.cue("review_superlatives"):
        words = re.findall(r"[\w'’-]+", text[b : b + 40])[:3]
        if any(w.lower() in _PERSON_NOUNS or w.lower().rstrip("s") in _PERSON_NOUNS or w.lower() in _ONE_OF_A_KIND_PEOPLE for w in words) and not _OWN_BEFORE.search(
                text, max(0, a - 20), a):
            return True
    return False


def _unseen(post: Post, risk):
    """``risk``, registered as one the risk model does not count as found (session 45's families): the model adds
    what it was measured to add on a post these rules alone would leave empty."""
    post.unseen_by_model.add((risk.start, risk.end, risk.kind))
    return risk


def _any_hint(lower: str, hints: tuple[str, ...]) -> bool:
    return any(h in lower for h in hints)


def _is_someone(word: str) -> bool:
    """A word for a person by role or kind ("firefighter", "nurse", "girl"), singular or plural."""
    lower = word.lower()
    return lower in _PERSON_NOUNS or lower.rstrip("s") in _PERSON_NOUNS or _PERSON_ENDING.fullmatch(lower) is not None


_PERSON_NOUNS = (vocab.words("person_words") | vocab.words("person_words_more") | vocab.words("role_nouns")
                 | vocab.words("role_nouns_more") | vocab.words("job_titles") | vocab.words("occupations")) - {"pet", "cat", "dog", "horse", "puppy", "kitten"}


def _rare_rate(rate: re.Match) -> bool:
    """ "1 in a million", "one in 50,000": rare; "1 in 5 of us": common."""
    n = rate.group("n").strip().lower()
    if n in ("a", "every") or rate.group("big"):
        return n != "every" or bool(rate.group("big"))
    value = float(re.sub(r"[^\d.]", "", n) or 0) * (1000 if n.endswith("k") else 1_000_000 if n.endswith("m") else 1)
    return value >= 1000


def _describes_case(post: Post, a: int, b: int, sentence_end: int) -> bool:
    """ "rare genetic condition" (a case noun within three words after), or "the condition is so rare"."""
    text = post.text
    after = text[b : min(sentence_end, b + 40)]
    reach = b + sum(len(w) + 1 for w in after.split()[:4])
    if any(b <= s and s <= reach for s, _ in post.cue("review_case_nouns") + post.cue("review_health_words")):
        return True
    if any(is_clinical(w) for w in after.lower().split()[:4]):
        return True  # "a rare sarcoma"
    sa = post.sentence(a)[0]
    return within(post.cue("review_case_nouns"), sa, a) and re.search(
        r"(?i)(?:\bis|['’]s|\bso|\bvery|\bextremely|\breally|\bincredibly)\s+(?:\w+\s+)?$", text[max(sa, a - 30) : a]
    ) is not None
