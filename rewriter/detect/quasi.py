"""Quasi-identifiers: a time of day or week, a month, a year, a school year or an age.

On its own none of these points at anyone: "my Year 4s", "Monday mood", "paged at 3:12am", "receipts till
August", "I'm 52", "your hamstring's not 25 years old anymore" are the writer's own day or talk in general.
A careful privacy trainer flags one only when it is tied to a third person from the writer's work ("a
94-yr-old patient", "my 9yo client", "Client from my Tuesday 6pm slot", "Court Monday"), or when the post
carries something it would combine with: an identifier (a name, a place, a company: the detector keeps
quasi-identifiers beside those, see detector._time_tied) or a story risk (the only girl in her year, a photo,
a client's contact, a health detail, a news event: "One of my Year 10s ... self-harm" or "a 9yo ... the
second documented case"). A post whose only details are quasi-identifiers, none tied and no risk, reports
none of them, so nothing in it is rewritten.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .. import vocab
from ..kinds import RISK_KINDS
from ..spans import Span

QUASI_KINDS = frozenset({"AGE", "DATE_TIME"})


def is_quasi(span: Span) -> bool:
    return span.entity_type in QUASI_KINDS


# "my Year 4s", "Grade 3 class", "5th graders", "P6", "a Year 1": a school year stands for a class of
# thirty, never for one pupil by itself
_SCHOOL_YEAR = re.compile(
    r"(?i)\b(?:year|yr|grade|form|primary|p|s|jss|jhs|sss)\s?\d{1,2}s?\b|\b\d{1,2}(?:st|nd|rd|th)[\s-]+(?:grade|class)|"
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)[\s-]grad"
)


def is_school_year(span: Span) -> bool:
    return span.entity_type == "AGE" and (span.source == "school year rule" or _SCHOOL_YEAR.search(span.text) is not None)


# The people a professional serves, as the age's own noun: "a 94-yr-old patient", "6yo clients",
# "my client (18F)", "patient, 81", "resident who's 102". Not "a 3 year old tells you" (no one in particular).
_SERVED = (
    rf"(?:{vocab.alternation('own_people')[3:-1]}|pupil|pt|service\s+user|learner|tutee|mentee|care\s+leaver)"
)
# up to two describing words between ("a 67-year-old retired patient"), not a new phrase ("I'm 52 and the residents")
_BETWEEN = r"(?:(?!(?:and|or|but|the|a|an|to|of|with|for|my|our|me|us|so|like|than|as)\b)[a-z]+[\s-]+)"
# a person described by their age is someone too: "a 67 yr old fisherman", "33 year old female complaining
# of", "a 5-year-old boy"; the writer's own family is not ("my 10yo son", see is_own_age)
_DESCRIBED = (
    rf"(?:{_SERVED}|female|male|man|woman|lady|gentleman|gent|boy|girl|lad|lass|bloke|fella|chap|"
    rf"{vocab.alternation('person_words')[3:-1]}|{vocab.alternation('review_people_served')[3:-1]})"
)
_SERVED_AFTER_AGE = re.compile(rf"(?i)^[\s-]*{_BETWEEN}{{0,2}}?{_DESCRIBED}s?\b")
_SERVED_BEFORE_AGE = re.compile(
    rf"(?i)\b{_SERVED}s?['’]?s?\s*(?:[,(:]|\s+(?:who|who['’]s|who\s+is|who\s+was|is|was|aged?|turned|turns)\b)\s*"
    r"(?:(?:only|just|now|nearly|almost|about)\s+)?$"
)


# "my patient turned 90", "a resident who just turned 100": the age span opens with its verb
_TURNED = re.compile(r"(?i)turn(?:ed|s|ing)\s+\d")
_SERVED_BEFORE_TURNED = re.compile(rf"(?i)\b{_SERVED}s?\s+(?:(?:who|who['’]s|who\s+has|has|just|only|finally|now)\s+)*$")


# An age standing for someone the writer met at work, told by the meeting: "Attended a 92-year-old on the
# ward", "a 3 month old came in", "triaged a 4yo", "an 80yo admitted overnight". Not "a 3 year old tells
# you your lunch smells" (anyone's day in a nursery).
_ENCOUNTER = re.compile(
    r"(?i)\b(?:attended|assessed|admitted|triaged|treated|discharged|referred|resuscitated|intubated|"
    r"(?:came|brought|rushed|wheeled)\s+in|presented|presenting|on\s+the\s+(?:ward|unit)|in\s+(?:resus|a&e|ed|"
    r"clinic|theatre|triage|majors|the\s+ambulance))\b"
)


def age_of_someone_served(span: Span, text: str) -> bool:
    """An age told of a client, patient, pupil or resident ("a 94-yr-old patient", "client (18F)"), of a
    person described ("33 year old female"), or of someone met at work ("attended a 92-year-old on the ward")."""
    if is_school_year(span):
        return False
    after = text[span.end : span.end + 30]
    before = text[max(0, span.start - 40) : span.start]
    if _SERVED_AFTER_AGE.match(after) or _SERVED_BEFORE_AGE.search(before):
        return True
    if _TURNED.match(span.text) and _SERVED_BEFORE_TURNED.search(before):
        return True  # "my patient turned 90 today": the span carries its own verb
    left = max(text.rfind(c, 0, span.start) for c in ".!?\n;") + 1
    ends = [i for i in (text.find(c, span.end) for c in ".!?\n;") if i >= 0]
    return _ENCOUNTER.search(text, max(left, span.start - 40), min(min(ends, default=len(text)), span.end + 40)) is not None


# The writer's own age ("I'm 52", "since I was 16", "I am 29") or their own child's ("told my 10yo I'm a
# lawyer", "my 5 yr old thinks my job is typing"): the writer's own life, whatever else the post says.
# Not "my 16yo swimmer", "my 9yo client" (someone the writer coaches or serves) nor "my 7 year olds" (a class).
_FIRST_PERSON_AGE = re.compile(r"(?i)(?:^|\s)(?:i['’]?m|i\s+am|i\s+was|i\s+turned|i\s+turn)\b")
_I_BEFORE = re.compile(r"(?i)\b(?:since|when|till|until|because|by\s+the\s+time)\s+i\s+(?:was|turned)\s+$")
_MY_BEFORE = re.compile(r"(?i)\bmy\s+(?:own\s+|little\s+|eldest\s+|youngest\s+)?$")
_SINGULAR_AGE = re.compile(r"(?i)(?:old|yo|y/o|y\.o\.?)$")
# What follows "my 10yo" when the age is the child itself: a family noun ("my 10yo daughter"), a name
# ("my 5 yr old Kai"), a function word or a verb of telling ("my 10yo i'm...", "my 7yo asked"), or nothing.
# Any other word is who the age is of ("my 17yo coworker", "my 16yo swimmer"): not the writer's own.
_NEXT_WORD = re.compile(r"[\s,-]*([A-Za-z][\w'’]*)?")
_OWN_CHILD_NEXT = vocab.words("function_words") | vocab.words("family_nouns") | frozenset(
    "i'm i’m asked told said says thinks thought wants wanted keeps loves loved just informed announced reckons "
    "got came woke drew made".split()
)


def is_own_age(span: Span, text: str) -> bool:
    """The writer's own age or their own child's: never a client's, patient's or pupil's."""
    if span.entity_type != "AGE" or is_school_year(span):
        return False
    if _FIRST_PERSON_AGE.search(span.text) or _I_BEFORE.search(text, max(0, span.start - 30), span.start):
        return True
    if not (_MY_BEFORE.search(text, max(0, span.start - 20), span.start) and _SINGULAR_AGE.search(span.text)):
        return False
    word = _NEXT_WORD.match(text, span.end).group(1)
    if word is not None and word.lower() in vocab.words("family_nouns"):
        return True
    if _SERVES_THEM.search(text):
        # "Shoutout to my 11-yr-old Hope who just qualified ... been coaching her since she was 6": a coach's or
        # teacher's "my" is of the child they coach or teach, when the post says they do (session 39); a
        # parent says "my daughter", and a parent who coaches their own child names the kinship ("my 9yo son")
        return False
    return word is None or word[0].isupper() or word.lower() in _OWN_CHILD_NEXT


# The writer coaching, teaching or training someone in the post, or their swimmers, players or pupils: then
# "my 11-yr-old" is one of them, not the writer's own child ("been coaching her since she was 6", "I've
# taught him for 3 years", "my swimmers"). Not "coaching" alone ("I coach on Saturdays").
_SERVES_THEM = re.compile(
    r"(?i)\b(?:(?:coach|coached|coaching|coaches|teach|teaching|taught|teaches|train|trained|training|trains|tutor|"
    r"tutored|tutoring|mentor|mentored|mentoring)\s+(?:her|him|them)\b|(?:my|our)\s+(?:\w+\s+)?(?:swimmers|players|"
    r"athletes|gymnasts|runners|pupils|students|learners|squad|tutees|mentees)\b)"
)


# The writer's own class as a group: "My Year 2s did their first assembly", "our P4 class", "my SS2 students".
# A whole class points at no pupil; "one of my Year 2s" is one of them.
_OWN_CLASS_BEFORE = re.compile(r"(?i)\b(?:my|our)\s+(?:(?:lovely|little|wonderful|amazing|brilliant|new|current|own|wee)\s+)?$")
_ONE_OF_BEFORE = re.compile(r"(?i)\b(?:of|from|in|with)\s+(?:my|our)\s+(?:\w+\s+)?$")
_CLASS_NOUN_AFTER = re.compile(r"(?i)\s+(?:class|classes|pupils|students|kids|children|learners|lot|cohort|group|form)\b")


def is_own_class(span: Span, text: str) -> bool:
    """ "My Year 2s", "our P4 class": the writer's own class as a group, not one pupil of it."""
    if not is_school_year(span):
        return False
    before = text[max(0, span.start - 30) : span.start]
    if not _OWN_CLASS_BEFORE.search(before) or _ONE_OF_BEFORE.search(before):
        return False
    return span.text.endswith("s") or _CLASS_NOUN_AFTER.match(text, span.end) is not None


# A birthday of the writer's own family: "Happy 80th birthday to my Granny Pearl", "my mum's 60th", "Dad turns
# 70 today", "Took me own mam to the coast for her 80th" (Scouse, Irish), "mi granny's 90th" (Patois).
# The writer's own life whatever else the post names (detector.py). Not a client's or a resident's ("my client's mum's 90th"): none of the people served in the sentence.
_ORDINAL_OR_TURNS = re.compile(r"(?i)^(?:\d{1,3}(?:st|nd|rd|th)|turn(?:s|ed|ing)?\s+\d{1,3})$")
_OWN_FAMILY = re.compile(
    rf"(?i)\b(?:my|our|mi|ma|me(?=\s+own\b))\s+(?:(?:own|dear|lovely|darling|beautiful|amazing|wonderful|little|big|late|wee)\s+)?"
    rf"(?:grand|great-?grand|step)?(?:{vocab.alternation('family_nouns')[3:-1]})s?\b"
)
_SERVED_WORD = re.compile(rf"(?i)\b(?:{vocab.alternation('own_people')[3:-1]})s?\b")
_MY_FAMILY = re.compile(r"(?i)(?:my|mi|ma|me)\b")


def is_own_family_birthday(span: Span, text: str, whole_post: bool = False) -> bool:
    """``whole_post``: no one served anywhere in the post, not only in the birthday's sentence (beside a name,
    "Happy 100th to our Nan Dot at the care home!! Oldest resident we've got" is a resident's)."""
    if span.entity_type != "AGE" or not _ORDINAL_OR_TURNS.match(span.text.strip()):
        return False
    left = max(text.rfind(c, 0, span.start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, span.end) for c in ".!?\n") if i >= 0]
    right = min(ends, default=len(text))
    family = _OWN_FAMILY.search(text, left, right)
    if whole_post:
        # and said with "my": a care home's "our Nan Dot" is a resident the staff call so
        if family is None or not _MY_FAMILY.match(family.group()):
            return False
        left, right = 0, len(text)
    return family is not None and not _SERVED_WORD.search(text, left, right)


# An age that bounds a group in a rule, an offer or a statistic: "gratuit pour les plus de 65 ans", "everyone aged 50
# and over", "kids aged 11 and under can enter", "women aged 50 to 70 get screened". A threshold is no one's age (the
# judges of fresh47 read "les plus de 60+ ans" as a wrong fact); "a man aged 30-35" is one person's, so a range counts
# only after a word for a group.
_BOUND_BEFORE = re.compile(r"(?i)(?<![\w-])(?:" + vocab.alternation("age_bounds_before")[3:-1] + r")\s+(?:the\s+)?$")
_BOUND_AFTER = re.compile(r"(?i)\s*(?:\+|(?:" + vocab.alternation("age_bounds_after")[3:-1] + r")\b(?!\s+(?:a|an|the|his|her|their|my|"
                          r"our|care|section|supervision|investigation|arrest|review|threat)\b))")
# a group's word before "aged": "women aged 50 to 70", "children aged 5-11", "everyone aged 75"
_GROUP_AGED = re.compile(r"(?i)\b(?:everyone|everybody|anyone|anybody|all|those|people|adults|women|men|children|kids|"
                         r"babies|pupils|students|patients|residents|clients|customers|teenagers|girls|boys|over|under)\s+$")
_AGE_RANGE = re.compile(r"(?i)^(?:aged?|ages)\s+\d{1,3}\s*(?:-|–|to)\s*\d{1,3}$")
_AGE_NUMBER_IN = re.compile(r"\d{1,3}")


# the words for years after a number ("65 ans", "65 años", "60 Jahren"), which make a figure the tagger proposes an age
_YEARS_AFTER = re.compile(r"(?i)\s*(?:years?|yrs?|ans|años|anos|anni|jahren?|jaar|år)\b")


def is_age_threshold(span: Span, text: str) -> bool:
    """Is the age ``span`` the bound of a group's ages in a rule or a statistic, no one's age? (A figure the token
    tagger proposes for "plus de 65 ans" counts when its words for years say an age: "over 200 jobs" is a figure.)"""
    if span.entity_type == "FIGURE":
        number = _AGE_NUMBER_IN.fullmatch(span.text.strip().split()[0]) if span.text.strip() else None
        tail = span.text.strip()[number.end():] if number else ""
        if number is None or not (_YEARS_AFTER.fullmatch(tail) or not tail and _YEARS_AFTER.match(text, span.end)):
            return False
    elif span.entity_type != "AGE" or is_school_year(span):
        return False
    number = _AGE_NUMBER_IN.search(span.text)
    if number is None:
        return False
    inside = span.start + number.start()
    if _BOUND_BEFORE.search(text, max(0, inside - 30), inside):
        return True  # "plus de [65 ans]", "over [the age of 65]" with the bound word outside or inside the span
    if _BOUND_AFTER.match(text, span.end):
        return True  # "aged 50 and over", "65 ans et plus", "18+"
    return bool(_AGE_RANGE.match(span.text.strip()) and _GROUP_AGED.search(text, max(0, span.start - 20), span.start))


def without_lone_quasi(spans: Sequence[Span], text: str, time_tied) -> list[Span]:
    """The spans of a post whose only details are quasi-identifiers: those tied to someone the writer
    serves (``time_tied(span)`` for a time; for an age, told of a client or patient), or, when the post
    carries a story risk, those that combine with it; else none."""
    tied = [s for s in spans if (time_tied(s) if s.entity_type == "DATE_TIME" else age_of_someone_served(s, text))]
    if len(tied) == len(spans):
        return list(spans)
    # Reviewed with its ages (an age is what makes a health detail someone's: "a 9yo with ...") but not its
    # times: a time beside a business word would raise the very risk that keeps it ("Opening till 8 on Fridays").
    ages = [s for s in spans if s.entity_type != "DATE_TIME"]
    kinds = {risk.kind for risk in _reviewer(model=False).review(text, ages) if _in_the_story(risk)}
    if kinds - _STATES:
        return list(spans)  # an event the rules name by its phrase (a case, a contact, a photo): a time dates it
    if kinds:
        # a health detail or a vent is a state, not an event a time could date ("the 9pm emails" of the
        # writer's burnout, "a 7am handover" in a rant); an age makes it someone's ("a 9yo with ...")
        # But a health event told as what someone did, a verb in the past, is dated by a time in its clause:
        # "our 15yo self-harmed again at 2am", "he collapsed at 3.40am" (session 46, fresh45c)
        events = [(r.start, r.end) for r in _reviewer(model=False).review(text, ages)
                  if r.kind == "health_detail" and _PAST_EVENT.fullmatch(r.text)]
        return [s for s in spans if s.entity_type != "DATE_TIME" or s in tied or _dates_an_event(s, events, text)]
    if any(s.entity_type != "DATE_TIME" and s not in tied for s in spans) and any(
        _in_the_story(risk) for risk in _reviewer(model=True).review(text, ages)
    ):
        # The risk model's guess about the whole post ("a 9yo" in a rare case) keeps the ages, as before
        # this rule, but not the times: the guess, reading the rewritten post afresh, may drop its risk once
        # a time is generalised, and a risky post would be offered as clean.
        return [s for s in spans if s.entity_type != "DATE_TIME" or s in tied]
    return tied


# A health word that is a deed in the past ("self-harmed", "collapsed", "overdosed", "fainted"): an event, which a
# time in the same clause dates; not a state ("anxiety", "diagnosed with", "on meds").
_PAST_EVENT = re.compile(r"(?i)(?:[a-z]+-)?[a-z]{3,}(?<!diagnos)(?<!prescrib)(?<!refer)ed")
_CLAUSE_END = re.compile(r"[.!?;\n]")


def _dates_an_event(span: Span, events: list[tuple[int, int]], text: str) -> bool:
    """The time ``span`` stands in the clause of one of ``events`` (a health deed), within a few words of it."""
    for a, b in events:
        lo, hi = (b, span.start) if b <= span.start else (span.end, a)
        if 0 <= hi - lo <= 30 and not _CLAUSE_END.search(text, lo, hi):
            return True
    return False


# risks that are a state of someone, not an event: a time beside one is no date of it
_STATES = frozenset({"health_detail", "venting"})


def _in_the_story(risk) -> bool:
    """A risk in what the post tells, not a limit of the checker (unread_text: a post mostly in a script it
    cannot read has no story the detector read, and an age in it combines with nothing it knows)."""
    known = RISK_KINDS.get(risk.kind)
    return known is None or known.in_the_story


@functools.cache
def _reviewer(model: bool):
    # the same layer as detection (tests/test_layers.py): the review's rules, and the risk model when
    # asked, as the pipeline runs them; built once, on the first post that needs them
    from ..review import Reviewer
    from ..review.reviewer import RULES

    return Reviewer(rules=[rule() for rule in RULES], model=model)
