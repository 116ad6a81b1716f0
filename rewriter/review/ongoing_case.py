"""ongoing_case: comment on a live legal, disciplinary, safeguarding or custody case.

A judge was removed from a trial for posting about it; a nurse giving evidence next month, a lawyer
whose client's custody hearing is adjourned, a teacher whose colleague faces a disciplinary can all
prejudice the case and tell readers who is in it. Raised for
- legal-process words (trial, hearing, tribunal, inquest, custody battle, grievance, safeguarding referral)
  that are not everyday phrases ("food court", "free trial", "hearing aid", "the jury is still out");
- an investigating body at work ("CQC are interviewing staff next week", "police want it for the trial");
in a post where the writer or someone they serve takes part. A trial watched on the news by someone
with no part in it raises nothing, nor the writer's family's moot court final, nor a case the sentence
says is over ("ended", "was acquitted", "years ago"), nor the justice system in general: its rules and
workings ("the new sentencing guidelines", "court backlogs") or a legal office someone holds or takes up
("becoming a magistrate", "her swearing-in as a High Court judge").
"""

from __future__ import annotations

import re

from .context import PLURAL_MENTION as _PLURAL
from .. import vocab
from .cues import alternation, first_chars
from .context import Post, anyones, overlaps, within
from .rule import Rule


# A case by its parties, as courts list them: "Patterson v. Dunmore Logistics", "R v Hughes", "Smith vs Smith".
_CASE_NAME = re.compile(r"\b[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}\s+(?:v|vs|v\.|vs\.)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3}")
_CASE_WORDS = re.compile(
    r"(?i)\b(?:case|settle\w*|claim|court|hearing|trial|ruling|judgment|judgement|verdict|my\s+client|our\s+client|"
    r"acting\s+for|representing|instructed|appeal|tribunal|judge|jury|witness|counsel|barrister|day\s+\d+\s+of)\b"
)
_CASE_NUMBER = re.compile(r"(?i)(?:case|claim|matter|docket|court)\b")
# The case is still to run: "tomorrow", "on Thursday", "continues Monday" (not "last Monday", "Monday
# just gone"), "next month", "3 Oct", "on the 9th", "in August",
# "resumes", "is going to".
_LIVE = re.compile(
    r"(?i)\b(?:tomorrow|tonight|next\s+\w+|(?<!last\s)(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!\s+(?:just\s+)?gone)|this\s+(?:week|month|\w+day)|"
    r"in\s+(?:a|two|three|four|a\s+few|\d+)\s+(?:days?|weeks?|months?)|(?:is|are)\s+(?:going\s+to|about\s+to|due)|"
    r"resum\w+|adjourn\w+|pending|ongoing|listed|still|yet|tmrw|tmr|"
    # "until the inquest is over", "till it's finished": an end still to come
    r"(?:until|till|til)\s+(?:the|it|it['’]s|this|that|their|his|her|my|our)\b|(?:on|by|before|for)\s+the\s+\d{1,2}(?:st|nd|rd|th)|"
    r"in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
    # the month first, as American and Australian posts date it: "In court Jan 8", "verdict March 3rd"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|"
    r"november|december)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?![\d,.:]\d))\b"
)


# The justice system's workings, not one case: "sentencing guidelines", "court backlogs", "tribunal fees".
_SYSTEM_AFTER = re.compile(
    r"(?i)\s+(?:guidelines?|system|reforms?|backlogs?|delays|fees|funding|rules|training|qualifications?|council|"
    r"waiting\s+times|statistics|figures|rates"
    # the court's own calendar, which every lawyer's diary follows: "Supreme Court vacation begins", "the long recess"
    r"|vacations?|recess|holidays?|long\s+vacation|summer\s+break|term\s+(?:starts|begins|ends))\b"
)
# A legal office held or taken up: "becoming a magistrate", "as a High Court judge", "sworn in as a judge".
_OFFICE_BEFORE = re.compile(r"(?i)\b(?:as|become|becoming|became|be|appointed|appointment\s+as)\s+(?:an?\s+)?$")
# A title held in a court, the court named after it: "admitted as an Advocate of the High Court of Kenya",
# "Solicitor of the Senior Courts", "an officer of the court".
_TITLE_OF_COURT = re.compile(
    r"(?i)\b(?:advocates?|solicitors?|attorneys?|barristers?|officers?|judges?|justices?|registrars?|members?)\s+of\s+the\s+$"
)
# A ruling or a hearing on a law, a doctrine or the constitution: public law everyone can read ("the Supreme
# Court judgment on the Finance Act", "the ruling on the Chevron doctrine", "the hearing on the constitutional
# case everyone's talking about"), not a case of someone the writer serves.
_ON_A_LAW = re.compile(
    r"(?i)\b(?:ruling|rulings|judgment|judgement|decision|hearing|opinion|dissent|challenge)\s+(?:on|about|over|into)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:act|acts|bill|doctrine|constitution|constitutional|amendment|"
    r"statute|treaty|legislation|referendum|powers|law|laws)\b"
)


# A judge or a court (in English or French) told with a career: congratulated, retiring, appointed, sworn in. The
# process words of such a sentence are the bench someone served on, not a case anyone is in.
_BENCH = re.compile(r"(?i)\b(?:judges?|juges?|justices?|court|cour|bench|tribunal|magistrates?)\b")
_CAREER = re.compile(
    r"(?i)\b(?:careers?|carrière|retir\w*|retraite|appointed|appointment|nommée?|elevated|sworn\s+in|swearing[\s-]in|"
    r"assermentée?|congratulations|congrats|félicitations|tributes?|hommage|farewell)\b"
)


class OngoingCaseRule(Rule):
    KIND = "ongoing_case"

    def find(self, post: Post):
        idioms = post.cue("review_legal_idioms")
        over = post.cue("review_case_over")
        for a, b in post.cue("review_legal_process"):
            if overlaps(idioms, a, b) or not _involved(post, a, b) or _over(post, over, a) or _the_system(post, a, b):
                continue
            if public_law(post, a) or _make_believe(post, idioms, a, b):
                continue  # "the Supreme Court's ruling on the Chevron doctrine", "a mock trial ... as the jury"
            if (_SPECTATOR.search(post.text, max(0, a - 30), a) or _SPECTATED.search(post.text, max(0, a - 50), a)
                    or _WATCHED_AS_MEDIA.match(post.text, b)) and not _someone_served_or_at_work(post, a):
                continue  # "Just listened to the Supreme Court oral args on Loper Bright": the public's view
            if _BENCH.search(post.text, a, b) and _CAREER.search(post.text, *post.around(a, b, 2)):
                continue  # "Congratulations to Judge Abella on a remarkable career at the Supreme Court": a career, no case
            if _VENUE.fullmatch(post.text, a, b) and (not _a_case_near(post, a, b) or _spectating(post, a)):
                continue  # "late for court and the judge was NOT amused", "court reports take twice as long"
            yield self.risk(post, a, b)
        if "case" in post.lower or "matter" in post.lower:
            secrets = post.cue("review_secrecy")
            for m in _A_CASE.finditer(post.text) if secrets else ():
                if overlaps(idioms, m.start(), m.end()) or _NOT_A_CASE_BEFORE.search(post.text, max(0, m.start() - 25), m.start()):
                    continue  # "in case", "no matter", "worst case", "a matter of time"
                if within(secrets, *post.around(m.start(), m.end(), 1)):
                    yield self.risk(post, m.start(), m.end())  # "the Ramlogan matter going on and on. Can't say nothing"
        if post.cue("review_regulators") or post.cue("review_case_holders") or _MATTER_HINTS.search(post.lower) or "counsel" in post.lower:
            yield from self._matter_held(post, idioms, over)
        # a process word opening its sentence is the writer's own act with "I" dropped ("Reported to the RSPCA today.")
        # so is a body opening a clipped sentence of its own ("Cops on it now.", "Polis involved."): the writer's report
        # of the case, not news of one ("Police are investigating the burst pipe at the station")
        if not (post.others or post.first_person() or _party_named(post) or any(
                not post.text[post.sentence(a)[0]:a].strip() for a, _ in post.cue("review_process_words"))
                or any(_clipped_report(post, a) for a, _ in post.cue("review_regulators"))):
            return
        for a, b in post.cue("review_enforcement_to_come"):
            if not (overlaps(idioms, a, b) or _over(post, over, a)):
                yield self.risk(post, a, b)  # "we've got a name now. Arrest coming soon", "expect a knock"
        if (" the " in post.lower or post.lower.startswith("the ")) and any(w in post.lower for w in _NAMED_CASE_WORDS):
            yield from self._named_case(post, idioms, over)
        if any(n in post.lower for n in ("999", "911", "000", "112", "emergency", "police", "cops")):
            yield from self._call_from_danger_at_home(post)
        for m in _CASE_NAME.finditer(post.text) if (" v " in post.lower or " v. " in post.lower or " vs" in post.lower) else ():
            sa, sb = post.sentence(m.start())
            if _CASE_WORDS.search(post.text, sa, sb):  # "Settlement reached in Patterson v. Dunmore", not "Ireland v France"
                yield self.risk(post, m.start(), m.end())
        for span in post.spans:
            if span.entity_type == "REFERENCE_NUMBER" and _CASE_NUMBER.match(span.text):
                yield self.risk(post, span.start, span.end)  # "case 22-CV-4471"
        if "investigat" in post.lower or "inquir" in post.lower or "enquir" in post.lower:
            for m in _BODY_INVESTIGATES.finditer(post.text):
                yield self.risk(post, m.start(), m.end())  # "can't say more while the RSPCA investigate"
            if "under " in post.lower:
                for m in _UNDER_BODY.finditer(post.text):
                    if _involved(post, m.start(), m.end()):
                        yield self.risk(post, m.start(), m.end())  # "our biggest donor ... is under HMRC investigation"
        if post.cue("review_case_stages"):
            yield from self._stage_to_come(post, idioms, over)
        process = post.cue("review_process_words")
        for a, b in post.cue("review_regulators"):
            sa, sb = post.around(a, b, 0)
            if any(sa <= s and e <= sb and not overlaps(idioms, s, e) for s, e in process):
                yield self.risk(post, a, b)



    def _named_case(self, post: Post, idioms, over):
        """A case called by its party's name, as those who work on it call it: "the Mendoza trial", "Mediation
        in the Dempsey-Walsh matter collapsed again", "the Hughes custody case": one case, and the writer's,
        in a post where the writer speaks (the words "my client" are not needed: the name tells it is one
        they know). Not a case the writer follows as the public does ("Reading the Supreme Court's judgment in
        the Rwanda case", "Watching the Depp trial"), nor one called by a country, a big place or a famous
        person, nor one the sentence says is over."""
        text = post.text
        for m in _NAMED_CASE.finditer(text):
            a, b = m.span()
            name = m.group("name")
            if overlaps(idioms, a, b) or _over(post, over, a) or _the_system(post, a, b) or _DECIDED_AFTER.match(text, b):
                continue  # "The Hughes matter settled this morning": over
            if any(w.lower() in _PUBLIC_NAMES for w in re.split(r"[\s-]+", name)) or name.lower() in _PUBLIC_NAMES:
                continue  # "the Rwanda case", "the Depp trial", "the Manchester Arena inquiry"
            sa, sb = post.sentence(a)
            wa, wb = post.around(a, b, 1)
            if not (_AT_WORK_NOW.search(text, wa, a) or _AT_WORK_NOW.search(text, b, wb)):
                continue  # "The Donoghue case is the one every law student learns": a case taught, not worked
            if (_SPECTATOR.search(text, max(0, a - 30), a) or _SPECTATED.search(text, max(0, a - 50), a)
                    or _PUBLIC_VIEW.search(text, sa, a) or _WATCHED_AS_MEDIA.match(text, b)):
                continue  # the public's view of a case
            yield self.risk(post, a, b)

    def _matter_held(self, post: Post, idioms, over):
        """A matter reported, held or opened by those who investigate, prosecute or rule, told in plain words
        with no legal term the process lists know: "Can't say anything while the Fiscal's involved", "the
        sheriff's been called", "I've reported to Labour Dept", "case iko DCI sasa", "the tribunal hasn't
        ruled", "still waiting on the procurator", "Investigation starts Monday", "Police case filed", "her
        protective order hearing got moved up". A matter still open, which the people in it and their
        neighbours can tell from the post. Not advice to readers ("if you see it, report it to the police"),
        nor a matter the sentence says is over, nor one nobody in the post takes part in."""
        text = post.text
        for pattern in (_HELD_BY, _REPORTED_TO, _LEFT_WITH, _WHILE_HELD, _NOT_YET_RULED, _WAITING_ON_BODY, _MATTER_OPENS,
                        _MATTER_OPENED, _DATE_MOVES, _BODYS_MATTER):
            for m in pattern.finditer(text):
                a, b = m.span()
                if overlaps(idioms, a, b) or _over(post, over, a):
                    continue
                if pattern is _BODYS_MATTER and _NOT_BEFORE.search(text, max(0, a - 20), a):
                    continue  # "it isn't a police matter": said to be no matter of theirs
                sa, sb = post.sentence(a)
                # someone in it, or the writer holding back in its sentence ("Can't say anything while ...")
                if not (_involved(post, a, b) or within(post.cue("review_withholding") + post.cue("review_unannounced"), sa, sb)):
                    continue
                if _TO_ANYONE.search(text, max(sa, a - 40), a):
                    continue  # "If you see anything, please report it to the police": advice to every reader
                yield self.risk(post, a, b)

    def _call_from_danger_at_home(self, post: Post):
        """An emergency call from or about someone in danger from their own family: "Took a 999 call tonight from
        a little girl hiding in a wardrobe while her dad smashed the house up", "4th time this month she's
        called 911 about her stepdad". A live police and safeguarding matter, and the caller's family and
        neighbours know the night it tells of. Not a call the public is told how to make ("if you call 999
        for a stubbed toe"), nor one about the writer's own family ("my dad called 999")."""
        text = post.text
        for m in _EMERGENCY_CALL.finditer(text):
            a, b = m.span()
            if _ANY_CALLER.search(text, max(0, a - 25), a):
                continue  # "if you call 999 ...", "please ring 999 ...": advice to anyone
            wa, wb = post.around(a, b, 1)
            if _THEIR_FAMILY_HARM.search(text, wa, wb):
                yield self.risk(post, a, b)

    def _stage_to_come(self, post: Post, idioms, over):
        """A stage of a case that is still to come, told with when or that it waits: "Appeal's in Feb",
        "parole decision due Friday", "charges pending", "recall paperwork goes in tomorrow", "custody review
        next month", "waiting on the Sheriff's decision", "Inquiry in Jan". The stage words alone are
        everyday ("an appeal for the food bank", "my annual review"); with a date still to come or a wait,
        in a post the writer or someone they serve is part of, they are a live case."""
        text = post.text
        seen = set()
        for ca, cb in post.cue("review_case_stages"):
            # the pattern read around each stage word, not over the whole post (most of a post is no stage)
            m = next((m for m in _STAGE.finditer(text, max(0, ca - 30), min(len(text), cb + 30)) if m.start() <= ca < m.end()), None)
            if m is None or m.span() in seen:
                continue
            seen.add(m.span())
            a, b = m.span()
            if (overlaps(idioms, a, b) or (m.group().lower().startswith("appeal") and _NOT_A_STAGE_AFTER.match(text, b))
                    or not _involved(post, a, b) or _over(post, over, a) or public_law(post, a)):
                continue
            if _COURT_OF.search(text, max(0, a - 12), a):
                continue  # "the Court of Appeal's judgment": a court's name
            sa, sb = post.sentence(a)
            # a date still to come or a wait, not "still" or "yet" alone ("anyone who still presumes ...")
            if any(w.group().lower() not in ("still", "yet") for w in _LIVE.finditer(text, sa, sb)) or _WAITING.search(text, sa, sb):
                yield self.risk(post, a, b)


# A stage of a case by its own words: an appeal, parole, a recall to prison, charges, a review or a panel of a
# case, a court's or a board's decision, an inquiry.
_STAGE = re.compile(
    r"(?i)\b(?:appeal(?:['’]s)?|parole|recall\s+(?:paperwork|papers|hearing|decision|report)|charges|"
    r"(?:custody|case|parole|sentence|judicial|safeguarding|licence|license|bail|child\s+protection|serious\s+case|strategy|core\s+group|"
    r"disciplinary|misconduct|fitness\s+to\s+practi[sc]e|adoption|fostering|placement|permanency|breach)\s+(?:review|conference|meeting|panel|decision|hearing)|"
    r"(?:parole|charging|sheriff['’]?s|judge['’]?s|court['’]?s|panel['’]?s|tribunal['’]?s|coroner['’]?s|jury['’]?s|magistrates['’]?|board['’]?s)\s+"
    r"(?:decision|ruling|verdict|findings?|report)|(?<=the\s)inquiry|(?<=an\s)inquiry|(?:public|planning|independent)\s+inquiry|"
    r"(?:^|(?<=[.!?]\s))(?-i:Inquiry))\b"
)
_COURT_OF = re.compile(r"(?i)\bcourts?\s+of\s+$")
# "appeal for donations", "appeal to everyone": a request, not a case.
_NOT_A_STAGE_AFTER = re.compile(r"(?i)\s+(?:for|to)\b")
# A stage waited for: "charges pending", "awaiting the panel's decision", "waiting on the Sheriff's decision".
_WAITING = re.compile(r"(?i)\b(?:pending|awaiting|waiting\s+(?:on|for)|due|set\s+for|listed\s+for|coming\s+up|goes?\s+in|going\s+in|is\s+on|['’]s\s+on)\b")


# A case by its party's name: "the Mendoza trial", "the Dempsey-Walsh matter", "the Hughes custody case" (a
# capitalised name right after "the", then at most a kind of case, then the case word).
_NAMED_CASE = re.compile(
    r"\b[Tt]he\s+(?P<name>(?-i:[A-Z][a-z][\w'’]*(?:-[A-Z][a-z][\w'’]*)?))\s+(?:(?i:custody|fraud|murder|manslaughter|arson|assault|"
    r"abuse|divorce|probate|tenancy|employment|discrimination|negligence|injury|care|adoption|contact|estate|will|boundary|inheritance|family)\s+)?"
    r"(?i:trial|matter|case|inquest|hearing|proceedings|litigation|dispute|mediation)(?![\w'’-])"
)
_DECIDED_AFTER = re.compile(
    r"(?i)\s+(?:(?:has|had|was|is|got|finally)\s+){0,2}(?:settled|ended|closed|concluded|dismissed|won|lost|finished|resolved|wrapped\s+up|"
    r"done\s+and\s+dusted|went\s+our\s+way|went\s+well)\b"
)
# Words _NAMED_CASE cannot match without: most posts have none, and the pattern is tried at every "the".
def _party_named(post: Post) -> bool:
    """A case named by a party the detector found, whatever kind it gave the name ("the Farrow-Quinn matter" is
    read by the case-name rule as an organisation): someone other than the writer is in the post."""
    if not any(w in post.lower for w in _NAMED_CASE_WORDS):
        return False
    return any(s.start <= m.start("name") and m.end("name") <= s.end for m in _NAMED_CASE.finditer(post.text) for s in post.spans)


_NAMED_CASE_WORDS = ("trial", "matter", "case", "inquest", "hearing", "proceedings", "litigation", "dispute", "mediation")
# Names of what the public follows, not a client's case: countries, big places, famous people and things.
# (A city of its own is a surname as often: "the Mendoza trial" is a client's; only the biggest are left out.)
_PUBLIC_NAMES = frozenset(
    {w.lower() for name in ("countries", "big_regions", "famous_surnames", "famous_things", "metropolises", "us_states") for w in vocab.words(name)}
    | {w.split()[-1].lower() for w in vocab.words("famous_people") if w.split()}
)
# What tells the named case is one at work now, in its sentence or the one beside it: someone in it (a juror,
# the kids, the client), or it happening now or again ("collapsed again today", "keeps passing notes").
_AT_WORK_NOW = re.compile(
    r"(?i)\b(?:today|tonight|this\s+(?:morning|afternoon|week)|again|keeps?|still|now|so\s+far|getting|mistrial|adjourned|"
    r"juror|jurors|jury|defendant|accused|claimant|respondent|witness|client|clients|kids|children|child|mum|dad|mother|father|"
    r"family|parents|grandparents?|grandmother|grandfather|nan|gran|our\s+side|their\s+side|opposing|counsel|bailiff|usher)\b"
)
# The writer reading or hearing of a case as anyone can, earlier in its sentence: "Reading the Supreme Court's
# judgment in ...", "saw on the news that ...".
_PUBLIC_VIEW = re.compile(r"(?i)\b(?:read(?:ing)?|saw|seen|heard|hearing\s+about|watch\w*|follow\w*|news|article|headlines?|documentary|podcast)\b")


# An emergency call taken or made: "a 999 call", "called 911", "rang triple zero", "on the line to the police".
_EMERGENCY_CALL = re.compile(
    r"(?i)\b(?:(?:999|911|000|112|triple[\s-]zero|emergency)\s+calls?|(?:call(?:ed|s|ing)?|rang|ring(?:s|ing)?|phon(?:ed|es|ing))\s+"
    r"(?:999|911|000|112|triple[\s-]zero|the\s+(?:police|cops))(?![\w'’]))"
)
_ANY_CALLER = re.compile(r"(?i)\b(?:if|when|whenever|before)\s+(?:you|u|people|anyone|someone|somebody)\s+(?:\w+\s+)?$|\b(?:please|pls|plz|always|never|don['’]?t|do\s+not)\s+$")
# Someone's own family harming or frightening them: "while her dad smashed the house up", "about her stepdad",
# "hiding from his mum's boyfriend", "her husband had her by the throat".
_THEIR_FAMILY_HARM = re.compile(
    r"(?i)\b(?:his|her|their|whose)\s+(?:(?:mum|mom|mother|mam)['’]s\s+)?(?:dad|stepdad|step-dad|father|stepfather|mum|mom|mother|stepmum|stepmom|"
    r"boyfriend|girlfriend|husband|wife|partner|ex|uncle|brother|son)\b"
    r"|\bhiding\s+(?:in|under|from|behind)\b"
)


# A case or a matter the writer holds back on ("Kuna ile case ... Cannot say much", "Case still open so can't
# say more", "the councillor in that planning fraud case ... Can't name names"): a case they know from
# inside, whatever its words. Not "a case of flu", "in case", "no matter", "a matter of time".
_A_CASE = re.compile(r"(?i)(?<![\w'’-])(?:case|matter)(?![\w'’-])(?!\s+of\b)")
_NOT_A_CASE_BEFORE = re.compile(
    r"(?i)\b(?:in|no|any|what|doesn['’]?t|don['’]?t|does|do|did|that\s+way|for\s+that|subject|worst|best|pencil|phone|brief|head|"
    r"the\s+heart\s+of\s+the|is\s+the|was\s+the|just\s+a|a\s+different|another|a\s+simple|it['’]?s\s+a|matter\s+of)\s+$"
)


# A body looking into it now, named by its capitals: "while the RSPCA investigate", "until the IOPC have
# finished their inquiry", "as long as Ofsted are investigating".
_BODY_INVESTIGATES = re.compile(
    r"(?i)\b(?:while|whilst|until|till|til|as\s+long\s+as|now\s+that)\s+(?:the\s+)?(?-i:[A-Z][\w&'’-]+)(?:\s+(?-i:[A-Z][\w&'’-]+)){0,2}\s+"
    r"(?:(?:is|are|have|has|still)\s+)?(?:investigat\w*|look(?:s|ing)?\s+into|(?:finish|complete)\w*\s+(?:their|its|the)\s+(?:inquiry|enquiry|investigation))"
)
# A body's investigation someone is under, named by its capitals: "is under HMRC investigation", "under an
# IOPC inquiry".
_UNDER_BODY = re.compile(
    r"(?i)\bunder\s+(?:an?\s+)?(?:(?-i:[A-Z][\w&'’-]+)\s+){1,2}(?:investigation|inquiry|enquiry|review|caution)\b"
)
# Words for the court itself, its judge or its paperwork: by themselves the writer's working day ("Grand
# day in court, nothing to report", "while I finished my court reports"), a case only with one beside them.
_VENUE = re.compile(
    r"(?i)(?:(?:in|to|for|at)\s+)?(?:the\s+)?(?:court(?:room)?|courts|court\s+reports?|court\s+papers|(?:the|a)\s+judge|judge|chambers)"
)
# What makes it one case: its parties, its stage, its outcome ("my client", "the hearing", "bail", "custody").
_CASE_SIGN = re.compile(
    r"(?i)\b(?:case|cases|client|clients|hearing|trial|verdict|sentenc\w*|bail|custody|witness\w*|evidence|accused|"
    r"defendant|charged|charges|appeal|plea|pleaded|convict\w*|acquit\w*|remand\w*|prosecut\w*|inquest|tribunal|"
    r"order|injunction|divorce|adoption|placement|contact|fostering|care\s+proceedings|family|children|kids|mum|dad|father|mother)\b"
)


_TAKEN_TO = re.compile(r"(?i)\b(?:tak\w*|took|drag\w*|haul\w*)\b(?:\s+[\w'’-]+){0,3}\s+$")


# The writer as one of the public, following a case as anyone can: "listened to the Supreme Court oral
# arguments", "watching the trial livestream".
_SPECTATOR = re.compile(r"(?i)\b(?:listen(?:ed|ing)?\s+to|watch(?:ed|ing)?|stream(?:ed|ing)?|read(?:ing)?)\s+(?:the\s+|a\s+)?(?:[A-Z]\w*\s+)?$")


# ... and as the public follows a famous case, or a reporter covers one: "Watching the Johnny Depp trial clips",
# "Been following the Diddy trial coverage", "covering a fraud trial" (up to three words before the case word,
# none the writer's own: "watching my client's hearing" is no spectator's).
_SPECTATED = re.compile(
    r"(?i)\b(?:follow(?:ed|ing)?|watch(?:ed|ing)?|cover(?:ed|ing)?|report(?:ed|ing)?\s+on|live[\s-]?tweet\w*|glued\s+to)\s+"
    r"(?:the\s+|a\s+|that\s+)?(?:(?!(?:my|our|his|her|their)\b)[\w'’.-]+\s+){0,3}$"
)
# The case word as something watched: "the trial clips", "trial coverage", "the trial livestream".
_WATCHED_AS_MEDIA = re.compile(r"(?i)\s+(?:clips?|coverage|footage|livestream|live\s+stream|documentary|highlights|memes?|podcast|reels?|tiktoks?)\b")


def _clipped_report(post: Post, at: int) -> bool:
    """The body at ``at`` opens a sentence of five words or fewer ("Cops on it now.", "Polis involved.")."""
    sa, sb = post.sentence(at)
    return not post.text[sa:at].strip() and len(post.text[sa:sb].split()) <= 5


def _spectating(post: Post, at: int) -> bool:
    """The court in this sentence is one the writer watches or reports on ("Spent the day in court covering a
    fraud trial"), with nobody served or from work in the sentence."""
    sa, sb = post.sentence(at)
    return any(_SPECTATED.search(post.text, max(sa, e - 50), s) for s, e in post.cue("review_legal_process")
               if sa <= s < sb and not _VENUE.fullmatch(post.text, s, e)) and not _someone_served_or_at_work(post, at)


def _someone_served_or_at_work(post: Post, at: int) -> bool:
    sa, sb = post.sentence(at)
    return bool(post.served_in(sa, sb)) or within(post.workplace, sa, sb)


def _a_case_near(post: Post, start: int, end: int) -> bool:
    """A case beside a word for the court: someone served, named or from work in its sentence or the next,
    or a word for a case's parties, stage or outcome, or a date it still runs to."""
    wa, wb = post.around(start, end, 1)
    sa, sb = post.sentence(start)
    text = post.text
    # colleagues in numbers are the court's staff ("the District Court clerks"), not a case's parties
    crowd = {(s, e) for s, e in post.workplace if _PLURAL.search(text[s:e])}
    others = [(s, e) for s, e in post.others_in(wa, wb) if not (s < end and start < e) and (s, e) not in crowd]
    if _TAKEN_TO.search(text, max(0, start - 40), start) and text[start:end].lower().startswith("to"):
        return True  # "taking the neighbour to court": a case brought
    return bool(others) or _CASE_SIGN.search(post.text, wa, wb) is not None or _LIVE.search(post.text, sa, sb) is not None


def _the_system(post: Post, start: int, end: int) -> bool:
    """The legal word names the justice system's workings ("sentencing guidelines") or an office in it
    ("becoming a magistrate", "as a High Court judge"), not a case."""
    text = post.text
    if _SYSTEM_AFTER.match(text, end):
        return True
    office = re.match(r"(?i)\s+(?:judge|justice)\b", text[end:]) or re.search(r"(?i)(?:judge|magistrate|juror|coroner)$", text[start:end])
    if _TITLE_OF_COURT.search(text, max(0, start - 30), start):
        return True  # "an Advocate of the High Court of Kenya": a title, no case
    return bool(office) and _OFFICE_BEFORE.search(text, max(0, start - 30), start) is not None


def public_law(post: Post, at: int) -> bool:
    """The legal word's sentence is about a ruling or a hearing on a law or the constitution, with nobody the
    writer serves or works with in it but a class or a group (a teacher's "my Year 12s" watching it)."""
    sa, sb = post.sentence(at)
    if not _ON_A_LAW.search(post.text, sa, sb):
        return False
    text = post.text
    return not any(not _PLURAL.search(text[s:e]) for s, e in post.served_in(sa, sb)) and not any(
        sa <= s and e <= sb for s, e in post.names)


# A case played, not run: "Took my class to a mock trial ... They were brilliant as the jury", "moot court".
_MAKE_BELIEVE = ("mock", "moot")


def _make_believe(post: Post, idioms: list[tuple[int, int]], start: int, end: int) -> bool:
    wa, wb = post.around(start, end, 1)
    return any(wa <= s and e <= wb and post.text[s:e].lower().startswith(_MAKE_BELIEVE) for s, e in idioms)


def _over(post: Post, over: list[tuple[int, int]], at: int) -> bool:
    """The sentence tells of a case that is over ("The custody case I worked on back in 2019 ended
    well") or one that is only supposed ("If this ever went to court", "Imagine being in a custody battle"),
    and says nothing of it still to run."""
    sa, sb = post.sentence(at)
    if not within(over, sa, sb) and not (_SUPPOSED_HINTS.search(post.lower) and _SUPPOSED.search(post.text, sa, at)):
        return False
    return _LIVE.search(post.text, sa, sb) is None


_SUPPOSED_HINTS = re.compile(r"if\b|imagin|hypothetic|god forbid|in the event|should (?:it|this|that) ever")
# A case only supposed, said before the case word in its sentence: "if it ever went to court", "imagine being
# in a custody battle", "what if they sue", "hypothetically".
_SUPPOSED = re.compile(
    r"(?i)(?:^|[^\w'’])(?:if\s+(?:\w+\s+){0,3}?ever|imagine|imagining|what\s+if|hypothetically|in\s+the\s+event|god\s+forbid|should\s+(?:it|this|that)\s+ever)\b"
)


def _involved(post: Post, start: int, end: int) -> bool:
    """The writer, someone they serve or work with, or a named person takes part in the case ("I'm a
    witness", "my client's hearing"), or the case is still to run ("Court date is 3 Oct"); not a ruling
    the writer read about and comments on further down the post."""
    wa, wb = post.around(start, end, 1)
    # not someone from anyone's work in advice to readers ("Reminder for anyone in HR: a return-to-work chat
    # is not a disciplinary")
    if post.first_person(wa, wb) or any(not anyones(post.text, s, e, advice_only=True) for s, e in post.others_in(wa, wb)):
        return True
    # the writer holding back what they know ("Can't name names obvs but the councillor in that fraud case
    # ... Verdict Friday") is someone inside the case
    if within(post.cue("review_secrecy"), wa, wb):
        return True
    sa, sb = post.sentence(start)
    if _ADVICE_OPENING.match(post.text, sa, sb):
        return False  # "Don't be sittin on a grievance til it's a tribunal claim": advice to every reader, no one's case
    return _LIVE.search(post.text, sa, sb) is not None


# A sentence opened as advice to readers, an imperative with no one in it: "Don't be sitting on a grievance till
# it's a tribunal claim", "Never let a disciplinary go to a hearing without a rep", "Always get it in writing
# before the tribunal".
_ADVICE_OPENING = re.compile(r"(?i)\W*(?:please\s+)?(?:don['’]?t|do\s+not|never|always|make\s+sure|remember\s+to)\s+(?:be\s+|ever\s+|just\s+)?[a-z]+")


# Who holds a reported matter: the investigating bodies of review_regulators and those who prosecute or rule
# (review_case_holders), as an alternation for the patterns below.
# (a possessive may follow the body: "the Fiscal's involved", "the sheriff's been called")
_BODY = r"(?:the\s+)?" + alternation("review_regulators", "review_case_holders").removesuffix(r"(?![\w'’])") + r"(?!\w)"
# Where a match of _BODY can start: a "t" (its optional "the", which no word start bounds), or an entry's first
# letter at the start of a word (the alternation's own lookbehind). A lookahead of this before the patterns that
# open with _BODY lets a scan pass every other position at once: tried at every position, the alternation of some
# 150 bodies cost each of them about 55 us a post.
_BODY_START = r"(?=t|(?<![\w'’])[" + first_chars("review_regulators", "review_case_holders") + r"])"
# Words the patterns below cannot match without (most posts have none, and then none is tried).
_MATTER_HINTS = re.compile(r"investigat|inquiry|enquiry|probe|police|criminal|hearing|trial|court\s+date|court\s+case|sentencing|arraignment")
# The body told as holding it now: "the sheriff's been called", "police have been informed", "SIU is on it",
# "the fraud team are dealing with it".
_HELD_BY = re.compile(
    r"(?i)" + _BODY_START + _BODY + r"(?:['’]s|\s+(?:is|are|was|were|has|have|had|now|already|just|been|got|getting|being|still|all)){0,3}\s+"
    r"(?:called(?:\s+in)?|involved|informed|notified|alerted|on\s+it|on\s+the\s+case|onto\s+it|looking\s+into\s+it|"
    r"handling\s+it|dealing\s+with\s+it|got\s+the\s+file|have\s+the\s+file|has\s+the\s+file)(?![\w'’])"
)
# The matter taken to the body: "I've reported to Labour Dept", "referred it to the LADO", "passed it on to the
# fiscal", "escalated to professional standards", "screenshot sent to PSD".
_REPORTED_TO = re.compile(
    r"(?i)\b(?:reported|referred|escalated|passed|handed|forwarded|sent|reporting|referring|escalating)\s+"
    r"(?:(?:it|him|her|them|this|that|everything|it\s+all|the\s+\w+)\s+)?(?:on\s+|up\s+|over\s+)?(?:to|with)\s+"
    r"(?:" + _BODY + r"|(?:our\s+|outside\s+|external\s+)?counsel(?![\w'’]))"  # "Referred to counsel": the lawyers now hold it
)
# The matter left with the body: "case iko DCI sasa", "it's still with the procurator", "the file is with the CPS".
_LEFT_WITH = re.compile(
    r"(?i)\b(?:case|matter|file|it|complaint|everything)(?:['’]s|\s+(?:is|iko|sits|now|still|has\s+gone|went|gone)){0,2}\s+"
    r"(?:with|at|before|to|iko)\s+" + _BODY
)
# The writer holding back while the body works: "while the Fiscal's involved", "until the police are done",
# "till the coroner rules", "mpaka polisi wamalize" (Swahili: until the police finish).
_WHILE_HELD = re.compile(
    r"(?i)\b(?:while|whilst|until|till|til|before|mpaka)\s+" + _BODY + r"(?:['’]s|['’]re|\s+(?:is|are|has|have|had|still|been)){0,2}\s+"
    r"(?:involved|finish\w*|done|decid\w*|rul\w*|report\w*|investigat\w*|looking|clear\w*|conclud\w*|wamalize|wamemaliza)(?![\w'’])"
)
# The body's word still to come: "the tribunal hasn't ruled", "the fiscal has yet to decide".
_NOT_YET_RULED = re.compile(
    r"(?i)" + _BODY_START + _BODY + r"\s+(?:still\s+)?(?:hasn['’]?t|haven['’]?t|has\s+not|have\s+not|is\s+yet\s+to|are\s+yet\s+to|has\s+yet\s+to|have\s+yet\s+to)\s+"
    r"(?:yet\s+)?(?:ruled|rule|decided|decide|reported|report|finished|finish|charged|charge|concluded|conclude|come\s+back|got\s+back|"
    r"made\s+(?:a|their|its)\s+(?:decision|ruling|finding))(?![\w'’])"
)
# "still waiting on the procurator", "waiting for the coroner".
_WAITING_ON_BODY = re.compile(r"(?i)\bwait(?:ing|in['’]?)?\s+(?:on|for)\s+" + _BODY)
# A matter opened: "Investigation starts Monday", "Investigation don start" (Nigerian Pidgin), "Police case
# filed", "probe launched", "criminal case opened".
_MATTER_OPENS = re.compile(
    r"(?i)\b(?:investigation|inquiry|enquiry|probe|police\s+case|criminal\s+case|police\s+report|formal\s+complaint)\s+"
    r"(?:(?:has|have|was|is|got|been|don|just|now|officially|formally|finally)\s+){0,2}"
    r"(?:filed|lodged|opened|launched|started|starts|starting|begins|began|begun|start|underway|under\s+way|kicks?\s+off|kicked\s+off)(?![\w'’])"
)
# ... and told the other way: "filed a police case", "opened an investigation", "launched a formal inquiry".
_MATTER_OPENED = re.compile(
    r"(?i)\b(?:filed|lodged|opened|launched|started|registered)\s+(?:an?\s+|the\s+)?(?:(?:formal|internal|police|criminal|official|full)\s+)?"
    r"(?:investigation|inquiry|enquiry|probe|police\s+case|criminal\s+case|police\s+report|fir|formal\s+complaint)(?![\w'’])"
)
# A date of a case moved: "her protective order hearing got moved up", "the trial's been pushed back", "court
# date brought forward".
_DATE_MOVES = re.compile(
    r"(?i)\b(?:hearing|trial|court\s+date|court\s+case|sentencing|arraignment)(?:['’]s|\s+(?:has|have|was|is|got|been|just|now|already)){0,2}\s+"
    r"(?:moved\s+(?:up|forward|back)|brought\s+forward|pushed\s+back|postponed|rescheduled|put\s+back|vacated|relisted|delayed)(?![\w'’])"
)
# The matter said to be the body's, or someone said to stand before the body (session 39, fresh38 misses): "If
# true it's a garda matter", "this is a matter for the fiscal now", "now he's facing the Gardaí", "facing the
# tribunal in May". A matter that has left the writer's hands for those who investigate or rule, still open.
# Not one said to be no such matter ("it isn't a police matter, it's the council's"), nor an interview or a viva
# ("facing the panel tomorrow": a panel or a board faced is one that judges a candidate, not a case).
_BODYS_MATTER = re.compile(
    r"(?i)\b(?:an?\s+" + _BODY + r"\s+matter|matter\s+for\s+" + _BODY + r"|"
    r"fac(?:ing|es|ed)\s+(?!(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:panel|board)\b)" + _BODY + r")(?![\w'’])"
)
_NOT_BEFORE = re.compile(r"(?i)(?:\bnot|n['’]t|\bno\s+longer|\bnever)\s+(?:really\s+|just\s+|even\s+)?$")
# Advice to every reader before the report: "If you see anything, report it to the police", "anyone with
# information should contact the sheriff".
# (a plea or a rule only right before the report: "please report it", not "she never worked, so I've reported it")
_TO_ANYONE = re.compile(
    r"(?i)\b(?:if\s+(?:you|u|anyone|someone|somebody|people)|anyone\s+with|you\s+(?:can|should|must))\b"
    r"|\b(?:please|pls|plz|always|never|don['’]?t|do\s+not)\s+$"
)
