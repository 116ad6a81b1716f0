"""A weekday tied to something: "due Friday", "next Monday", "every Wednesday", "Saturday's parkrun", "my
thursday evening group", "my Tues 9am seminar", "Thurs clinic". Not a weekday used as a mood ("a Monday
morning feeling", "Monday blues", "Throwback Thursday"), nor the writer's own day ("Spent Saturday
teaching my dad"). A dated post plus a detail ("the verdict Thursday") points at one real event."""

from __future__ import annotations

import re

from .... import vocab
from ..support.calendar import MONTH, ORDINAL_DAY, WEEKDAY
from ..support import lexicon
from ..support.doc_tokens import tag_of, token_at, token_starts
from ..support.gated import GatedRegexRecognizer

# what a day can be the date of ("Trial Tuesday", "Funeral Friday"): never a themed day
# words that go before a day and theme none ("since Sunday", "first Friday", "til Thursday")
_NOT_THEMES = vocab.words("function_words") | vocab.words("function_words_more") | frozenset(
    "till til first fifth second sixth third twice thrice weekend fortnight few sat sun wed mon thu fri".split())
_DATED = frozenset(e.lower() for name in ("dated_events", "case_event_words") for e in vocab.entries(name) if " " not in e)


class WeekdayRecognizer(GatedRegexRecognizer):
    ORDER = 400
    ENTITY = "DATE_TIME"
    # a full weekday has "day" in it; an abbreviated one is capitalised (see analyze)
    _ABBR_GATE = re.compile(r"[MTWFS](?:on|ue|ed|hu|ri|at|un)")

    def analyze(self, text, entities, nlp_artifacts=None):
        # two cheap checks, in place of GATE: "day" is found faster in lowered text than by any one regex
        if "day" not in text.lower() and not self._ABBR_GATE.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts)
    _PATTERN = re.compile(
        rf"(?i:\b(?:(?P<mod>next|last|this|coming|every|each|this\s+coming|on)\s+)?(?P<day>{WEEKDAY})(?P<plural>s)?\b)"
        rf"(?P<date>\s+(?:the\s+)?{ORDINAL_DAY}\b(?:\s+(?:of\s+)?{MONTH}\b)?)?"
    )
    # "a Monday morning feeling", "slower than a Monday morning", "any Friday": a kind of day, not a date
    _GENERIC_BEFORE = re.compile(
        r"(?i:\b(?:a|an|any|another|throwback|motivation|motivational|wellness|wellbeing|manic|freaky|casual|"
        r"follow|cyber|black|flashback|fitness|transformation|feel-?good|self-?care|selfie|tip|fun|"
        # a greeting or a verdict on the day: "Happy Sunday!", "Blessed Sunday family", "Best Friday in ages"
        r"happy|blessed|lazy|rainy|sunny|best)\s+)$"
    )
    _GENERIC_AFTER = re.compile(
        r"(?i:\s*(?:(?:morning|night|evening|afternoon)\s+)?(?:blues|feelings?|vibes?|mood|scaries|slump|dread|"
        r"motivation|energy|funday|best|again|lights|"
        # a weekday naming a kind of meal, worship or outing, not a date: "Sunday mass", "Sunday roast",
        # "Friday fish fry", "Friday brunch" (a day's service at a church or a meal at a place names no one)
        r"mass|masses|service|services|worship|church|roast|dinner|lunch|brunch|breakfast|fry|fish\s+fry|"
        r"market|papers?|drinks|pints|quiz|lie-?in|takeaway|treat|pancakes|specials?)\b)"
    )
    # A kind of day, told by what it is like: "Classic Northern Ontario Tuesday", "a typical rainy Monday",
    # "It's Monday, fuel queue wahala again", "It's Friday!" (today, named as a mood, not a date)
    _KIND_OF_DAY_BEFORE = re.compile(r"(?i:\b(?:classic|typical|standard|proper)\s+(?:[\w'’-]+\s+){0,3})$")
    _TODAY_IS = re.compile(r"(?i:(?:^|[.!?\n]\s*|\b(?:and|but|so|because|cos)\s+)(?:it['’]?s|it\s+is)\s+(?:finally\s+|only\s+)?)$")
    _TODAY_IS_AFTER = re.compile(r"\s*(?:[,!.?…]|$|\s+(?:again|already|and|y['’]?all|folks|people|everyone|fam)\b)")
    # A named occasion on a weekday: "Rare Disease Day is on Friday", "Burns Night on Saturday", "Sports Day
    # this Thursday": on a calendar, a school's or everyone's, not a date of anyone's
    _OCCASION_BEFORE = re.compile(r"\b[A-Z][\w'’]*\s+(?:Day|Night|Week|Eve)\s+(?:(?:is|was|falls)\s+)?(?:(?:on|this|next)\s+)?$")

    # The writer's own day: "Spent Saturday teaching my dad", "spending Sunday with my nan", "Saturday
    # with my kids". A vague time of the writer's own life, harmless unless the sentence is about the
    # people the writer serves ("spent Saturday with a client's family").
    _OWN_DAY_BEFORE = re.compile(r"(?i:\b(?:spent|spend|spending|spends)\s+(?:(?:my|all|the\s+whole|most\s+of)\s+)?)$")
    _OWN_DAY_AFTER = re.compile(rf"(?i:\s+(?:with|teaching|helping|at|visiting)\s+(?:my|our)\s+(?:{vocab.alternation('family_nouns')}))")
    _PEOPLE_SERVED = re.compile(rf"\b(?i:{vocab.alternation('own_people')})s?\b")
    # The writer's own gathering at home: "Onam sadya at ours this Sunday", "open house at my place Sunday!",
    # "Sunday lunch at mine": the writer's own party, whoever is invited, unless it is for someone served
    _AT_HOME = r"(?:at|to|@)\s+(?:ours|mine|my\s+(?:place|house|flat|gaff|home)|our\s+(?:place|house|flat|gaff|home))\b"
    _AT_HOME_BEFORE = re.compile(rf"(?i:\b{_AT_HOME}[^.!?\n]{{0,12}})$")
    _AT_HOME_AFTER = re.compile(rf"(?i:[^.!?\n]{{0,25}}?\b{_AT_HOME})")
    # A themed day named by a word with the day's own first letter: "Taco Tuesday", "waakye Wednesday", "Fish
    # Friday", "Sunday Funday". A day of the week the writer's group keeps, not a date. Not a past form or a
    # name before it ("Seen Saturday", "met Sarah Saturday") nor a dated event ("Trial Tuesday", dated_events).
    # The word after is not read: "Monday meeting", "Saturday shift", "Tuesday training" are events.
    _WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")

    # Abbreviated weekdays ("Tues", "Weds", "Thurs"): "Sat", "Sun", "Wed" and "Mon" are also words ("Sat on
    # the sofa", "Sun was out", "Wed in June"), so only a capitalised one tied to a time, an event or a
    # "next"/"every"/"on" counts ("my Tues 9am seminar", "every Weds", "Thurs clinic", "Tues/Thurs groups").
    _ABBR_DAY = r"(?:Mon|Tues?|Wed|Weds|Thu|Thur|Thurs|Fri|Sat|Sun)\b"
    _ABBR = re.compile(
        rf"(?:\b(?P<mod>(?i:next|last|this|coming|every|each|on))\s+)?\b(?P<day>{_ABBR_DAY}"
        rf"(?:\.?\s*(?:/|&|-|,|and|or|to)\s*{_ABBR_DAY})*)(?P<poss>['’]s)?\.?"
    )
    # The abbreviations that are no other English word ("Tues", "Weds", "Thurs", "Fri"), and the words that date
    # something to them ("back Tues", "till Thurs", "by Fri", "from Weds"): "Sat", "Sun", "Wed" and "Mon" are
    # left to the stricter reading above ("until Sat" may be "sat", "by Mon" a greeting)
    _UNAMBIGUOUS_ABBR = re.compile(r"(?:Tues?|Weds|Thu|Thur|Thurs|Fri)\b")
    _DATING_BEFORE = re.compile(r"(?i:\b(back|by|till|til|until|from|since|due|before|after|adjourned\s+to|moved\s+to))\s+$")
    _TIME_AFTER = re.compile(
        rf"\s*(?:(?:at|@)\s*)?(?:\d{{1,2}}(?:[:.][0-5]\d)?\s?(?i:am|pm|a\.m\.|p\.m\.)|[012]?\d:[0-5]\d\b|"
        rf"(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b|(?:[12]\d|3[01]|0?[1-9])\s+{MONTH}|"
        r"(?i:morning|afternoon|evening|night|lunch(?:time)?|teatime|eve)s?\b)"
    )
    # events a weekday is the day of; "exam" and "test" are left out, as "Sat exam today" is a verb
    _EVENT_AFTER = re.compile(
        r"\s+(?i:clinics?|seminars?|lectures?|class(?:es)?|lessons?|shifts?|sessions?|meetings?|groups?|"
        r"appointments?|appts?|hearings?|club|surgery|ward\s+rounds?|rounds?|handovers?|training|tutorials?|"
        r"practice|rota|duty|visits?|calls?|drop-?ins?|assembly|briefing|supervision|huddle|service|mass|"
        r"matches|match|games?|fixtures?|parkrun|run|swim|reviews?|panel|list|court|deadline|on-?call|"
        r"earl(?:y|ies)|lates?|long\s+days?|nights?|rehearsal|practical|placement|support\s+group)\b"
    )

    # "Sat 14th", "Fri 3rd May": the date goes with the day
    _DATE_AFTER = re.compile(
        rf"\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:(?:st|nd|rd|th)\b(?:\s+(?:of\s+)?{MONTH}\b)?|"
        rf"\s+(?:of\s+)?{MONTH}\b)"
    )

    def find(self, text, nlp_artifacts=None):
        doc = getattr(nlp_artifacts, "tokens", None)
        results = self._full_days(text, doc) if "day" in text.lower() else []
        for m in self._ABBR.finditer(text):
            mod = (m.group("mod") or "").lower()
            if not mod and self._UNAMBIGUOUS_ABBR.match(m.group("day")):
                # "trial back Tues", "adjourned till Thurs", "due Fri": a word that dates something before a day
                # no one writes as another word
                dating = self._DATING_BEFORE.search(text, max(0, m.start() - 12), m.start())
                mod = dating.group(1).lower() if dating else ""
            time = self._TIME_AFTER.match(text, m.end())
            # "Sat at 9pm with a cuppa" is someone sitting: the verbs among the days need the time straight after
            if time and m.group("day")[:3] in ("Sat", "Sun", "Wed") and time.group().lstrip()[:1] in ("a", "@"):
                time = None
            if not (mod or time or self._EVENT_AFTER.match(text, m.end())):
                continue
            if self._GENERIC_BEFORE.search(text[max(0, m.start() - 25) : m.start()]) or self._GENERIC_AFTER.match(
                text, m.end()
            ):
                continue
            start = m.start("day") if mod == "on" else m.start()
            date = self._DATE_AFTER.match(text, m.end("day"))
            end = date.end() if date else m.end("day")
            routine = mod in ("every", "each")
            suggestion = "every week" if routine else "soon" if mod in ("next", "coming", "back", "due") else None
            meta = {"suggestion": suggestion} if suggestion else {}
            # above spaCy's 0.85: it does not know "Weds" or "Tues/Thurs" and calls them a person or an
            # organisation, and the higher score decides the type of the merged span
            results.append(self.result(start, end, 0.9, text[start:end], **meta))
        return results

    def _own_day(self, text, start, end):
        if not (self._OWN_DAY_BEFORE.search(text[max(0, start - 30) : start]) or self._OWN_DAY_AFTER.match(text, end)):
            return False
        return self._none_served_in_sentence(text, start, end)

    def _kind_of_day(self, text, start, end, mod):
        before = text[max(0, start - 40) : start]
        kind = self._KIND_OF_DAY_BEFORE.search(before) if not mod else None
        if kind and not any(w.lower() in _DATED or self._EVENT_AFTER.match(" " + w)
                            for w in re.findall(r"[\w'’-]+", kind.group())[1:]):
            pass  # not a kind of event on the day: "Classic case review Monday"
        elif not (not mod and self._TODAY_IS.search(before) and self._TODAY_IS_AFTER.match(text, end)) and not (
                self._OCCASION_BEFORE.search(text, max(0, start - 50), start)):
            return False
        # and no one the writer serves in the sentence ("Results Day on Thursday for my student who ...")
        return self._none_served_in_sentence(text, start, end)

    def _at_home(self, text, start, end):
        if not (self._AT_HOME_BEFORE.search(text[max(0, start - 40) : start]) or self._AT_HOME_AFTER.match(text, end)):
            return False
        return self._none_served_in_sentence(text, start, end)

    def _themed(self, text, start, end, doc):
        day = text[start:end].lower()
        word = self._WORD_BEFORE.search(text, max(0, start - 20), start)
        if word is None or doc is None:
            return False
        w = word.group(1)
        low = w.lower()
        if low[0] != day[0] or low in _NOT_THEMES or low in _DATED or low[:-1] in _DATED:
            return False
        if low.endswith(("ed", "en", "ing")) or (w[0].isupper() and lexicon.is_listed_as_name(w)):
            return False
        # a noun names the theme ("Taco Tuesday"); a verb does something on the day ("can't shake Saturday")
        tok = token_at(doc, token_starts(doc), word.start(1))
        return tok is not None and tag_of(tok).startswith("NN")

    def _none_served_in_sentence(self, text, start, end):
        sentence_start = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
        ends = [i for i in (text.find(c, end) for c in ".!?\n") if i >= 0]
        return not self._PEOPLE_SERVED.search(text, sentence_start, min(ends, default=len(text)))

    def _full_days(self, text, doc=None):
        results = []
        for m in self._PATTERN.finditer(text):
            mod = (m.group("mod") or "").lower()
            before = text[max(0, m.start() - 25) : m.start()]
            if self._GENERIC_BEFORE.search(before) or self._GENERIC_AFTER.match(text, m.end("day")):
                continue
            if not mod and self._own_day(text, m.start(), m.end("day")):
                continue
            if self._kind_of_day(text, m.start(), m.end("day"), mod):
                continue
            if mod in ("", "this", "on", "next", "coming", "this coming") and not m.group("date") and (
                    self._at_home(text, m.start(), m.end("day"))
                    or (not mod and not m.group("plural") and self._themed(text, m.start("day"), m.end("day"), doc))):
                continue
            # "Mondays are the worst" is a kind of day; "on Tuesdays I run a group" is a routine
            if m.group("plural") and mod not in ("on", "every", "each"):
                continue
            start = m.start("day") if mod == "on" else m.start()
            routine = mod in ("every", "each") or m.group("plural")
            suggestion = "every week" if routine else "soon" if mod in ("next", "coming", "this coming") else None
            meta = {"suggestion": suggestion} if suggestion else {}
            results.append(self.result(start, m.end(), 0.7, text[start : m.end()], **meta))
        return results
