"""What the rewrite puts for a span in a clause the checker cannot read as English: a bracketed placeholder of no
language ("[name]", "[place]", "[number]") where the detector had real evidence, the writer's own words where it only
guessed; never an English stock phrase.

The class: a span in a post written mostly in another language or script (the review raised unread_text), in a
sentence that is not plainly English; a span in a sentence plainly of another language in a post the review read as
English (four words or more besides it, under a quarter of them everyday English: "stelpan í Kópavogi hvarf", where
"someone" was written before); and a span written in another script in any post ("when I said እንቋዕ ብሰላም
ተገላገልኪ in Tigrinya"). The English handlers fit "someone", "the area", "an organisation", "(soon)" into English
grammar; pasted into a Ukrainian or Wolof sentence they read as garble ("Слава someone", "The area 12%", "Someone
arrive bientôt"): session 48's judges called 113 of 145 such rewrites garbled. A bilingual professional removing an
identifier from a sentence in another language leaves the sentence in that language and marks the gap.

Real evidence, kept from the detector's own readings (detect/foreign_sentences.py says the same of name guesses):
- a pattern the span matched (an age, a date, a time, a sum, a phone number, a room or case number, a company's legal
  ending, a title or a role before a name): its words are what the pattern says they are, in any language;
- for a name guess (spaCy's, the proper noun, repeated, initialled rules, the token tagger's proposal): a word of it a
  name people carry, a title, a kin or role word or a name marker before it (a title inside the guess only before a
  capitalised word: "M. Sarr", never "amma ürəyim", Azerbaijani "but my heart"), a list of names beside it, a pet
  form of a given name, the same words named in an English sentence of the post, or a word of it capitalised inside
  its own sentence (session 50: not a word all in capitals, "cancelado HOJE", and not one after a stop, of its
  script or of Latin, though the guess began before it: "24-ն է։ Կարևոր է", "arete l. Mwen fache"; an initial's or
  a title's stop ends no sentence). The capital inside is most of the evidence there is: on the unread posts of
  fresh44-49 it alone stood behind 331 placeholders, 203 of them on a labelled leak (a town, a name); the rest were
  mostly the writer's own or public places ("Moncton", "Sarajevu"), which a capital cannot tell from a client's.
A guess with none of these, in a sentence of a language the English model cannot read, is as often a verb, a greeting
or a place word of that language ("Jërëjëf", "Слава Україні", "Rytoj Joninės") as a name: its words stay as typed,
and the re-check marks them again for the writer to look at (the rewrite is then "identifying", never "clean").

Where a pattern span holds a number and a word of its own language ("værelse 508", "38 ans"), the placeholder stands
for the number in a room or a record ("værelse [number]"); an age, a date, a time, a sum and a contact go whole.
A title opening a name span stays ("M. Sarr" -> "M. [name]").
The placeholders are lowercase words in square brackets: no recognizer reads them as an identifier, and the model's
placeholder gate (verify/quality.py, tags in capitals) is for model output, which such a post never gets (the model
reads English only: pipeline.rewrite does not ask it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace

from ..detect import foreign_sentences as fs
from ..review.unread_text import LATIN, OTHER, script_of
from ..spans import Span

# The sources that guess a name from where a word stands in an English sentence (a model or a capital): in a
# sentence of another language they need other evidence. (The words of a span with evidence found again in the
# rewrite, pipeline._literal_spans, are what that span was: the same placeholder.)
GUESSING_SOURCES = frozenset({
    "language model (spaCy)", "proper noun name rule", "repeated name rule", "initialled name rule",
    "sentence subject name rule", "word name rule", "token tagger proposal",
})

# The placeholder for each family of kinds (kinds.py): words of no language a reader of any language knows.
PLACEHOLDERS = {
    "person": "[name]", "someone": "[name]", "household": "[name]", "thing": "[name]", "case": "[name]",
    "place": "[place]", "organisation": "[organisation]", "codename": "[project]",
    "time": "[date]", "age": "[age]", "money": "[amount]", "figure": "[number]",
    "contact": "[contact]", "handle": "[contact]", "reference": "[number]",
    "condition": "[condition]", "distinctive": "[detail]", "other": "[number]",
}
# A clock time is no date: "kl. 14:30" -> "kl. [time]".
_CLOCK = re.compile(r"\d{1,2}[:.h]\d{2}|\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE)
# The number of a room, a bed, a record: the words around it are the language's own ("værelse 508", "ліжко 4").
# A word holding a figure: "508", "#12", "Q4", "40к" (its letters are the figure's own).
_NUMBER_RUN = re.compile(r"[^\s()\[\],;:!?]*\d[^\s()\[\],;:!?]*")
_NUMBERED_FAMILIES = ("place", "reference", "figure")
# The placeholders this module writes, as a later round of the rewrite finds them in its text.
_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(sorted({m[1:-1] for m in PLACEHOLDERS.values()} | {"time"})) + r")\]")
_TITLE_WORDS = re.compile(r"[^\W\d_]+\.?")

# A sentence whose other words are at least this share everyday English, and no common word of another language
# ("de", "stock", "la", "me" are both), is an English clause: "Please STOP sharing that video" (.4: "that" and "stop"
# are Romanian and Dutch words too), never "franchement 40 millions de stock fantôme" (.29) nor "Internal email aala
# aaj ... chain la vikla jaanar aahe, announcement" (.31).
_ENGLISH_SHARE = 0.6
_MIN_ENGLISH_WORDS = 3  # and says so in at least this many words
# In a post the review reads as English, a sentence of another language: at least this many words besides the span,
# under this share of them everyday English (see _other_language_sentence)
_MIN_OTHER_LANGUAGE_WORDS = 4
_OTHER_LANGUAGE_SHARE = 0.25


def _letters_mostly_other(words: str) -> bool:
    scripts = [script_of(ch) for ch in words if ch.isalpha()]
    other = sum(s == OTHER for s in scripts)
    return other > 0 and other >= sum(s == LATIN for s in scripts)


def _english_clause(text: str, start: int, end: int) -> bool:
    """The sentence holding text[start:end] is plainly English (foreign_sentences.plainly_english): three words or
    more, _ENGLISH_SHARE of them English only, less the placeholders already put in it."""
    return fs.plainly_english(text, start, _ENGLISH_SHARE, _MIN_ENGLISH_WORDS, leave_out=_PLACEHOLDER)


def unread_clause(text: str, start: int, end: int, post_unread: bool) -> bool:
    """Is text[start:end] in a clause the English handlers must not write into? In a post the review read as mostly
    another language or script (``post_unread``), any sentence not plainly English; in any post, words written in
    another script. Not a hashtag's words: the tag handlers drop or keep a tag whole, in any language."""
    if start > 0 and text[start - 1] == "#":
        return False
    if _letters_mostly_other(text[start:end]):
        return True
    return _other_language_sentence(text, start, end, post_unread)


def _other_language_sentence(text: str, start: int, end: int, post_unread: bool) -> bool:
    """The sentence holding text[start:end] is written in another language: in a post the review read as mostly
    another language, any sentence not plainly English; in an English post, a sentence whose other words are mostly
    English: four words or more, under a quarter of them everyday English ("Ég var á vakt ... þegar stelpan í
    Kópavogi hvarf", "o departamento de Automoción pecha en xuño"), where "someone" or "the area" would be English
    dropped into it. A code-switched sentence ("Monsoon aa gaya aur claims bhi", "wer geht zur KubeCon in München?")
    reads as English more often, and is left to the English handlers as before: measured on the tuning sets, the
    detector's looser reading (.5) turned 30 "someone"s of such sentences into "[name]"s and left 5 more leaks."""
    if post_unread:
        return not _english_clause(text, start, end)
    words = fs.other_words_of_its_sentence(text, start, end)
    return len(words) >= _MIN_OTHER_LANGUAGE_WORDS and fs.english_share(words) < _OTHER_LANGUAGE_SHARE


ENGLISH, KEEP, PLACEHOLDER = "english", "keep", "placeholder"


def treatment(text: str, span: Span, post_unread: bool) -> str:
    """What the rewrite does with ``span``: ENGLISH (the handlers' general words, as in any English post), KEEP (the
    writer's words stay; the re-check marks them again) or PLACEHOLDER (``placeholder``). A span written in another
    script inside a plainly English sentence, with evidence, takes the English words the sentence's grammar fits
    ("my student प्रिया" -> "my student"); without evidence it stays ("when I said እንቋዕ ብሰላም ተገላገልኪ")."""
    if not unread_clause(text, span.start, span.end, post_unread):
        return ENGLISH
    if not real_evidence(text, span):
        return KEEP
    if _other_language_sentence(text, span.start, span.end, post_unread):
        return PLACEHOLDER
    return ENGLISH


def treatments(text: str, spans: Iterable[Span], post_unread: bool) -> dict[Span, str]:
    """``treatment`` of each of ``spans``, by span: worked out once for the generaliser and its caller (the pipeline
    reads which spans stay as typed, and generalise the same answers)."""
    return {span: treatment(text, span, post_unread) for span in spans}


def real_evidence(text: str, span: Span) -> bool:
    """Did the detector have evidence for ``span`` that holds in any language (see the module docstring)?"""
    if _cuts_a_word(text, span.start, span.end):
        return False  # "el CEO beta|3hom": a piece of a word is no name, whatever read it
    words = fs.WORD.findall(span.text)
    if words and all(_a_title(w) for w in words):
        return False  # a title left before a placeholder ("Tia [name]") read again as a name
    if span.source not in GUESSING_SOURCES:
        return True
    if not any(ch.isupper() or ch.islower() for ch in span.text):
        # a script without capitals (Ge'ez, Devanagari, Arabic): the English model's guesses there fall on any noun
        # or verb ("ኣብ ቤተ ክርስትያን ረኺቡኒ", "ايه"), and an English word before one says nothing of it
        return fs.holds_a_listed_name(span.text)
    marked = bool(fs.after_a_title_or_role(text, span.start) or fs.after_a_name_marker(text, span.start)
                  or fs.pet_form_of_a_name(span.text) or fs.named_in_an_english_sentence(text, span)
                  or _title_before_a_name(span.text) or fs.holds_a_number_word(span.text))
    if span.text.islower():
        # a lowercase guess ("segundo o médico"): a listed name there is a common word of the language
        return marked
    return marked or fs.holds_a_listed_name(span.text) or _proper_noun_inside(text, span)


def _cuts_a_word(text: str, start: int, end: int) -> bool:
    """The span starts or ends inside a word of a script that spaces its words (a letter with case beside a letter or a
    digit). Chinese and Japanese write no spaces: "岡本さん" is a name and its honorific, no word cut."""
    def joined(a: str, b: str) -> bool:
        return a.isalnum() and b.isalnum() and (a.lower() != a.upper() or b.lower() != b.upper())
    return start > 0 and joined(text[start - 1], text[start]) or end < len(text) and joined(text[end - 1], text[end])


def _abbreviation_stop_before(text: str, at: int) -> bool:
    """text[:at] ends on the stop of an initial or a title ("M.", "J.", "Dr.", "Mme."): it closes the abbreviation,
    not the sentence. A lowercase letter's stop ("arete l. Mwen", Haitian "li" cut short) ends one."""
    m = re.search(r"([^\W\d_]+)\.\s*$", text[max(0, at - 12):at])
    if m is None:
        return False
    word = m.group(1)
    return (len(word) == 1 and word.isupper()) or _a_title(word + ".")


def _proper_noun_inside(text: str, span: Span) -> bool:
    """A word of the guess is capitalised inside its own sentence, in a script with capitals (Latin, Cyrillic, Greek,
    Armenian): the languages written in them capitalise there a proper noun ("atleidom Eglę iš", "наша Надія з",
    "įmonei Zarasuose"). Not a word all in capitals ("AVC", "ВЖЕ", "cancelado HOJE"), an abbreviation or a shout,
    alone or in a longer guess; not a word after an emoji or a symbol, which opens a sentence as a full stop does
    ("💔 Descanse em paz"); not a word after a stop of any script, though the guess began before it ("arete l. Mwen
    fache", "24-ն է։ Կարևոր է": the sentence is the word's own, and a stop of another script ends one)."""
    for m in fs.WORD.finditer(span.text):
        word = m.group(0)
        if not word[0].isupper() or (len(word) > 1 and word.isupper()):
            continue
        at = span.start + m.start()
        a, _ = fs.sentence_of(text, at)
        if a > 0 and _abbreviation_stop_before(text, a):
            a, _ = fs.sentence_of(text, a - 1)  # "M. Sarr", "Dr. Banda": a title's or an initial's stop ends nothing
        before = text[a:at].rstrip()
        if fs.WORD.search(before) and not unicodedata.category(before[-1]).startswith("S"):
            return True
    return False


def _a_title(word: str) -> bool:
    titles = fs.titles_of_any_language()
    return word.lower() in titles or word.rstrip(".").lower() in titles or word.lower() + "." in titles


def _title_inside(words: str) -> re.Match | None:
    """The last title in a name span with more of the name after it ("M. Sarr", "пані Віра", "Não, Tia Fernanda")."""
    found = None
    for m in _TITLE_WORDS.finditer(words):
        if m.end() < len(words.rstrip()) and _a_title(m.group(0)):
            found = m
    return found


def _title_before_a_name(words: str) -> bool:
    """A title inside the guess with a name after it: a capitalised word, or a word of a script without capitals
    ("M. Sarr", "пані Віра", "Tia Fernanda"). A word a list holds as a title followed by a lowercase word is the
    clause of another language ("amma ürəyim uçur": Azerbaijani "but my heart", "amma" a kin title in Tamil)."""
    title = _title_inside(words)
    if title is None:
        return False
    after = fs.WORD.search(words, title.end())
    return after is not None and (after.group(0)[0].isupper() or after.group(0).lower() == after.group(0).upper())


def placeholder(text: str, span: Span, family: str) -> tuple[int, int, str]:
    """(start, end, new) for a span with real evidence in an unread clause: the placeholder of its kind, over the
    number alone in a numbered place or record, after the title that opens a name; a guess's proper noun, whatever kind
    the model gave it, is a "[name]"."""
    mark = PLACEHOLDERS.get(family, "[name]")
    if span.source in GUESSING_SOURCES and family in _NAMED_FAMILIES:
        # the English model's kind of a proper noun of another language is as often wrong as right ("η Ελένη" an
        # organisation, "Thiès" a person): a name is what its evidence says it is
        mark = PLACEHOLDERS["person"]
    if family == "time" and _CLOCK.search(span.text):
        mark = "[time]"
    if family in _NUMBERED_FAMILIES:
        numbers = list(_NUMBER_RUN.finditer(span.text))
        if len(numbers) == 1 and re.search(r"[^\W\d_]{2}", span.text[:numbers[0].start()] + span.text[numbers[0].end():]):
            m = numbers[0]
            stop = 1 if m.group(0).endswith(".") else 0  # "7. palātas": the ordinal's stop stays
            return span.start + m.start(), span.start + m.end() - stop, "[number]"
    start, end = span.start, span.end
    if family in _NAMED_FAMILIES:
        title = _title_inside(span.text)
        if title:  # the title stays, the name after it goes: "M. [name]", "Tia [name]"
            start += len(span.text) - len(span.text[title.end():].lstrip())
            mark = PLACEHOLDERS["person"]
        start, end = _capitalised_run(text, start, end)
        joined = _JOINED_NAME.match(text, end)
        if joined and joined.group(0).rsplit("-", 1)[1][:1].isupper():
            end = joined.end()  # "Trás[-os-Montes]": the name goes whole, never "[name]-os-Montes"
    return start, end, mark


# The rest of a name joined by hyphens: "Trás-os-Montes", "Saint-Jean-de-Luz".
_JOINED_NAME = re.compile(r"(?:-[^\W\d_]+)+")


_NAMED_FAMILIES = ("person", "someone", "household", "place", "organisation")


def _capitalised_run(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end] less the lowercase words at its edges, in a script with capitals: a name guess that ran on
    over the words of its clause ("važiuoju į Palangą su vaikais", "Богдан хоче") keeps them; the name is the
    capitalised words. Unchanged when no word of it is capitalised (a lowercase name after a title)."""
    words = list(fs.WORD.finditer(text, start, end))
    capitalised = [m for m in words if m.group(0)[0].isupper()]
    if not capitalised or len(capitalised) == len(words):
        return start, end
    first, last = capitalised[0], capitalised[-1]
    # a word before the first capital or after the last one is the clause's, with what joins it
    new_start = first.start() if any(m.start() < first.start() for m in words) else start
    new_end = last.end() if any(m.start() > last.start() for m in words) else end
    return new_start, new_end


def as_replaced(text: str, span: Span, post_unread: bool) -> Span:
    """``span`` narrowed to the words its placeholder takes, for a name guess in a clause of another language: a
    guess that ran on over the words of its clause ("naam sach me Rich hai", "Ditën e Flamurit") names no one by
    them, so neither the next round of the rewrite (the literal check: every "hai" of the post became "[name]") nor
    the verdict looks for them again. Any other span is returned as it is."""
    if span.source not in GUESSING_SOURCES or treatment(text, span, post_unread) != PLACEHOLDER:
        return span
    start, end, _ = placeholder(text, span, span.kind.family)
    if (start, end) == (span.start, span.end) or not text[start:end].strip():
        return span
    narrowed = replace(span, start=start, end=end, text=text[start:end])
    # read in a clause of another language still: a title's stop left before it ("o Sr. Walter Pennington, is
    # retiring") would put the name in the English sentence after the stop, and "Sr." would become "the sister"
    return narrowed if treatment(text, narrowed, post_unread) != ENGLISH else span
