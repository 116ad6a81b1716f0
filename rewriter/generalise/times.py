"""Dates and times: "on Sunday" -> "recently", "next Monday" -> "soon", "every Tuesday" -> "every week",
"at Saturday's parkrun" -> "at a recent parkrun", "my thursday evening group" -> "my group"."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import vocab
from ..detect.foreign_sentences import in_other_language
from ..detect.recognizers.support.lexicon import is_ordinary_word
from ..detect.recognizers.times.date_in_other_languages import DateInOtherLanguagesRecognizer
from ..spans import Span
from .context import Context, Replacing
from .english import FUNCTION_WORDS, is_sentence_start, next_word, opens_sentence, possessive_after, predicate_at, sentence_around, space_after, time_run_end

# Words after which a date or time means the future, so "recently" would be wrong.
FUTURE_CUES = re.compile(
    r"\b(will|'ll|going to|gonna|due|next|upcoming|tomorrow|reminder|remember(?=\s+to\b)|bring|don't forget|"
    r"can't wait|cannot wait|looking forward|ships|launches|launching|shipping|releasing|going live|starts|starting|"
    r"begins|opening|scheduled|expected|planned|"
    # a planned event and its date: "launch is 14 March", "deadline's Friday", "go-live is the 3rd"
    r"(?:launch|deadline|go-live|release|kick-?off|exam|interview|appointment)(?:\s+(?:is|date\s+is)|['’]s))\b",
    re.IGNORECASE,
)

VAGUE_TIME = re.compile(
    r"\b(today|tonight|yesterday|tomorrow|recently|last night|this (?:morning|afternoon|evening|week|weekend))\b",
    re.IGNORECASE,
)


# Words that put a sentence in the past: "She fell on Sunday", "Discharged on Friday", "two days ago".
PAST_CUES = re.compile(r"(?i)\b(?:" + vocab.alternation("common_past_forms") + r"|\w+ed|ago|last|yesterday|earlier)\b")

# "Happy Monday!": a greeting, no one's date; it goes whole.
_GREETING = re.compile(r"(?i)\b(?:happy|blessed|hello|good)\s+$")

# A time of day: "3am", "6.30pm", "04:12", "2:30am".
# (and the hour with "h" as French and the Balkan languages write it: "5h10", "23h")
_CLOCK = re.compile(r"(?i)^(\d{1,2})(?:[:.h](\d{2})|h)?\s?(am|pm)?$")
# The part of the day each hour falls in, as a noun after "in the"/"since the" and as an adjective.
_PARTS_OF_DAY = ((5, "early hours", "early-morning"), (12, "morning", "morning"), (17, "afternoon", "afternoon"),
                 (21, "evening", "evening"), (24, "night", "late-night"))

# "on Tuesdays": a weekday in the plural is a routine.
_EVERY_WEEKDAY = re.compile(r"(?i)\b(" + "|".join(day + "s" for day in vocab.entries("weekdays")) + r")\b")


# A date of birth by its label, with the comma before it: "Baby boy, DOB 03/04/2024, weight 3.2kg" ->
# "Baby boy, weight 3.2kg" ("DOB recently" is nonsense, and any date would still be the birth date).
_DOB_LABEL = re.compile(r"(?i)(?:,\s*|\s*\(\s*|^|\s)(?:dob|d\.o\.b\.?)\s*[:\-–]?\s*$")


# A day of the month on its own, where the sentence says it comes round every month: a grant, a wage, a pension or
# the rent ("drinking his whole grant on the 1st", "rent's due on the 28th", "paid on the 15th every month"). The
# day is the point (payday, the month's end), and "soon" loses it (judges of fresh42: "drinking his grant soon");
# the part of the month says it and names no one's date. A day with no such word ("Court date is the 3rd") is left.
_MONTH_DAY = re.compile(r"(?i)(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)")
_ON_THE_BEFORE = re.compile(r"(?i)\b(?:on\s+)?(?:the\s+)?$")
_MONTHLY_CUE = re.compile(
    r"(?i)\b(?:every\s+month|each\s+month|monthly|of\s+(?:the|every|each)\s+month|as\s+usual|grants?|pension|payday|"
    r"pay\s*day|paid|wages?|salary|salaries|rent|benefits?|allowance|sassa|universal\s+credit|giro|stipend)\b")


def _monthly_day(ctx: Context, span: Span) -> Replacing | None:
    m = _MONTH_DAY.fullmatch(span.text.strip())
    if not m or not 1 <= int(m.group(1)) <= 31 or not _MONTHLY_CUE.search(sentence_around(ctx.text, span.start, span.end)):
        return None
    day = int(m.group(1))
    left = ctx.left(span.start)
    lead = _ON_THE_BEFORE.search(left)
    start = ctx.cursor + lead.start() if lead and lead.group(0).strip() else span.start
    if start > 0 and ctx.text[start - 1:start] == " " and lead and lead.group(0).strip():
        start -= 1
    said = "at the start of the month" if day <= 10 else "in the middle of the month" if day <= 20 else "at the end of the month"
    every = re.match(r"(?i)\s+(?:(every|each)\s+month|of\s+(?:the\s+)?month)\b", ctx.text[span.end:])
    end = span.end + every.end() if every else span.end
    if every and every.group(1):
        said = said[:-len("the month")] + every.group(1).lower() + " month"  # "at the start of every month"
    return start, end, (" " if start < span.start else "") + said


# A day and month in another language's form, in a sentence of that language ("Ročište 14. novembra", "det
# offentliggøres først 1. oktober", "tá razia 14.11. o 5:30 ráno bola"): whether it is past or ahead is told in
# that language, which the English cues below cannot read, so it goes without a tense, "on a set date" (never
# "soon" for last week's raid). The language's article or "on" before it goes with it ("le 14 mars", "el 2 de
# setembre", "den 3. februar", "zum 1. Juli"); after its "since" or "until" it is "a set date" ("depuis le 12 mars").
_ARTICLE_BEFORE_DATE = re.compile(r"(?i)(?:^|(?<=\s))(?:le|el|du|del|al|den|dem|zum|am|il|lo|dne|en)\s+$")
_SINCE_BEFORE_DATE = re.compile(
    r"(?i)(?:^|(?<=\s))(?:depuis|desde|seit|od|do|fra|från|til|till|jusqu['’]au|até|hasta|avant|après|antes|depois|vor|"
    r"nach|bis|since|until|before|after|from|dopo|prima|ab)\s+(?:(?:le|el|du|den|dem|al|the|o|a)\s+)?$"
)

_COPULA_BEFORE_DATE = re.compile(r"(?i)(?:\bc['’]est|\bes|\bé|\bè|\bist|\ber|\bje|\bis)\s+$")


def _date_in_another_language(ctx: Context, span: Span) -> Replacing | None:
    if not (DateInOtherLanguagesRecognizer.written_in_another_language(span.text.strip())
            and in_other_language(ctx.text, span.start, span.end)):
        return None
    left = ctx.left(span.start)
    article = _ARTICLE_BEFORE_DATE.search(left)
    start = ctx.cursor + article.start() if article else span.start
    # (after its "since" or a copula the date is a noun: "depuis le 12 mars", "c'est le 1er mars" -> "a set date")
    bare = _SINCE_BEFORE_DATE.search(left) or _COPULA_BEFORE_DATE.search(left[: article.start()] if article else left)
    return start, span.end, "a set date" if bare else "on a set date"


def date_span(ctx: Context, span: Span) -> Replacing:
    dob = _DOB_LABEL.search(ctx.left(span.start))
    if dob:
        start = ctx.cursor + dob.start()
        closing = re.match(r"\s*\)", ctx.text[span.end:]) if "(" in dob.group(0) else None
        end = span.end + closing.end() if closing else span.end
        if start == 0 or ctx.text[start - 1] in ".!?\n":  # "DOB 03/04/2024, ..." opening the post
            end += len(re.match(r"[,;:]?\s*", ctx.text[end:]).group(0))
        elif dob.group(0).lstrip().startswith(",") and (predicate_at(ctx.text, end + 1) or re.match(r",[ \t]+[a-z]{2,}(?:s|ed)\b", ctx.text[end:])):
            end += 1  # "Patient Byrne, DOB 03/11/1958, wants me": an aside in commas goes with both
        return start, end, ""
    born = _BORN_IN_APPOSITION.search(ctx.left(span.start))
    if born:  # "a candidate, 57, born 3 March 1968, who": the birth date goes with its clause
        return ctx.cursor + born.start(), span.end, ""
    other_language = _date_in_another_language(ctx, span)
    if other_language is not None:
        return other_language
    coming = re.match(r"(?i)coming\s+(?=\S)", span.text)
    if coming and not re.search(r"(?i)\b(?:this|the)\s+$", ctx.left(span.start)):
        # "environmental health coming Thursday": "coming" stays and says the day is ahead ("coming this week"); the
        # driver wants the whole span covered, so the word is given back with the day's words
        day = replace(span, start=span.start + coming.end(), text=span.text[coming.end():])
        day_start, day_end, said = date_span(ctx, day)
        if day_start == day.start and said.strip():
            return span.start, day_end, span.text[:coming.end()] + said.lstrip()
    start, end = span.start, span.end
    restated = _restated_date(ctx, span)
    if restated is not None:  # "next Friday, 14 March" -> "soon", not "soon, soon"
        return restated, time_run_end(ctx.text, end), ""
    monthly = _monthly_day(ctx, span)
    if monthly is not None:
        return monthly
    day_range = _DAY_RANGE_OPENING.search(ctx.left(start))
    if day_range and re.match(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]", span.text) and 1 <= int(day_range.group(1)) <= 31:
        # "Anti-Bullying Week is 11-15 Nov": the range's first day goes with its last, never "is 11-soon"
        start = ctx.cursor + day_range.start()
        span = replace(span, start=start, text=ctx.text[start:end])
    lower = _ABBREVIATED_DAY.sub(lambda m: _DAY_ABBREVIATIONS[m.group(1).lower()], span.text).lower()
    sentence = sentence_around(ctx.text, start, end)
    come = _COME_BEFORE.search(ctx.left(start))
    if come and (lower in _WEEKDAYS or _MONTH_DATE.fullmatch(lower) or _DAY_OF_MONTH.search(lower)):
        # "'e's 101 come Tuesday", "married 50 years come June": "come" is "on" or "by" a day to come, and goes
        # with it ("come soon" is no English); after an age or a count it dates a birthday or an anniversary, which
        # goes whole once the number has gone ("'e's elderly an' sharp", never "'e's elderly soon")
        counted = re.search(r"\d[ \t]+$", ctx.text[: ctx.cursor + come.start()])
        if counted and ctx.cursor + come.start() - 1 >= ctx.cursor:
            return ctx.cursor + come.start() - 1, end, ""
        return ctx.cursor + come.start(), end, "soon"
    unread = _tense_unread(ctx, span, lower, sentence) or _calendar_date(ctx, span, lower)
    if unread is not None:
        return unread
    if _NOW_BEFORE.search(ctx.left(start)) and _DAY_OF_MONTH.search(lower) and not _CLOCK.match(span.text.strip()):
        # "adjourned AGAIN, judge sick, now 9 June": the date a thing now stands at is the one it was moved to,
        # never "now recently"
        return start, end, "a new date"
    future = (bool(FUTURE_CUES.search(sentence)) or lower.startswith(("next", "tomorrow", "this coming", "coming "))
              # "score for us this Saturday", "Hearing this Monday": this week's day, in a clause with no past
              or bool(_THIS_WEEKDAY.fullmatch(lower) and not PAST_CUES.search(_clause_around(ctx.text, start, end)))
              or bool(_IS_ON.search(ctx.left(start))) or bool(_IS_BACK.search(ctx.text, max(0, start - 30), start))
              # the draft's own words, not what is left after a replacement: "till the custody hearing
              # Thursday" is ahead though "custody" was replaced just before the day
              or bool(_AHEAD_OF.search(ctx.text, max(0, start - 60), start)))
    if not future and _STILL_TO_COME_BEFORE.search(ctx.text, max(0, start - 60), start):
        # "contracts end 31 Jan.", "goes to ACAS on the 9th", "Have to tell 42 people on Monday": a verb in
        # the present or an obligation right before the date puts it ahead, whatever else the sentence says
        future = True
    # A date with its day ("the 14th", "3 November") in a sentence with no past in it is still to come
    # ("Hearing on the 14th", "Her tribunal is 3 November"); a birth date is not ("DOB? It's 3 March").
    if (not future and _DAY_OF_MONTH.search(lower) and not _CLOCK.match(span.text.strip())
            and not PAST_CUES.search(sentence.replace(span.text, " "))
            and not _INCIDENT_BEFORE.search(ctx.text, _clause_start_in_sentence(ctx.text, start), start)
            and not _BIRTH_NEAR.search(ctx.text, max(0, start - 60), start)
            and not _FIELD_LABEL.search(ctx.left(start))):
        future = True
    if lower in _WEEKDAYS and _ORDINAL_BEFORE.search(ctx.left(start)) and re.match(r"\s+(?:running|in\s+a\s+row)\b", ctx.text[end:]):
        return start, end, "week"  # "came late for the 3rd Sunday running" -> "the 3rd week running"
    nth = _NTH_BEFORE.search(ctx.left(start)) if lower in _WEEKDAYS else None
    if nth:
        # "want the first Tuesday in November off": a weekday counted in its month is a day of the calendar, said
        # as "a day" with its month ("the first soon off" guessed a tense and read as nonsense)
        of_month = _OF_A_MONTH.match(ctx.text, end)
        return ctx.cursor + nth.start(), of_month.end() if of_month else end, "a day"
    one_day = _A_WEEKDAY.search(ctx.left(start)) if lower in _WEEKDAYS else None
    if one_day and not any(w.lower() in FUNCTION_WORDS for w in one_day.group(1).split()):
        # "on a random Tuesday", "one wet Monday": a weekday after an article is any such day, a noun, never a
        # when ("on a random recently"); before a part of the day the day goes ("a quiet Sunday night" ->
        # "a quiet night")
        if _PART_AFTER.match(ctx.text, end):
            return start, end + space_after(ctx.text, end), ""
        nxt = next_word(ctx.text, end)
        described = (nxt and ctx.text[end:end + 1] == " " and nxt[0].islower() and nxt.lower() not in FUNCTION_WORDS
                     and is_ordinary_word(nxt) and not re.search(r"(?:ly|ed)$", nxt))
        if not described:  # (not "a Friday shift": the day describes the noun, said below as "a shift")
            return start, end, "day"
    if lower in _WEEKDAYS and _IT_IS.search(ctx.left(start)):
        # "Ma'am it's Saturday" -> "it's the weekend": the day is what the clause says ("it's this week")
        return start, end, "the weekend" if lower.startswith(("sat", "sun")) else "a weekday"
    if _BACKDATED_TO.search(ctx.text, max(0, start - 60), start) and _DAY_OF_MONTH.search(lower) and not _CLOCK.match(span.text.strip()):
        return start, end, "an earlier date"
    to_the = _TO_THE.search(ctx.left(start))
    if to_the and _DAY_OF_MONTH.search(lower) and not _CLOCK.match(span.text.strip()):  # "moved to 7am" is an hour
        # "Adjourned AGAIN to the 14th" -> "... to a later date" ("to the recently")
        if to_the.group(1) is None:  # "adjourned to 3 November": the verb says which way it went
            verb = to_the.group(0).split()[0].lower()
            return start, end, "a new date" if verb in ("moved", "rescheduled", "bumped", "relisted", "re-listed") else "a later date"
        return ctx.cursor + to_the.start(1), end, "a later date" if not PAST_CUES.search(sentence.replace(span.text, " ")) or "adjourn" in sentence.lower() else "an earlier date"
    greeting = _GREETING.search(ctx.left(start))
    if greeting and lower in _WEEKDAYS:  # "Happy Monday." goes, with its full stop when it is a sentence
        start = ctx.cursor + greeting.start()
        stop = re.match(r"\s*[.!]+", ctx.text[end:]) if is_sentence_start(ctx.text, start) else None
        return start, end + (stop.end() if stop else 0), ""
    clock = _continental_clock(span.text.strip()) or _CLOCK.match(span.text.strip()) or _o_clock(span.text.strip())
    bounded = re.search(r"(?i)\b(?:since|until|till|from|by|before|after)\s+$", ctx.left(start))
    if clock and (bounded or not VAGUE_TIME.search(sentence.replace(span.text, " ")) or _SLOT_BEFORE.search(ctx.left(start))):
        return _time_of_day(ctx, span, clock)
    if clock:
        range_start, opening = ctx.absorb_left(start, _RANGE_OPENING)
        if opening:
            # a range in a sentence that says its day already goes whole, with its preposition: "tonight 4-8pm,"
            # -> "tonight,", "Visiting her from 10-2pm today" -> "Visiting her today" (never "tonight 4-,")
            start2, _ = ctx.absorb_left(range_start, r"\b(?:at|from|between)\s+")
            return start2, end + (space_after(ctx.text, end) if start2 < range_start else 0), ""
    subject = _date_as_subject(ctx, start, time_run_end(ctx.text, end), lower)
    if subject is not None:
        return subject
    own_until = re.match(r"(until|till|til)\s+", lower)
    if own_until and not _CLOCK.match(lower[own_until.end():].strip()):
        # "off till Friday", "nonverbal til Feb": the span brings its own "till"
        return start, time_run_end(ctx.text, end), _until(ctx, start, own_until.group(1), month=_MONTH_DATE.fullmatch(lower) is not None)
    poss = possessive_after(ctx.text, end)
    if poss:  # "at Saturday's parkrun" -> "at a recent parkrun"
        start, _ = ctx.absorb_left(start, r"\b(the|a|an|this|last|next)\s+")
        return start, end + poss, "an upcoming" if future else "a recent"
    if ctx.is_modifier(start, end):  # "my thursday group" -> "my group"
        end = time_run_end(ctx.text, end)  # "my Tues 9am seminar": the time goes with the day
        part = _part_of_day(ctx.text[start:end])
        if part:  # "my Tuesday 6pm slot" -> "my evening slot", never the bare "my slot"
            return start, end, part
        return start, end + space_after(ctx.text, end), ""
    bare_day = _bare_weekday_modifier(ctx, start, end, lower)
    if bare_day is not None:  # "Sunday mass" -> "weekend mass", "to Tuesday clinic" -> "to clinic"
        return bare_day
    end = time_run_end(ctx.text, end)  # "Tuesday 9am" is one time: one replacement
    cohort = re.search(r"(?i)\bclass\s+of\s+$", ctx.left(start))
    if cohort and _YEAR.fullmatch(lower):
        # "pics of the class of 2024 coming": a year group by its year; "class of recently" is no English
        return ctx.cursor + cohort.start(), end, "graduating class"
    year = _year_span(ctx, span, start, end, lower, future)
    if year is not None:
        return year
    if _MONTH_DATE.fullmatch(lower):
        # "Trial's in May" -> "Trial's soon", "was discharged in March" -> "was discharged recently",
        # "since June" -> "for months"; "being sold in March" is still to come
        if lower.startswith("since"):
            return start, end, "for months"
        since = re.search(r"(?i)\bsince\s+$", ctx.left(start))
        if since and lower.startswith("last"):
            # "he's been on a section 3 since last August" -> "... for months", never "since recently"
            return ctx.cursor + since.start(), end, "for months"
        if lower.startswith(("until", "till")):
            return start, end, _until(ctx, start, lower.split()[0], month=True)
        if lower.startswith("before"):
            return start, end, "until then"
        clause = _clause_around(ctx.text, start, end)
        # "was discharged in March", "she came to us in March": past; "being sold in March", "they're
        # closing it in March", "trial listed for 9 weeks in May": to come
        before = ctx.text[_clause_start(ctx.text, start):start]
        near = " ".join(re.findall(r"[\w'’]+", before)[-5:])
        # "how far she's come since she came to us in March": the words just before decide; a past auxiliary
        # further back counts only where the verb nearest the month is not one still to come ("the AI assistant
        # support was told would help us is replacing 30 of us in June")
        past = ((_MONTH_PAST.search(clause) and not _nearest_cue_ahead(before))
                or (_nearest_cue_past(near) and not _NOT_YET.search(near)))
        if not past and re.search(r"(?i)\bsince\b", near):
            past = True  # "since her gastric sleeve in March", "since his stroke in August": what it counts from is past
        if not past and not FUTURE_CUES.search(clause) and _INCIDENT_BEFORE.search(ctx.text, _clause_start_in_sentence(ctx.text, start), start):
            past = True  # "the teenage girl from the Whitechapel acid attack in March": an incident named with "the" has happened
        if not past and lower.startswith("last"):
            past = True  # "she left last June": "last" says it, whatever the clause's other verbs
        if not past and _nearest_cue_past(before) and not _NOT_YET.search(before) and not FUTURE_CUES.search(before):
            past = True  # "who we pulled out of the fire in January is walking again": what follows is another verb's
        if not past and not FUTURE_CUES.search(clause) and not _NOT_YET.search(clause):
            # "In March Sarah moved to our ward": the past comes after the date
            after = ctx.text[end:_clause_end(ctx.text, end)]
            past = PAST_CUES.search(" ".join(re.findall(r"[\w'’]+", after)[:6])) or _nearest_cue_past(before)
        if not past or lower.startswith(("next", "by")):
            return start, end, "soon"
        if lower.startswith("in") and not lower.startswith("in early") and not lower.startswith("in late"):
            start, _ = ctx.absorb_left(start, r"\bback\s+")  # "back in March" -> "earlier this year"
        return start, end, "recently" if lower.startswith("last") else "earlier this year"
    if re.match(r"(?i)(every|each)\s", lower) or _EVERY_WEEKDAY.search(lower):
        start2, _ = ctx.absorb_left(start, r"\b(on)\s+")
        return start2, end, "every week"
    # the preposition goes with the date: "on Sunday", "since Friday", "due Friday"
    # ("till the 20th" -> "till then", never "till the then")
    start2, m = ctx.absorb_left(start, r"\b(on|at|by|since|until|till|til|from|last|next|this|before|after|due|in|during|while)\s+(?:the\s+)?")
    prep = m.group(1).lower() if m else ""
    if prep == "while":
        # the northern "while" before a date is "until" ("embargoed while Thursday"), never "while recently"
        prep = "until" if _DAY_OF_MONTH.search(lower) or lower in _WEEKDAYS else ""
        start2, m = (start2, m) if prep else (start, None)
    if prep in ("in", "during") and not _YEAR.fullmatch(lower):
        start2, m, prep = start, None, ""  # "in 3 weeks" and the like: the span says how it is meant
    year = bool(_YEAR.fullmatch(lower))
    rest = sentence.replace(span.text, " ")
    if prep in ("", "on", "at", "last", "this") and VAGUE_TIME.search(rest):
        # "quit today, on Friday" -> "quit today": the sentence already says when, vaguely enough;
        # "social work in 2024 😂 ... tomorrow" -> "social work 😂": the "in" goes with it
        start3, _ = ctx.absorb_left(start2, r"\s*,?\s*(?:\bin\s+)?" if not m else r"\s*,?\s*")
        return start3, end, ""
    part = _PART_AFTER.match(ctx.text, span.end) if prep == "from" and lower in _WEEKDAYS else None
    if (part and part.end() == end and not future and not re.match(r"\s*(?:until|till|til|to|through|onwards?)\b", ctx.text[part.end():])
            and not _nearest_cue_ahead(ctx.text[_clause_start(ctx.text, start2):start2])):
        # "Still shook from Friday night", "aching from Sunday morning": one evening or morning that has been,
        # never "from next week" (which a day something starts on reads as: "from Monday")
        return start2, part.end(), "from the other " + part.group(0).strip().lower()
    if prep == "since":
        return start2, end, "for years" if year else "for days"
    if prep == "due":
        return start2, end, "due soon"
    if prep in ("until", "till") and _GIVEN_TIME.search(ctx.left(start2)):
        # "They've got until 30 June to fix it": a deadline ("until then" would point at nothing)
        return start2, end, prep + " the deadline"
    if prep in ("until", "till", "til"):
        return start2, end, _until(ctx, start2, prep, month=not re.search(r"\d", lower) and lower not in _WEEKDAYS)
    if prep in ("by", "before"):
        return start2, end, prep + " then" if prep != "by" else "soon"
    if future and not m and _FOR.search(ctx.left(start)):
        # "booked for next Friday" -> "booked for next week", "listed for 14 March" -> "listed for the coming
        # weeks": after "for" a time is a noun ("booked for soon" is no English)
        if lower.startswith("next") and lower.split()[-1] in _WEEKDAYS:
            return start, end, "next week"
        if lower in _WEEKDAYS or lower.startswith("this"):
            return start, end, "later this week"
        return start, end, "the coming weeks"
    if not m and re.search(r"\d", lower) and _FOR.search(ctx.left(start)) and not _CLOCK.match(span.text.strip()):
        return start, end, "a set date"  # "was listed for 14 March but moved": not "listed for recently"
    if (prep == "from" and lower in _WEEKDAYS or re.fullmatch(r"from\s+(\w+)", lower) and lower.split()[-1] in _WEEKDAYS) \
            and not _nearest_cue_past(ctx.text[_clause_start(ctx.text, start2):start2]):
        # "back on its rounds from Monday", "Hiring freeze from Monday": a weekday something starts on is
        # ahead, never "from a while ago"
        return start2, end, "from next week"
    if future:
        if re.search(r"(?i)\b(next|tomorrow)\b", lower) or prep == "next" or re.search(r"\d", lower):
            return start2, end, "soon"  # "next Monday", "on 14 March": further off than "this week"
        if lower.split()[-1] in _WEEKEND:
            return start2, end, "this weekend"  # "Baby shower this Saturday at 2": the weekend says as much
        return start2, end, "this week"
    if prep == "from":
        return start2, end, "from a while ago"
    if year and prep in ("in", "during"):
        return start2, end, "a while ago"  # "Moved to Penzance in 2019" -> "... a while ago", not "in recently"
    if lower in _WEEKDAYS and not m and re.search(r"(?i)\bfor\s+$", ctx.left(start)):
        if _THANKED_FOR.search(ctx.text[_clause_start(ctx.text, start):start]) and not _NOT_YET.search(_clause_around(ctx.text, start, end)):
            # "messaged me to thank me for Saturday": what someone thanks or says sorry for is behind (an
            # "upgrade for Friday" or a "session for Thursday" is booked ahead)
            return start, end, "the other day"
        return start, end, "later this week"  # "Booked my session for Thursday": a day ahead
    if lower in _WEEKDAYS and prep in ("", "on") and not PAST_CUES.search(_clause_around(ctx.text, start, end)):
        # "Report off to his school Friday", "the board votes Thursday", "Drinks on me Friday!": a
        # weekday with no past in its sentence may be days ahead; "recently" would turn it into the past
        return (start2 if m else start), end, "this week"
    if lower in _WEEKDAYS and prep in ("", "on") and _PRESENT_PASSIVE.search(ctx.left(start2 if m else start)):
        return (start2 if m else start), end, "this week"  # "Papers get signed Friday": still to come
    if lower in _WEEKDAYS and not m and _after_verb(ctx.left(start)):
        return start, end, "a day"  # "Spent Saturday teaching my dad" -> "Spent a day teaching my dad"
    if _nearest_cue_ahead(ctx.text[_clause_start(ctx.text, start2 if m else start):start2 if m else start]):
        # the verb nearest the date says it is ahead, whatever past stands further back in the sentence
        if lower in _WEEKDAYS or lower.split()[-1] in _WEEKDAYS:
            return (start2 if m else start), end, "this weekend" if lower.split()[-1] in _WEEKEND else "this week"
        return (start2 if m else start), end, "soon"
    return (start2 if m else start), end, "recently"


_WEEKDAYS = frozenset(vocab.words("weekdays"))
_COME_BEFORE = re.compile(r"(?i)(?<![\w'’])come\s+$")
# "Tues", "Thurs", "Weds" read as the days they shorten (the recognizer finds them only as dates: weekday.py)
_DAY_ABBREVIATIONS = vocab.meanings("weekday_abbreviations")
_ABBREVIATED_DAY = re.compile(r"(?i)\b(" + "|".join(sorted(_DAY_ABBREVIATIONS, key=len, reverse=True)) + r")\b\.?")
# "the first", "every second", "the last" before a weekday: the weekday counted in its month.
_NTH_BEFORE = re.compile(r"(?i)\b(?:the|every|each)\s+(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+$")
_OF_A_MONTH = re.compile(r"(?i)\s+(?:in|of)\s+(?:the\s+month|every\s+month|each\s+month|" + vocab.alternation("months") + r")\b")
# The first day of a range of days right before its last: "11-", "11 – ".
_DAY_RANGE_OPENING = re.compile(r"(?<![\d/.:,-])(\d{1,2})(?:st|nd|rd|th)?\s?[-–]\s?$")
# "now 9 June", "now on the 14th": the date something has been moved to.
_NOW_BEFORE = re.compile(r"(?i)\bnow\s+(?:on\s+|for\s+)?(?:the\s+)?$")
# Words of a date that say its tense themselves ("next Monday", "last June", "since May", "every Friday").
_OWN_TENSE = re.compile(r"(?i)\b(?:next|last|this|coming|tomorrow|yesterday|tonight|today|ago|since|until|till|til|"
                        r"before|after|by|every|each|from|due)\b")
# English prepositions and articles that go with a date: "on 14 February", "(Aug 29)".
_DATE_LEAD = r"(?:\b(?:on|in|at|of)\s+)?(?:\bthe\s+)?"


# The name of a day kept by a country or a cause, right before its date: "Youth Day 16 June", "Independence Day, 6
# March", "Dyslexia Awareness Week (7-13 Oct)".
_OBSERVANCE_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[ \t]+(?:Day|Week|Eve|Month)[ \t]*(?:,[ \t]*|\([ \t]*)?$")


# What hails or sighs over a day right after its date, to the sentence's end: "mubarak!", "of all days 💔".
_HAILED_AFTER = re.compile(r"(?i)[ \t]+(?:mubarak|(of\s+all\s+days))[ \t]*(?:[!.💔-🫶]|$|\n)")
# An emoji or a flag right before: a date after it opens a new sentence.
_AFTER_MARK = re.compile(r"[\U0001F1E6-\U0001F1FF\U0001F300-\U0001FAFF\u2600-\u27BF][\ufe0f\u200d]*[ \t]+$")


def _calendar_date(ctx: Context, span: Span, lower: str) -> Replacing | None:
    """The date a day is kept on every year, said beside its name ("Youth Day 16 June ✊🏾 remembering the students
    of 1976") or as what is remembered for ever ("Ghana 🇬🇭 6th March forever!", "16 January forever in my heart"):
    the calendar's date, no one's, neither "soon" nor "recently" (judges of fresh46-47 read "Youth Day soon" against
    "Today", "soon forever!"). It goes, with its comma or brackets. Not a date that says its own tense ("Youth
    Day next Monday")."""
    if _OWN_TENSE.search(lower) or _CLOCK.match(span.text.strip()) or _YEAR.fullmatch(lower.strip()):
        return None
    kept = _OBSERVANCE_BEFORE.search(ctx.left(span.start))
    if kept:
        lead = re.search(r"[ \t]*(?:,[ \t]*|\([ \t]*)?$", kept.group(0))
        start = ctx.cursor + kept.start() + lead.start()
        end = span.end
        if "(" in lead.group(0):
            closing = re.match(r"[ \t]*\)", ctx.text[end:])
            end += closing.end() if closing else 0
        return start, end, ""
    if re.match(r"(?i)[ \t]+forever\b", ctx.text[span.end:]):
        start, _ = ctx.absorb_left(span.start, _DATE_LEAD)
        return start, span.end + space_after(ctx.text, span.end), ""
    hailed = _HAILED_AFTER.match(ctx.text, span.end)
    if hailed and (is_sentence_start(ctx.text, span.start) or _AFTER_MARK.search(ctx.text, max(0, span.start - 12), span.start)):
        # "14 August mubarak! 🇵🇰", "14th Feb of all days 💔": a day hailed or sighed over, opening its sentence with
        # no verb, is that day itself (a holiday, an occasion), never "Soon mubarak!"; the date goes
        if hailed.group(1):
            return span.start, span.end, "that day"  # "14th Feb of all days" -> "That day of all days"
        return span.start, span.end + space_after(ctx.text, span.end), ""
    return None


def _tense_unread(ctx: Context, span: Span, lower: str, sentence: str) -> Replacing | None:
    """A date in a sentence written in another language, whose words do not say it is ahead or behind: "14 February
    e ek dompoti amader kache ashlen" (Bengali, a past visit) -> "E ek dompoti ...", "Telugu Bhasha Dinotsavam (Aug
    29) sandarbhanga ... lecture ichhanu" (a past lecture) -> "... Dinotsavam sandarbhanga ...". The English cues
    read nothing there, and "soon" or "recently" guessed the tense wrong (judges of fresh47-48: "'14 February' ->
    'Soon'", "(Aug 29) -> (soon)"); the date goes, with its English preposition. Not a date that says its own
    tense ("next Monday", "since May"), a weekday, a year, a clock time, nor a date in a sentence with an English
    word of the future ("Reminder", "will"). None when the date is read as before."""
    if (_OWN_TENSE.search(lower) or _YEAR.fullmatch(lower.strip()) or _CLOCK.match(span.text.strip()) or _o_clock(span.text.strip())
            or FUTURE_CUES.search(sentence) or not in_other_language(ctx.text, span.start, span.end)):
        return None
    if lower.split()[-1] in _WEEKDAYS or _OWN_TENSE.search(" ".join(ctx.text[:span.start].split()[-1:])):
        # a weekday is said as "this week", which is either side of today ("bukwe bwe Saturday", "Ab Monday ko
        # wapas"); a word of tense right before the date says it ("coming Thursday")
        return None
    start, _ = ctx.absorb_left(span.start, r"[ \t]*" + _DATE_LEAD)
    return start, span.end, ""
_THANKED_FOR = re.compile(r"(?i)\b(?:thank|thanks|thanked|thanking|sorry|apologi[sz]\w*|grateful|cheers)\b(?:\s+[\w'’]+){0,2}\s+for\s+$")
# "this Saturday", "this Mon": a day of the week the writer is in.
_THIS_WEEKDAY = re.compile(r"this\s+(?:" + "|".join(re.escape(d) for d in sorted(_WEEKDAYS, key=len, reverse=True)) + r")")
# "till the custody hearing Thursday", "before Tuesday's adjournment": a day something waits for is ahead.
_AHEAD_OF = re.compile(r"(?i)\b(?:till|until|before|ahead\s+of)\s+(?:after\s+)?(?:(?:the|my|our|his|her|their)\s+)?(?:[a-z][\w-]*\s+){1,3}$|\bbefore\s+$"
                       # "before it's announced on the 14th": a clause of its own after "before"
                       r"|\bbefore\s+(?:it|we|they|he|she|i|you|the\s+\w+)(?:['’]s|['’]re|\s+(?:is|are|gets?|goes|comes?))\s+"
                       r"(?:[a-z][\w-]*\s+){0,2}(?:on\s+)?(?:the\s+)?$"
                       # "Back in on the 14th, fingers crossed": back in court (or at work) on a day ahead
                       r"|(?:^|[.!?]\s+)back\s+(?:in|on|at\s+\w+)\s+(?:on\s+)?(?:the\s+)?$")
# An article and up to two describing words before a weekday: "a random", "one wet", "an ordinary".
_A_WEEKDAY = re.compile(r"(?i)(?<![\w'’-])(?:a|an|one|another|any)\s+((?:[a-z][\w-]*\s+){0,2})$")
_PART_AFTER = re.compile(r"(?i)\s+(?:night|morning|afternoon|evening|lunchtime)\b")
_ORDINAL_BEFORE = re.compile(r"(?i)\b(?:\d{1,2}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+$")
# Right before a date, a verb in the present that says what will happen on it ("contracts end 31 Jan", "goes to
# ACAS on the 9th", "the court sits on Monday"), or an obligation a few words back ("Have to tell 42 people at
# the depot on Monday").
_STILL_TO_COME_BEFORE = re.compile(
    r"(?i)(?:\b(?:ends?|goes|starts?|begins?|closes?|opens?|finishes|expires?|lands?|returns?|sits?|reopens?|"
    # "environmental health coming Thursday", "the inspector visits on the 9th": a visit still to come
    r"coming|comes|arriving|arrives|visiting|visits|"
    r"resumes?|kicks\s+off)(?:\s+to\s+[\w'’-]+)?\s+(?:on\s+)?(?:the\s+)?$"
    r"|(?:^|[.!?]\s+|\b(?:i|we|you)\s+)(?:have|need|got)\s+to\s+(?:[\w'’-]+\s+){1,6}?(?:on\s+)?(?:the\s+)?$"
    # "Dave is getting let go Friday", "the site's being handed over on the 3rd": a present progressive
    r"|\b(?:is|are|am|['’]s|['’]re)\s+(?:getting|being)\s+(?:[\w'’-]+\s+){1,2}(?:on\s+)?(?:the\s+)?$"
    # "he wants the kids' therapist deposed Friday": what someone wants done is still to come
    r"|\bwants?\s+(?:[\w'’-]+\s+){1,4}?[a-z]+(?:ed|en)\s+(?:on\s+)?(?:the\s+)?$)"
)
_FOR = re.compile(r"(?i)\bfor\s+$")


def _restated_date(ctx: Context, span: Span) -> int | None:
    """Where a date that restates the one just before it begins, with its comma ("next Friday, 14 March",
    "on Tuesday, the 3rd"): one time, said once. None when the date before is not right beside it."""
    for before in ctx.spans:
        if before.entity_type != span.entity_type or before.end > span.start or before.end > ctx.cursor:
            continue
        gap_start = max(before.end, ctx.cursor)
        if gap_start <= span.start and re.fullmatch(r"[ \t]*,[ \t]*(?:the[ \t]+)?", ctx.text[gap_start:span.start]):
            return gap_start
    return None
# "it's Saturday", "it is Monday": a weekday as what the day is.
_IT_IS = re.compile(r"(?i)\bit(?:['’]s|\s+is|\s+was)\s+$")
# "adjourned to the 14th", "moved to the 3rd": a date after "to the".
_TO_THE = re.compile(r"(?i)\bto\s+(the\s+)$"
                     # "Judgement adjourned to 3 November", "moved to 14 March": a later date, with no "the"
                     r"|\b(?:adjourned|postponed|moved|pushed|put\s+back|pushed\s+back|rescheduled|deferred|delayed|"
                     r"bumped|relisted|re-listed|stood\s+down)\s+(?:(?:again|AGAIN)\s+)?(to\s+)$")
# "asked me to backdate 3 invoices to March 31": what is backdated goes to an earlier date, never "to recently" (read
# in the draft's own words: what stands between may have been replaced already)
_BACKDATED_TO = re.compile(r"(?i)\bback-?dat(?:e|ed|es|ing)\s+(?:[\w'’-]+\s+){0,4}?to\s+$")
# A year alone: "in 2019", "since 2021".
_YEAR = re.compile(r"(?:19|20)\d{2}")
# A date said to be where an event stands now, in the present: "Hearing is on the 12th", "the wedding's
# on Saturday" (what is on a date in the present tense is still to come: never "is recently").
_IS_ON = re.compile(r"(?i)\b(?:is|are|['’]s)\s+(?:on|for)\s+(?:the\s+)?$"
                    # "court date is 14 March", "the hearing's 3 June": an event's date, said in the present
                    r"|\b(?:date|hearing|trial|court|case|inquest|tribunal|mediation|surgery|op|operation|scan|wedding|funeral|"
                    r"move|launch|deadline|exam|interview|appointment|closing|completion|sentencing|verdict|judgement|"
                    r"judgment|meeting|vote|ruling)(?:\s+(?:is|are)|['’]s)\s+$")
# Where someone or something is, in the present, before a day: "the lad is back Monday", "she's off
# Friday", "we're in Tuesday" (still to come: never "is back recently").
_IS_BACK = re.compile(r"(?i)(?:\b(?:is|are|am)|['’](?:s|re|m))\s+(?:back|off|in|out|away|home|here|there|due|on\s+leave|"
                      r"on\s+nights|on\s+days|on\s+call)\s+(?:on\s+)?$")
# A passive in the present before a weekday: "Papers get signed Friday", "it's being fixed Monday".
_PRESENT_PASSIVE = re.compile(r"(?i)\b(?:get|gets|is|are|being|will\s+be|['’]ll\s+be)\s+[a-z]+(?:ed|en|t)\s+$")
# A birth date in an aside: ", born 3 March 1968".
_BORN_IN_APPOSITION = re.compile(r"(?i)\s*,\s*born\s+(?:on\s+|in\s+)?$")
_GIVEN_TIME = re.compile(r"(?i)\b(?:got|get|have|has|had|given|gave|giving)\s+(?:(?:them|him|her|us|you|me)\s+)?$")
# What puts a month in the past: a past auxiliary, not any past form ("being sold in March" is to come).
_MONTH_PAST = re.compile(r"(?i)\b(?:was|were|had|did|went|ago|last|happened|started|began)\b")
# A month with the word that makes it a date, as the month recognizer finds it: "in may", "by sept".
_MONTH_DATE = re.compile(
    r"(?:in|by|from|until|till|til|since|before|after|during|next|last|this|early|late|mid|end\s+of|start\s+of|"
    r"beginning\s+of|(?:in|by|until)\s+(?:early|late|mid))[\s-]+(?:" + vocab.alternation("months") +
    r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
)
# What ends a clause: punctuation, a dash, a bracket or an emoji.
_CLAUSE_BREAK = re.compile("[.!?\n,;:—–()\U0001F000-\U0001FFFF\u2600-\u27BF]")


# What may stand between a preposition and a year: "in late 2019", "since the start of 2020", "in the summer
# of 2019", "in summer 2021", "since mid-2023".
_YEAR_QUALIFIER = (
    r"(?:(?:the\s+)?(?:start|beginning|end|middle|spring|summer|autumn|fall|winter|first\s+half|second\s+half|"
    r"course|whole)\s+of\s+|(?:early|late|mid)[\s-]+|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?"
)
_YEAR_BEFORE = re.compile(
    r"(?i)(?:\b(back|way\s+back)\s+)?\b(in|since|from|during|throughout|around|until|till|by|before)\s+(?:the\s+year\s+)?"
    + _YEAR_QUALIFIER + r"$"
)
# A span with its own preposition and a month or a qualifier before the year: "in March 2019", "since
# early 2020", "in the summer of 2019".
_DATED_YEAR = re.compile(
    r"(?i)(?:(in|since|from|during|by|before|until|till)\s+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:"
    + vocab.alternation("months") + r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)?\.?,?\s*((?:19|20)\d{2})"
)
# A span of years: "from 2019 to 2021", "2019-2021", "2019 until now".
_YEAR_RANGE_AFTER = re.compile(r"(?i)\s*(?:to|until|till|through|-|–|—)\s*((?:19|20)\d{2}|now|present|today|date)\b")


def _year_span(ctx: Context, span: Span, start: int, end: int, lower: str, future: bool) -> Replacing | None:
    """A year after its preposition, said as how long ago, in the sentence's grammar: "In 2019 she joined" ->
    "A few years ago she joined", "since 2019" -> "for some years", "in late 2019" -> "a few years ago", "from
    2019 to 2021" -> "for a couple of years"; never "in recently" or "since the start of recently". A year
    still to come is left to the caller ("will retire in 2027" -> "soon")."""
    dated = _DATED_YEAR.fullmatch(lower)
    if dated is None:
        return None
    year = int(dated.group(2))
    own_prep = (dated.group(1) or "").lower()
    back = None
    if own_prep:
        prep = own_prep
        back = re.search(r"(?i)\b(?:way\s+)?back\s+$", ctx.left(start))
        if back:
            start = ctx.cursor + back.start()
    else:
        m = _YEAR_BEFORE.search(ctx.left(start))
        if m is None:
            return None  # "the 2019 report", "class of 2019": the caller's reading
        prep = m.group(2).lower()
        start = ctx.cursor + m.start()
        back = m.group(1)
    this_year = _this_year()
    ranged = _YEAR_RANGE_AFTER.match(ctx.text, end) if prep in ("from", "since", "in", "during") else None
    if ranged:
        last = ranged.group(1).lower()
        end = ranged.end()
        years = (this_year if not last.isdigit() else int(last)) - year
        return start, end, _for_years(years) if last.isdigit() or prep != "since" else _for_years(this_year - year)
    if (future and not back and year == this_year) or year > this_year:
        # "back in 2019" is the past whatever else the sentence has to come ("he's starting at ..."), and so
        # is any year gone by ("keeps liking my old photos from 2016")
        return None
    ago = this_year - year
    if prep == "from":  # "my old photos from 2016" -> "from a few years ago", never "from soon"
        return start, end, "from " + _years_ago(ago).replace("earlier this year", "this year").replace("recently", "last year")
    if prep in ("since", "throughout"):
        return start, end, _for_years(ago)
    if prep in ("in", "during", "around") or back:
        return start, end, _years_ago(ago)
    return None


def _this_year() -> int:
    import datetime

    return datetime.date.today().year


def _years_ago(ago: int) -> str:
    if ago <= 0:
        return "earlier this year"
    if ago == 1:
        return "recently"
    if ago == 2:
        return "a couple of years ago"
    return "a few years ago" if ago < 10 else "years ago"


def _for_years(years: int) -> str:
    if years <= 1:
        return "for a while"
    if years == 2:
        return "for a couple of years"
    return "for some years" if years < 10 else "for many years"


# The words of a clause that say which way a time it ends with points, the nearest deciding: a past verb or
# "after" ("the lady we got back at the club in June", "after his cardiac arrest at the match in May") puts it
# behind; a verb in -ing or a clause still to happen ("launching in March", "when the firm absorbs its rival in
# April") puts it ahead, though a past verb stands earlier ("finished the prototype, launching in March").
_TENSE_CUE = re.compile(
    r"(?i)\b(?P<ahead>when|once|if|before|is|are|am|be|will|would|gonna|due|expected|planned|scheduled|booked|listed|"
    r"invited|hope|hoping|till|until|til|['’](?:re|ll|d)|"
    r"(?:end|start|begin|close|open|finish|expire|land|return|reopen|resume|launch|move|ship|drop|go|happen)(?:s|es)?|goes|"
    # a verb in -ing after "is"/"'re" or opening its clause ("we're cutting", ", launching in March"); a noun in
    # -ing ("the hearing on Thursday", "after being hit") is no cue
    r"(?:(?<=is\s)|(?<=are\s)|(?<=am\s)|(?<=['’]re\s)|(?<=['’]m\s)|(?<=be\s)|(?<=been\s)|(?<=^)|(?<=^\s)|(?<=,\s))"
    r"(?!being\b)\w{2,}ing)\b"
    r"|\b(?P<past>" + vocab.alternation("common_past_forms")
    + r"|(?!(?:hundred|need|speed|seed|feed|breed|weed|bed|shed|red)\b)\w+ed|ago|after|last|yesterday|earlier)\b"
)


# What a date is when it opens its sentence as the subject: "April 15 is 3 weeks out" -> "The date is 3 weeks
# out", "Friday's the hearing" -> "The day's the hearing"; an adverb there ("Soon is 3 weeks out") is no subject.
_SUBJECT_VERB = re.compile(r"(?i)\s*(?:is|was|will\s+be|['’]s|can['’]t|cannot|could|would|should|feels?|looks?)\b")


def _date_as_subject(ctx: Context, start: int, end: int, lower: str) -> Replacing | None:
    verb = _SUBJECT_VERB.match(ctx.text, end)
    if not is_sentence_start(ctx.text, start) or not verb:
        return None
    if verb.group(0).strip()[:1] in "'’" and next_word(ctx.text, verb.end()).lower() not in FUNCTION_WORDS:
        return None  # "Friday's parkrun was heaving": a possessive before its noun, not "Friday is"
    if re.search(r"\d", lower) and not _CLOCK.match(lower.strip()) and not _YEAR.fullmatch(lower):
        return start, end, "The date"
    if lower in _WEEKDAYS or lower.split()[-1] in _WEEKDAYS:
        return start, end, "The day"
    return None


def _until(ctx: Context, start: int, word: str, month: bool = False) -> str:
    """ "till June" said without the date: "till then" only where a time said before gives "then" something
    to point at ("Back on the ward soon, off till then"); a state that has ended is "until recently" ("was
    nonverbal til Feb"); what still waits is "till later" ("Report isn't out till June" -> "... till later",
    where "till then" dangled)."""
    word = "until" if word in ("til", "untill") else word
    clause = ctx.text[_clause_start(ctx.text, start):start]
    if month and _nearest_cue_past(clause) and not re.search(r"(?i)\b(?:not|n['’]t|no)\b", clause):
        # "is where I worked until March"; a weekday or a day of the month after "till" is this week's or
        # this month's, still ahead ("Judge reserved the decision til Friday")
        return "until recently"
    sentence_start = max(ctx.text.rfind(c, 0, start) for c in ".!?\n") + 1
    before_sentence = ctx.text[max(0, ctx.text.rfind(".", 0, max(0, sentence_start - 1)) + 1):start]
    if VAGUE_TIME.search(before_sentence) or any(s.entity_type == "DATE_TIME" and s.end <= start for s in ctx.spans):
        return word + " then"
    return word + " later"


def points_back(text: str, start: int) -> bool:
    """Does the clause before ``start`` put a time there in the past, by its nearest cue ("after what we found
    in Q3")? For the other handlers that date something (figures' quarters)."""
    return _nearest_cue_past(text[_clause_start(text, start):start])


def _nearest_cue_past(before: str) -> bool:
    """Does the cue nearest the time in ``before`` (the clause up to it) put the time in the past? Not a
    participle after "is", "being" or "getting" ("is being outsourced in Q3", "is getting 'restructured' in
    Q3"), nor a past verb with a verb in -ing after it ("announced we cutting jobs in Q3"): what is announced
    or done to something then is still to come."""
    cues = list(_TENSE_CUE.finditer(before))
    if not cues or cues[-1].group("past") is None:
        return False
    if _PASSIVE_BEFORE.search(before, 0, cues[-1].start()):
        return False
    return not any(w.lower() not in _NOUNS_IN_ING for w in re.findall(r"[A-Za-z]{2,}ing\b", before[cues[-1].end():]))


_PASSIVE_BEFORE = re.compile(r"(?i)\b(?:is|are|am|be|being|been|get|gets|getting|['’]s|['’]re)\s+['‘’\"]?$")
_NOUNS_IN_ING = frozenset("morning evening thing nothing something anything everything during spring wedding building meeting "
                          "training ceiling string king ring bring sing wing hearing sentencing briefing funeral".split())


def _nearest_cue_ahead(before: str) -> bool:
    """... or ahead ("Project X goes live on the 14th", "is back in the Circuit Court Monday", "invited me to
    her party on Saturday"), though a past verb stands further back in the sentence?"""
    cues = list(_TENSE_CUE.finditer(before))
    return bool(cues) and cues[-1].group("ahead") is not None


def _clause_end(text: str, end: int) -> int:
    m = _CLAUSE_BREAK.search(text, end)
    return m.start() if m else len(text)


def _clause_start(text: str, start: int) -> int:
    return max([m.start() for m in _CLAUSE_BREAK.finditer(text, 0, start)], default=-1) + 1


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause a date stands in: "Report off to his school Friday" of "..., Report off to his school
    Friday, mum was so relieved"."""
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text)]
    left = max([b for b in breaks if b < start], default=-1)
    right = min([b for b in breaks if b >= end], default=len(text))
    return text[left + 1:start] + " " + text[end:right]


def _after_verb(left: str) -> bool:
    """Does a verb that takes a stretch of time stand right before here ("Spent Saturday", "worked
    Sunday")? Then the day is its object; after any other verb ("was deposed Friday") it says when."""
    m = re.search(r"([A-Za-z]+)\s+$", left)
    return bool(m) and m.group(1).lower() in _TIME_TAKING_VERBS


# Verbs whose object can be a day: "Spent Saturday teaching my dad" -> "Spent a day teaching my dad".
_TIME_TAKING_VERBS = frozenset(
    "spent spend spending wasted enjoyed loved had lost worked working covered covering swapped survived".split()
)
# What keeps a clause from being the past though a past form is in it: "being sold in March", "will be
# discharged in May", "expected in June", "embargoed till the launch in May".
_NOT_YET = re.compile(
    r"(?i)(?:\b(?:is|are|am|be|being|will|gonna|going\s+to|due|expected|planned|scheduled|listed|booked|set|till|until|"
    r"hoping|hope)\b|['’](?:re|s|ll)\b)"
)
# A day of the month in a date: "the 14th", "3 November", "Nov 3", "12/03/2024"; not a year alone.
_DAY_OF_MONTH = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
# An incident named with "the" or "that" before its date: "still shook about the fire at the flats ..., Sat 14th", "the
# families from the tanker explosion near the junction on 12 Oct": one that has happened, whatever tense the sentence
# has (a drill or a vote ahead is no incident); the date is past, never "soon" (judges of fresh46).
_INCIDENT_BEFORE = re.compile(r"(?i)\b(?:the|that|this)\s+(?:[\w'’-]+\s+){0,2}(?:" + vocab.alternation("review_incidents") + r")\b")


def _clause_start_in_sentence(text: str, start: int) -> int:
    """Where the sentence holding ``start`` begins (after the last full stop, "!", "?" or line break)."""
    cut = max(text.rfind(stop, 0, start) for stop in ".!?\n")
    return cut + 1
# A form's field, which has no tense: "Date: 12/03/2024", "When: 3 May".
_FIELD_LABEL = re.compile(r"(?i)\b(?:date|when|dated)\s*:\s*$")
_BIRTH_NEAR = re.compile(r"(?i)\b(?:birth|born|dob|d\.o\.b)\b")
_WEEKEND = frozenset({"saturday", "sunday"})


def _bare_weekday_modifier(ctx: Context, start: int, end: int, lower: str) -> Replacing | None:
    """A weekday before a noun with no determiner, as a kind of the noun: "Sunday mass", "Sunday service
    overflowed", "to Tuesday clinic". A weekend day becomes "weekend" ("weekend mass"); a working day
    goes ("to clinic"), as "my Tuesday group" becomes "my group". Not a weekday that says when ("starts
    Monday for", "on Friday we")."""
    if lower not in _WEEKDAYS:
        return None
    left = ctx.left(start)
    if re.search(r"(?i)\b(?:on|since|until|till|by|from|before|after|due|last|next|this|every|each)\s+$", left):
        return None
    run_end = time_run_end(ctx.text, end)
    nxt = next_word(ctx.text, run_end)
    if not (nxt and nxt[0].islower() and ctx.text[run_end:run_end + 1] == " " and nxt.lower() not in FUNCTION_WORDS
            and not re.search(r"(?:ly|ed|ing)$", nxt) and len(nxt) > 2 and is_ordinary_word(nxt)):
        return None
    if lower in _WEEKEND:
        return start, run_end, "weekend"
    return start, run_end + space_after(ctx.text, run_end), ""


_PART_WORD = re.compile(r"(?i)\b(morning|afternoon|evening|night|lunchtime)\b")
# Words after a time that are no noun it describes: "at 7 tomorrow", "my 3pm today".
_NOT_NOUNS_AFTER_TIME = frozenset({"today", "tonight", "tomorrow", "yesterday", "sharp", "exactly", "precisely", "ish", "onwards",
                                   "onward", "till", "until", "til", "and", "or", "on", "in", "at", "with", "was", "is", "to", "for"})
_CLOCK_IN = re.compile(r"(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm)\b|\b(\d{1,2})[:.](\d{2})\b")


def _part_of_day(words: str) -> str:
    """The part of the day a run of time words says ("Tuesday 6pm" -> "evening", "Thursday evening" ->
    "evening"), as a noun's modifier; "" when it says only a day."""
    named = _PART_WORD.search(words)
    if named:
        return named.group(1).lower()
    clock = _CLOCK_IN.search(words)
    if not clock:
        return ""
    hour = int(clock.group(1) or clock.group(4)) % 24
    meridiem = (clock.group(3) or "").lower()
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    return next(a for limit, n, a in _PARTS_OF_DAY if hour < limit)


# What puts a post's small hours in the night: a night shift, sleep, waking, or an "am" written elsewhere.
_NIGHT_CUES = re.compile(r"(?i)\b(?:night|nights|nightshift|overnight|woke|wake|waking|awake|asleep|sleep|slept|bed|dawn|"
                         r"\d{1,2}(?:[:.]\d{2})?\s?am)\b")


# The hour with "h" ("5h10", "23h") and the Nordic and Finnish "o'clock" word with its list of times ("Klo 04.17, 04.31
# ja 04.50", "kl. 9.30"): the 24-hour clock's, so "às 5h10" is the early hours, never the afternoon an English
# "5.10" with no "am" would be. Read as its first time, zero-led, which _time_of_day takes for the 24-hour clock.
_CONTINENTAL_CLOCK = re.compile(
    r"(?i)(?:(?:klo|kl\.|kello)\s*)?(\d{1,2})(?:[:.h](\d{2})|h)?(?:\s*(?:,|ja|og|och|sekä|tai)\s*\d{1,2}[.:]\d{2})*"
)


# "at" of another language right before a time in English figures, in a sentence of that language: "o 5:30 ráno"
_AT_OTHER_LANGUAGE = re.compile(r"(?:^|\s)(?:à|às|ás|a\s+las|alle|um|o|om)\s+$")

_PART_OF_DAY_AFTER = re.compile(
    r"(?i)\s+(?:du\s+(?:matin|soir)|de\s+l['’]apr[eè]s-midi|da\s+(?:manhã|madrugada|tarde|noite)|de\s+la\s+(?:mañana|madrugada|"
    r"tarde|noche)|de\s+la\s+nit|del\s+(?:mattino|pomeriggio)|di\s+sera|ujutro|uveče|navečer|ráno|večer|aamulla|illalla)\b"
)


def _continental_clock(text: str) -> re.Match | None:
    m = _CONTINENTAL_CLOCK.fullmatch(text)
    if m is None or not re.search(r"(?i)\b(?:klo|kl\.|kello)|\dh", text):
        return None
    hour = int(m.group(1))
    return _CLOCK.match(f"{hour:02d}:{m.group(2)}" if m.group(2) else f"{hour:02d}")


# "ten o'clock", "3 o'clock": the hour, read as a clock time (one to six is the afternoon's, as in a working day).
_O_CLOCK = re.compile(r"(?i)(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock")
_HOUR_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split(), 1)}


def _o_clock(text: str) -> re.Match | None:
    m = _O_CLOCK.fullmatch(text)
    if m is None:
        return None
    hour = int(m.group(1)) if m.group(1).isdigit() else _HOUR_WORDS[m.group(1).lower()]
    return _CLOCK.match(str(hour + 12 if 1 <= hour <= 6 else hour))


# Someone's slot in the writer's day: "my 10 o'clock", "your 3pm", "our 9am" said alone, with no noun after:
# the appointment it names ("Mum at my 10 o'clock" -> "Mum at my morning appointment", never "at my soon").
_SLOT_BEFORE = re.compile(r"(?i)\b(?:my|our|your|his|her|their)\s+$")
# Words that count or pick out the thing a time describes, as a determiner does: "ONE more 7am 'quick sync'",
# "another 6am start", "every 8am lecture".
_COUNTING_BEFORE = re.compile(r"(?i)\b(?:a|an|the|my|our|his|her|their|your|more|another|every|each|same|usual|that|this|"
                              r"first|last|next|one|two|three)\s+$")
# A name's possessive before a time ("Tay's 5.55pm emails"), not a contraction of "is" ("it's 5pm somewhere").
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’])(?!(?i:it|that|he|she|what|there|here|who|where|let|how|when)['’]s)\w+['’]s[ \t]+$")
_NOUN_AFTER_TIME_AND_DAY = re.compile(r"[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+)['‘\"“]?([a-z][\w'-]*)")
# A noun (perhaps quoted) right after the time: "7am 'quick sync'", "6am start".
_NOUN_AFTER_TIME = re.compile(r"[ \t]+['‘\"“]?([a-z][\w'-]*)")
# A capitalised word right after a time a determiner opened: "a 4am Netflix binge", "my 9am Zoom call" (the time
# describes the name's noun, as it does a plain one).
_NAME_AFTER_TIME = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
# What follows a noun that a sentence-opening time describes: a preposition, a comma, the clause's end ("3am
# callout to the flats", "6am start, again."), never an object ("3am woke the baby").
_NOUN_ENDS_AFTER = re.compile(r"(?i)[ \t]*(?:[,.!?;:)]|$|\n|(?:to|at|on|for|with|in|from|again|today|tonight|was|is)\b)")
# What says a time is kept to the minute, which goes with it: "9am sharp", "at 8 on the dot".
_ON_THE_DOT = re.compile(r"(?i)[ \t]+(?:sharp|on\s+the\s+dot|exactly|precisely)\b")


# The opening of a range of clock times, right before its closing time: "1-", "7am-", "9:30 – ".
_RANGE_OPENING = r"\b(\d{1,2})(?:[:.]([0-5]\d))?\s?(am|pm|a\.m\.|p\.m\.)?\s?[-–]\s?"


def _range_start_hour(opening: re.Match, last: int) -> int:
    """The 24-hour clock of a range's opening, which takes the closing time's half of the day when it has none
    ("1-3pm" is one in the afternoon, "11-1pm" eleven in the morning)."""
    hour = int(opening.group(1)) % 24
    meridiem = (opening.group(3) or "").lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        return hour + 12
    if meridiem == "am":
        return 0 if hour == 12 else hour
    if last >= 12 and hour < 12 and hour + 12 <= last:
        return hour + 12
    return hour


# A distance or a race right before a time, with the comma or "in" that joins them: "55km, ", "the half in ".
_DISTANCE_BEFORE = re.compile(r"(?i)(?:\b\d+(?:\.\d+)?\s?(?:km|k|mi|miles?)|\b(?:marathon|half|ultra|parkrun|10k|5k))\b((?:\s*,|\s+in)?\s+)$")


def _hour_said(ctx: Context, span: Span, clock: re.Match) -> int | None:
    """The hour of the 24-hour clock a clock time stands for, or None where the draft does not say which half of
    the day it is in. "am"/"pm", a zero-led hour ("02:40", "06:40") and an hour past twelve say it themselves. An
    hour from one to eleven with neither is read from the post: one to six with a word of the night in it ("Woke at
    4:30", "night shift ... 3:05") is the night's; one to four otherwise is the working day's afternoon ("staff
    meeting moved to 3:05", "swans off at 2:30 every friday", "baby shower at 2"); seven to eleven its morning.
    Five and six are either end of a working day ("up at 5:30", "home at 5:30"), and a sentence in another language
    may say the half in its own words ("5:30 ráno", "raat 11:40", "rytas: 5:30"), which English cannot read: there
    the hour says no part of the day (judges of fresh46-48: "5:30 ráno" -> "in the evening", "raat 11:40" -> "in
    the morning", "flight was at 6:40" -> "in the evening")."""
    hour = int(clock.group(1)) % 24
    meridiem = (clock.group(3) or "").lower()
    if meridiem == "pm":
        return hour + 12 if hour < 12 else hour
    if meridiem == "am":
        return 0 if hour == 12 else hour
    if hour == 0 or hour >= 12 or len(clock.group(1)) == 2 and clock.group(1).startswith("0"):
        return hour
    if in_other_language(ctx.text, span.start, span.end):
        return None
    if hour <= 6 and _NIGHT_CUES.search(ctx.text):
        return hour
    if hour <= 4:
        return hour + 12
    if hour <= 6:
        return None
    return hour


def _time_unsaid(ctx: Context, span: Span) -> Replacing:
    """A clock time whose half of the day the draft does not say goes, with the preposition that says "at" it
    ("arrested at 1:30." -> "arrested.", "rytas: 5:30 kėlimasis" -> "rytas: kėlimasis"); where the clause needs
    a time ("flight was at 6:40", "until 5:45", "my 5:30") it is a set time, which is true whatever the hour."""
    start, end = span.start, span.end
    range_start, opening = ctx.absorb_left(start, _RANGE_OPENING)
    if opening:
        start = range_start
    if _SLOT_BEFORE.search(ctx.left(start)) and not _NOUN_AFTER_TIME.match(ctx.text, end):
        return start, end, "appointment"  # "at my 5:30," -> "at my appointment,"
    bounded = re.search(r"(?i)\b(since|until|till|from|by|before|after|to)\s+$", ctx.left(start))
    if bounded:
        return start, end, "a set time"  # "until 5:45" -> "until a set time"
    at = re.search(r"(?i)(?:\b(is|are|was|were|be|been)\s+|(['’]s)\s+)?\b(?:at|around|about|for)\s+$", ctx.left(start))
    if at and (at.group(1) or at.group(2)):
        return start, end, "a set time"  # "flight was at 6:40 btw" -> "flight was at a set time btw"
    if at:
        start = ctx.cursor + at.start()
        lead = re.search(r"[ \t]+$", ctx.left(start))
        return (start - len(lead.group(0)) if lead else start), end, ""
    return start, end + space_after(ctx.text, end), ""


def _time_of_day(ctx: Context, span: Span, clock: re.Match) -> Replacing:
    """"at 3am" -> "in the early hours", "since 2am" -> "since the early hours", "a 7pm home visit" ->
    "an evening home visit", "before 9am" -> "early in the morning": the part of the day, not the minute."""
    finish = _DISTANCE_BEFORE.search(ctx.left(span.start))
    if finish and clock.group(2) and not clock.group(3):
        # "55km, 8:51.", "ran the half in 1:52": a time after a distance or a race is how long it took, not a time of
        # day (judges of fresh47: "55km, in the morning"); it goes, with the comma or "in" that joins it
        return ctx.cursor + finish.start(1), span.end, ""
    hour = _hour_said(ctx, span, clock)
    if hour is None:
        return _time_unsaid(ctx, span)
    noun, adjective = next((n, a) for limit, n, a in _PARTS_OF_DAY if hour < limit)
    if hour < 5 and not clock.group(3) and not clock.group(2):
        noun, adjective = "night", "late-night"
    start, end = span.start, span.end
    # "à 2h du matin", "às 3h10 da manhã": the language's own "in the morning" after its clock goes with it, never
    # "at night du matin"
    if _continental_clock(span.text.strip()):
        said = _PART_OF_DAY_AFTER.match(ctx.text, end)
        end = said.end() if said else end
    # A range ending at this time ("Sat 1-3pm", "7am-7pm", "9-11am"): its start goes with it, never "1-in the
    # afternoon"; a range across two parts of the day says both.
    range_start, opening = ctx.absorb_left(start, _RANGE_OPENING)
    if opening:
        first = _range_start_hour(opening, hour)
        first_noun, first_adjective = next((n, a) for limit, n, a in _PARTS_OF_DAY if first < limit)
        start = range_start
        if first_noun != noun:
            if _COUNTING_BEFORE.search(ctx.left(start)) and _NOUN_AFTER_TIME.match(ctx.text, end):
                return start, end, "long"  # "a 7am-7pm shift" -> "a long shift"
            start2, m = ctx.absorb_left(start, r"\b(at|from|between)\s+")
            return start2, end, f"from the {first_noun} to the {noun}"
    noun_after = _NOUN_AFTER_TIME.match(ctx.text, end)
    # (a possessive counts too, the name's replacement before it or not: "Desmond Tay's 5.55pm emails" ->
    # "someone's evening emails", never "someone's in the evening emails")
    counted = _COUNTING_BEFORE.search(ctx.left(start))
    if not counted and _POSSESSIVE_BEFORE.search(ctx.text, max(0, start - 30), start):
        # (the day may stand between: "Tay's 5.55pm Friday 'quick one' emails" -> "someone's evening Friday ...")
        counted, noun_after = True, _NOUN_AFTER_TIME_AND_DAY.match(ctx.text, end) or noun_after
    if (counted and noun_after and noun_after.group(1) not in FUNCTION_WORDS
            and noun_after.group(1) not in _NOT_NOUNS_AFTER_TIME):
        return start, end, adjective  # "a 6am snapshot" -> "an early-morning snapshot", "ONE more early-morning 'quick sync'"
    named_after = _NAME_AFTER_TIME.match(ctx.text, end)
    if _COUNTING_BEFORE.search(ctx.left(start)) and named_after and named_after.group(1).lower() not in FUNCTION_WORDS:
        return start, end, adjective  # "a 4am Netflix binge" -> "an early-morning Netflix binge", never "an in the early hours"
    if (noun_after and opens_sentence(ctx.text, start) and noun_after.group(1) not in FUNCTION_WORDS
            and noun_after.group(1) not in _NOT_NOUNS_AFTER_TIME and not re.search(r"(?:ed|ly)$", noun_after.group(1))
            and _NOUN_ENDS_AFTER.match(ctx.text, noun_after.end())):
        # "3am callout to the flats" opening a sentence -> "Early-morning callout to the flats", never "In the early
        # hours callout": a time before a noun with no determiner describes the noun all the same
        return start, end, adjective[:1].upper() + adjective[1:]
    if _SLOT_BEFORE.search(ctx.left(start)):
        return start, end, f"{adjective} appointment"  # "at my 10 o'clock," -> "at my morning appointment,"
    dot = _ON_THE_DOT.match(ctx.text, end)
    if dot:
        end = dot.end()  # "back at her counter 9am sharp" -> "... in the morning", never "in the morning sharp"
    # (and "at" as the languages that write "23h" and "klo 9" say it: "às 5h10", "à 23h", "u 22h", "o 5:30", "um 14h")
    at_other = r"|à|às|ás|a\s+las|a\s+les|alle|um|u|o|om|dès" if _continental_clock(span.text.strip()) or _AT_OTHER_LANGUAGE.search(ctx.left(start)) else ""
    start2, m = ctx.absorb_left(start, rf"\b(at|around|about|by|since|until|till|from|before|after|for|to{at_other})\s+")
    clause = max(ctx.cursor, start2 - 40, *(ctx.text.rfind(c, 0, start2) + 1 for c in ".!?\n"))
    said = _PART_WORD.search(ctx.text, clause, start2)  # in the time's own sentence
    if said and said.group(1).lower() == noun and not (m and m.group(1).lower() in ("since", "until", "till", "from", "by", "before", "after", "for", "to")):
        # "in every morning at 7:10 for a flat white" -> "in every morning for a flat white": the part of the day is said
        # already, never "every morning in the morning"
        return start2, end + space_after(ctx.text, end), ""
    prep = m.group(1).lower() if m else ""
    if prep in ("since", "until", "till", "from", "by", "for", "to"):
        # "a meeting for 4pm" -> "a meeting for the afternoon", never "for in the afternoon"
        return start2, end, f"{prep} the {noun}"
    if prep == "before" and noun != "early hours":
        return start2, end, f"early in the {noun}"
    return start2 if m else start, end, "at night" if noun == "night" else f"in the {noun}"
