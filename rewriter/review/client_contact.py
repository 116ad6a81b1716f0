"""client_contact: private contact between a professional and someone they serve.

A client's friend request, a student's DMs, a patient's husband stopping the nurse in Tesco, an
invitation to a wedding, a £2k bottle of wine: the guidance says think before accepting, decline politely
and raise it in session. Raised for a private-contact phrase (friend request, added me on Insta, my
personal number, sent me, invited me) or a gift of value, said of someone the writer serves, including a
former one, in the same or the next sentence; not of the writer's own friends and family ("my sister
added me on Insta"), nor a thank-you card or a Mars bar, nor an invitation to the post's readers ("DM me for the slides").
"""

from __future__ import annotations

import re

from .. import vocab
from .context import PLURAL_MENTION as _PLURAL
from .context import Post, within
from .rule import Rule

_GIVING = re.compile(
    r"(?i)\b(?:gave|give|given|giving|gifted|gift|gifts|bought|buy|brought|handed|sent|offered|insisted|"
    r"present|presents|slipped|pressed|(?:left|leaving|leaves)\b" + r"(?!\s+(?:work|home|early|school|town|the\s+(?:\w+\s+)?"
    # leaving a place is going, not giving: "left the courthouse at 3pm", "leaving work early" (not "left the
    # nurses a tin of Roses", "left me a card")
    r"(?:office|building|court\w*|hospital|ward|station|house|site|clinic|school|surgery|unit|shop|store|bank|practice|"
    r"firm|job|country|city|room|courtroom|precinct|classroom|workplace|warehouse|depot|base)\b)))\b"
)
_MONEY = re.compile(r"[$£€₹]\s?\d[\d,.]*k?")
_ASKING = re.compile(r"(?i)\b(?:accept|add|follow|friend|meet|invite|gift|date|coffee|drink|reply|respond|go|keep|return|block|report)\w*")


# Where contact happens, not contact itself: a platform or the writer's day off.
_SETTING = re.compile(r"(?i)on\s+(?:my\s+days?\s+off|" + vocab.alternation("platforms") + r")")

# An invitation to the post's readers, said at a sentence's start: "DM me for the slides", "Message me
# if you missed it".
_TO_READERS = re.compile(r"(?i)(?:dm|pm|message|msg|email|e-mail|inbox|text|contact|hmu)\b")


# Someone served stopping the writer in a public place outside work to ask about their care: "asked me about
# his test results IN THE QUEUE at Tesco", "collared me in Aldi about her mum's meds", "cornered me at the
# school gate", or seeing them there: "the father from one of my cases saw me at the temple".
_PUBLIC_PLACES = (
    r"(?:queue|checkout|tills?|supermarket|shop|shops|tesco|aldi|lidl|asda|sainsbury['’]?s|morrisons|waitrose|co-?op|walmart|target|"
    r"costco|dollar\s+general|pub|bar|gym|school\s+gate|school\s+run|car\s+park|parking\s+lot|street|market|church|mosque|temple|"
    r"petrol\s+station|gas\s+station|bus\s+stop|chemist|pharmacy|bakery|hairdresser['’]?s|barber['’]?s|high\s+street|town|park|"
    r"playground|match|game|ceilidh|wedding|party|football|footy|rugby|club|gurdwara|synagogue|chapel|mass|service|funeral|beach|pool|"
    r"cinema|restaurant|cafe|café|airport|station|train|bus|mall|shopping\s+centre|bank|post\s+office|salon|festival|concert|fair)"
)
_ACCOSTED = re.compile(
    r"(?i)\b(?:asked|asking|asks|stopped|stops|collared|collars|cornered|corners|approached|grabbed|quizzed|grilled|saw|spotted|"
    r"recogni[sz]ed|followed|shouted\s+at|waved\s+at)\s+me\b"
    r"[^.!?\n]{0,50}?\b(?:in|at|outside|by)\s+(?:the\s+)?" + _PUBLIC_PLACES + r"\b"
)
# Someone served met in a public place: "saw my 10am client at the Dollar General checkout", "spotted a
# patient of mine in the queue at Aldi" (the mention between is someone the writer serves).
_SAW_BEFORE = re.compile(
    r"(?i)\b(?:saw|seen|spotted|met|bumped\s+into|ran\s+into)\s+(?:my|our|a|an|the|one\s+of\s+(?:my|our))\s+(?:[\w'’-]+\s+){0,2}$"
)
_AT_PUBLIC_PLACE = re.compile(r"(?i)\s+(?:at|in|outside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}" + _PUBLIC_PLACES + r"\b")
_ACCOSTED_HINTS = ("asked me", "asking me", "asks me", "stopped me", "stops me", "collared me", "collars me", "cornered me",
                   "corners me", "approached me", "grabbed me", "quizzed me", "grilled me", "saw me", "spotted me", "recognised me",
                   "recognized me", "followed me", "shouted at me", "waved at me")


# The same told the other way round, by whom: "Got recognised in Tesco by the lady I did CPR on", "was stopped
# at the school gate by one of my mums", "got hugged in the queue at Aldi by a former patient".
_ACCOSTED_BY = re.compile(
    r"(?i)\b(?:got|gets|getting|get|was|were|been|being)\s+(?:recogni[sz]ed|stopped|collared|cornered|approached|grabbed|quizzed|"
    r"grilled|spotted|hugged|thanked|waved\s+at|chased)\s+(?:[^.!?\n]{0,30}?\b(?:in|at|outside|by)\s+(?:the\s+)?" + _PUBLIC_PLACES + r"\b)"
    r"[^.!?\n]{0,20}?\bby\s+(?P<who>[^.!?\n]{3,60})"
)
# Words _ACCOSTED_BY cannot match without.
_ACCOSTED_BY_HINTS = ("recogni", "stopped", "collared", "cornered", "approached", "grabbed", "quizzed", "grilled", "spotted", "hugged",
                      "thanked", "waved", "chased")
# Someone the writer cared for, told by the care: "the lady I did CPR on", "a man we pulled out of the river",
# "the baby I delivered", "a lad I taught in Year 6".
_CARED_FOR = re.compile(
    r"(?i)(?:the|a|an|this|that|one)\s+(?:[\w'’-]+\s+){0,2}?(?:i|we)\s+(?:once\s+|had\s+)?(?:did\s+cpr\s+on|resuscitated|treated|nursed|"
    r"looked\s+after|delivered|taught|saved|pulled|cut\s+out|carried|rescued|counsell?ed|cared\s+for|supported)\b"
    r"|(?:a|an|the|one\s+of\s+my|one\s+of\s+our|my)\s+(?:former|old|ex-?)\s*(?:patients?|clients?|pupils?|students?|residents?)\b"
)


class ClientContactRule(Rule):
    KIND = "client_contact"

    def find(self, post: Post):
        if " my " in post.lower or " the " in post.lower or " our " in post.lower:
            yield from self._found_online(post)
        if not (post.served or post.names):
            # no word for someone served and no name: the one who got in touch may still be told by the words
            # before the contact phrase ("one of my mums from the unit added me", "the father from one of my cases")
            yield from self._described_contact(post)
            return
        text = post.text
        for a, b in post.cue("review_private_contact"):
            if _not_contact(text, a, b):
                continue
            # a setting ("on LinkedIn", "on my day off") is contact only with the one in it in its own sentence
            # ("a client's son messaged me on LinkedIn", "Then I see her on Insta"), not beside someone in the
            # next ("Reading ... on my day off. Bessel van der Kolk gets me every time.")
            if _SETTING.fullmatch(text, a, b):
                sa, sb = post.sentence(a)
                if not (self._served_near(post, a, b, 0) or within(post.pronouns, sa, sb)):
                    continue
            if (self._served_near(post, a, b) or _described_client(post, a)) and not _to_readers(post, a, b):
                yield self.risk(post, a, b)
        if " me" in post.lower and _any_in(post.lower, _ACCOSTED_HINTS):
            for m in _ACCOSTED.finditer(text):
                # someone served, or "his test results", "her mum's meds": whose care the question was about
                if self._served_near(post, m.start(), m.end()) or any(m.start() <= s < m.end() for s, _ in post.pronouns):
                    yield self.risk(post, m.start(), m.end())
        if "by " in post.lower and any(v in post.lower for v in _ACCOSTED_BY_HINTS):
            for m in _ACCOSTED_BY.finditer(text):
                cared = _CARED_FOR.match(m.group("who"))
                if cared:
                    yield self.risk(post, m.start(), m.start("who") + cared.end())
        for s, e in post.served:
            if _SAW_BEFORE.search(text, max(0, s - 40), s) and not _PLURAL.search(text[s:e]):
                place = _AT_PUBLIC_PLACE.match(text, e)
                if place:
                    yield self.risk(post, _SAW_BEFORE.search(text, max(0, s - 40), s).start(), place.end())
        for m in _MONEY.finditer(text):
            sa, sb = post.around(m.start(), m.end(), 0)
            if _GIVING.search(text, sa, sb) and self._served_near(post, m.start(), m.end(), 0):
                yield self.risk(post, m.start(), m.end())
        for a, b in post.cue("review_gifts"):
            sa, sb = post.around(a, b, 0)
            # the gift named after a colon ("Got a gift from a client today: a hand-knitted scarf") is told by
            # the words before it
            lead_in = post.sentence(sa - 1)[0] if text[:sa].rstrip().endswith(":") else sa
            if _GIVING.search(text, lead_in, sb) and (self._served_near(post, a, b) or self._served_near(post, lead_in, lead_in, 0)):
                yield self.risk(post, a, b)
        for a, b in post.cue("review_boundary_questions"):
            # "is it ok to accept?" about a gift or a request the lists above do not name
            wa, wb = post.around(a, b, 1)
            if _ASKING.search(text, wa, wb) and self._served_near(post, a, b, 2):
                yield self.risk(post, a, b)

    def _described_contact(self, post: Post):
        """Contact from someone described, with no word the lists know for them: a contact phrase whose
        sentence opens with one of the writer's group ("one of my mums", "a guy on my caseload", "someone I
        used to support")."""
        for a, b in post.cue("review_private_contact"):
            if not _not_contact(post.text, a, b) and not _to_readers(post, a, b) and _described_client(post, a):
                yield self.risk(post, a, b)

    def _found_online(self, post: Post):
        """Someone served reaching the writer's own social account, in any verb and on any platform: "found my IG
        somehow and keep messaging", "ame-follow my personal TikTok", "liked every pic on my Insta", or the
        team's page ("He's already messaged the team page", "He follows the team page now"): the guidance is to
        keep contact with those served on work channels and to think before answering, so the writer must look.
        Said of someone the writer serves (the same or the next sentence, or the one the sentence describes);
        not a tool or a streaming service ("added it to my Excel", "my Spotify"), nor the writer's own circle."""
        text = post.text
        for m in _ON_MY_ACCOUNT.finditer(text):
            a, b = m.span()
            if _to_readers(post, a, b):
                continue
            if self._served_near(post, a, b) or _described_client(post, a) or _CARED_FOR.search(text, max(0, a - 60), a):
                yield self.risk(post, a, b)

    @staticmethod
    def _served_near(post: Post, start: int, end: int, sentences: int = 1) -> bool:
        """Someone the writer serves, or a named person, in the same or the nearby sentences (not a
        colleague: a colleague's friend request is nobody's boundary)."""
        a, b = post.around(start, end, sentences)
        if any(not _in_a_name(post, s, e) for s, e in post.served_in(a, b)):
            return True
        # (a lowercase run of words in a post that capitalises names is the detector's guess at words of another
        # language or dialect, "barszcz z uszkami", "files dun", not someone in touch with the writer)
        named = any(a <= s and e <= b and not (post.text[s].islower() and " " in post.text[s:e] and post.capitalises_names)
                    for s, e in post.names)
        # a colleague in the contact's own sentence makes the name a colleague's; one told of it in the next ("...
        # DM'd me 9 times. Told my manager.") is whom the writer went to, and the name stays someone served
        ca, cb = post.around(start, end, 0)
        return named and not any(ca <= s and e <= cb for s, e in post.workplace)


# A meal is contact when someone takes or asks the writer to it ("asked me out for dinner", "invited us
# round for lunch"), not the writer's own ("Kottu roti for lunch, no regrets").
_MEAL = re.compile(r"(?i)(?:out\s+)?for\s+(?:lunch|dinner|drinks?|coffee|a\s+drink|a\s+coffee)$")
_INVITED = re.compile(
    r"(?i)\b(?:me|us|we|let['’]?s|go|invit\w*|ask\w*|took|take|taking|takes|join\w*|come|came|coming|round|over|treat\w*|offer\w*)\b"
    r"(?:\s+[\w'’-]+){0,3}\s+$"
)
# A door is contact when someone comes to it ("turned up at my door", "knocking at my door"), not a
# classroom's ("a Year 1 cried at MY door").
_AT_DOOR = re.compile(r"(?i)at\s+my\s+(?:front\s+)?door$")
_ARRIVING = re.compile(
    r"(?i)\b(?:turn\w*|show\w*|knock\w*|came|come|coming|arriv\w*|appear\w*|stand\w*|stood|wait\w*|left|leav\w*|"
    r"rang|ring\w*|bang\w*|drop\w*|was|were|is|are|been)\b(?:\s+[\w'’-]+){0,2}\s+$"
)


def _any_in(text: str, words: tuple[str, ...]) -> bool:
    for word in words:  # a plain loop: any() over a generator costs about a third more
        if word in text:
            return True
    return False


def _not_contact(text: str, start: int, end: int) -> bool:
    """The contact phrase at [start, end) is no contact here: the writer's own meal, a child at the
    classroom door, "asked if I'd ever met ..." (a question about the writer's life), the family's own
    group chat ("the whole family WhatsApp")."""
    phrase = text[start:end]
    if _MEAL.match(phrase):
        return not _INVITED.search(text, max(0, start - 40), start)
    if _AT_DOOR.match(phrase):
        return not _ARRIVING.search(text, max(0, start - 30), start)
    if phrase.lower().startswith("asked if") and re.match(r"\s+ever\b", text[end:]):
        return True
    if "whatsapp" in phrase.lower() and (re.search(r"(?i)\bfamily\s+$", text[max(0, start - 10):start])
                                         or re.match(r"(?i)\s+family\b", text[end:])):
        return True  # "the whole family WhatsApp", "my whole WhatsApp family group"
    if re.search(r"(?i)\bcall(?:s|ed|ing)?\s+me$", phrase) and _A_NAME_GIVEN.match(text, end):
        return True  # "keeps calling me 'Sunny'", "calls me Aunty": a name given, not a phone call
    if _BARRED.search(text, max(0, start - 30), start):
        return True  # "files done, don't call me", "nuh badda call mi": the writer off duty, to everyone
    return False


# Contact barred by the writer at the head of a clause: "don't call me", "do not text me", "nobody call me",
# "nuh badda call mi" (Patois: "don't bother calling me"); not "told him not to text me" (said to someone).
_BARRED = re.compile(
    r"(?i)(?:^|[.!?,;:\n]\s*|[\U0001f300-\U0001faff]\s*)(?:please\s+|and\s+|so\s+)?(?:don['’]?t|do\s+not|dont|nobody|no\s+one|"
    r"nuh|nah|never)\s+(?:even\s+|bother\s+|badda\s+|try\s+(?:and|to)\s+)?$"
)


# A name or a nickname after "calling me": "'Sunny'", "“Doc”", "Aunty", "Miss T".
_A_NAME_GIVEN = re.compile(r"\s+(?:['‘\"“]\w|(?-i:[A-Z])[\w'’]*\b(?!\s+(?:at|on|in|from|after|before|about)\b))")


def _in_a_name(post: Post, start: int, end: int) -> bool:
    """A word for someone served inside a capitalised name, mid-sentence: "Burna Boy and Wizkid fans",
    "Biryani from Student Biryani" (a singer, a restaurant), not "My Year 2s" nor "Client Barry rang"."""
    text = post.text
    if not text[start].isupper() or not text[post.sentence(start)[0]:start].strip():
        return False
    before = re.search(r"([\w'’]+)\s+$", text[max(0, start - 25):start])
    after = re.match(r"\s+([\w'’]+)", text[end:end + 25])
    capital = lambda m: m is not None and m.group(1)[:1].isupper() and m.group(1).lower() not in _NOT_NAME_PARTS
    return capital(before) or capital(after)


_NOT_NAME_PARTS = frozenset({"my", "our", "the", "a", "an", "his", "her", "their", "this", "that", "i", "mr", "mrs", "ms", "miss", "dr"})


def _to_readers(post: Post, start: int, end: int) -> bool:
    """The contact phrase at [start, end) invites the post's readers ("DM me for the slides"): it opens its
    sentence as a request, not a story of a client's message ("she DM'd me")."""
    sa, _ = post.sentence(start)
    if _TO_READERS.match(post.text, start, end) is None:
        return False
    # ... or after the readers it asks, in its own clause: "Anyone wey want Ankara shirt before 20th, DM early"
    return not post.text[sa:start].strip() or _ANYONE_WHO.match(post.text, sa, start) is not None


_ANYONE_WHO = re.compile(r"(?i)\W*(?:anyone|anybody|whoever|if\s+you|interested|need\s+(?:a|an|one|some))\b[^.!?\n]{0,80},\s*$")


# Someone the writer serves, told by the group they are one of or how the writer knows them, as the subject of
# the sentence a contact phrase is in: "One of my mums from the unit", "the father from one of my cases", "a
# mum fae my caseload", "a lad I worked with last year", "someone I used to support", "an ex-client". Not the
# writer's own circle ("one of my friends", "a mate I worked with"), nor a colleague ("one of my colleagues").
_GROUP_OF_MINE = re.compile(
    r"(?i)\bone\s+of\s+(?:my|our)\s+(?:old\s+|former\s+|ex[\s-]|current\s+|regular\s+|first\s+|new\s+)?(?:[\w'’-]+\s+){0,2}?(?P<group>[a-z][\w'’-]*s)\b"
)
_HOW_I_KNOW = (
    r"(?:(?:from|fae|frae|on|off|in|at)\s+(?:one\s+of\s+)?(?:my|our)\s+(?:old\s+|former\s+|current\s+)?(?:[\w'’-]+\s+)?"
    r"(?:caseload|case\s*load|cases|case|list|books|class|classes|ward|unit|clinic|practice|school|round|patch|wing|estate|group|"
    r"programme|program|course|sessions?|service|centre|center|home|register|team|shelter|hostel)\b"
    r"|(?:i|we)\s+(?:used\s+to\s+|once\s+|have\s+been\s+|['’]ve\s+been\s+)?(?:worked?\s+with|taught|teach|teaching|supported|support|supporting|"
    r"nursed|treated|treating|looked\s+after|look\s+after|cared\s+for|care\s+for|saw|see|seeing|visited|visit|visiting|coached|coach|"
    r"mentored|mentor|represented|represent|counsell?ed|counsell?ing|tutored|tutor|placed|housed|discharged|delivered|assessed)\b)"
)
_PERSON_DESCRIBED = re.compile(
    r"(?i)\b(?:a|an|the|this|that|some|one)\s+(?:[\w'’-]+\s+){0,2}?(?P<who>[a-z][\w'’-]*)\s+" + _HOW_I_KNOW
    + r"|\b(?P<someone>someone|somebody|(?:an?\s+)?ex[\s-](?:client|patient|student|pupil|resident|offender|inmate|prisoner)|"
    r"(?:a\s+)?former\s+(?:client|patient|student|pupil|resident|offender|inmate|prisoner))\b(?:\s+" + _HOW_I_KNOW + r")?"
)
# The writer's own circle and colleagues: one of them getting in touch is no boundary.
_OWN_CIRCLE = frozenset(
    "friend friends mate mates pal pals bestie besties cousin cousins sister sisters brother brothers kid kids child children son sons "
    "daughter daughters neighbour neighbours neighbor neighbors colleague colleagues coworker coworkers co-worker co-workers "
    "workmate workmates followers subscribers readers exes aunts uncles nieces nephews parents grandkids grandchildren "
    "managers bosses seniors juniors peers teammates classmates housemates flatmates roommates".split()
)


def _described_client(post: Post, at: int) -> bool:
    """The sentence holding ``at`` tells of one of the writer's group or someone they know through work
    before ``at``: the subject of a contact phrase is someone they serve."""
    sa, _ = post.sentence(at)
    before = post.text[sa:at]
    if not before.strip():
        return False
    group = _GROUP_OF_MINE.search(before)
    if group and group.group("group").lower() not in _OWN_CIRCLE and not post.is_own(sa + group.start(), sa + group.end()):
        return True
    for m in _PERSON_DESCRIBED.finditer(before):
        who = (m.group("who") or "").lower()
        if m.group("someone") and not m.group("someone").lower().startswith("some"):
            return True  # "an ex-client", "a former patient"
        if m.group("someone") and len(m.group()) > len(m.group("someone")):
            return True  # "someone I used to support"
        if who and who not in _OWN_CIRCLE and who not in _NOT_PEOPLE_DESCRIBED and not post.is_own(sa + m.start(), sa + m.end()):
            return True
    return False


# Words that stand where a person would in "the ... from my unit" but are things: "the rota from my ward".
_NOT_PEOPLE_DESCRIBED = frozenset(
    "rota rotas email emails letter letters card cards photo photos picture pictures video videos post posts form forms notes note "
    "file files report reports list lists schedule timetable message messages news book books day days time week weeks one".split()
)


# The writer's own social account reached, by a verb of finding, following or messaging: "found my IG", "follow my
# personal TikTok", "commented on my Insta", "DM'd my Facebook"; or the team's or the service's page messaged or
# followed ("messaged the team page", "follows the practice's Facebook"). Social platforms only: the work tools and
# streaming services of the platforms list are nowhere anyone reaches the writer.
_NOT_SOCIAL = frozenset({"excel", "powerpoint", "outlook", "onedrive", "sharepoint", "google", "wikipedia", "chatgpt", "netflix",
                         "spotify", "zoom", "teams", "slack", "gmail"})
_SOCIAL = r"(?:" + "|".join(re.escape(w) for w in sorted(vocab.words("platforms"), key=len, reverse=True) if w.lower() not in _NOT_SOCIAL) + r")"
_ON_MY_ACCOUNT = re.compile(
    r"(?i)(?=[fsamdiclr])\b(?:(?:found|find(?:s|ing)?|follow(?:s|ed|ing)?|stalk\w*|add(?:s|ed|ing)?|messag\w*|dm['’]?(?:d|ed|s|ing)?|inbox\w*|"
    r"comment\w*\s+on|lik(?:es|ed|ing)\s+(?:every\w*\s+|all\s+)?(?:\w+\s+)?on)\s+(?:all\s+)?my\s+(?:own\s+|personal\s+|private\s+|new\s+|old\s+)?"
    + _SOCIAL + r"(?:\s+(?:page|account|profile))?"
    r"|(?:messag\w*|follow(?:s|ed|ing)?|dm['’]?(?:d|ed|s)?|inbox\w*|comment\w*\s+on|review\w*)\s+(?:the|our)\s+"
    r"(?:team|practice|clinic|station|unit|ward|school|club|service|centre|center|salon|shop|surgery|crew)(?:['’]s)?\s+"
    r"(?:page|account|profile|" + _SOCIAL + r"))(?![\w'’])"
)
