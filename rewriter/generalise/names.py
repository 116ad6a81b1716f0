"""A person's name as one span: cut to the words that are the name ("Loved Brené Brown's" -> "Brené
Brown"), whole ("sang Vera [Lynn]", "[Cian] 'the Tornado' [Mulligan]"), without the spans of words that
name no one ("Pt", "aunty"), and found again where the text names the same person later."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import vocab
from ..detect.place_kinds import kind_of_place
from ..detect.recognizers.support.lexicon import is_ordinary_word
from ..detect.recognizers.support.pet_slots import animal_slot
from ..spans import Span
from .context import NAME_TITLES, ROLE_NOUNS
from .english import FUNCTION_WORDS, is_sentence_start
from .organisations import COMPANY_WORDS, is_company

_TITLES = vocab.words("titles")


# -- the span cut to its name ------------------------------------------------------------------------

_TRAILING_QUOTE = re.compile(r"\s+['‘’\"“”]+$")
_POSSESSIVE_END = re.compile(r"['’]s$")


# Kinds whose span may run over a sentence's full stop, and what such a run looks like (an amount's only:
# a place's "Mall St. Jacob" is one name).
_STOP_NOT_THEIRS = frozenset({"place", "time", "money", "figure"})
_RUN_ON_SENTENCE = re.compile(r"(?<=[a-z0-9])\.\s+[A-Z][a-z]+")


_ABBREVIATED_END = re.compile(r"\b(?:St|Rd|Ave|Ln|Dr|Cres|Pl|Tce)(\.)[ \t]+[A-Z][a-z]+$")


def trimmed(text: str, span: Span) -> Span:
    """``span`` without what is no part of the name: a quote after it ("Kingsmead General's '"), a
    possessive the handlers read from the text ("Tidewater Energy's substation"), a number glued to the
    next word ("Rhiannon 7" of "7lb"), a past-tense verb the span has wrongly taken in front ("Loved
    Brené Brown's talk": the replacement must not eat "Loved"), a noun after a possessive ("Mrs
    Pemberton's BP" -> "a patient's BP")."""
    start, end = span.start, span.end
    if span.kind.family in ("person", "organisation"):
        start, end = _name_words(text, start, end, span.kind.family == "person")
    if span.kind.family in _STOP_NOT_THEIRS:
        run_on = _RUN_ON_SENTENCE.search(text, start, end) if span.kind.family in ("money", "figure") else None
        if run_on and run_on.end() == end and run_on.start() > start:
            end = run_on.start() + 1  # "S$480m. Fingers": the next sentence's first word is no part of it
        if text[end - 1:end] == "." and re.match(r"\s+[A-Z]|\s*$", text[end:]) and end - 1 > start:
            # "22 Canal Street. Couldn't stop", "Next date 14 Aug. My client": the full stop ends the
            # sentence; the replacement ("soon") must not take it away
            end -= 1
        if text[end - 1:end] in (",", ";") and end - 1 > start and re.match(r"\s", text[end:end + 1] or " "):
            # leftover punctuation: a span that took the comma after it ("Not for £500, not for £5,000,
            # not for anyone") is a list's or a clause's comma, never the figure's; the replacement must
            # leave it ("for a significant sum, not for ..."), never run the clauses together
            end -= 1
    if span.kind.family == "place":
        abbreviated = _ABBREVIATED_END.search(text, start, end)
        if abbreviated and abbreviated.end() == end:
            # "in the chipper on Main St. Small place, everyone knows": the street's full stop ends the
            # sentence too; the next sentence's first word is no part of the street
            end = abbreviated.start(1)
    m = _TRAILING_QUOTE.search(text, start, end)
    if m and m.end() == end:
        end = m.start()
    if _POSSESSIVE_END.search(text, start, end) and _word_follows(text, end) and end - 2 > start:
        end -= 2
    if end < len(text) and text[end].isalnum() and text[end - 1].isalnum():
        inner = text.rfind(" ", start, end)  # the span ends inside a word: "Rhiannon 7|lb"
        if inner > start:
            end = len(text[start:inner].rstrip()) + start
    if (start, end) == (span.start, span.end):
        return span
    return span.moved(start, end, text[start:end])


_PAST_FORMS = vocab.words("common_past_forms") | vocab.words("irregular_past_forms")
_NAME_WORDS = vocab.words("common_word_names")  # "Hope", "Summer": everyday words that are first names
_INNER_POSSESSIVE = re.compile(r"['’]s\s+(?=\S)")


def _is_past_form(word: str) -> bool:
    """"Took", "Loved": a verb in the past, which no name is."""
    low = word.lower()
    if low in _PAST_FORMS:
        return True
    # "loved" is "love" + "d", "walked" "walk" + "ed"; "Reed" and "Fred" are no verb's past, nor "Aled"
    # ("ale" + "d"): a three-letter stem counts only when the whole word is a word too ("used", "died")
    stems = (low[:-1], low[:-2]) if low.endswith("ed") and not low.endswith("eed") else ()
    return low not in _NAME_WORDS and any(
        (len(stem) >= 4 or len(stem) == 3 and (stem == low[:-2] or is_ordinary_word(low))) and is_ordinary_word(stem)
        for stem in stems
    )


def _name_words(text: str, start: int, end: int, person: bool) -> tuple[int, int]:
    """The part of a name's span that is a name: not a past-tense verb opening it ("Took Granny Rose",
    "Loved Brené Brown's"), nor, for a person, the words after its possessive ("Mrs Pemberton's BP")."""
    m = re.match(r"([A-Za-z]+)\s+(?=[A-Z])", text[start:end])
    rest = text[start + m.end():end].split() if m else []
    if m and _is_past_form(m.group(1)) and is_sentence_start(text, start) and rest[0].lower() not in FUNCTION_WORDS:
        start += m.end()
    m = _INNER_POSSESSIVE.search(text, start, end) if person else None
    if m:
        end = m.start()  # the possessive stays outside, for the handler to read
    return start, end


def _word_follows(text: str, end: int) -> bool:
    """A noun, perhaps after a quote, follows a possessive at ``end``: "General's 'zero tolerance'"."""
    m = re.match(r"\s+['‘\"“]?([A-Za-z][\w-]*)", text[end:])
    return bool(m) and m.group(1).lower() not in FUNCTION_WORDS


# -- the same person named again ---------------------------------------------------------------------


def with_later_mentions(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` and every later mention of a named person the detector did not mark ("Summer
    Featherstone-Okoro ... Summer, whoever you are"), so the person stays one person: "a customer ... The
    customer, whoever you are", not "a customer ... Summer" and, on a second pass, "a client"."""
    taken = [(s.start, s.end) for s in spans]
    added: list[Span] = []
    for span in spans:
        if span.entity_type not in ("PERSON", "ORGANIZATION") and not (
                span.entity_type == "LOCATION" and animal_slot(text, span.start, span.end, animal_post=True) is not None):
            continue  # (a pet's name the model called a place is a name all the same: "put down Biscuit ... Biscuit")
        for word in re.findall(r"[A-Z][\w’'-]*[a-z][\w-]*", span.text):
            word = re.sub(r"['’]s$", "", word)
            low = word.lower()
            if len(word) < 3 or low in _TITLES or low in ROLE_NOUNS or low in FUNCTION_WORDS or low in COMPANY_WORDS:
                continue
            if kind_of_place(word) is not None:
                continue  # "General" of "Kingsmead General" is no one's name
            for m in re.finditer(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])", text[span.end:]):
                start, end = span.end + m.start(), span.end + m.end()
                if all(end <= a or b <= start for a, b in taken):
                    taken.append((start, end))
                    added.append(span.moved(start, end, word))
    return sorted([*spans, *added], key=lambda s: (s.start, s.end)) if added else spans


# -- one person, one span ----------------------------------------------------------------------------

_ROLE_WORDS = vocab.words("role_nouns") | vocab.words("role_nouns_more") | vocab.words("job_titles") | _TITLES
_GENERAL_WORDS = ROLE_NOUNS | _TITLES | FUNCTION_WORDS
_NOT_FIRST_NAMES = _GENERAL_WORDS | vocab.words("months") | vocab.words("weekdays")
# Between two parts of one name: a space, or a nickname in quotes ("Cian 'the Tornado' Mulligan").
_NAME_JOIN = re.compile(r"[ \t]+(?:['‘\"“][^'’\"”\n]{1,30}['’\"”][ \t]+)?")


def _is_person_name(span: Span) -> bool:
    return span.kind.family == "person" and span.entity_type == "PERSON"


def _title_before_name(text: str, span: Span, spans: list[Span]) -> bool:
    """"[Sr]. [Bernadette Nolan] retired": a title alone, its full stop, then the name it belongs to, is the
    name's title and no second person (never "A patient. Another patient retired"); the name's handler reads
    the title before it."""
    if not _is_person_name(span) or span.text.strip().rstrip(".").lower() not in NAME_TITLES:
        return False
    after = re.match(r"\.?[ \t]+", text[span.end:])
    return after is not None and any(_is_person_name(s) and s.start == span.end + after.end() for s in spans)


def only_general_words(text: str, span: Span) -> bool:
    """"aunty", "Pt", "the sister", "Loved": a person span of words that name no one (a role, a title, a
    verb in the past) is no name to replace; the words around it already read right. So is an acronym
    after a possessive ("my patient's BP"): what someone has, not a company."""
    words = [re.sub(r"['’]s$", "", w).lower() for w in re.findall(r"[A-Za-z][\w'’-]*", span.text)]
    if span.kind.family in ("person", "organisation") and re.fullmatch(r"[A-Z]{2,4}", span.text):
        return bool(re.search(r"['’]s\s+$", text[:span.start]))
    if span.kind.family in ("person", "organisation") and len(words) == 1 and _is_past_form(span.text):
        return is_sentence_start(text, span.start)  # "Loved it": a note's verb, where names are rare
    if not _is_person_name(span) or not words:
        return False
    if text[span.start - 1:span.start] in "'‘\"“" and span.start > 0 and text[span.end:span.end + 1] in "'’\"”":
        return False  # "my client 'Bunny'", "'the Boss Lady'": words in quotes for a person are a nickname
    # a title word that is also a surname ("Baba", "Judge") names someone when written as a name
    written = re.findall(r"[A-Za-z][\w'’-]*", span.text)
    general = [w in _ROLE_WORDS or w in _GENERAL_WORDS and not raw[:1].isupper() for w, raw in zip(words, written)]
    return any(w in _ROLE_WORDS or w in NAME_TITLES for w in words) and all(general)


def whole_names(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` with each person's name in one span: without the spans of general words alone
    ("Pt" of "Pt Kerry-Ann Whitlock"), with a first name the detector left out ("sang Vera [Lynn]"),
    and with the parts of one name joined ("[Cian] 'the [Tornado]' [Mulligan]"), so one person is one
    replacement: "a student", never "a student another student"."""
    titles = [s for s in spans if _title_before_name(text, s, spans)]
    spans = [next((s.moved(t.start, s.end, text[t.start:s.end]) for t in titles if _title_before_name(text, t, [s])), s)
             for s in spans if s not in titles]
    spans = [_with_first_name(text, s, spans) for s in spans if not only_general_words(text, s)]
    spans = [_with_surname(text, s, spans) for s in spans]
    joined: list[Span] = []
    for span in spans:
        if joined and span.start < joined[-1].end:
            continue  # inside a name already joined: the nickname of "Cian 'the Tornado' Mulligan"
        named = [i for i, s in enumerate(joined) if _is_person_name(s)]
        last = joined[named[-1]] if named else None
        if (
            last is not None
            and _is_person_name(span)
            and not re.search(r"['’]s?$", last.text)
            and (_NAME_JOIN.fullmatch(text, last.end, span.start) or text[last.end:span.start] == "-")
        ):  # "the [Vasquez]-[Reids] went": a double-barrelled name is one name, never "the went"
            # the spans between lie inside the nickname's quotes: they go with the name
            joined[named[-1]:] = [last.moved(last.start, span.end, text[last.start:span.end])]
            continue
        joined.append(span)
    return joined


_PLACE_WORDS = frozenset(w.lower() for w in vocab.words("big_places") | vocab.words("countries"))
_SURNAME_AFTER = re.compile(r" ((?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-])")
# A surname that opens with a particle of rewriter/data/name_particles.txt: "Ní Bhriain", "van Dijk", "da Silva".
_PARTICLE_SURNAME_AFTER = re.compile(r"[ \t]+((?i:" + vocab.alternation("name_particles") + r"))[ \t]+([^\W\d_][^\W\d_'’]+(?:-[^\W\d_]+)?)(?![\w'’-])")


_NAME_PARTICLES = vocab.words("name_particles")
# A surname after a particle, in any case as a post types it: "aoife [ní bhriain]", "Seán [ó dónaill]",
# "maria [da silva]"; the particle says what follows is a family name.
_PARTICLE_SURNAME_AFTER = re.compile(r"[ \t]((?:" + vocab.alternation("name_particles") + r")[ \t]+){1,2}([^\W\d_][\w'’-]+)(?![\w'’-])",
                                     re.IGNORECASE)


def _with_surname(text: str, span: Span, spans: list[Span]) -> Span:
    """"dressed as [Conor] McGregor" -> "Conor McGregor": a capitalised word right after a first name in one
    word, that is no everyday word, no month or weekday and no other span's, is its surname (left behind, it
    reads "someone McGregor", and the next pass makes it "someone someone")."""
    if _is_person_name(span) and span.text.split() and span.text.split()[-1].lower() in _NAME_PARTICLES:
        # the detector kept the particle and stopped: "[niamh ní] fhlatharta", never "someone fhlatharta"
        after = re.match(r"[ \t]+([^\W\d_][\w'’-]+)(?![\w'’-])", text[span.end:])
        if after and not is_ordinary_word(after.group(1)) and not any(
                s is not span and s.start < span.end + after.end() and span.end < s.end for s in spans):
            return span.moved(span.start, span.end + after.end(), text[span.start:span.end + after.end()])
        return span
    if not _is_person_name(span) or " " in span.text.strip() or re.search(r"['’]s?$", span.text):
        return span
    particled = _PARTICLE_SURNAME_AFTER.match(text, span.end)
    if particled and (particled.group(2)[:1].isupper() or span.text.islower() and not is_ordinary_word(particled.group(2))) \
            and not any(s is not span and s.start < particled.end(2) and particled.start(2) < s.end for s in spans):
        # "[Aoife] Ní Bhriain", "[aoife] ní bhriain" (all in lower case, as typed): a particle and the word after it are
        # the surname, never "someone ní bhriain"
        return span.moved(span.start, particled.end(2), text[span.start:particled.end(2)])
    m = _SURNAME_AFTER.match(text, span.end)
    particled = _PARTICLE_SURNAME_AFTER.match(text, span.end) if not m else None
    if particled and not is_ordinary_word(particled.group(2)) and not any(
            s is not span and s.start < particled.end(2) and particled.start() < s.end for s in spans):
        # "shout out to aoife ní bhriain, 19," -> "someone, 19,": never "someone ní bhriain"
        return span.moved(span.start, particled.end(2), text[span.start:particled.end(2)])
    if not m:
        return span
    word = m.group(1)
    if (word.lower() in _NOT_FIRST_NAMES or word.lower() in _PLACE_WORDS or is_ordinary_word(word) or is_company(word) or kind_of_place(word) is not None
            or any(s is not span and s.start < m.end(1) and m.start(1) < s.end for s in spans)):
        return span
    return span.moved(span.start, m.end(1), text[span.start:m.end(1)])


def _with_first_name(text: str, span: Span, spans: list[Span]) -> Span:
    """"she sang Vera [Lynn]" -> "Vera Lynn": a capitalised word right before a person's name in mid-
    sentence, that is no everyday word (or is a common first name) and no title, is its first name."""
    if not _is_person_name(span):
        return span
    m = re.search(r"(?<![\w'’-])([A-Z][a-z]+) $", text[:span.start])
    if not m or is_sentence_start(text, m.start(1)):
        return span
    word = m.group(1)
    low = word.lower()
    if low in _NOT_FIRST_NAMES:
        return span
    if is_ordinary_word(word) and low not in _NAME_WORDS:
        if " " not in span.text.strip() and is_ordinary_word(span.text.strip()) and span.text.strip().lower() not in _NAME_WORDS:
            # "at Verdant [Mobility]": two capitalised everyday words are a firm's name, not a person's
            first = m.start(1)
            while (more := re.search(r"(?<![\w'’-])([A-Z][a-z]+) $", text[:first])) and not is_sentence_start(text, more.start(1)) \
                    and is_ordinary_word(more.group(1)) and more.group(1).lower() not in _NOT_FIRST_NAMES:
                first = more.start(1)  # "the Natural History [Museum]": the whole name
            return replace(span.moved(first, span.end, text[first:span.end]), entity_type="ORGANIZATION")
        return span
    if is_company(word) or kind_of_place(word) is not None or any(s.start < span.start and m.start(1) < s.end for s in spans):
        return span
    return span.moved(m.start(1), span.end, text[m.start(1):span.end])
