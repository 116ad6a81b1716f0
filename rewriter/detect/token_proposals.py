"""The token tagger (token_veto.py) as a proposer of numbers: on a post the detector already flags, a number no
recognizer covered whose token the tagger reads as private (P >= THRESHOLD) becomes a span, of the kind its own
shape and the words after it say, so the generaliser can read it:

    a count of people or things   "raising 3 grandkids" -> "a few grandkids", "4 of the kids" -> "some of the kids",
                                  "missed 41 days" -> "dozens of days"
    an age                        "Mr Feeney (81)", "her 7 yo", "a 54-year-old"
    a time of day                 "at 3.40am" -> "in the early hours"
    a sum of money                "£1.2m" -> "a significant sum"
    a length                      "after 14 months" -> "after over a year", "missed 41 days" -> "missed weeks"
    a condition's stage or type   "has stage 4 cancer" -> "has advanced cancer", "she's type 1 diabetic" -> "she's
                                  diabetic" (condition_stage)

A number of any other shape (a bed, a ward, a school's number, a percentage, a year: "de 2019 à 2022" read "de
recently à recently" on fresh41d) is left to the recognizers: no
general phrase reads well for it.

Only posts with a span already are read (a harmless post never gains one here: the tagger is not asked there), and
never a rewrite being re-read (token_veto.rereading: the verify pass): what the first pass proposed is generalised
there. The tagger is the shipped model, loaded lazily, read over a window of three tokens either side of each
number only. THRESHOLD was read off fresh40a-d (span level: the highest at which the labelled leaks caught stay,
with fewer numbers proposed that no label names); measured on fresh41a-d, fresh42a-d and the hold-outs
(/work/hold/propose_report.md). Session 44, leaked patterns (false_clean, harmless changed and flagged, risk
figures all unchanged): fresh40a-d 67 -> 63 (selection), fresh41a-d 91 -> 85, fresh42a-d 74 -> 72, hold-outs
320 -> 320; about 0.3 ms CPU a post. The synth texts' only proposals were a ranking ("his top 20 songs", six times:
synth precision .9437 -> .941), so a number after "top" or "bottom" is a list's size, left alone.

A condition's stage or type (session 45) is read by the tagger over its whole phrase, "stage" to the health word
(condition_reach): the labels name the phrase, and the digit alone scores low ("4" of "stage 4 pancreatic" .15, the
phrase .60). Leaked patterns: fresh41a-d 83 -> 80 (fresh39a-d, fresh40a-d: the same rewrites but one,
fresh40b's "Stage 4 pancreatic", not a labelled leak there); held-out fresh42a-d, fresh44a-d and the hold-outs
unchanged (no rewrite changed); false_clean, harmless changed and flagged, risk figures and synth unchanged.
"""

from __future__ import annotations

import functools
import re

from .. import vocab
from ..kinds import kind
from ..spans import Span
from .recognizers.support.lexicon import FUNCTION_WORDS

THRESHOLD = 0.4
SOURCE = "token tagger proposal"

_DIGIT = re.compile(r"\d")
_CHUNK = re.compile(r"\S+")
_EDGE_PUNCT = "\"“”‘,.;:!?)(]["
_MONEY = re.compile(r"^[£$€₹¥]\d[\d,]*(?:\.\d+)?(?:k|m|bn|K|M)?$")
_TIME = re.compile(r"^\d{1,2}(?:[.:]\d{2})?(?:am|pm|a\.m\.|p\.m\.)$|^\d{1,2}:\d{2}$", re.IGNORECASE)
_TIME_SPLIT = re.compile(r"\s*(?:am|pm|a\.m\.|p\.m\.)\b", re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_NUMBER = re.compile(r"^\d{1,4}$")
_AGE_AFTER = re.compile(r"\s*(?:yo\b|y/o\b|yrs?\s+(?:old|auld)\b|years?\s+(?:old|auld)\b|-?years?-old\b)", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|age)\s+$", re.IGNORECASE)
_OF_THE = re.compile(r"\s+of\s+(?:the|my|our|his|her|their|them|us|those|these)\b", re.IGNORECASE)
# a capitalised word right before the number, not opening its sentence: "Year 3", "Ward 4", "PS 219"
_LABEL_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][A-Za-z]*\s$")
_BEING_BEFORE = re.compile(r"\b(?:she|he)['’]s\s+$|\bturned\s+$", re.IGNORECASE)
# "his top 20 songs", "bottom 3 in the league": a ranking's size, public and no count of anyone's
_RANKING_BEFORE = re.compile(r"\b(?:top|bottom)\s+$", re.IGNORECASE)
_WHOLE_BEFORE = re.compile(r"\b(?:all|both|the|those|these|every)\s+$", re.IGNORECASE)
# (no apostrophe: "23 people's jobs" is a possessive, whose count would read "a number of people's's")
_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]*[a-z])\b(?!['’])")
# A sum of a thousand or more, or scaled: "£1,200", "$15000", "£1.2m", "€40k"
_LARGE_SUM = re.compile(r"\d[,.]?\d{3}|\d{4}|\d(?:k|m|bn|K|M)$")
_NOT_COUNTED = frozenset({"of", "or", "and", "to", "in", "on", "at", "is", "was", "were", "are", "has", "had", "times",
                          "minutes", "mins", "hours", "hrs", "am", "pm", "percent", "per", "x", "s"})


# A first-person word earlier in the sentence makes a length the writer's own
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i['’]ve|i['’]m|i['’]d|i['’]ll|me|we|we['’]ve|we['’]re|us)\b")
_LENGTH_AFTER = re.compile(r"[ \t]?(years?|yrs?|months?|weeks?|days?|nights?)\b", re.IGNORECASE)
# "8 years old", "6 years ago": an age or a time ago, not a length
_LENGTH_NOT = re.compile(r"[ \t-]+(?:old|ago|young)\b", re.IGNORECASE)


def _how_long(n: int, unit: str) -> str:
    """"9 months" -> "several months", "18 months" -> "over a year", "41 days" -> "weeks" (as served_duration.py and
    the generaliser's story counts say a length)."""
    unit = {"yr": "year", "yrs": "year"}.get(unit, unit.rstrip("s"))
    if unit == "month" and n >= 12 or unit == "week" and n >= 52 or unit == "day" and n >= 365:
        return "over a year"
    if unit == "year":
        return "many years" if n > 5 else "a few years"
    if unit == "day" and n >= 14:
        return "weeks" if n < 60 else "months"
    return ("a few " if n <= 4 else "several ") + unit + "s"


def _span(start: int, end: int, text: str, entity_type: str, score: float, suggestion: str | None = None,
          role: str = "other", why: str | None = None) -> Span:
    found = kind(entity_type)
    return Span(start=start, end=end, text=text[start:end], entity_type=entity_type, score=score, source=SOURCE,
                why=why or found.why, suggestion=suggestion or found.suggestion_for(role))


# -- a condition's stage or type ------------------------------------------------------------------------------
# "stage 4 pancreatic", "diagnosed with stage 3 colon cancer", "she's type 1 diabetic": the number a disease is
# classed by, which with the rest of a story narrows down who it is; said by what it means ("advanced", "early-stage")
# or, for a type, left out ("diabetic"). Read only with a health word within three words after the number, so
# "load shedding stage 4 again", "Year 3" or "type 2 fun" stay numbers of no one's.
_STAGE_OR_TYPE_BEFORE = re.compile(r"\b(stage|type)\s+$", re.IGNORECASE)
_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Za-z][\w'’-]*){1,3}")
_CONDITION_WHY = "A condition's exact stage or type, with other details, can single someone out."


@functools.cache
def _health_words() -> frozenset[str]:
    # conditions (health_conditions: "diabetes") and the health rule's words ("cancer", "pancreatic", "diabetic",
    # "diagnosis"), single words only
    return frozenset(w.lower() for name in ("health_conditions", "review_health_words")
                     for w in vocab.words(name) if w.isalpha() and w.lower() not in FUNCTION_WORDS)


def _condition_words(text: str, a: int, b: int):
    """For a number ``text[a:b]`` after "stage" or "type": the match of that word, the words after the number and
    the indexes of the health words among them; None where there is none."""
    before = _STAGE_OR_TYPE_BEFORE.search(text, max(0, a - 8), a)
    if not before or not text[a:b].isdigit() or not 1 <= int(text[a:b]) <= 4:
        return None
    after = _WORDS_AFTER.match(text, b)
    words = after.group().split() if after else []
    health = [i for i, w in enumerate(words) if w.lower().strip("'’") in _health_words()]
    return (before, after, words, health) if health else None


def condition_reach(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Where the condition phrase of a stage or type number at ``text[a:b]`` runs ("stage 4 pancreatic"), from
    "stage" to its first health word: the tagger reads the phrase, as its labels name it, not the digit alone
    (on fresh41a "4" of "stage 4 pancreatic" scores .15, the phrase .60)."""
    found = _condition_words(text, a, b)
    if found is None:
        return None
    before, after, words, health = found
    upto = 0
    for w in words[: health[0] + 1]:
        upto = after.group().index(w, upto) + len(w)
    return a - len(before.group()), b + upto


def condition_stage(text: str, a: int, b: int, score: float) -> Span | None:
    """The span for the stage or type number at ``text[a:b]`` of a condition named after it, or None."""
    found = _condition_words(text, a, b)
    if found is None:
        return None
    before, after, words, health = found
    start = a - len(before.group())
    if before.group(1).lower() == "stage":
        said = "advanced" if int(text[a:b]) >= 3 else "early-stage"
        article = re.search(r"\b([Aa])\s+$", text[max(0, start - 3) : start])
        if article:  # "a stage 3 tumour" -> "an advanced tumour"
            start -= len(article.group())
            said = ("An " if article.group(1) == "A" else "an ") + said
        elif text[start].isupper():
            said = said.capitalize()
        return _span(start, b, text, "FIGURE", score, said, why=_CONDITION_WHY)
    if health[0] != 0:
        return None  # "type 1 and 2 diabetes": only the type right before its condition is read
    # "type 1 diabetic" -> "diabetic": the type goes, the condition word stays
    end = b + after.group().index(words[0]) + len(words[0])
    word = text[end - len(words[0]) : end]
    return _span(start, end, text, "FIGURE", score, word.capitalize() if text[start].isupper() else word,
                 why=_CONDITION_WHY)


def shaped(text: str, start: int, end: int, score: float) -> Span | None:
    """The span a private number token at ``text[start:end]`` stands for, or None where no shape reads."""
    chunk = _CHUNK.search(text, max(0, text.rfind(" ", 0, start) + 1))
    a, b = chunk.span() if chunk and chunk.start() <= start < chunk.end() else (start, end)
    while a < b and text[a] in _EDGE_PUNCT:
        a += 1
    while b > a and text[b - 1] in _EDGE_PUNCT:
        b -= 1
    word = text[a:b]
    bracketed = text[max(0, a - 1) : a] == "(" and text[b : b + 1] == ")"
    if _MONEY.match(word):
        if not _LARGE_SUM.search(word):
            return None  # "£3 in his pocket", "£26 an hour": a small sum is no one's business figure, and never "a significant sum"
        return _span(a, b, text, "MONEY", score)
    if _TIME.match(word):
        return _span(a, b, text, "DATE_TIME", score)
    if _NUMBER.match(word) and (m := _TIME_SPLIT.match(text, b)):  # "3.40 am", "7 pm"
        return _span(a, m.end(), text, "DATE_TIME", score)
    if not _NUMBER.match(word):
        return None
    if (stage := condition_stage(text, a, b, score)) is not None:
        return stage
    if _LABEL_BEFORE.search(text, max(0, a - 30), a):
        return None  # "Year 3 parents group", "Band 3 HCA": a label's number, no count
    if _RANKING_BEFORE.search(text, max(0, a - 10), a):
        return None
    if _BEING_BEFORE.search(text, max(0, a - 12), a) and not _LENGTH_AFTER.match(text, b):
        return None  # "she's 91 pis she kept asking" (fresh41d): an age, never a count of what follows
    if bracketed and text[b + 1 : b + 2] != "%":
        # "Mr Feeney (81)": a number alone in brackets after a name is an age
        before = text[max(0, a - 40) : a - 1].rstrip()
        if before[-1:].isalpha() and re.search(r"[A-Z][\w'’-]*$", before):
            return _span(a - 1, b + 1, text, "AGE", score)
        return None
    if (m := _AGE_AFTER.match(text, b)) or _AGE_BEFORE.search(text, max(0, a - 8), a):
        return _span(a, m.end() if m else b, text, "AGE", score)
    if _OF_THE.match(text, b):  # "4 of the kids" -> "some of the kids"
        if _WHOLE_BEFORE.search(text, max(0, a - 12), a):
            return None  # "all 85 of us": no "all some of us"; the count is left to the recognizers

        return _span(a, b, text, "FIGURE", score, "some")
    if (m := _LENGTH_AFTER.match(text, b)) and not _LENGTH_NOT.match(text, m.end()):
        if _FIRST_PERSON.search(re.split(r"[.!?\n]", text[:a])[-1]):
            return None  # "Told Marisel I would be off for 3 weeks": the writer's own time, as served_duration reads it
        # "after 14 months", "22 months after she came into care": a length said by its size, not its count
        return _span(a, m.end(), text, "FIGURE", score, _how_long(int(word), m.group(1).lower()))
    # "3 grandkids", "41 days", "212 families", "6 radiographer posts": the count and what it counts (a plural, one
    # word before it at most), said by its size
    end, words = b, []
    while len(words) < 2 and (noun := _NOUN_AFTER.match(text, end)) and text[end : noun.start(1)] == " " \
            and noun.group(1).lower() not in _NOT_COUNTED and noun.group(1).lower() not in FUNCTION_WORDS:
        words.append(noun.group(1))
        end = noun.end(1)
        if noun.group(1).lower().endswith("s") and not noun.group(1).lower().endswith("ss"):
            if re.match(r",\s*\d", text[end:]):
                return None  # "his 4 kids, 12, 9 and 5": the ages after say the count; the aside rule drops them together
            return _span(a, end, text, "FIGURE", score, "a number of " + " ".join(words))
    return None


def load_tagger() -> None:
    """Load the tagger now (the detector's warm-up): it is otherwise loaded by the first post it reads."""
    from . import token_veto

    token_veto._reader()


def proposed(text: str, spans: list[Span], role: str = "other") -> list[Span]:
    """Spans for the numbers of ``text`` (whose detected ``spans`` are given, at least one) that no span covers and
    the tagger reads as private."""
    from . import token_veto

    if not spans or token_veto.rereading_now() or not _DIGIT.search(text):
        return []
    nlp, _, _ = token_veto._reader()
    doc = nlp.make_doc(text)
    numbers = [(t.idx, t.idx + len(t.text)) for t in doc if _DIGIT.search(t.text)
               and not any(s.start < t.idx + len(t.text) and t.idx < s.end for s in spans)]
    if not numbers:
        return []
    scores = token_veto.private_scores(text, numbers)
    # a condition's stage or type is read by its whole phrase ("stage 4 pancreatic"): condition_reach
    reaches = {i: r for i, (a, b) in enumerate(numbers) if scores[i] < THRESHOLD and (r := condition_reach(text, a, b))}
    if reaches:
        for i, p in zip(reaches, token_veto.private_scores(text, list(reaches.values()))):
            scores[i] = max(scores[i], p)
    out: list[Span] = []
    for (a, b), p in zip(numbers, scores):
        if p < THRESHOLD:
            continue
        span = shaped(text, a, b, p)
        if span and span.entity_type == "AGE":
            span = Span(**{**span.__dict__, "suggestion": kind("AGE").suggestion_for(role)})
        if span and not any(s.start < span.end and span.start < s.end for s in [*spans, *out]):
            out.append(span)
    return out
