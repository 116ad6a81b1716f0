"""venting: complaining about a colleague, a manager, the employer, a client or a family readers can identify.

"My manager is useless", "our PM is already taking all the credit", "this parent is an absolute
nightmare": colleagues, clients and employers recognise themselves, and codes of conduct treat it as a
breach. Raised for
- a complaint (contempt, anger, blame: "useless", "sick of", "refuses to", "bad-mouthed") aimed at someone
  from work or a named person in the same or the next sentence, or at someone the writer serves in the
  same sentence;
- a softer sign of one (repetition, exasperation, sarcasm: "again", "ugh", "cool cool cool", "without
  telling me") beside someone from work, up to two sentences away ("... I'm done."), and an eye-roll or
  an angry face at a named person or one person served ("Mrs Pike has rung eleven times today 🙄");
- words of someone from work quoted back at them ("calling it 'productivity'", "told us clients need to
  'move through faster'") or a name called out at a sentence's end ("Six sessions, Deborah.", "I see you,
  Grant") or blamed in a sentence of its own ("It was Kevin.", "Blame Sharon."), with no praise or
  thanks beside them;
- the writer's anger said outright ("I'm seething") beside someone from work or served in the same or
  the next sentence;
not a complaint in a sentence about an everyday thing or a public figure with nobody from work or named
in it ("the train is late AGAIN", "the app crashed again", "the minister's speech ... I'm seething"), nor
the writer's own role ("as a founder"), advice to readers ("the customer who yelled at you"), a word
talked of ("no clean word for 'anxiety'"), nor "I hate Mondays", "worst case scenario", "not because
we're lazy", "Adam Kay nailed the rota chaos", "my manager said 'go home, we've got this' 🙏", "why our
patients hate the prep" (their feeling), "my own dumb knee", "doctors make the worst patients".
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from .. import vocab
from .context import PLURAL_MENTION as _PLURAL
from .context import _PERSON_NOUNS, Post, anyones, hinted, overlaps, within
from .risk import Risk
from .roles import Role, roles_held, trade_mentions
from .rule import Rule
from .withholding import withheld

# A short quotation: 'productivity', ‘be sensible about this’, "STOP STEALING HIS OAT MILK".
_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s(\[]))(?:'(?=\S)[^'\n]{2,70}?(?<=\S)'|‘[^’\n]{2,70}’|\"[^\"\n]{2,70}\"|“[^”\n]{2,70}”)(?![\w])")
_SCARE_QUOTE_WORDS = 6  # words quoted back are a few; a longer quotation is a statement, a title or a dialogue
_SPEAKER = re.compile(r"\b[A-Z][\w'’-]*\s*:\s*$")  # "Sara: " before a line of dialogue
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "to", "for", "at", "by", "with"})
_OPENING_QUOTE = re.compile(r"(?:^|[\s(\[])'")  # an apostrophe alone ("it's") opens no quotation
# A name called out: "..., Deborah." at a sentence's end, or "Grant Fell, I see you".
_CALL_END = re.compile(r"\s*(?:[.!?]|$|\s+[\U0001f300-\U0001faff])")
# A name blamed in a sentence of its own: "It was Kevin.", "It's always Dave.", "Blame Sharon."
_BLAME_BEFORE = re.compile(
    r"(?i)\s*(?:it\s+was|it\s+is\s+always|it['’]s\s+(?:always|never\s+not)|(?:always|never)\s+trust|blame|"
    r"thanks\s+(?:a\s+lot|so\s+much|again)?,?)\s+"
)
_I_SEE_YOU = re.compile(r",?\s+(?:i\s+see\s+you|we\s+see\s+you|i\s+know\s+it\s+was\s+you|just\s+saying)\b", re.I)
# The writer's own role, not a colleague: "as a founder", "I'm a manager".
_WRITERS_ROLE = re.compile(r"(?i)\b(?:as|i['’]m|i\s+am|i\s+was)\s+an?\s+(?:[\w'’-]+\s+)?$")
# A complaint aimed at the reader in advice to them: "the customer who yelled at you", "the boss who ignores
# your ideas".
_AT_THE_READER = re.compile(r"(?i)\s+(?:you|your|yourself)\b")
# "If you're reading this" with no one named in its sentence is said to every reader; "you know what you did"
# is still said to someone.
_TO_EVERY_READER = re.compile(r"(?i)if\s+you(?:['’]re|\s+are)\s+reading\b")
# A word talked of as a word: "no clean word for 'anxiety'", "the term 'burnout'".
# The writer's own words quoted: "I said 'politics'", "I say 'Priya'", "I told them 'not today'".
_WRITER_SAID = re.compile(
    r"(?i)\b(?:described\s+as|known\s+as|dubbed|nicknamed|aka)\s*$|\b(?:i|we)\s+(?:just\s+|then\s+|always\s+|simply\s+)?(?:said|say|says|told\s+(?:him|her|them|the\s+\w+)|tell\s+(?:him|her|them)|"
    r"replied|reply|answered|answer|explained|call\s+it|called\s+it|wrote|write)\s*,?\s*$"
)
# A question someone asked about a named person, the quotation its words: "asked me if Ramanujan 'just knew
# stuff'", "asked if Mr Twit is 'like Boris Johnson'" (the name is who the question is about, not who spoke).
_ASKED_ABOUT = re.compile(
    r"(?i)\basked\s+(?:me\s+|us\s+)?(?:if|whether)\s+(?-i:(?!I\b)[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
    r"(?:\s+(?:is|was|were|has|had|really|actually|just))?\s*$"
)
# Words put in the reader's mouth in advice: "PLEASE don't say your weakness is 'perfectionism'", "never
# write 'per my last email'", "your answer is 'I don't know'".
_READER_SAYS = re.compile(
    r"(?i)(?:\b(?:don['’]?t|do\s+not|never|avoid|stop)\s+(?:saying|say|writing|write|putting|put|telling\s+\w+|answering|answer)\b[^.!?\n'‘\"“]{0,40}|"
    r"\byour\s+(?:[\w'’-]+\s+){1,2}(?:is|was)\s+)$"
)
_WORD_TALKED_OF = re.compile(
    r"(?i)\b(?:word|words|term|terms|phrase|phrases|expression)\s+(?:for\s+|like\s+|as\s+)?$"
    # a word made, spelt or taught: "Shakespeare invented 'swagger'", "learnt to spell 'necessary'"
    r"|\b(?:invented|coined|made\s+up|spell|spelt|spelled|spelling|pronounce|pronounced|pronouncing|means?|meant|define[sd]?|"
    r"translates?|translated|learnt|learned|taught\s+(?:them|us|him|her|the\s+class))\s+(?:the\s+word\s+)?$"
)
# A part played or a name given, quoted: "her first nativity as 'Sheep 3'", "dressed up as 'the Grinch'".
_ROLE_QUOTED = re.compile(r"(?i)\b(?:(?:dressed(?:\s+up)?|cast|starring|appeared|played|playing|plays|went)\s+as|played|playing|plays)\s*$")
_ROLE_AS = re.compile(r"(?i)\bas\s*$")
_PERFORMANCE = re.compile(r"(?i)\b(?:nativity|play|panto|pantomime|concert|assembly|musical|costume|fancy\s+dress|show|recital|production)\b")
# The writer's own person saying the words quoted: "my own kid asks for 'le ketchup'".
_OWN_SAYS = re.compile(r"(?i)^\s+(?:\w+\s+)?(?:asks?|asked|asking|says?|said|goes|went|told\s+me|tells\s+me|calls?\s+(?:it|them|me)|called\s+(?:it|them|me)|"
                       r"shouts?|shouted|yells?|yelled)(?:\s+(?:for|me|us))?\s*$")
# Someone served or from work contacting the writer over and over: "the bloke in room 512 has rung the front
# desk 19 times tonight", "asking how to unblock his card for the 11th time this week", "emailed me six times
# since lunch". A count like that is a complaint about one person their colleagues will recognise.
_OVER_AND_OVER = re.compile(
    r"(?i)\b(?:rung|rang|ring|rings|called|calls|phoned|phones|emailed|emails|messaged|messages|texted|texts|whatsapped|buzzed|"
    r"pinged|paged|complained|asked|asking|been\s+(?:back|in|down|up)|come\s+back|came\s+back|pressed\s+the\s+(?:buzzer|bell))\b"
    r"[^.!?\n]{0,50}?\b(?:(?:[3-9]|[1-9]\d|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+times|"
    r"(?:for\s+)?the\s+(?:\d+(?:st|nd|rd|th)|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|hundredth|millionth)\s+time)\b"
)
# The same trouble counted within a period, with no contact verb (session 45, tuning sets: "call me again today
# about the longkang, 4th time this week", "clicked the phishing link AGAIN, 3rd time this quarter", "second time
# this month, and their IT guy still no backup", "Found our Gaz kippin in the doorway again. 3rd time this week."):
# a count of the writer's patience about one person, read beside someone in its sentence or, when the count is a
# clipped sentence of its own, in the sentence before.
_NTH_TIME_IN = re.compile(
    r"(?i)(?=[\dstfe])\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth)\s+time\s+"
    r"(?:(?:this|that)\s+(?:week|month|year|quarter|term|semester|fortnight|shift|morning|afternoon|evening|summer|winter|season)|today|tonight|"
    r"in\s+(?:a|one|two|three|four|five|\d+)\s+(?:week|month|year|day|shift|fortnight)s?)\b"
)
# Someone cited for a claim the public repeats: "someone asks if vitamin C cures the flu because Gwyneth said
# so 🙄": the eye-roll is at a celebrity's claim, not at someone the writer knows.
_CITED = re.compile(r"(?i)\b(?:because|cos|coz|cause|since)\s+$")
_CITED_AFTER = re.compile(r"(?i)\s+(?:said\s+so|says\s+so|told\s+them\s+so|swears\s+by\s+it|said\s+it\s+works|says\s+it\s+works)\b")
# A win or a success said to happen again (session 42, fresh41d: "my manager said 'dette er kjempebra' ... Norway won
# the handball again too"): cheered, not the repetition a complaint counts; in the same clause as "again".
_WON_BEFORE = re.compile(r"(?i)\b(?:won|wins|beat|smashed\s+it|nailed\s+it|did\s+it|topped|champions?)\b[^.!?,;\n]{0,30}$")
# A client's firm told of before a title: "at a client", "our client's", "the client".
_CLIENTS_FIRM = re.compile(r"(?i)\b(?:a|our|the|my|their)\s+client(?:['’]s|s)?\b")
# Signals that are sarcasm only when no praise stands beside them: "so glad they moved my shift AGAIN" is
# sarcasm, "Our new head is brilliant, so glad she joined us" is gladness.
_SARCASM_SIGNALS = frozenset({"so glad", "love it when", "love how"})
# Faces that only ever say exasperation, whatever words stand beside them.
_EYE_ROLLS = frozenset({"🙄", "😒", "🤦", "🤬", "😡", "🤡"})  # (the clown: mockery, session 42)
# "on the vent", "off the vent": the ventilator of intensive care, as nurses write it.
_ON_A_MACHINE = re.compile(r"(?i)\b(?:on|off|onto|from)\s+(?:the|a|his|her|their)\s+$")
_NEGATED = re.compile(r"(?i)\b(?:not|never|isn['’]?t|wasn['’]?t|aren['’]?t|no)\b(?:\s+[\w'’]+){0,2}\s*$")


class VentingRule(Rule):
    KIND = "venting"

    def find(self, post: Post):
        roles = roles_held(post)
        found = list(self._complaints(post, roles))
        yield from found
        if found and roles:
            yield from self._roles_vented(post, roles, found)

    def _roles_vented(self, post: Post, roles: list[Role], found: list[Risk]):
        """The title of the one vented about ("the new head of department", "Da new VP", "the ward sister on
        Dart"): a complaint raised within a sentence of it, with no praise in the title's own sentence, is about
        them, and readers who know the workplace know who holds it. The rewrite says "a senior colleague" or "a
        colleague" (only in a post that vents: "our CEO announced ..." stays)."""
        praise = post.cue("review_praise")
        text = post.text
        # everyone from work a complaint could be aimed at: the titles and the other mentions of someone from
        # work (one person, not "the governors"); a complaint is about the one nearest it. (Not the detector's
        # names: as many of them are small places and words of dialect, "Fermanagh deserves better 🙄".)
        people = [(r.start, r.end) for r in roles] + [
            (a, b) for a, b in post.workplace + trade_mentions(post)
            if not _PLURAL.search(text[a:b]) and not any(r.start <= b and a <= r.end for r in roles)]

        def nearest(risk: Risk) -> tuple[int, int]:
            """Who the complaint is about: one whose mention holds it; else the last one before it in its sentence
            (a complaint follows who it is about: "our rugby coach (the one with the red car 🙄) to the principal"),
            else the first after it there ("Absolutely done with our new team leader"), else the nearest."""
            holding = [p for p in people if p[0] <= risk.start < p[1] or risk.start <= p[0] < risk.end]
            if holding:
                return holding[0]
            sa, sb = post.sentence(risk.start)
            before = [p for p in people if sa <= p[0] and p[1] <= risk.start]
            if before:
                return max(before)
            after = [p for p in people if risk.end <= p[0] and p[1] <= sb]
            if after:
                return min(after)
            return min(people, key=lambda p: min(abs(risk.start - p[1]), abs(p[0] - risk.end)))

        for role in roles:
            wa, wb = post.around(role.start, role.end, 2)
            if any(r.start <= role.start and role.end <= r.end for r in found):
                continue  # the complaint's own phrase already holds the title
            aimed = [r for r in found if wa <= r.start and r.end <= wb and nearest(r) == (role.start, role.end)]
            if not aimed or within(praise, *post.sentence(role.start)):
                continue  # "had to report our rugby coach (🙄) to the principal": the complaint is the coach's
            said = text[role.start:role.end]
            # in a post about a client's firm ("Audit week at a client ... paid to the CEO's brother-in-law") the
            # title is theirs: "someone senior", not "a senior colleague"
            general = role.general
            if _CLIENTS_FIRM.search(text, post.around(role.start, role.end, 1)[0], role.start):
                general = "someone senior" if role.senior else "someone there"
            risk = self.risk(post, role.start, role.end, rewrite=general)
            yield replace(risk, why=f"Readers who know the workplace know who '{said}' is: a complaint about them is about one "
                                    f"identifiable person, name or no name.",
                          advice=f"Say '{general}' rather than '{said}', or keep the complaint internal: raise it with your "
                                 f"manager, supervisor or union, not on social media.")

    def _complaints(self, post: Post, roles: list[Role]):
        if not post.others and not roles:
            if "MD" in post.text or "GM" in post.text or "CFO" in post.text or "VP" in post.text:
                yield from self._ordered_to(post, [], post.cue("review_praise"))  # "MD wants us to 'be creative'"
            return
        text = post.text
        idioms = post.cue("review_complaint_idioms")
        work = [(a, b) for a, b in post.workplace if not _WRITERS_ROLE.search(text, max(0, a - 20), a)]
        # someone by a title one person holds ("the new head of department", "Da new VP"): someone from work
        work = sorted(set(work) | {(r.start, r.end) for r in roles})
        # a name cited for a claim is a celebrity's; a lowercase one in a post that capitalises names is a
        # guess of the detector's when it runs to two words ("garlic cures", "ki sweet", "mga kaibigan")
        capitalises = post.lower != text
        # nor a city, a region or a country the detector took for a name ("Hay fever season's here, Edinburgh!")
        names = [(a, b) for a, b in post.names if (text[a].isupper() or not capitalises or " " not in text[a:b])
                 and not (_CITED.search(text, max(0, a - 12), a) and _CITED_AFTER.match(text, b))
                 and text[a:b] not in _big_places() and not _ACRONYM_PLURAL.fullmatch(text, a, b)]
        colleagues = [(a, b) for a, b in work if not anyones(text, a, b)] + names
        elsewhere = _aimed_elsewhere(post, colleagues)
        for a, b in post.cue("review_complaint_words"):
            if overlaps(idioms, a, b) or _NEGATED.search(text, max(0, a - 25), a) or elsewhere(a):
                continue
            if _AT_A_THING.match(text, b) and text[a:b].lower() in _FEELING_VERBS and not any(b <= s < b + 30 for s, _ in post.others):
                continue  # "Love the kids, hate the forms": a feeling about a thing, said of no one
            if _ON_A_MACHINE.search(text, max(0, a - 12), a) and text[a:b].lower() == "vent":
                continue  # "still on the vent", "off the vent": a ventilator, a patient's care, no complaint
            if (_AT_THE_READER.match(text, b) or _TO_EVERY_READER.match(text, a, b)) and not within(post.names, *post.sentence(a)):
                continue  # "the customer who yelled at you doesn't know your name": advice to readers
            if any(_feels(text, e, a) for _, e in post.own):
                continue  # "my own dumb knee": the writer's own, not someone else's
            if _about_a_show(post, a):
                continue  # "Rewatching for the 4th time, Kendall is SO annoying": a character, no one known
            sa, sb = post.sentence(a)
            if _said_of_own(post, colleagues, sa, a):
                continue  # "home to my cat Mochi who is definitely furious with me": the writer's own pet or family
            wa, wb = post.around(a, b, 1)
            # someone described so that others know who ("the one with the gold tooth", "our newest hire") is as
            # recognisable as a name, in the complaint's own sentence
            if within(colleagues, wa, wb) or any(sa <= s and e <= sb and not _feels(text, e, a) for s, e in post.served) or within(post.described, sa, sb):
                yield self.risk(post, a, b)
        for a, b in post.cue("review_anger"):
            wa, wb = post.around(a, b, 1)
            if not elsewhere(a) and (within(colleagues, wa, wb) or within(post.served, wa, wb)):
                yield self.risk(post, a, b)  # "I'm seething. A pupil's dad has posted a video of me"
        if "time" in post.lower:
            for m in _OVER_AND_OVER.finditer(text):
                sa, sb = post.sentence(m.start())
                if _OWN_SUBJECT.search(text, max(sa, m.start() - 12), m.start()):
                    continue  # "I've called the council 5 times": the writer's own calls
                people = [s for s in colleagues + post.served_in(sa, sb) + post.described if sa <= s[0] < sb and not _PLURAL.search(text[s[0]:s[1]])]
                if people and not post.is_own(*people[0]):
                    yield self.risk(post, m.start(), m.end())
        if "time" in post.lower:
            yield from self._counted_in_a_period(post, colleagues)
        praise = post.cue("review_praise")
        mine = [(a, b) for a, b in work if not anyones(text, a, b)]  # not "their manager", "your coworker"
        # and someone described so those around them know who ("our newest hire", "the gentleman on the renal
        # ward who always wears his Arsenal cap"): a sign of a complaint two sentences on is about them too
        # (not by a mild sign: "The one who volunteers for everything ... Look twice.")
        known = None
        for a, b in post.cue("review_complaint_signals"):
            if _in_a_title(text, a, b) or _APPRECIATION.fullmatch(text, post.sentence(a)[0], a) and text[a:b].lower().startswith("nothing"):
                continue  # "Think Again" (a book), "Nothing like a flat white after a shift" (a pleasure)
            if text[a:b].lower() == "every single" and _EVERY_ONE_OF_THEM.match(text, b):
                continue  # "every single child is Elsa": all of them counted, not "every single time" said of someone
            wa, wb = post.around(a, b, 2)
            if text[a:b].lower() == "again" and _WON_BEFORE.search(text, max(0, a - 40), a):
                continue  # "Norway won the handball again too, what a week": a win again, cheered, no complaint
            if _repeat_ahead_of_them(text, mine, a, b, wa):
                continue  # "Night shift at the mall again. ... Don't tell my boss": the writer's own shift again
            # an emoji beside "whoever" ("whoever keeps raiding the packet i will find you 😤") is the writer's
            # mood about someone nobody knows
            aimed = mine if text[a].isalnum() else [(s, e) for s, e in mine if text[s:e].lower() != "whoever"]
            # the workplace loved in the same breath is no target ("pure CHAOS 😂 ... love my job tho")
            aimed = [(s, e) for s, e in aimed if not _LOVED_BEFORE.search(text, max(0, s - 16), s)]
            if text[a:b].lower() in _SARCASM_SIGNALS and within(praise, *post.sentence(a)):
                continue  # "Our new head is brilliant, so glad she joined us": glad said with praise, no sarcasm
            if within(aimed, wa, wb) and not overlaps(idioms, a, b) and not elsewhere(a):
                yield self.risk(post, a, b)
            elif (not (text[a:b].lower() in _MILD_SIGNALS and not text[a:b].isupper()) and not overlaps(idioms, a, b)
                  and within(known if known is not None else (known := [(s, e) for s, e in post.described if not post.is_own(s, e) and not _THATS_ME.match(text, e)]), wa, wb)
                  and not elsewhere(a)):
                yield self.risk(post, a, b)  # "The very tall gentleman ... who always wears his cap ... We need to talk 😤"
            elif not text[a].isalnum() and _rolled_at(post, [c for c in colleagues if not _guessed_name(text, names, c, capitalises)], praise, a, b):
                yield self.risk(post, a, b)
            elif text[a].isalnum() and _at_a_name(post, names, praise, idioms, a, b):
                yield self.risk(post, a, b)  # "Mr Blackwood come in today fi him insulin AGAIN without prescription"
        if "‘" in text or '"' in text or "“" in text or ("'" in text and _OPENING_QUOTE.search(text)):
            quotes = [m.span() for m in _QUOTE.finditer(text)]
            # a name inside a quotation is words said, not someone there ("I say 'Priya', they say 'Pria?'")
            speakers = [(a, b) for a, b in colleagues if not any(qa < a and b < qb for qa, qb in quotes)]
            for m in _QUOTE.finditer(text):
                sa, sb = post.sentence(m.start())
                if _WORD_TALKED_OF.search(text, max(0, m.start() - 25), m.start()):
                    continue  # "no clean word for 'anxiety'": a word talked of, not someone's words
                if _WRITER_SAID.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "I said 'politics' and moved on": the writer's own words
                if _ASKED_ABOUT.search(text, max(sa, m.start() - 60), m.start()):
                    continue  # "one of them asked if Mr Twit is 'like Boris Johnson'": a question about someone, not their words
                if _READER_SAYS.search(text, max(sa, m.start() - 50), m.start()):
                    continue  # "don't say your weakness is 'perfectionism'": words advised to readers
                if _ROLE_QUOTED.search(text, max(sa, m.start() - 20), m.start()) or (
                        _ROLE_AS.search(text, max(sa, m.start() - 6), m.start()) and _PERFORMANCE.search(text, sa, sb)):
                    continue  # "did her first nativity the day as 'Sheep 3'": a part played, not words said
                if any(sa <= oa and _OWN_SAYS.match(text[ob:m.start()]) for oa, ob in post.own if ob <= m.start()):
                    continue  # "then my own kid asks for 'le ketchup'": the writer's own family speaks
                said_by = within(speakers, sa, m.start()) or (
                    # "Charge nurse Priya thinks she owns the hospital. Today she told my patient's family I'm 'new
                    # and slow'": a colleague in the sentence before, and "she" before the quote
                    sa > 0 and _leads(post, work, sa - 1) and _SHE_HE.search(text, sa, m.start()) is not None
                    and not within(praise, *post.around(sa - 1, sa - 1, 0))
                )
                if _scare_quote(text, m) and said_by and not within(praise, sa, sb):
                    yield self.risk(post, m.start(), m.end())
        yield from self._addressed(post, colleagues, names, praise)
        yield from self._ordered_to(post, mine, praise)
        for a, b in withheld(post):
            if not _A_PERSON_HELD.search(text, a, b) or _NOT_YET.match(text, b):
                continue  # "not saying which hospital", "can't name names yet": the employer, a deal not out yet
            # the colleague told of before it in the post ("Our CTO ... just force-pushed to main. In prod. ...
            # I'm not saying who"), or in the sentence after
            wa, wb = 0, post.around(a, b, 1)[1]
            # "Sgt on our team, won't name him but he's got a tash and a Spurs mug": one colleague of the
            # writer's held back and pointed at (not "coaching a CEO", a client's), and not praised ("our new
            # hire, won't say who, but she's a star")
            if any(wa <= s and e <= wb and not _PLURAL.search(text[s:e]) and not _NO_ONE_PERSON.match(text, s, e)
                   and (_OURS_BEFORE.search(text, max(0, s - 8), s) or _OURS_AFTER.match(text, e)) for s, e in mine) and not within(praise, wa, wb):
                yield self.risk(post, a, b)
        if "AGAIN" in text or "STILL" in text or "WHY" in text or "ALWAYS" in text or "NEVER" in text or "SERIOUSLY" in text:
            for m in _SHOUTED.finditer(text):
                sa, sb = post.sentence(m.start())
                people = colleagues + post.described + [(s, e) for s, e in post.served if not _PLURAL.search(text[s:e]) and not post.is_own(s, e)]
                if _clause_of_a_thing(post, people, sa, m.start()) or _said_of_the_writer(post, people, sa, m.start()):
                    continue  # "the photocopier's jammed AGAIN and you've got Year 11": the copier, not the class
                if within(people, sa, sb) and not within(praise, sa, sb) and not any(sa <= s and e <= sb for s, e in post.own):
                    yield self.risk(post, m.start(), m.end())  # "Custody hearing for my client's twins got pushed AGAIN."
        if " not " in post.lower:
            for m in _NOT_A_MAGICIAN.finditer(text):
                if not within(praise, *post.sentence(m.start())):
                    yield self.risk(post, m.start(), m.end())  # "I'm a carer, not the family WhatsApp admin 😩"
        if mine and post.cue("review_legal_process"):
            yield from self._case_against(post, mine)
        low = post.lower
        if low.startswith("to ") or ". to " in low or "\nto " in low or "! to " in low or "? to " in low or "- to " in low:
            for m in _OPEN_LETTER.finditer(text):
                if m.group("who").lower() not in _PERSON_NOUNS and m.group("who").lower() not in _PEOPLE_PLAIN:
                    continue
                wa, wb = post.around(m.start(), m.end(), 1)
                if not within(praise, wa, wb) and not _GREETING.search(text, wa, wb):
                    yield self.risk(post, m.start("whole"), m.end())  # "To the fella who runs the chippy on Towngate — ..."
        if "you are" in post.lower or "yes, you" in post.lower or "yes you" in post.lower:
            people = colleagues + post.described + [(s, e) for s, e in post.served if not _PLURAL.search(text[s:e]) and not post.is_own(s, e)]
            for m in _CALLED_OUT.finditer(text):
                wa, wb = post.around(m.start(), m.end(), 1)
                sa, sb = post.sentence(m.start())
                # "Huge thanks to my source in the housing dept, you know who you are": thanks, not a call-out
                if within(people, wa, wb) and not within(praise, wa, wb) and not _GREETING.search(text, wa, wb):
                    yield self.risk(post, m.start(), m.end())
        for a, b in names:
            if text[a].islower() and post.capitalises_names:
                continue  # "..., mijo.", "Sabr habibi, sabr.": a word of address or another language's, called in lowercase where names are capitalised
            sa, sb = post.sentence(a)
            called = text[sa:a].rstrip().endswith(",") and _CALL_END.match(text, b)
            # blame is read with the sentence after it for praise...
            # ... and said flat ("It was Kevin."), not as a cheer ("It was Kevin! Best baker on the ward.")
            blamed = (_BLAME_BEFORE.fullmatch(text[sa:a]) is not None and re.match(r"\s*(?:\.|$)", text[b:])
                      and not within(praise, *post.around(a, b, 1)))
            if (called or blamed or _I_SEE_YOU.match(text, b)) and not within(praise, sa, sb):
                yield self.risk(post, a, b)


    def _ordered_to(self, post: Post, mine, praise):
        """Someone from work or the employer telling staff to do what the writer holds wrong, told in public:
        "Our branch manager made us open 60 dummy accounts", "fleet manager wants us to pass 6 trucks with worn
        brake pads ... nah fam", "MD wants us to 'be creative' 😬". The order (a directive at "us", "me" or the
        staff, with the one who gave it just before it in its sentence) is read with a sign that it is wrong:
        wrongdoing from inside named beside it, their words quoted back straight after it, or the writer
        refusing it ("not my name on that", "I won't"); not with praise ("the boss told us to go home early,
        legend")."""
        text = post.text
        # what every match needs: someone from work to give the order, or a boss's acronym; and the verb
        if not (mine or any(a in text for a in _BOSS_ACRONYMS)) or not hinted(post, _ORDERED_HINTS):
            return
        for m in _ORDERED.finditer(text):
            sa, sb = post.sentence(m.start())
            boss = any(sa <= s and e <= m.start() and m.start() - e <= 40 and not _PLURAL.search(text[s:e]) for s, e in mine)
            if not boss and not _BOSS_ACRONYM.search(text, max(sa, m.start() - 12), m.start()):
                continue
            wa, wb = post.around(m.start(), m.end(), 1)
            if within(praise, sa, sb):
                continue
            quoted = _QUOTE.match(text, m.end() + len(re.match(r"\s*(?:to\s+)?(?:\w[\w'’-]*\s+){0,2}", text[m.end():]).group()))
            # ("Legal have told us not to talk while the investigation is live, so I won't": agreeing, not refusing)
            if (post.has("review_inside_wrongdoing", wa, wb) or (quoted and quoted.start() < sb)
                    or (_REFUSED.search(text, m.end(), wb) and not _NOT_TO.match(text, m.end()))):
                yield self.risk(post, m.start(), m.end())

    def _counted_in_a_period(self, post: Post, colleagues):
        """ "4th time this week", "third time this year" said beside one person (see _NTH_TIME_IN); not the writer's
        own count ("3rd time this week I've burnt the toast"), a group, or a count cheered ("second time this year
        she's won employee of the month")."""
        text = post.text
        # (praise inside a name is none: "Lucky Dragon Logistics")
        praise = [(a, b) for a, b in post.cue("review_praise") if not any(s.start <= a < s.end for s in post.spans)]
        for m in _NTH_TIME_IN.finditer(text):
            sa, sb = post.sentence(m.start())
            if _OWN_SUBJECT.search(text, max(sa, m.start() - 12), m.start()) or _OWN_AFTER_COUNT.match(text, m.end(), sb):
                continue
            if within(praise, sa, sb):
                continue
            ra = sa
            if len(text[sa:sb].split()) <= 6 and sa > 0:
                ra = post.sentence(sa - 1)[0]  # "3rd time this week.": the sentence before says who
            people = [s for s in colleagues + post.served_in(ra, sb) + post.described
                      if ra <= s[0] < sb and not _PLURAL.search(text[s[0]:s[1]]) and not post.is_own(*s)]
            if people:
                risk = self.risk(post, m.start(), m.end())
                post.unseen_by_model.add((risk.start, risk.end, risk.kind))  # (a new rule's: the risk model still reads the post as before, see Post.unseen_by_model)
                yield risk

    def _case_against(self, post: Post, mine):
        """A grievance, a hearing or an investigation against one colleague, told by someone who works with
        them: "Grievance hearing tomorrow against our regional director", "Third grievance this year against
        the same site manager", "my unit manager Colleen is being investigated by the college". Their
        colleagues know who it is."""
        text = post.text
        idioms = post.cue("review_legal_idioms")
        people = [(s, e) for s, e in mine if not _PLURAL.search(text[s:e]) and not _NO_ONE_PERSON.match(text, s, e)]
        for a, b in post.cue("review_legal_process"):
            if overlaps(idioms, a, b):
                continue
            sa, sb = post.sentence(a)
            for s, e in people:
                if not (sa <= s and e <= sb):
                    continue
                against = _AGAINST.search(text[max(sa, s - 60):s])
                under = e <= a and a - e < 40 and _IS_UNDER.search(text[e:a])
                if against or under:
                    yield self.risk(post, min(a, s), max(b, e))
                    break

    def _addressed(self, post: Post, colleagues, names, praise):
        """Someone in the post spoken to over the readers' heads: "Sir. SIR. It is on your LEG.", "Ma'am,
        you're 58", "Aunty ji, it's Class 2", "Respectfully, sir, go outside", "Mate. No.", "Trevor, it's
        £9.90". Told a client or a colleague off in public, they and those around them know who it is.
        Raised when someone the words can be aimed at (a colleague, a name, one person served or
        described) stands in that sentence or the two before, with no praise, thanks or greeting near
        ("Happy retirement, sir!", "Jake, you're a legend"), nor inside a quotation."""
        text = post.text
        low = post.lower
        hinted = any(w in low for w in _ADDRESS_WORDS) and _ADDRESS_HINT.search(low)
        found = [m.span("who") if m.group("who") else m.span("who2") for m in _ADDRESS.finditer(text)] if hinted else []
        for a, b in names:
            m = _NAME_ADDRESSED.match(text, b)
            if m and not _BEFORE_NAME.sub("", text[post.sentence(a)[0]:a]) and (m.group("what") or len(text[a:b].split()) == 1):
                found.append((a, b))
        if not found:
            return
        people = colleagues + post.described + [(s, e) for s, e in post.served if not _PLURAL.search(text[s:e]) and not post.is_own(s, e)]
        quotes = [m.span() for m in _QUOTE.finditer(text)] if ("'" in text or '"' in text or "‘" in text or "“" in text) else []
        for a, b in found:
            if any(qa <= a and b <= qb for qa, qb in quotes):
                continue
            sa, sb = post.sentence(a)
            wa, wb = post.around(a, b, 1)
            # praise in its own sentence, a greeting or thanks beside it ("Welcome to Lindi! ... Lindi, you're
            # hired twice"); "Shout out to Trev who argues every Tuesday" before it is sarcasm, not praise
            if within(praise, sa, sb) or _GREETING.search(text, wa, wb):
                continue
            ba = post.around(sa, sa, 2)[0] if sa > 0 else 0
            # a third person in the lines before ("she 'went to school with Prince William'. Ma'am, ...")
            # is who "Sir" or "Madam" is said to; "mate" needs someone the post names or describes
            told = _SHE_HE.search(text, ba, a) is not None and text[a:b].lower() not in _MATES
            # "Had a customer shout at me ... Mate. It's a biscuit.": "mate" to a passing stranger ("a customer",
            # "some bloke") is the writer's exasperation, not someone readers can tell
            aimed = [(s, e) for s, e in people if not (text[a:b].lower() in _MATES and _A_STRANGER.search(text, max(0, s - 6), s))]
            if any(ba <= s and e <= sb and not (s <= a < e) for s, e in aimed) or (a, b) in names or told:
                yield self.risk(post, a, b)


# Exasperation shouted beside one person: "rang me AGAIN at home", "Girl, WHY??", "STILL hasn't sent his
# receipts" (not "EVERY kid", many people).
_SHOUTED = re.compile(r"\b(?:AGAIN|STILL|WHY|ALWAYS|NEVER|SERIOUSLY)\b")
# A process aimed at one colleague: "against our regional director", "for the same VP"; "my unit manager
# Colleen is being investigated".
_AGAINST = re.compile(r"(?i)\b(?:against|(?:is|was|being|been)\s+investigated|complaints?\s+about|for\s+the\s+same|same)\s+(?:[\w'’-]+\s+){0,4}$")
_IS_UNDER = re.compile(r"(?i)\b(?:is|was|being|been|got|has\s+been)\s+(?:[\w'’-]+\s+)?$")
# Work words that are a department or the employer, not one colleague.
_NO_ONE_PERSON = re.compile(
    r"(?i)(?:legal|hr|staff|board|the\s+board|management|the\s+company|the\s+firm|the\s+trust|the\s+council|the\s+school|the\s+hospital|"
    r"the\s+practice|the\s+agency|the\s+academy|leadership|senior\s+management|comms|estates|engineering|committee|governors|crew|"
    r"upstairs|whoever)$"
)
# The writer's retort to someone's demands: "I'm HR, not a magician", "I am a lawyer not a magician", "I'm a
# carer, not the family WhatsApp admin" (in a post about someone, it answers them).
_NOT_A_MAGICIAN = re.compile(
    r"(?i)\b(?:i['’]?m|i\s+am)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?,?\s+not\s+(?:an?\s+|the\s+|your\s+)(?:[\w'’-]+\s+){0,3}?"
    r"(?:magician|miracle\s+worker|mind\s+reader|wizard|genie|admin|babysitter|servant|slave|butler|maid|psychic|punching\s+bag|"
    r"doormat|atm|cash\s+machine|personal\s+assistant|pa|secretary|taxi|chauffeur)\b"
)
# A post opened as a letter to one person who will know themselves: "To the fella who runs the chippy on
# Towngate —", "To the ED sister at Northgate who made my crew wait"; not with thanks ("To the lady who found
# my purse, thank you!").
_OPEN_LETTER = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*(?P<whole>(?i:to)\s+(?:the|that|this|whoever|my|our)\s+(?:[\w'’-]+\s+){0,2}?(?P<who>[\w'’-]+))"
    r"\s*(?:\([^)]*\)\s*)?(?:who|whose|that|at|in|on|from)\b"
)
_PEOPLE_PLAIN = frozenset({"fella", "bloke", "lady", "woman", "man", "guy", "person", "lad", "gent", "driver", "customer", "patient", "parent", "mum", "dad"})
# Someone called out without their name, or beside it: "To the district manager (you know who you are, Sharon
# K.)", "The MD (yes, you, Rupert) will change the model at 11pm".
_CALLED_OUT = re.compile(r"(?i)\byou\s+(?:know|KNOW)\s+who\s+you\s+are\b|\(\s*yes,?\s+you\b")
_MATES = frozenset({"mate", "buddy", "pal", "my guy", "my dude"})
_BEFORE_NAME = re.compile(r"(?i)^[\s\"'‘“(]*(?:(?:yes|no|oh|and|so|look|right)\s*,?\s*)?")


# Words a writer speaks to a client or a colleague with: "Sir.", "madam,", "Ma'am,", "Aunty ji,". "Mate" and
# its like are also said to anyone and to the reader ("Mate, I was born before the iPhone"), so only as a
# sentence of their own ("Mate. No.") or beside a name ("Sean, mate,").
_ADDRESS_WORDS = ("sir", "madam", "ma'am", "ma’am", "maam", "mate", "buddy", "pal", "my guy", "aunt", "uncle")
_ADDRESS_HINT = re.compile(r"\b(?:sir|madam|ma['’]?am|mate|buddy|pal|my guy|aunt(?:y|ie)|uncle)\b")
_ADDRESS = re.compile(
    r"(?:(?:^|(?<=[.!?]))\s*|(?:^|(?<=[.!?]))\s*(?i:respectfully|with\s+respect|honestly|please|no|oh|look)\s*,?\s+|,\s*)"
    r"(?P<who>(?i:sir|madam|ma['’]?am|aunty\s+ji|auntie\s+ji|aunty|auntie|uncle\s+ji))"
    r"(?=\s*[.!?,]|\s+(?i:you|your|you['’]re|it['’]s|this\s+is|that['’]s|we|i\s|i['’]m|i\s+am|please|stop|no)\b)"
    r"|(?:^|(?<=[.!?]))\s*(?:(?i:no|oh|look)\s*,?\s+)?(?P<who2>(?i:mate|buddy|pal|my\s+guy|my\s+dude))(?=\s*[.!?](?:\s|$)|\s*$)"
)
# A name called to at a sentence's start: "Trevor, it's £9.90.", "Sandra, we all saw the new Range Rover",
# "Sean, mate, we've all got your face on the wall", "Bill. BILL."
_NAME_ADDRESSED = re.compile(
    r"(?:,\s*(?P<what>(?i:mate|my\s+guy|my\s+dude|buddy|pal|sir|madam)\b)|,\s+(?=(?i:it['’]s|it\s+is|it\s+has|we\s|we['’]ve|we\s+all|you\s+(?:know|have|can['’]?t|cannot|don['’]?t|do\s+not|are\s+not|aren['’]?t|need|have|were|was)|your\s|please|stop|seriously|nobody|no\s+one|this\s+is|that['’]s\s+not)\b)"
    r"|\.\s+(?-i:[A-Z]{3,})[.!?])"
)
_GREETING = re.compile(r"(?i)\b(?:happy|welcome|congrat\w*|good\s+luck|get\s+well|well\s+done|miss\s+you|love\s+you|thank\w*|hats\s+off|icon|goat|going\s+places|deserve\s+(?:an?\s+)?(?:award|medal|raise|promotion))\b")


# What may open a sentence before "nothing like" said of a pleasure: "Nothing like ...", "Ok, also nothing
# like ...", "There's nothing like ...".
_APPRECIATION = re.compile(r"(?i)\W*(?:(?:ok(?:ay)?|and|but|also|honestly|seriously|still|there['’]?s|there\s+is|is)\W+)*")


# The one described is the writer, later in the sentence: "..., that's me", "... that was me".
_THATS_ME = re.compile(r"(?i)[^.!?\n]{0,80}?\b(?:that['’]s|that\s+is|that\s+was|that['’]ll\s+be|it['’]s|it\s+was)\s+(?:me|us)\b")
# Things counted by their initials ("near the TVs", "two GPs", "the MPs"), which the detector may take for a name.
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}['’]?s")


@functools.cache
def _big_places() -> frozenset[str]:
    """Places too big to be someone's home turf, as written (big_places.txt already leaves out the cities
    that are also given names, "Florence", "Sydney"): a place greeted or called to is its people, no one person."""
    return frozenset().union(*(vocab.words(name) for name in ("big_places", "metropolises", "big_regions", "countries", "us_states")))


def _in_a_title(text: str, a: int, b: int) -> bool:
    """A signal word capitalised after a capitalised word inside a sentence is part of a title or a name
    ("Think Again", "Never Again" as a book), not the writer's exasperation ("AGAIN" is shouting)."""
    word = text[a:b]
    if not word[:1].isupper() or word.isupper():
        return False
    before = re.search(r"([\w'’]+)\s+$", text[max(0, a - 30) : a])
    return before is not None and before.group(1)[:1].isupper() and not re.search(r"[.!?:]\s*\S*\s+$", text[max(0, a - 30) : a])


# Repetition said of the writer's own day ("on-call again this year", "Night shift at the mall again"): a
# complaint at someone only when they stand before it ("Sharon moved my desk. Again.").
_REPEATS = frozenset({"again", "twice", "once again", "yet again"})
# A person held back, not a place or a firm: "won't name him", "not saying who", "shall remain nameless".
_A_PERSON_HELD = re.compile(r"(?i)\b(?:who|whom|him|her|names?|nameless|named)$")
_NOT_YET = re.compile(r"(?i)\s+(?:just\s+)?yet\b")
# A directive at the staff: "made us", "wants us to", "told me to", "is making us", "pressuring staff to".
_ORDERED = re.compile(
    r"(?i)\b(?:made|makes|making|wants|wanted|told|tells|telling|asked|asks|asking|expects|expected|forced|forces|forcing|"
    r"pressur(?:e|es|ed|ing)|instructed|ordered|orders|got)\s+(?:us|me|the\s+team|staff|the\s+staff|everyone|all\s+of\s+us)\b(?:\s+to\b)?"
    # not something made for them ("made us all pancakes", "made us a brew") nor a feeling ("made me cry")
    r"(?!\s+(?:a|an|the|all|some|our|my|breakfast|lunch|dinner|tea|coffee|brew|cakes?|cupcakes|pancakes|cookies|biscuits|brownies|"
    r"laugh|cry|smile|proud|feel|so|very|happy|welcome)\b)"
)
# Words a match of _ORDERED cannot be without (its verbs' stems): a post with none skips the scan (~17 µs).
_ORDERED_HINTS = ("made", "mak", "want", "told", "tell", "ask", "expect", "forc", "pressur", "instructed", "order", "got")
# A boss by an acronym that is also a doctor's or a degree's ("MD wants us to"), read only before an order.
_BOSS_ACRONYMS = ("MD", "GM", "CFO", "CEO", "COO", "CTO", "VP", "HoD", "HOD")
_BOSS_ACRONYM = re.compile(r"\b(?:MD|GM|CFO|CEO|COO|CTO|VP|HoD|HOD)(?:['’]s)?\s+(?:just\s+|now\s+|still\s+|literally\s+)?$")
# An order not to do something: "told us not to talk" (the writer's "I won't" after it agrees).
_NOT_TO = re.compile(r"(?i)\s*(?:to\s+)?not\b")
# The writer refusing what they were told: "nah fam", "not my name on that", "I won't", "not lying for him".
_REFUSED = re.compile(
    r"(?i)\b(?:nah|no\s+way|not\s+my\s+name|i\s+won['’]?t|i\s+will\s+not|i\s+refuse[ds]?|refused|not\s+doing\s+(?:it|that)|"
    r"i['’]m\s+not\s+(?:doing\s+(?:it|that)|signing|lying)|not\s+(?:going\s+to|gonna)\s+(?:lie|sign|do\s+it)|over\s+my\s+dead\s+body|"
    r"not\s+on\s+my\s+watch|i\s+said\s+no|whistleblow\w*|report\s+(?:it|him|her|them)\b|is\s+that\s+(?:even\s+)?legal)"
)
# One of the writer's own colleagues: "our CTO", "my crewmate", "the consultant", "Sgt on our team".
_OURS_BEFORE = re.compile(r"(?i)\b(?:our|my|the|this|that)\s+$")
_OURS_AFTER = re.compile(r"(?i)\s+(?:on|in|from)\s+(?:our|my)\s+(?:team|crew|shift|ward|unit|watch|station|floor|squad)\b")
# Someone met once and unknown to the writer: "a customer", "some bloke", "this guy".
_A_STRANGER = re.compile(r"(?i)\b(?:an?|some|one)\s+$")


def _repeat_ahead_of_them(text: str, mine: list[tuple[int, int]], a: int, b: int, wa: int) -> bool:
    """A mild sign of repetition ("again", not "AGAIN") with nobody from work before it in its window: the
    colleague only after it ("Hari Raya on-call again this year but ... the aunties from night shift brought
    rendang") is not what happened again."""
    word = text[a:b]
    return word.lower() in _REPEATS and not word.isupper() and not any(wa <= s and e <= a for s, e in mine)


def _guessed_name(text: str, names: list[tuple[int, int]], mention: tuple[int, int], capitalises: bool) -> bool:
    """A lowercase word the detector took for a name in a post that capitalises names ("Kya hi bolein"), or
    "whoever" ("Shoutout to whoever invented Ctrl+Z ... I have earned it 😤"): no one an emoji can be rolled at."""
    s, e = mention
    return (capitalises and mention in names and not text[s].isupper()) or text[s:e].lower() == "whoever"


def _leads(post: Post, mentions: list[tuple[int, int]], at: int) -> bool:
    """One of ``mentions`` is the subject of the sentence holding ``at``: within its first three words ("Charge
    nurse Priya from 5th floor ICU thinks ...", "My G7 at HMRC, Marcus, has ...")."""
    sa, sb = post.sentence(at)
    return any(sa <= s and e <= sb and len(post.text[sa:s].split()) <= 2 for s, e in mentions)


_OWN_SUBJECT = re.compile(r"(?i)\b(?:i|i['’]ve|i\s+have|i\s+had|i['’]d|we|we['’]ve|we\s+have)\s+(?:already\s+|now\s+)?$")
_SHE_HE = re.compile(r"\b(?:she|he|She|He)\b")
_OWN_AFTER_COUNT = re.compile(r"(?i)\s*[,:;-]?\s*(?:that\s+)?(?:i|i['’]ve|i['’]m|i\s+have|we|we['’]ve|we['’]re|me|my)\b")
_SHE_HE_ANY = re.compile(r"(?i)\b(?:he|she|he['’]s|she['’]s|his|her|him)\b")


def _rolled_at(post: Post, colleagues: list[tuple[int, int]], praise: list[tuple[int, int]], a: int, b: int) -> bool:
    """An eye-roll or an angry face (an emoji among the signals) at a named person or one person the writer
    serves: in its sentence, or ending the sentence before ("Ruby has rung 30 times today 🙄", "the lady in
    bed 4 has rung 30 times. 🙃"). Praise beside an eye-roll is sarcasm ("Shout out Priya for losing another
    file 🙄"); beside a face that may be fond it is praise ("Mrs F you LEGEND 🙃", "look at this beauty 😤")."""
    text = post.text
    sa, sb = post.sentence(a)
    if not text[sa:a].strip() and sa > 0:
        sa = post.sentence(sa - 1)[0]
    # "If you see a girl in a red vest crying near the TVs, that's me": the writer, described
    people = colleagues + [(s, e) for s, e in post.served_in(sa, sb) if not _PLURAL.search(text[s:e]) and not _THATS_ME.match(text, e)]
    if within(people, sa, sb) and (text[a:b] in _EYE_ROLLS or not within(praise, sa, sb)):
        return True
    # "The Datuk's wife in VIP room 3 complained about the nasi lemak again. Her sugar 22 this morning and still
    # she want extra sambal 🙄": one person met in the lines before, and "she" or "he" in the eye-roll's own
    if text[a:b] not in _EYE_ROLLS and text[a:b] not in ("😤", "😠") or not _SHE_HE_ANY.search(text, sa, a):
        return False
    ba = post.around(sa, sa, 2)[0]
    before = colleagues + post.described + [(s, e) for s, e in post.served if not _PLURAL.search(text[s:e]) and not post.is_own(s, e)]
    return (any(ba <= s and e <= a for s, e in before) and not any(sa <= s and e <= sb for s, e in post.own)
            and not within(praise, sa, sb))


# "every single" before a person counts a whole group ("every single child came as Elsa", "every single one of
# them"), no exasperation at anyone; before a time it still is ("every single shift", "every single time").
_EVERY_ONE_OF_THEM = re.compile(
    r"(?i)\s+(?:one\s+of\s+(?:them|the|my|our|us)|(?:child|kid|pupil|student|baby|toddler|learner|person|patient|client|"
    r"family|parent|mum|mom|dad|member|player|girl|boy|teacher|nurse|colleague)(?:ren|s)?)\b"
)


# Signs too common to mark a complaint at a name by themselves ("Dangote rice price don increase again",
# "ate carbonara twice", "Priya covered my breaks again, ugh": a sigh, not a complaint about her); shouted
# ("AGAIN", "UGH") they still do.
_MILD_SIGNALS = frozenset({"again", "twice", "once again", "yet again", "meanwhile", "exhausted", "so tired", "drowning", "typical", "classic",
                           "ugh", "argh", "grr"})


def _at_a_name(post: Post, names: list[tuple[int, int]], praise, idioms, a: int, b: int) -> bool:
    """A sign of a complaint (not an emoji) in the sentence of a person the detector named, not the
    writer's own, with no praise in it: "Captain Dean Marsh said nothing.", "Mr Blackwood ... AGAIN
    without prescription", "the DON is a nightmare" beside her name."""
    text = post.text
    word = text[a:b]
    if (word.lower() in _MILD_SIGNALS and not word.isupper()) or overlaps(idioms, a, b) or _in_a_title(text, a, b):
        return False
    sa, sb = post.sentence(a)
    return (any(sa <= s and e <= sb and not post.is_own(s, e) for s, e in names) and not within(praise, sa, sb)
            and not any(sa <= s and e <= sb for s, e in post.own))


# A feeling verb whose object is a thing right after it: "hate the forms", "hate paperwork", "loathe these
# new rotas"; its object ends the clause ("hate the forms.", "hate the new system, honestly").
_FEELING_VERBS = frozenset({"hate", "hated", "hates", "hating", "loathe", "loathed", "loathes", "despise", "despised", "despises"})
_AT_A_THING = re.compile(r"(?i)\s+(?:the\s+|all\s+the\s+|these\s+|those\s+|this\s+|that\s+)?(?:new\s+|old\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*(?:[.!?,;:)#]|$|\s+(?:tho|though|but|and)\b)")
# Affection for the workplace said before it: "love my job", "loving my team", "miss my colleagues".
_LOVED_BEFORE = re.compile(r"(?i)\b(?:love|loving|loves|adore|adoring|miss|missing|grateful\s+for|proud\s+of)\s+$")
_CLAUSE_CUT = re.compile(r"(?i)[,;:—–(]|\s-\s|\b(?:and|but|while|whilst|then|so)\b")


def _clause_of_a_thing(post: Post, people: list[tuple[int, int]], sa: int, at: int) -> bool:
    """The shouted word at ``at`` ends a clause about an everyday thing (a device, the weather, the system) with
    no one in it: "the photocopier's jammed AGAIN" is said of the copier, whoever else is in the sentence."""
    text = post.text
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, sa, at)]
    ca = cuts[-1] if cuts else sa
    return within(post.cue("review_everyday_annoyances"), ca, at) and not any(ca <= s < at for s, _ in people)


# The writer as the subject of the clause the shouted word stands in: "I STILL tear up at the end", "I'm STILL
# not over it", "we ALWAYS cry at this one".
_WRITER_SUBJECT = re.compile(r"(?i)(?:i|i['’]m|i\s+am|i['’]ve|i\s+have|we|we['’]re|we\s+all)\s+(?:[\w'’-]+\s+){0,2}$")


def _said_of_the_writer(post: Post, people: list[tuple[int, int]], sa: int, at: int) -> bool:
    """The shouted word at ``at`` tells what the writer does, over and over ("I STILL tear up at the end"), with
    no one in its clause before or after it: the writer's own feeling, no complaint about anyone."""
    text = post.text
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, sa, at)]
    ca = cuts[-1] if cuts else sa
    end = _CLAUSE_CUT.search(text, at)
    cb = min(end.start() if end else len(text), post.sentence(at)[1])
    if not re.fullmatch(r"\W*" + _WRITER_SUBJECT.pattern[4:], text[ca:at], re.I):
        return False
    return not any(ca <= s < cb for s, _ in people)


def _aimed_elsewhere(post: Post, colleagues: list[tuple[int, int]]):
    """A test of whether the complaint at a position is aimed at an everyday thing (traffic, the weather,
    software) or a public figure: its sentence names one, and nobody from work, nobody named and no one
    person the writer serves."""
    targets = post.cue("review_everyday_annoyances") + post.cue("review_public_figures") + post.cue("public_offices")

    def elsewhere(at: int) -> bool:
        if not targets:
            return False
        sa, sb = post.sentence(at)
        return within(targets, sa, sb) and not within(colleagues, sa, sb) and not any(
            not _PLURAL.search(post.text[s:e]) for s, e in post.served_in(sa, sb)
        )

    return elsewhere


def _about_a_show(post: Post, at: int) -> bool:
    """The complaint's sentence is about a show, a film or a book watched or read ("Rewatching it again, Ziggy
    is so annoying"), with nobody from work and nobody served in it: the names in it are characters."""
    sa, sb = post.sentence(at)
    shows = post.cue("review_shows")
    # a role said of a character ("the worst colleague in TV history") is nobody's colleague
    work = [(s, e) for s, e in post.workplace if not any(0 <= c - e <= 4 and post.text[e:c].strip().lower() == "in" for c, _ in shows)]
    return within(shows, sa, sb) and not within(work, sa, sb) and not post.served_in(sa, sb)


def _feels(text: str, end: int, at: int) -> bool:
    """The complaint word at ``at`` follows a mention ending at ``end`` straight after, so it is said of
    or by them: "why our patients hate the prep" (the patients' feeling, not the writer's about them),
    "my own dumb knee" (the writer's own)."""
    return 0 <= at - end <= 2 and text[end:at].strip() == ""


def _scare_quote(text: str, m: re.Match) -> bool:
    """A few words quoted back ("calling it 'productivity'"), not a line of dialogue ("Sara: 'I'm her
    daughter'"), a title ("The Dimensions of a Shadow") or a statement quoted whole."""
    words = m.group()[1:-1].split()
    if len(words) > _SCARE_QUOTE_WORDS or _SPEAKER.search(text, max(0, m.start() - 30), m.start()):
        return False
    title = all((w[:1].isupper() and not w.isupper()) or w.lower() in _TITLE_SMALL_WORDS for w in words)
    return not (len(words) > 1 and title)  # shouting in capitals is no title


def _said_of_own(post: Post, colleagues: list[tuple[int, int]], sa: int, at: int) -> bool:
    """The complaint's sentence is about the writer's own family or pet: one of theirs stands before the
    complaint word in it, and nobody from work, nobody named and nobody served is anywhere in it."""
    sb = post.sentence(at)[1]
    return any(sa <= a and b <= at for a, b in post.own) and not within(colleagues, sa, sb) and not post.served_in(sa, sb)
