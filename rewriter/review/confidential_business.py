"""confidential_business: unannounced deals, layoffs, launches, customers, figures, internal incidents.

An NDA is broken by "we're laying off 40 people next month" or "signed our biggest client yet, can't
say who" as surely as by a name. Raised for
- a project codename the detector found;
- a business event an organisation announces when ready (layoffs, a restructure, an acquisition, a
  breach) said from inside ("we", "our", "at work", "leadership") or marked as not public;
- an ordinary business matter (a deal, a launch, a client, prod, the numbers) marked as not public
  ("not announced yet", "can't say who", "a certain German carmaker", "legal says") by someone inside;
- a client's wrongdoing told by the professional who holds it ("he's been under-declaring for years",
  "the directors were cooking the books") about someone they serve or a business they act for;
- a figure beside a business noun ("revenue down 18%", "2,300 customers", "a £40k contract") from
  inside, or any figure in a sentence marked as not public; the rewrite makes counts and sums vague
  ("thousands of customers", "a significant sum").
Not for the writer's own public news ("excited to launch my new course"), public news about others
("Apple reports this week", "Microsoft's layoff news is everywhere"), the counts of a working day ("47
tickets, 3 coffees"), an age or a time beside "not naming anyone", or "my client" beside "Can't say much.";
nor wrongdoing in the news with nobody the writer serves in the post ("tax evasion is up, says HMRC").
"""

from __future__ import annotations

import re

from .. import vocab
from .context import Post, overlaps, within
from .risk import Risk
from .rule import Rule

# The writer speaks from inside the organisation.
_INSIDE = re.compile(  # (the lookahead first: the letters a match can start with)
    r"(?i)(?=[woumatlhsbeinv])(?<![\w'’])(?:we|we['’]re|we['’]ve|we['’]ll|we['’]d|our|ours|us|my\s+(?:(?:branch|line|store|area|shift|site|regional|floor)\s+)?(?:company|employer|team|firm|org|"
    r"department|boss|manager|work)|at\s+work|the\s+company|the\s+firm|the\s+business|leadership|management|"
    r"upstairs|higher[\s-]ups|senior\s+management|head\s+office|this\s+team|"
    r"(?:the\s+)?board|execs?|all[\s-]hands|town\s+hall|memo|internal(?:ly)?|i['’]m\s+advising|advising\s+on|"
    # the same in the languages and Englishes writers switch into (session 42, fresh41d): French "notre", "mon
    # équipe", "mon agent"; Swedish, Norwegian and Danish "vi", "vår", "vores"; Scots "oor", Geordie "wor"
    r"notre|nos|mon\s+(?:équipe|employée?|agent|gérant|patron)|mes\s+(?:employés|agents|collègues)|l['’]équipe|"
    r"vi|vår|vårt|våra|våre|vores|oor|wor)(?![\w'’])"
)
# A figure: a sum ("£40k", "$2.1M"), a percentage ("18%"), a count ("2,300", "40k", "120").
# Sums in the currencies and magnitudes posts use: "RM12 mil", "S$480m", "R2.3m", "GHS 45m", "₦14bn", "₹14
# crore", "LKR 340M", "Rp 3,4 miliar".
_CURRENCY = (
    r"(?:[$£€¥₹₦₱₵₩฿]|(?:US|S|A|C|NZ|HK|NT|J|TT|BD|EC)\$|GH₵|RM|Rs\.?|INR|KES|Ksh|KSh|NGN|GHS|ZAR|LKR|PKR|BDT|Tk|Rp|IDR|PHP|"
    r"SGD|MYR|AED|UGX|TZS|USD|GBP|EUR|CAD|AUD|NZD|JMD|TTD|R(?=\d))"
)
# a letter's magnitude is written against its number ("£40k", "9.7M"), so "a £50 M&S voucher" is £50
_MAGNITUDE = r"(?i:(?<=\d)(?:k|m|bn|mn|cr)\b|\s?(?:mil|million|billion|thousand|grand|crore|lakhs?|lacs?|miliar|juta|ribu)\b)"
# (the lookahead first: most positions in a post start no figure, and are passed over at once)
_FIGURE = re.compile(
    rf"(?=[\d$£€¥₹₦₱₵₩฿A-Z])(?<![\w:/.-])(?:{_CURRENCY}\s?\d[\d,]*(?:[.,]\d+)?{_MAGNITUDE}?"
    rf"|\d[\d,]*(?:\.\d+)?(?:\s?(?:%|(?i:percent)\b|(?i:per\s+cent)\b)|{_MAGNITUDE})?)(?![\w/:])"
)
# What may stand between a figure and its noun: "£40k contract", "2,300 new paying customers", "revenue
# was down 18%", "40k customer records".
_BETWEEN_AFTER = re.compile(
    r"(?i)(?:\s+(?:in|of|a|an|the|our|new|more|fewer|extra|monthly|annual|yearly|recurring|total|net|gross|paying|"
    r"active|enterprise|open|fake|customer|of\s+our|of\s+the)){0,2}\s+$"
)
_BETWEEN_BEFORE = re.compile(
    r"(?i)^\s+(?:(?:is|was|are|were|at|of|hit|up|down|rose|fell|grew|dropped|by|to|from|about|around|over|nearly|"
    r"almost|just|only|worth|now|doubled|tripled|halved|came\s+to|paid)[,:]?\s+){0,3}$"
)
_HAS_DIGIT = re.compile(r"\d")
# Matters that name a customer or a partner when an organisation stands beside them.
_DEALING = re.compile(r"(?i)deal|contract|account|client|customer|partner|tender|bid|pitch|sign|supplier|vendor|takeover|acqui|renew")
# A deal the writer won, lost or keeps with an organisation the detector named: "Lost the Brightwater Dental
# renewal", "renewed the fleet policy for Calder Valley Coaches", "Closed with Perdana Oleo today", "our
# client Helix Retail".
_DEAL_WITH = re.compile(
    r"(?i)\b(?:lost|won|signed|closed|renewed|renewing|landed|bagged|secured|pitched\s+(?:to|for)|"
    r"(?:closed|signed|partnered)\s+(?:a\s+deal\s+)?with|(?:our|my|a|the)\s+(?:client|customer)|client|customer)\s+"
    r"(?:the\s+|a\s+|with\s+|for\s+)?(?:[\w'’-]+\s+){0,3}$"
)
# The employer hushing something up: "the company's keeping it hush", "management are covering it up",
# "head office want it kept quiet": an internal matter, told from inside.
_HUSHED_UP = re.compile(
    r"(?i)\b(?:the\s+company|the\s+firm|management|the\s+bosses|head\s+office|the\s+business|hr|the\s+trust|the\s+board|execs|"
    r"leadership|the\s+owners?)(?:['’]s|\s+(?:is|are|has|have|was|were|had))?\s+(?:\w+\s+)?"
    r"(?:keeping\s+(?:it|this|that)\s+(?:hush|quiet|under\s+wraps)|kept\s+(?:it|this|that)\s+(?:hush|quiet|under\s+wraps)|"
    r"cover(?:ing|ed)?\s+(?:it\s+|this\s+|that\s+)?up|hush(?:ing|ed)?\s+(?:it\s+|this\s+|that\s+)?up|swe(?:pt|eping)\s+it\s+under|"
    r"want(?:s|ed)?\s+it\s+kept\s+quiet)\b"
)
# A sum, a percentage or a large count, not "3 hours" or "2 kids".
_MONEY_OR_SHARE = re.compile(r"[$£€¥₹₦₱₵₩฿%]|^(?:RM|Rs|R|Ksh|KSh|GH)|(?i:k|m|bn|mil|million|lakhs?|crore|cr)$|\d{4,}|,\d{3}")
_ORGANISATION = frozenset({"ORGANIZATION"})
_DATE = frozenset({"DATE_TIME"})
# Still to come, so not yet public: "next month", "on Monday", "in Q3", "by March", "this spring".
_FUTURE = re.compile(
    r"(?i)\b(?:next\s+(?:week|month|quarter|year|monday|tuesday|wednesday|thursday|friday)|tomorrow|"
    r"(?:on|by|from|before|until|in)\s+(?:monday|tuesday|wednesday|thursday|friday|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|q[1-4]|h[12])\b|"
    r"this\s+(?:spring|summer|autumn|fall|winter)|in\s+(?:two|three|a\s+few|\d+)\s+(?:weeks|months)|"
    # a day of a month: "sunsetting the free tier on 1 Aug", "live from the 3rd of March"
    r"(?:on|by|from|before|until)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
    r"(?:goes|go|going)\s+live|closes\s+(?:on|in|next)|(?:is|are)\s+(?:going|about)\s+to|"
    r"announce\w*\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|next|tomorrow))\b"
)
_ANY_BEFORE = re.compile(r"(?i)\b(?:any|every|no)\s+$")
# A time of week or day, which the detector leaves unflagged when it dates no one's event ("restored
# from a 6am snapshot", "the test last Thurs"): beside a business matter said from inside, it still dates it.
# Not a kind of day ("on a Friday evening", "on Fridays").
_A_TIME = re.compile(
    r"(?<![Aa] )(?<![Aa]ny )(?<![Ee]very )(?i:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|"
    r"(?i:"
    r"\b(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?(?:am|pm)\b|\b(?:[01]?\d|2[0-3]):[0-5]\d\b)|"
    r"(?:\b(?i:last|next|this|on|every|by)\s+)(?:Mon|Tues?|Weds?|Thur?s?|Fri|Sat|Sun)\b|"
    r"\b(?:Mon|Tues?|Weds?|Thur?s?|Fri|Sat|Sun)\b\.?(?=\s*(?:\d|$|[.,!?]))"
)
# A question to all readers about what they went through too: "Did anyone else lose a day to ...", "who else".
# A household name (a brand everyone uses, a listed company) owning the event said right before it ("Safaricom
# outage", "the Vodafone outage", "Microsoft's layoffs"): public news the writer lived as a customer or read about,
# unless they speak from inside it ("our", "we") or mark it secret.
_PUBLIC_NAMES = frozenset(w.lower() for w in vocab.words("brands") | vocab.words("listed_companies"))
_OWNER_BEFORE = re.compile(r"(?:\bthe\s+)?((?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*?)(?:['’]s)?\s+$")


def _public_brand_before(text: str, at: int) -> bool:
    m = _OWNER_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return False
    words = m.group(1).split()
    return any(" ".join(words[i:]).lower() in _PUBLIC_NAMES for i in range(len(words)))


_ASKED_OF_EVERYONE = re.compile(r"(?i)\b(?:anyone|anybody|who)\s+else\b")
# The writer's own job lost, told in the first person as their own story: "I was made redundant 18 months ago",
# "got laid off in March", "I've been let go". That is the writer's life, which they may tell (session 38: a
# harmless "I was made redundant ... Today I start as Head of Operations" post was flagged). Not when the
# writer speaks from inside of others too ("we", "our", "40 of us"), hushes it, or it is still to come: the
# callers check those first.
_OWN_JOB_LOST = re.compile(
    r"(?i)(?:^|(?<![\w'’]))(?:i|i['’]ve|i\s+have|i\s+had|i['’]d)?\s*(?:was|got|been|get|just|finally|recently|"
    r"myself|then|also)?\s*(?:was|got|been|get|just|finally|recently)\s+$"
)
_OWN_JOB_LOST_EVENTS = frozenset({"made redundant", "laid off", "let go", "fired", "sacked", "redundant"})
_OTHERS_TOO = re.compile(r"(?i)\b(?:along\s+with|alongside|with\s+(?:\d+|the\s+whole|half|most)|and\s+\d+\s+others|of\s+us|all\s+of|everyone|the\s+whole)\b")
# The post is the announcement: "excited to announce", "sign up", "link in bio".
_ANNOUNCED = re.compile(  # (the lookahead first: the letters a match can start with)
    r"(?i)(?=[epdthslajrw])(?:\b(?:excited|proud|delighted|thrilled|happy|pleased)\s+to\s+(?:announce|share|launch|say)|\bsign\s+up\b|"
    r"\blink\s+in\s+(?:bio|comments)|\bpre[\s-]?order|\bavailable\s+now|\bjoin\s+us\b|\bregister\s+(?:now|here)|\bwe['’]re\s+hiring)"
)
# A figure that counts time or gives an age is no business figure, whatever secrecy stands beside it.
_NO_AMOUNT_AFTER = re.compile(
    r"(?i)\s?(?:years?|yrs?|weeks?|wks?|days?|months?|hours?|hrs?|minutes?|mins?|am|pm|yo|y/o|year[\s-]old|o['’]clock)\b"
)
_AGE_BEFORE = re.compile(r"(?i)\b(?:(?:he|she)(?:['’]s|\s+is|\s+was)|aged?|turned|turning)\s+$")
# A distance covered, not a sum: "swam her first 50m", "ran a 10km", "the 400m relay".
_DISTANCE_BEFORE = re.compile(
    r"(?i)\b(?:swam|swim\w*|ran|run\w*|sprint\w*|walk\w*|jog\w*|rac\w+|raced|hik\w+|cycl\w+|rode|rowed|row\w*|dived|"
    r"div\w+|jump\w*|paddl\w+|first|fastest|personal\s+best|pb)\s+(?:(?:a|an|the|her|his|my|their|our|first|own|whole|full)\s+){0,2}$"
)
_METRES = re.compile(r"(?i)\d\s?(?:m|km)$")  # a figure in metres (or millions): read before _DISTANCE_BEFORE, the dearer
_STRONG_NOUN = re.compile(r"(?i)revenue|turnover|profit|loss|margin|ebitda|arr|mrr|gmv|churn|valuation|bookings|sales|share")


class ConfidentialBusinessRule(Rule):
    KIND = "confidential_business"

    def find(self, post: Post):
        found = list(self._find(post))
        yield from found
        if found:
            yield from self._unannounced(post, found)

    def _unannounced(self, post: Post, found):
        """The post's own word that the matter is not public yet ("Not announced", "staff don't know yet",
        "haven't told the union"), beside a risk raised: generalising "220 jobs" to "hundreds of jobs" leaves
        a matter not yet announced, so the phrase stands as a risk of its own that no rewrite takes out."""
        text = post.text
        for a, b in post.cue("review_unannounced"):
            if _WRITER_UNSURE_NOT.search(text, max(0, a - 20), a):
                continue  # "I don't know yet": the writer unsure, no confidence
            if overlaps([(r.start, r.end) for r in found], a, b):
                continue
            wa, wb = post.around(a, b, 1)
            if any(wa <= r.start and r.end <= wb for r in found if not r.by_model):
                yield self.risk(post, a, b)

    def _not_yet_out(self, post: Post, confidences, events):
        """A matter at work the post says is not out yet, in any words: "Nothing public yet", "NOBODY has told
        the families yet", "Nobody on the crews knows yet", "Report not out yet", "Not official yet": a
        confidence the lists of set phrases miss, raised where the workplace, a boss or a business matter is
        in its sentence or the one beside it (not the writer's own news: "Haven't told my mum yet")."""
        text = post.text
        matters = post.cue("review_business_matters")
        for m in _NOT_YET_OUT.finditer(text):
            a, b = m.span()
            if overlaps(confidences, a, b) or _WRITER_UNSURE_NOT.search(text, max(0, a - 20), a):
                continue
            if _AN_UNKNOWN.search(m.group()):
                continue  # "Staff don't know what time yet": something nobody knows, not something held back
            wa, wb = post.around(a, b, 1)
            if (within(post.workplace, wa, wb) or within(events, wa, wb) or within(matters, wa, wb) or _BOSS.search(text, wa, wb)
                    or _WORK_I_AM_AT.search(text, wa, wb)):
                yield self.risk(post, a, b)

    def _find(self, post: Post):
        text = post.text
        for span in post.spans:
            if span.entity_type == "CODENAME":
                yield self.risk(post, span.start, span.end)
        confidences = [c for c in post.cue("review_confidences") if not _WRITER_UNSURE.search(text, max(0, c[0] - 12), c[0])]
        secrets = sorted(post.cue("review_secrecy") + confidences)
        events = post.cue("review_business_events")
        if "let " in post.lower and " go" in post.lower:
            events = sorted(events + _let_go(post))
        for a, b in confidences:
            # "Owner's asked us not to share anything yet", "40 staff go commot from our branch, e never reach
            # public": a confidence held from inside is a confidential matter by itself
            wa, wb = post.around(a, b, 1)
            if _NOT_BUSINESS_ASKS.search(text, max(0, a - 40), a):
                continue  # "Police have asked us not to talk about it", "his mum asked me not to": no business confidence
            if _inside(text, wa, wb) or within(post.workplace, wa, wb) or within(events, wa, wb) or _BOSS.search(text, wa, wb):
                yield self.risk(post, a, b)
        if "yet" in post.lower:
            yield from self._not_yet_out(post, confidences, events)
        public = post.cue("review_public_news") + post.cue("review_news_exposure")
        for a, b in events:
            wa, wb = post.around(a, b, 1)
            sa, sb = post.sentence(a)
            inside = _inside(text, wa, wb)
            if within(public, sa, sb) and not (within(secrets, wa, wb) or inside):
                continue  # "Microsoft's layoff news is everywhere today": public news commented on
            if _ASKED_OF_EVERYONE.search(text, sa, a) and text[sa:sb].rstrip().endswith("?") and not within(secrets, wa, wb):
                continue  # "Did anyone else lose half a day to the AWS outage?": what every reader went through
            if not (inside or within(secrets, wa, wb)) and _public_brand_before(text, a):
                continue  # "Safaricom outage during the M-Pesa rush hour and the queue at my counter ...": a household name's, lived as its customer
            if not (inside or within(secrets, wa, wb) or _FUTURE.search(text, wa, wb)) and within(post.own, wa, wb):
                continue  # "a dashboard of my own Spotify Wrapped. Findings: ...": the writer's own life, not work
            if (not (inside or within(secrets, wa, wb) or _FUTURE.search(text, sa, sb)) and _own_job_lost(text, sa, sb, a, b)):
                continue  # "I was made redundant 18 months ago": the writer's own story, not the employer's plans
            if (not (inside or within(secrets, wa, wb)) and " ".join(text[a:b].lower().split()) in _DISCIPLINE
                    and _OWN_DISCIPLINE.search(text, max(sa, a - 40), a)):
                continue  # "I got a written warning for being late when I was 17": the writer's own story
            if text[a:b].lower() == "merged" and _CODE_MERGED.match(text, b):
                continue  # "Merged my PR after": code merged into a branch, no company merged
            if inside or within(secrets, wa, wb) or _FUTURE.search(text, wa, wb) or post.first_person(wa, wb):
                yield self.risk(post, a, b)
        announced = None  # read only where a matter is neither secret nor idle talk: the pattern costs ~60 µs a post
        involvement = post.cue("review_involvement")
        charity = post.cue("review_business_idioms")
        for a, b in post.cue("review_business_matters"):
            wa, wb = post.around(a, b, 1)
            if overlaps(charity, a, b):
                continue  # "we'll be raising money for Movember": a charity's money, no deal
            if _ANY_BEFORE.search(text, max(0, a - 12), a):
                continue  # "far more than any target", "every deal": business in general, no one deal
            if overlaps(involvement, a, b) and not within(secrets, *post.sentence(a)):
                continue  # "my client" is someone served: "Can't say much." beside them is discretion, no deal
            if within(secrets, wa, wb):
                yield self.risk(post, a, b)  # "signed our biggest client, can't say who"
            elif (announced if announced is not None else (announced := _ANNOUNCED.search(text) is not None)) \
                    or not _INSIDE.search(text, wa, wb):
                continue
            elif _DEALING.match(text, a, b) and post.spans_of(_ORGANISATION, wa, wb):
                yield self.risk(post, a, b)  # "we just won the Tesco account": a customer named
            elif _FUTURE.search(text, wa, wb) or post.spans_of(_DATE, wa, wb) or _A_TIME.search(text, wa, wb):
                yield self.risk(post, a, b)  # "launch is 14 March", "the deal closes next month"
        if "hush" in post.lower or "quiet" in post.lower or "cover" in post.lower or "wraps" in post.lower or "swe" in post.lower:
            for m in _HUSHED_UP.finditer(text):
                yield self.risk(post, m.start(), m.end())  # "third accident this season and the company's keeping it hush"
        for a, b in post.cue("review_inside_wrongdoing"):
            wa, wb = post.around(a, b, 1)
            if _inside(text, wa, wb) or within(post.workplace, wa, wb):
                yield self.risk(post, a, b)  # "Our branch manager made us open 60 dummy accounts to hit target"
        for a, b in post.cue("review_client_wrongdoing"):
            # "Sorting out Mo's VAT mess again. Turns out he's been under-declaring": the client's secret
            if post.others or post.served or post.spans_of(_ORGANISATION, 0, len(text)):
                yield self.risk(post, a, b)
        if "cut" in post.lower or "slash" in post.lower or "axe" in post.lower or "axing" in post.lower or "scrap" in post.lower:
            yield from self._cut_to_staff(post)
        if _EXAMINED.search(text):
            yield from self._audit_finding(post)
        if post.cue("review_employer_inaction"):
            yield from self._employer_inaction(post)
        if secrets:
            yield from self._secret_plan_of_a_business(post, secrets)
        if _HAS_DIGIT.search(text):
            figures = list(_FIGURE.finditer(text))  # read once: both readers below scan for the same figures
            yield from self._money_of_someone_served(post, charity, figures)
            # the writer's own job lost is no event that makes their figures the employer's ("I was made redundant ...
            # I applied for 212 roles")
            yield from self._figures(post, secrets, [(a, b) for a, b in events if not _own_job_lost(text, *post.sentence(a), a, b)],
                                     figures)
            yield from self._deal_figures(post)

    def _cut_to_staff(self, post: Post):
        """An employer's cut to staff, posts, hours or pay, told by someone it falls on or who runs it ("is cutting 6
        radiographer posts next month", "has cut night staff to 2 for 38 residents", "want to cut our night
        allowance"): a staffing decision the organisation has not announced, and it names the workplace. Raised where
        the writer speaks from inside, a workplace or organisation is named, a boss or owner is in the sentence, or
        the cut is still to come; not the writer's own choice ("I cut my hours to look after Mum")."""
        text = post.text
        for m in _CUT_TO_STAFF.finditer(text):
            sa, sb = post.sentence(m.start())
            if _OWN_CHOICE.search(text, max(sa, m.start() - 14), m.start()):
                continue  # "I cut my hours", "I've cut back my shifts": the writer's own choice
            wa, wb = post.around(m.start(), m.end(), 1)
            if (_inside(text, wa, wb) or within(post.workplace, wa, wb) or _BOSS.search(text, sa, sb)
                    or post.spans_of(_WORKPLACES, wa, wb) or _FUTURE.search(text, sa, sb)):
                yield self.risk(post, m.start(), m.end())

    def _employer_inaction(self, post: Post):
        """An employer's refusal or failure told by its staff (data/review_employer_inaction after one of
        review_employer_bodies or a named organisation, a few words before in the same sentence): "management STILL
        won't put in fans", "the HSE still won't fund the extra staff", "Golden Age Home Care ... has not paid us for
        TWO months". An internal matter of a workplace its staff and its regulator can name. Not a refusal by
        someone else ("my toddler still won't sleep", "the council refused my planning"), which has no employer before
        it, nor one the writer speaks of as a customer ("the company still hasn't refunded me": no "us"/"our"/"we")."""
        text = post.text
        bodies = post.cue("review_employer_bodies") + [(s.start, s.end) for s in post.spans_of(_WORKPLACES)]
        held = post.cue("review_unannounced") + [m.span() for m in _NOT_YET_OUT.finditer(text)]
        for a, b in post.cue("review_employer_inaction"):
            if overlaps(held, a, b):
                continue  # "management STILL hasn't told the clients": a confidence, the not-yet-told rules' phrase
            sa, sb = post.sentence(a)
            before = [(s, e) for s, e in bodies if sa <= s and e <= a and len(text[e:a].split()) <= 6]
            if not before:
                continue
            bs, be = before[-1]
            # (the employer's own words "the company", "the board" are no sign the writer is inside)
            inside = any(not bs <= m.start() < be for m in _INSIDE.finditer(text, sa, sb))
            if not (inside or text[bs:be].lower() in _INSIDE_BODIES):
                continue  # "the company still hasn't refunded me": a customer's complaint, no insider's
            risk = self.risk(post, a, b)
            post.unseen_by_model.add((risk.start, risk.end, risk.kind))  # (a new rule's: the risk model still reads the post as before, see Post.unseen_by_model)
            yield risk
            return

    def _audit_finding(self, post: Post):
        """What an audit, a stocktake or a reconciliation found at a business the writer examines ("Audit at
        Mokoena Brothers Transport found R380k missing from petty cash", "a 48 000 kr shortfall in tobacco on the
        stocktake", "the FD had the stocktake sheets pre-filled"): a client's or employer's books, which the
        examiner holds in confidence. Raised for a finding word or a sum in the examination's sentence or the next;
        not an examination with nothing found ("survived the audit!", "audit season, 14 clients")."""
        text = post.text
        for m in _EXAMINED.finditer(text):
            sa, _ = post.sentence(m.start())
            wa, wb = post.around(m.start(), m.end(), 1)
            wa = max(wa, sa)  # the examination's sentence and the one after it: what it found
            if _OWN_BOOKS.search(text, max(0, m.start() - 20), m.start()):
                continue  # "did my own tax return": the writer's household, no one else's books
            finding = _FINDING.search(text, wa, wb)
            sums = [f for f in _FIGURE.finditer(text, wa, wb) if _MONEY_OR_SHARE.search(f.group().strip()) and not _a_year(text, f)]
            sums += list(_SUM_CURRENCY_AFTER.finditer(text, wa, wb))
            if finding:
                yield self.risk(post, finding.start(), finding.end())
            for f in sums:
                yield self.risk(post, f.start(), f.end(), _vague(f.group(), text[f.end():], text[:f.start()]))

    def _secret_plan_of_a_business(self, post: Post, secrets):
        """A mark of secrecy ("can't say much", "NDA says shh", "can't say more") in a sentence that dates a
        business's next step ("opens March 3rd", "going up on the FSA site next week"), with an organisation named in
        the post: an unannounced launch or finding the writer knows from work. Not secrecy about the writer's own
        plans with no organisation named ("can't say much yet but big news next week!")."""
        text = post.text
        named = post.spans_of(_WORKPLACES, 0, len(text))
        if not named:
            return
        for a, b in secrets:
            wa, wb = post.around(a, b, 1)
            if _FUTURE.search(text, wa, wb) or _LAUNCH_DATE.search(text, wa, wb):
                yield self.risk(post, a, b)

    def _money_of_someone_served(self, post: Post, charity, figures: list[re.Match]):
        """A sum of a thousand or more in a sentence about one person the writer serves or a named person ("Don
        Efraín, 87, came in wanting to wire $9,400 to a 'nephew'", "Candidate turned down a 28k AED package",
        "Elle doit 18 400 $ à Revenu Québec"): a client's money, which the bank clerk, recruiter or bookkeeper
        holds in confidence. The rewrite makes it "a significant sum". Not money raised for a cause ("raised
        £2,000 for the hospice"), nor a price anyone can see, said of no one ("the £1,200 flights")."""
        text = post.text
        people = [(s.start, s.end) for s in post.spans if s.entity_type == "PERSON"]
        for m in figures + list(_SUM_CURRENCY_AFTER.finditer(text)):
            figure = m.group().strip()
            if not (_CURRENCY_FIRST.match(figure) or _SUM_CURRENCY_AFTER.fullmatch(figure) or _CURRENCY_AFTER.match(text, m.end())):
                continue  # a count, a share or a time: read by _figures
            if _value(figure.replace(" ", "").replace("\u00a0", "")) < 1000 or _a_year(text, m):
                continue
            sa, sb = post.sentence(m.start())
            if overlaps(charity, sa, sb):
                continue
            served = [r for r in post.served_in(sa, sb) if not _PLURAL_SERVED.search(text[r[0]:r[1]])]
            if served or within(people, sa, sb):
                yield self.risk(post, m.start(), m.end(), _vague(m.group(), text[m.end():], text[:m.start()]))

    def _deal_figures(self, post: Post):
        """A sum or a share beside a deal the writer made with an organisation named ("Lost the Brightwater
        Dental renewal this week, £60k a year gone", "Closed with Perdana Oleo today!! RM480k first order"):
        the client's terms, told by the one who holds them."""
        text = post.text
        for span in post.spans:
            if span.entity_type != "ORGANIZATION" or not _DEAL_WITH.search(text, max(0, span.start - 45), span.start):
                continue
            wa, wb = post.around(span.start, span.end, 1)
            for m in _FIGURE.finditer(text, wa, wb):
                if not _time_or_age(text, m) and _MONEY_OR_SHARE.search(m.group().strip()):
                    yield self.risk(post, m.start(), m.end(), _vague(m.group(), text[m.end():], text[:m.start()]))

    def _figures(self, post: Post, secrets, events, figures: list[re.Match]):
        """A figure beside a business noun from inside ("our revenue is down 18%"), or any figure beside
        a mark of secrecy ("2.3 million cards affected, not supposed to say")."""
        text = post.text
        nouns = post.cue("review_business_figures")
        counted = nouns + post.cue("review_workforce")
        big_sums = {m.span() for m in figures if _big_sum(m.group())}
        if not (counted or secrets or big_sums or "settl" in post.lower):
            return
        for m in figures:
            figure = m.group()
            if _a_year(text, m):
                continue  # "plagiarised a thesis from a 2009 paper": a date, whatever business noun stands near
            label = _LABEL_BEFORE.search(text, max(0, m.start() - 12), m.start()) if figure.strip().isdigit() else None
            if label:
                # "tier 2 support": a number that labels, no count; a part of a site by its number ("the rockfall on
                # level 14") is said as one of its kind, where secrecy stands beside it: "on one level"
                part = re.match(r"(?i)level|floor|bay|ward|block|wing|pier|dock|platform", label.group())
                wa, wb = post.around(m.start(), m.end(), 1)
                if part and (within(secrets, wa, wb) or _INSIDE.search(text, wa, wb)):
                    yield self.risk(post, label.start(), m.end(), "one " + part.group().lower())
                continue
            # "a certain Fortune 500 retailer", "the Formula 1 sponsor": the number is the name's, no count; where the
            # figure tells, the name and its number go together ("a certain major retailer")
            named = _number_of_a_name(text, m)
            noun = _noun_after(text, m.end(), counted) or _noun_before(text, m.start(), nouns)
            if _METRES.search(figure) and _DISTANCE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # "swam her first 50m": metres, not millions
            if noun is None and m.span() in big_sums and not _ODDS.search(text, max(0, m.start() - 10), m.start()):
                # a large sum is a business figure by itself ("signed with Suria Gas for RM12 mil", "going in at
                # S$480m", "₹14 crore of unexplained vendor payments") when told from inside or of a client
                wa, wb = post.around(m.start(), m.end(), 1)
                if (within(secrets, wa, wb) or post.served_in(wa, wb) or within(post.workplace, wa, wb) or _INSIDE.search(text, wa, wb)
                        or _CLIENTS_BOOKS.search(text, wa, wb)):
                    yield self._figure_risk(post, m, named)
                continue
            if noun is None and "settl" in post.lower and _SETTLED_FOR.search(text, max(0, m.start() - 110), m.start()) \
                    and _MONEY_OR_SHARE.search(figure.strip()):
                wa, wb = post.around(m.start(), m.end(), 1)
                if _INSIDE.search(text, wa, wb) or post.served_in(wa, wb) or within(secrets, wa, wb):
                    yield self._figure_risk(post, m, named)
                continue
            if noun is None and not secrets:
                continue
            wa, wb = post.around(m.start(), m.end(), 1)
            if noun is None:
                if _time_or_age(text, m):
                    continue  # "26 years", "9 weeks", "she's 13" beside "not naming anyone"
                if within(secrets, wa, wb) and (_value(figure) >= 10 or not figure[:1].isdigit()):
                    yield self._figure_risk(post, m, named)
                continue
            marked = within(secrets, wa, wb) or within(events, wa, wb)
            # a client's figures told by the professional who keeps them: "My client ... Revenue HK$1,280,000",
            # "closed the books for Pasticceria Rinaldi, turnover up to £612,400"
            if not (marked or _INSIDE.search(text, wa, wb) or post.served_in(wa, wb) or _CLIENTS_BOOKS.search(text, wa, wb)):
                continue  # "3,000 customers" in someone else's public story
            count = figure[:1].isdigit() and not re.search(r"%|percent|per\s+cent", figure)
            if count and not marked and _value(figure) < 100 and not _STRONG_NOUN.match(text[noun[0] : noun[1]]):
                continue  # "3 clients today", "47 tickets": a working day, not a business figure
            yield self._figure_risk(post, m, named)


    def _figure_risk(self, post: Post, m: re.Match, named: int | None) -> Risk:
        text = post.text
        if named is None:
            return self.risk(post, m.start(), m.end(), _vague(m.group(), text[m.end() :], text[: m.start()]))
        noun_after = re.match(r"\s+[a-z]{3,}", text[m.end():]) and not _FUNCTION_AFTER.match(text, m.end())
        return self.risk(post, named, m.end(), "major" if noun_after else "major company")


# A warning or a hearing the writer got themselves (session 42): "I got a written warning for being late when I was
# 17" is the writer's story, as a job they lost is (_OWN_JOB_LOST).
_DISCIPLINE = frozenset({"written warning", "final warning", "final written warning", "warning letter", "disciplinary hearing",
                         "disciplinary meeting", "termination letter", "gross misconduct"})
_OWN_DISCIPLINE = re.compile(
    r"(?i)\b(?:i|i['’]ve|i\s+have|i['’]d|i\s+had)\s+(?:\w+\s+)?(?:got|get|had|received|was\s+given|been\s+given|given|faced|face)\s+"
    r"(?:(?:a|an|my|the|his|her|another|first)\s+)?$"
)


# Code merged, not a company (session 42, fresh41d: "Merged my PR after, best Friday of December"): a pull or merge
# request, a branch or a commit after "merged".
_CODE_MERGED = re.compile(
    r"(?i)\s+(?:(?:my|the|a|his|her|their|our|your|that|this|it)\s+)?(?:[\w-]+\s+)?(?:pr|prs|pull\s+requests?|mr|mrs|merge\s+requests?|"
    r"branch(?:es)?|commits?|changes|fix|hotfix|feature|code|it)\b"
)


# One member of staff dismissed, said with their name between the words (session 42, fresh41d: "Had to let our
# cashier Bilal go today", "let our longtime housekeeper Solveig go after 27 years"): the employer's decision about a
# colleague, read as a business event (so only from inside, or marked secret or still to come). Not "let it go",
# "let go of", "let the kids go home early", "let my son Alfie go to camp": someone named (not the writer's own)
# stands between the words, and no errand or place follows them.
_LET_GO = re.compile(
    r"(?i)\blet\s+(?P<who>(?:[\w'’.-]+\s+){1,5}?)go\b"
    r"(?!\s+(?:of|to|home|out|outside|early|first|ahead|on|off|play|and|for|back|in|through|free|with|into|up|down|get)\b)"
)


def _let_go(post: Post) -> list[tuple[int, int]]:
    return [m.span() for m in _LET_GO.finditer(post.text) if within(post.names, *m.span("who"))]


# A client's books, kept, closed or audited by the writer: "closed the books for Pasticceria Rinaldi", "did the
# year-end for the Hendersons", "Audit at Mokoena Brothers Transport found ...". Figures beside it are the
# client's, confidential to the bookkeeper, accountant or auditor who tells them (not "read a book for class",
# nor "the audit" said with no one's name after it).
_CLIENTS_BOOKS = re.compile(
    r"(?i)\b(?:clos(?:ed|ing|e)|did|doing|done|finish(?:ed|ing)?|reconcil(?:ed|ing|e)|prepar(?:ed|ing|e)|fil(?:ed|ing)|sort(?:ed|ing))\s+"
    r"(?:the\s+|their\s+|his\s+|her\s+)?(?:books|accounts|payroll|year[\s-]end|tax\s+return|vat\s+return|returns)\s+(?:for|of)\s+(?-i:[A-Z])"
    r"|\baudit(?:ed|ing)?\s+(?:at|of|for)\s+(?:the\s+)?(?-i:[A-Z])"
    # a client's or an employer's payroll run by the writer (session 42: "Payroll run at Tŷ Gwyn Haulage went out with
    # Gethin's overtime doubled, £4,318.62"): the pay of people named, confidential to the one who runs it
    r"|\bpayroll\s+(?:run\s+)?(?:at|for)\s+(?:the\s+)?(?-i:[A-Z])"
)
# A client's claim or case settled for a sum, told by their solicitor or adviser (session 42, fresh41c: "our client ...
# settled his claim against Lough Erne Haulage Ltd today for £187,500"): the settlement is the client's private
# figure. Read only from inside or of someone served, like the other figures.
_SETTLED_FOR = re.compile(
    r"(?i)\bsettl(?:ed|es|ing)\s+(?:\w+\s+){0,2}?(?:claim|case|dispute|matter|action|suit|tribunal)\b[^.!?\n]{0,60}?\bfor\s+$"
)
_ODDS = re.compile(r"(?i)\b(?:1|one)\s+in\s+$")  # "1 in 2 million": a rarity, no sum


def _big_sum(figure: str) -> bool:
    """A sum of money or a count in millions: "RM12 mil", "S$480m", "₹14 crore", "9.7M" (not "£40", "18%")."""
    f = figure.strip()
    if f[-1:].isdigit() and len(f) < 9:
        return False  # "2,300", "£40", "18": no magnitude and fewer than seven digits
    return "%" not in f and _value(f) >= 1_000_000


# A capitalised word right before a bare number, inside a sentence: the number is part of the name ("Fortune 500",
# "Formula 1", "Area 51", "Windows 11"); replaced alone it would leave "a Fortune hundreds of retailer". Not a
# month or a weekday ("March 500"? a date's) and not a sentence's first word ("Revenue 500k").
_NAME_BEFORE_NUMBER = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,}) $")
_TIME_WORDS = frozenset(vocab.words("months") | vocab.words("weekdays"))


def _number_of_a_name(text: str, m: re.Match) -> int | None:
    """Where the name whose number ``m`` is starts, or None."""
    if not m.group().isdigit():
        return None
    name = _NAME_BEFORE_NUMBER.search(text, max(0, m.start() - 20), m.start())
    if name is None or name.group(1).lower() in _TIME_WORDS:
        return None
    before = text[: name.start()].rstrip()
    return name.start() if before and before[-1] not in ".!?\n:;" else None


_FUNCTION_AFTER = re.compile(r"\s+(?:and|or|but|that|which|who|i|we|you|they|he|she|it|is|was|are|were|has|had|have|will|"
                             r"would|can|could|in|on|at|of|for|to|from|with|by)\b", re.IGNORECASE)


# A year said before what it dates: "a 2009 paper", "since 2019", "the 2024 accounts"; not a count before its plural
# noun ("2000 customers").
_YEAR = re.compile(r"(?:19[5-9]\d|20\d\d)")
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?:new\s+|more\s+)?(?!(?:is|was|has|does|this|its|as|us|plus|less)\b)[a-z]{2,}s\b")


# A word a number labels: "level 14", "floor 3", "tier 2", "page 40" (the number names one of them; it counts nothing).
_LABEL_BEFORE = re.compile(r"(?i)\b(?:level|floor|bay|room|ward|bed|gate|platform|page|block|wing|blk|unit|plot|grade|stage|phase|"
                           r"tier|band|step|chapter|section|item|no\.?|number|route|exit|junction|lane|pier|dock|line)\s+$")


def _a_year(text: str, m: re.Match) -> bool:
    return _YEAR.fullmatch(m.group().strip()) is not None and not _PLURAL_NOUN_AFTER.match(text, m.end())


def _time_or_age(text: str, m: re.Match) -> bool:
    """The figure counts time, dates or gives an age ("26 years", "9 weeks", "she's 13", "a 2009 paper"): no business
    figure."""
    if _NO_AMOUNT_AFTER.match(text, m.end()):
        return True
    if _a_year(text, m):
        return True
    return m.group().rstrip(",.").isdigit() and _AGE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None


def _noun_after(text: str, end: int, nouns) -> tuple[int, int] | None:
    for a, b in nouns:
        if end < a <= end + 40 and _BETWEEN_AFTER.match(text[end:a]):
            return a, b
    return None


def _noun_before(text: str, start: int, nouns) -> tuple[int, int] | None:
    for a, b in nouns:
        if start - 45 <= b < start and _BETWEEN_BEFORE.match(text[b:start]):
            return a, b
    return None


def _value(figure: str) -> float:
    number = _NUMBER.search(figure)
    digits = number.group().replace(",", "") if number else ""
    try:
        value = float(digits)
    except ValueError:
        return 0.0
    low = figure.lower()
    if low[-1:].isdigit():
        return value  # no magnitude after the number: most figures
    unit = _UNIT.search(low)
    return value * (_UNITS.get(unit.group(), 1) if unit else 1)


# Words of the other Englishes and languages a post mixes in: no English noun a count could go before.
_OTHER_LANGUAGE_WORDS = vocab.words("other_english_words") | vocab.words("other_english_words_more") | vocab.words("code_switch_words")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_UNIT = re.compile(r"(?:billion|miliar|bn|crore|cr|lakhs?|lacs?|million|mil|mn|juta|m|thousand|ribu|k)$")
_UNITS = {
    "billion": 1e9, "miliar": 1e9, "bn": 1e9, "crore": 1e7, "cr": 1e7, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
    "million": 1e6, "mil": 1e6, "mn": 1e6, "juta": 1e6, "m": 1e6, "thousand": 1e3, "ribu": 1e3, "k": 1e3,
}


_NO_NOUN_AFTER_SUM = re.compile(r"(?i)\s+(?:instead|than|each|per|a|an|the|for|from|on|at|by|with|so|but|which|that)\b")
_SIZES = ((10, "several"), (20, "a dozen or so"), (100, "dozens of"), (200, "over a hundred"), (1000, "hundreds of"),
          (2000, "over a thousand"), (1_000_000, "thousands of"))


def _vague(figure: str, after: str, before: str = "") -> str | None:
    """An exact figure made vague: a count before its noun by its order of magnitude ("2,300 customers"
    -> "thousands of customers"), money as "a significant sum" (or "large" before its noun: "a £40k
    contract" -> "a large contract"); a percentage, or a count not followed by its noun ("120 of us"), is
    left to the writer. A year after "a" describes its noun and goes ("a 2009 paper" -> "a paper", never
    "a thousands of paper"); a count before words no English noun begins ("101 na siya") is said without
    "of" ("over a hundred na siya", never "hundreds of na siya")."""
    f = figure.strip().lower()
    before_noun = re.match(r"\s+(?!of\b|in\b|and\b|or\b|to\b)[a-z]", after, re.I) is not None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", f):
        if not before_noun:
            return None
        n = int(f.replace(",", ""))
        if re.search(r"(?i)\b(?:a|an)\s+$", before):
            return "" if re.fullmatch(r"(?:19|20)\d\d", f) else None  # "a 2009 paper", "a 747 pilot": no count
        noun = re.match(r"\s+([a-z][a-z'’-]*)", after, re.I)
        if noun is None or len(noun.group(1)) < 3 or noun.group(1).lower() in _OTHER_LANGUAGE_WORDS:
            return "a few" if n < 10 else "dozens" if n < 100 else "over a hundred" if n < 200 else "hundreds" if n < 1000 \
                else "thousands" if n < 1_000_000 else "millions"
        # by the count's size, as the generaliser says a count ("14 new posts" -> "a dozen or so new posts", never
        # "dozens of"; "140 roles" -> "over a hundred roles", never "hundreds of")
        return next((words for limit, words in _SIZES if n < limit), "millions of")
    if re.match(r"[$£€¥₹]", f):
        # (a word that starts no noun after a sum: "£4,318.62 instead of £2,159.31", "$500 each", "£40 per head")
        return "large" if before_noun and not _NO_NOUN_AFTER_SUM.match(after) else "a significant sum"
    return None


# The writer unsure, not a confidence: "I don't know yet", "we have no idea yet".
_WRITER_UNSURE = re.compile(r"(?i)\b(?:i|we|you|u)\s+(?:just\s+|really\s+|still\s+)?$")
# The same with the writer's negation: "I don't know yet", "we still don't know yet".
_WRITER_UNSURE_NOT = re.compile(
    r"(?i)\b(?:i|we|you|u)\s+(?:just\s+|really\s+|still\s+)?(?:(?:do|does|did)\s+not\s+|(?:don|doesn|didn)['’]?t\s+)?(?:even\s+)?$"
)
# A confidence asked by the police or a family, which is a case's or a person's, not a business's.
_NOT_BUSINESS_ASKS = re.compile(
    r"(?i)\b(?:police|detectives?|officers?|the\s+coroner|famil(?:y|ies)|parents?|mum|mom|mother|dad|father|wife|husband|son|daughter|"
    r"patient|pupil|student)(?:['’]s)?\s+(?:have\s+|has\s+|had\s+)?$"
)
# Those a confidence is kept for or from at work: "Boss hajui bado", "the owner asked", "legal told us".
_BOSS = re.compile(r"(?i)\b(?:boss|oga|owners?|client|management|manager|legal|corporate|hr|ceo|cfo|md|director|partners?|employer|company)\b")


# A cut to staff, posts, hours or pay: the cut, up to four words, then what is cut ("cut night staff", "cutting 6
# radiographer posts", "cut our night allowance", "slashed the overtime budget"). Not a meeting or a room named after
# staff ("cut the staff meeting short").
_CUT_TO_STAFF = re.compile(
    r"(?i)\b(?:cut|cuts|cutting|slash(?:ed|es|ing)?|axe[sd]?|axing|scrap(?:ped|ping|s)?)\s+(?:back\s+|down\s+)?"
    r"(?:(?!and\b|but\b|so\b|to\b|for\b)[\w'’-]+\s+){0,3}?"
    r"(?:staff|staffing|posts|jobs|roles|positions|headcount|hours|shifts|allowances?|pay|wages?|salar(?:y|ies)|overtime|"
    r"bonus(?:es)?|budgets?|contracts|workforce|heads)\b(?!\s+(?:meeting|room|party|canteen|toilets?|car\s*park|discount|lunch|do)\b)"
)
# The writer as the one who cuts: "I cut", "I've cut", "I'm cutting", "I had to cut back".
_OWN_CHOICE = re.compile(r"(?i)(?:^|[^\w'’])i(?:['’](?:ve|m|d))?\s+(?:\w+\s+){0,2}$")
# A workplace or an organisation the detector named.
_WORKPLACES = frozenset({"ORGANIZATION", "FACILITY"})
# Bodies only staff call theirs: "management STILL won't", "head office refused to" (no "we" or "our" needed).
_INSIDE_BODIES = frozenset({"management", "senior management", "mgmt", "head office", "the board", "hr", "our employer", "the bosses"})
# An examination of an organisation's books or stock: an audit, a stocktake, a reconciliation, due diligence.
_EXAMINED = re.compile(
    r"(?i)(?=[asird])\b(?:audit(?:s|ed|ing)?|stock[\s-]?takes?|stock[\s-]?counts?|inventory\s+counts?|reconcil(?:ed|ing|iation)|due\s+diligence)\b"
)
# What the examination found wrong: money or stock gone, books made up.
_FINDING = re.compile(
    r"(?i)\b(?:shortfall|discrepanc(?:y|ies)|missing|unaccounted(?:\s+for)?|unexplained|irregularit(?:y|ies)|fraud\w*|"
    r"fiddl(?:ed|ing)|cook(?:ed|ing)\s+the\s+books|pre[\s-]?filled|backdated|inflated|siphon\w*|fake\s+invoices?|"
    r"ghost\s+(?:employees?|workers?|staff)|never\s+saw|write[\s-]?offs?)\b"
)
# A sum with its currency after it, as Nordic, Polish, German and Québec French posts write it: "48 000 kr", "1,2 Mio",
# "3 500 zł", "18 400 $".
_SUM_CURRENCY_AFTER = re.compile(r"(?<![\w.,])\d{1,3}(?:[ \u00a0.,]\d{3})*(?:,\d+)?\s?(?:kr|SEK|NOK|DKK|zł|PLN|Mio|Mrd|€|\$)(?![\w])")
# "my own tax return", "our household budget": the writer's own books.
_OWN_BOOKS = re.compile(r"(?i)\b(?:my\s+own|our\s+own|my|household|personal|home)\s+$")
# A business's next step dated: "opens March 3rd", "launches Friday", "goes live on the 14th", "drops next week".
_LAUNCH_DATE = re.compile(
    r"(?i)\b(?:opens?|opening|launch(?:es|ing)?|drops?|debuts?|goes\s+live|go\s+live|starts?|kicks?\s+off|announc(?:es|ing))\s+"
    r"(?:on\s+)?(?:the\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|next\s+\w+|tomorrow)"
)


# A sum's currency before it ("$9,400", "Rs 83,600", "AED 28k") or after it ("28k AED", "18 400 $").
_CURRENCY_FIRST = re.compile(_CURRENCY)
_CURRENCY_AFTER = re.compile(r"\s?(?:AED|SAR|QAR|KWD|USD|GBP|EUR|CAD|AUD|NZD|SGD|MYR|INR|PKR|KES|NGN|GHS|ZAR|kr|SEK|NOK|DKK|zł|PLN|\$|€)(?![\w])")
# Those served in numbers ("our clients", "customers"): many people's money, read by _figures.
_PLURAL_SERVED = re.compile(r"(?i)s$")


# "Not our fault", "not our problem": the writer says they are outside it.
_DISOWNED = re.compile(r"(?i)\bnot\s+(?:our|us)\b(?:\s+(?:fault|problem|doing|issue|mess|outage|bug|call))?")


def _inside(text: str, start: int, end: int) -> bool:
    """The writer speaks from inside the organisation in [start, end), other than to say it is not theirs
    ("Today's outage brought to you by Cloudflare ... Not our fault for once!")."""
    return any(not any(d.start() <= m.start() < d.end() for d in _DISOWNED.finditer(text, start, end))
               for m in _INSIDE.finditer(text, start, end))


def _own_job_lost(text: str, sa: int, sb: int, a: int, b: int) -> bool:
    """The event at [a, b) is the writer's own job lost, said with "I" as its subject ("I was made redundant",
    "I got laid off last year") and nobody else losing theirs in the sentence."""
    if " ".join(text[a:b].lower().split()) not in _OWN_JOB_LOST_EVENTS:
        return False
    before = text[sa:a]
    # "I was made redundant", or the writer's "I" left out at the sentence's start ("Got laid off last spring")
    subject = re.search(r"(?i)(?:^|[^\w'’])i(?:['’]ve|['’]d)?\b[^.!?\n]{0,20}$", before) or re.fullmatch(r"(?i)\W*(?:got|been|was)\s+", before)
    if not subject or not _OWN_JOB_LOST.search(before):
        return False
    return _OTHERS_TOO.search(text, sa, sb) is None


# A matter not out yet, told by who has not heard or what is not out, with "yet": "Nothing public yet", "NOBODY has
# told the families yet", "Nobody on the crews knows yet", "Report not out yet", "not official yet", "the staff
# haven't been informed yet".
_NOT_YET_OUT = re.compile(
    r"(?i)\b(?:nobody|no[\s-]?one|nothing|none\s+of\s+(?:us|them|the\s+[\w'’]+)|not|never|[\w]+n['’]?t)\s+"
    r"(?:[\w'’]+\s+){0,5}?(?:public|official|officially|announced|out|told|informed|knows?|heard|aware|released|published|confirmed)"
    r"(?:\s+[\w'’]+){0,3}?\s+yet\b"
)
# What is not known yet rather than not told: "don't know what time yet", "not sure if it's out yet".
_AN_UNKNOWN = re.compile(r"(?i)\b(?:knows?|heard|aware|told|sure|confirmed)\s+(?:what|when|where|which|whether|if|how|who)\b")
# The place the writer works, told as such: "the home I work at", "the branch I manage".
_WORK_I_AM_AT = re.compile(r"(?i)\b(?:the|this|my|our)\s+[\w'’-]+\s+(?:i|we)\s+(?:work\s+(?:at|in|for)|manage|run)\b")
