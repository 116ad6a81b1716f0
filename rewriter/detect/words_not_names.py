"""Ordinary words of a trade or a dialect that stand where a name stands.

The capitalisation guesses (spaCy, the proper-noun rule, the name-then-deed rule) take a capitalised word in a
name's place for a name. Two kinds of everyday word stand there in posts and name no one:

- a title said alone, as a workplace says it in place of the holder's name: "don't tell Matron", "DON told us to
  backdate them", "Sarge said no", "Chef was raging". The title is the role, which a rewrite keeps anyway
  (titles_said_alone.txt, and the job titles in capitals of role_acronyms.txt: "CEO announced"). A name after it
  ("Matron Briggs", "Judge Mortimer") is still a name, and the title is then part of that span, not alone.
- a verb form with its final g dropped, as speech writes it in Scots, Irish, Northern, AAVE and Caribbean
  English: "Lookin at you", "Goin to the match", "Chillin' wi the dog". The word is no dictionary word and no
  name the dictionary lists, and with "g" put back it is an English word; it opens a phrase (a small word such as
  "at", "to", "for", "wi" after it), is written with the apostrophe of a dropped letter, or is a word no verb is
  ("Nothin beats it", "Mornin all"). A surname of that
  spelling ("Larkin said", "Parkin is on") has a verb after it, not such a word, and stays.
- a school or college subject with its course level after it: "passed Algebra I", "Calculus II was brutal",
  "Chem 101", "Spanish 2 starts Monday". spaCy takes the capitalised subject before a lone capital "I" for a
  person; with the level there it names a course (course_subjects.txt), and a rewrite keeps it whole (never
  "someone I"). A subject word alone ("Art said", "Bio") is left to the other rules: it may be a name.
- days and months in their short forms, run together as a timetable writes them: "Tues & Thurs 8-4", "Mon/Wed",
  "Sat-Sun", which spaCy takes for an organisation. Two or more such words and nothing but "&", "and", "/", "-" or
  commas between, or one short form no name or paper is spelt like ("Weds", "Thurs"); not "Sun" alone (a paper).
"""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .recognizers.support import lexicon
from .recognizers.support.lexicon import FUNCTION_WORDS
from .recognizers.support.names import ROLE_NOUNS

_NAME_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP"})
_ROWS = vocab.entries("titles_said_alone")
_TITLES = frozenset(w for w in _ROWS if not w.isupper())
_TITLE_ACRONYMS = frozenset(w for w in _ROWS if w.isupper()) | frozenset(w.upper() for w in vocab.words("role_acronyms"))
_NEXT_WORD = re.compile(r"[ \t]+([\w'’]+)")
_DETERMINED = re.compile(r"(?i)\b(?:the|our|my|your|their|his|her|a|an|this|that|new|old)[ \t]+$")
_NICKNAMED = re.compile(r"(?i)\b(?:call|calls|called|calling|nicknamed|known[ \t]+as|dubbed)(?:[ \t]+(?:him|her|them|me|us|it))?[ \t]+$")
# After a dropped-g verb: the small word of a phrase ("at", "to", "for", "wi", "oot"), not a verb or a copula
# that would make the word a subject ("Larkin is on tonight", "Parkin has the keys").
_SUBJECTS_VERBS = frozenset(
    "is was are were be been has had have will would can could shall should may might must do does did and or "
    "said says says".split()
)
# The -ing words that are no verb's form, dropped-g as speech writes them ("Nothin beats it", "Mornin all",
# "Somethin else"): no surname is spelt so and no subject's verb after them makes one, whatever follows.
_ING_NO_VERB = frozenset({"nothing", "something", "anything", "everything", "morning", "evening"})
_DIALECT_SMALL = frozenset({"wi", "oot", "aboot", "tae", "fae", "yuh", "ya", "ye", "yer", "dem", "mi"})


def _word(span: Span) -> str:
    return re.sub(r"['’]s$", "", span.text.strip())


def is_title_alone(span: Span, text: str) -> bool:
    """``span`` is one title said alone where a name would stand: "don't tell Matron", "DON told us"; not
    "Matron Briggs" (a capitalised word after it is the name) and not "Don told us" (a given name)."""
    word = _word(span)
    if not re.fullmatch(r"[A-Za-z'’]+", word):
        return False
    if word.isupper() and len(word) > 1:
        if word not in _TITLE_ACRONYMS:
            return False
    elif word.lower() not in _TITLES:
        return False
    m = _NEXT_WORD.match(text, span.end)
    if m and m.group(1)[:1].isupper() and not m.group(1).isupper():
        return False
    # "the DON is a nightmare", "our Matron": with a determiner the title is one office's holder, who a place
    # in the post may single out, and is left to the rules that read it so; "we call him Chef", "'Chef'": a
    # nickname, which is a name
    before = text[max(0, span.start - 30) : span.start]
    if _DETERMINED.search(before) or _NICKNAMED.search(before) or text[span.start - 1 : span.start] in ("'", "‘", '"', "“"):
        return False
    return True


def is_dropped_g(span: Span, text: str) -> bool:
    """``span`` is one verb form with its final g dropped ("Lookin at you", "Goin' home"): not a dictionary word
    nor a name the dictionary lists, an English word with the g back, and a phrase's small word after it or the
    apostrophe of the dropped letter on it."""
    raw = span.text.strip()
    # (an apostrophe and an "s" after the word is a possessive, not the dropped letter: "Gethin's overtime" is
    # Gethin's, though "Gething" is a word)
    apostrophe = raw.endswith(("'", "’")) or (
        text[span.end : span.end + 1] in ("'", "’") and re.match(r"['’]s\b", text[span.end : span.end + 3]) is None
    )
    word = raw.rstrip("'’")
    # two letters before "in" too: "Bein an adopter", "Doin my best" ("being", "doing")
    if not re.fullmatch(r"[A-Za-z]{2,}in", word):
        return False
    if lexicon.is_dictionary_word(word) or lexicon.is_listed_as_name(word):
        return False
    if not lexicon.is_ordinary_word(word + "g"):
        return False
    if apostrophe or (word + "g").lower() in _ING_NO_VERB:
        return True
    m = _NEXT_WORD.match(text, span.end)
    if m is None:
        return False
    after = m.group(1).lower()
    return (after in FUNCTION_WORDS or after in _DIALECT_SMALL) and after not in _SUBJECTS_VERBS


# A pronoun run together with an auxiliary, as a dialect spells it: "Ah'm wrecked", "Ye've got tae laugh", "A'll see".
_CLITIC = re.compile(r"([A-Za-z]{1,4})['’](m|ve|ll|re)")


def is_pronoun_with_auxiliary(span: Span) -> bool:
    """``span`` is one word that is a pronoun with an auxiliary run into it: a contraction English writes ("Y'all,
    I'm too old for this": contractions.txt), or a short everyday word before "'m", "'ve", "'ll" or "'re", as Scots,
    Northern and Caribbean speech spell "I'm", "you've" ("Ah'm", "Ye've", "A'm"). The capital is the sentence's, not a
    name's. "'m" follows "I" alone, so any short word before it is the writer ("Ah'm", though "Ah" is a name too);
    before "'ve", "'ll" or "'re" a name the dictionary lists stays ("Sam'll be late": Sam will), and "'d" and "'s" are
    never read (a name: "Sa'd"; a possessive)."""
    word = span.text.strip()
    if word.lower().replace("’", "'") in FUNCTION_WORDS and "'" in word.replace("’", "'"):
        return True
    m = _CLITIC.fullmatch(word)
    if m is None:
        return False
    stem = m.group(1)
    if m.group(2) == "m":
        return len(stem) <= 3
    return (stem.lower() in FUNCTION_WORDS or lexicon.is_ordinary_word(stem.lower())) and not lexicon.is_listed_as_name(stem)


# Common words of 26 other languages (other_language_words.txt: wordfreq Zipf 4+, no given names, no English words),
# and of those written in Latin letters though their script is another (Greek, Russian, Bengali; Vietnamese's short words).
_OTHER_LANGUAGE_WORDS = vocab.words("other_language_words") | vocab.words("other_language_words_transliterated")
_ROLE_NOUN_BEFORE = re.compile(rf"\b(?i:{ROLE_NOUNS})s?[ \t]+$")
_WHO_AFTER = re.compile(r",?\s+(?:who|whose)\b", re.IGNORECASE)


def is_other_language_word_after_role(span: Span, text: str) -> bool:
    """``span`` is one lowercase word right after a role noun that is a common word of another language: "pour son
    appart", "finissait son café" (French "son", his), "Brave girl paa" (Twi: very). A name written in lowercase after
    a role ("our new grad rosie", "my client wanjiku") is on no such list, which holds no given names; the role noun
    rule reads the word so (role_noun_name.py), and this reads the model's guess on the same word."""
    word = span.text.strip()
    return (word.isalpha() and word.islower() and word in _OTHER_LANGUAGE_WORDS
            and _ROLE_NOUN_BEFORE.search(text, max(0, span.start - 40), span.start) is not None
            and not _WHO_AFTER.match(text, span.end))  # "my student tayo who passed": "who" says a person


# The days and months, whole and in their short forms (weekdays.txt, months.txt, and not_names.txt's "tues", "weds").
_CALENDAR = frozenset(w.lower() for name in ("weekdays", "months") for w in vocab.words(name)) | frozenset(
    "mon tue tues wed weds thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Short forms that are no one's name and no paper's or shop's ("Sun", "Sat", "Mar", "Jan" may be)
_CALENDAR_ALONE = frozenset({"tues", "weds", "thur", "thurs"})


def is_run_of_days(span: Span) -> bool:
    """``span`` is days or months in a row, as a timetable lists them: "Tues & Thurs", "Mon/Wed/Fri"."""
    words = re.findall(r"[A-Za-z]+", span.text.removesuffix("'s").removesuffix("’s"))
    words = [w for w in words if w.lower() != "and"]
    if not words or any(w.lower().rstrip(".") not in _CALENDAR for w in words):
        return False
    if re.sub(r"[A-Za-z.]+|[\s,&/–-]", "", span.text.removesuffix("'s").removesuffix("’s")):
        return False  # a digit or another sign among them: a date, left to the date rules
    return len(words) >= 2 or words[0].lower() in _CALENDAR_ALONE


_SUBJECTS = vocab.alternation("course_subjects")
# The whole span a subject, perhaps with its level inside ("Algebra II"), then the level after it when not inside:
# a Roman numeral up to IV, or a course number ("101", "2", "1A"), as a word of its own.
_LEVEL = r"(?:I{1,3}|IV|\d{1,3}[A-Z]?)"
_COURSE_SPAN = re.compile(rf"(?i:{_SUBJECTS})(?:[ \t]+{_LEVEL})?")
_LEVEL_AFTER = re.compile(rf"[ \t]+{_LEVEL}(?![\w'’-])")


def is_course_level(span: Span, text: str) -> bool:
    """``span`` is a subject with its course level: "Algebra I", "Calculus II", "Chem 101"; not "Grace I
    think" (no subject) and not "Art said" (no level)."""
    word = span.text.strip()
    if not word[:1].isupper() or not _COURSE_SPAN.fullmatch(word):
        return False
    return _LEVEL_AFTER.match(text, span.end) is not None or re.search(rf"\s{_LEVEL}$", word) is not None


# A subject beside its exam or level ("A-level Chemistry", "GCSE Maths", "the Geography GCSE"), or before a word of
# its teaching ("Chemistry tutoring", "Maths class", "Physics mock"): a course, as with its level after it.
_EXAM = vocab.alternation("exam_levels")
_EXAM_BEFORE = re.compile(rf"(?<![\w'’-])(?i:{_EXAM})[ \t]+$")
_TEACHING_AFTER = re.compile(
    rf"[ \t]+(?:(?i:{_EXAM})|(?i:tutoring|tutor|tutors|teacher|teachers|teaching|lesson|lessons|class|classes|exam|exams|"
    rf"paper|papers|mock|mocks|homework|coursework|revision|syllabus|curriculum|department|dept|slots|results?))(?![\w'’-])"
)


def is_course_by_its_exam(span: Span, text: str) -> bool:
    """``span`` is a subject said with its exam or its teaching: "A-level [Chemistry] tutoring", "[Maths] class";
    not "Art said", "Grace's class" (no subject alone, or no exam or teaching word beside it)."""
    word = span.text.strip()
    if not word[:1].isupper() or not re.fullmatch(rf"(?i:{_SUBJECTS})", word):
        return False
    return (_EXAM_BEFORE.search(text, max(0, span.start - 20), span.start) is not None
            or _TEACHING_AFTER.match(text, span.end) is not None)


# A qualification at its level, or an exam with its results: "NVQ Level 3", "Marking 60 BTEC Level 3 assignments",
# "IB results come out July 5". The street address rule reads "60 BTEC Level 3" as a number and a street, the model
# "NVQ Level" as an organisation; a course at a level is neither (session 50).
_QUALIFICATION = re.compile(rf"(?:\d+[ \t]+)?(?i:{_EXAM})(?:[ \t]+(?i:level)(?:[ \t]+{_LEVEL})?)?")
_LEVEL_OR_RESULTS_AFTER = re.compile(
    rf"[ \t]+(?:(?i:level)[ \t]+{_LEVEL}|(?i:results?|exams?|papers?|mocks?|coursework|assignments?|"
    rf"certificate|diploma|course|qualification|students?|cohort|class|classes|grades?))(?![\w'’-])")


def is_qualification_at_level(span: Span, text: str) -> bool:
    """``span`` is a qualification at its level or an exam with its results ("[NVQ Level] 3", "[60 BTEC Level 3]
    assignments", "[IB] results"); not "Sat said" (no level or results after), not a street ("60 Brook Lane")."""
    word = span.text.strip()
    if not _QUALIFICATION.fullmatch(word):
        return False
    if re.search(rf"(?i:level)[ \t]+{_LEVEL}$", word):
        return True
    return _LEVEL_OR_RESULTS_AFTER.match(text, span.end) is not None and not word.islower()


def outside_words_not_names(spans: list[Span], text: str) -> list[Span]:
    """``spans`` less the names that are a title said alone, a dropped-g verb form, a run of days, a course
    with its level, a pronoun with its auxiliary or a word of another language after a role noun."""
    return [s for s in spans if not (s.entity_type in _NAME_KINDS
                                     and (is_title_alone(s, text) or is_dropped_g(s, text) or is_run_of_days(s)
                                          or is_course_level(s, text) or is_course_by_its_exam(s, text)
                                          or is_pronoun_with_auxiliary(s)
                                          or is_other_language_word_after_role(s, text)))
            and not (s.entity_type in _NAME_KINDS | {"STREET_ADDRESS"} and is_qualification_at_level(s, text))]
