"""spaCy's people, places and organisations, minus the ones the small model gets wrong in posts.

The small English model labels a capitalised ordinary word at the start of a sentence as an
organisation ("Software is glamorous.", "Court report for ..."), and ward or job acronyms as
organisations ("in ICU", "our HR team"). A post with nothing identifying must come back clean, so:
- a one-word entity that starts a sentence and is an everyday dictionary word is dropped, unless the
  dictionary also lists it with a capital and it stands like a name ("Mason and Lily", "Grace, my
  student,", or capitalised again mid-sentence): then it is a person, since a leaked name costs more
  than a false flag;
- a place or organisation that starts with a title is a person ("sit with Mr Okafor"), and so is a
  one-word place the dictionary does not know after a phrase that takes a person ("proud of Ethan");
- a one-word "person" that is an everyday word the dictionary never lists with a capital is dropped
  ("Library", "Lesson", "Salesperson"; "Grace" and "Victor" are listed with one, so they stay);
- a "person" ends before the first word with a digit or markup in it ("Lesson 3", "Vitamin B12",
  "bold[/bold"): no one's name has those;
- days, months, holidays and languages are dropped (the time recognizers judge those);
- workplace acronyms that name a kind of unit, not a particular one, are dropped, and so are
  everyday terms, the platforms and meeting tools everybody uses and the national bodies everyone in a
  profession deals with ("Q&A", "COVID-19", "Microsoft Teams", "LinkedIn", "NHS"; lists in rewriter/data/),
  and such a word at either end of a longer span is left out of it ("RIP Grandad", "Client Okafor DOB");
- a lowercase one-word "person" that is an everyday word, in a post that capitalises, is dropped
  ("10 mins max"); the name recognizers judge the contexts that make one a name ("my son max");
- emoji and other symbols at either end of a span are no part of it ("🙏", "😴 Huge"), and a word just
  after one starts a sentence, as the posts write them ("Monday mood already 😴 Huge respect");
- a last word in capitals that is an ordinary word is emphasis cut off the name before it ("Wordle AGAIN",
  "Dervla Kowalczyk AGAIN"), and an ordinary word opening the sentence before a public body is no part of it
  ("Interesting Supreme Court ruling": the span goes; "Lovely Brightwell Dental team" stays whole);
- a word in capitals that is an ordinary word in lowercase is emphasis ("AGAIN", "at 3am, LISTEN"), and
  a short acronym is a term ("DNS", "SLA", "EHCPs"), unless a word before it says it is an employer or a
  client ("we work for ACME", "client: DNS Ltd"), or it is a place or a line of an address beside a
  number ("Box 0041 APO", "MOSS, 51971"); two capitals that spaCy calls a person stay initials
  ("Thank you, SJ.");
- a one-word person that is the writer's own family ("Mom", "Dad", "Uncle") names no one;
- a lowercase word of another language ("adjust kar lo"), a lowercase medical term ("fibrodysplasia": the
  condition recognizer's) and a thing after "the" ("laboured by the Aga") are no one (support/not_people.py);
- an "organisation" of a first name and one more capitalised word is a person ("a prescription for
  Jacob Sterling"), unless its last word is a company or place word;
- a public thing named in ordinary use or as news is dropped: a big place, a brand, a public body or
  office, a well-known person's public work ("flying to Lagos", "Simon Sinek's book"), unless the post
  makes it a client, employer or site of the writer's own (support/public.py);
- a one-word "place" or "organisation" that does what only people do is a person: the subject of
  "asked", "said", "told"... ("Jayden in 4B asked me", which the model calls a place) or a word with
  an age in apposition ("I saw Maria, 34, today", "Oluwaseun today — 7yo"), or a family ("Amara's son").
"""

from __future__ import annotations

import re
import unicodedata

from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from ... import vocab
from ..spacy_labels import SPACY_LABEL_MAP
from .support import lexicon
from .support.base import NAMED_PERSON
from .support.lexicon import FUNCTION_WORDS
from .support.kind_evidence import person_by_context, place_by_context
from .support.doc_tokens import is_sentence_initial, tag_of, token_starting_at, token_starts
from .support.names import FAMILY_NOUNS, NAME_TITLES, in_person_slot
from .people.named_condition import is_eponymous_condition
from .people.word_name import WORD_NAMES
from .support.public import (
    BIG_PLACES, BIG_PLACES_NAMED_LIKE_PEOPLE, BIG_REGIONS, METROPOLISES, TOWNS, is_public_mention, place_before_a_noun,
)
from .support.not_people import is_code_switch_word, is_medical_term, is_thing_with_article

# What a child calls a parent or grandparent, in the Englishes and other languages ("mama", "abuela", "nonna"):
# capitalised alone such a word may be someone's name or title, in lowercase it is a kin word.
_KIN_WORDS = frozenset(w.lower() for name in ("kin_words_as_names", "kin_names_after_my", "family_nouns") for w in vocab.words(name))

# The last word of an organisation that keeps it one even after a first name ("Jordan Logistics").
_ORG_TAIL = re.compile(rf"(?i:{vocab.alternation('organisation_endings')})\.?$")
_ARTICLES = frozenset({"the", "a", "an", "our", "your", "their", "each", "every", "any", "this", "that", "these", "those"})
# A word of a person's name: letters, with inner apostrophes, hyphens or a final dot ("O'Neill", "J.").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’\-.][^\W\d_]+)*\.?")


# What follows a one-word entity that makes it a person: an age in apposition ("Maria, 34,", "Grace (7)"),
# or a verb of speech or feeling, perhaps after "in <class>" or an age ("Jayden in 4B asked me").
_AGE_APPOSITION = re.compile(
    r"(?:,\s(?i:aged?\s)?\d{1,2}\s*[,.;:!?]|\s*\((?i:aged?\s*)?\d{1,3}\s?[FM]?\))"
    # "Oluwaseun today — 7yo,", "Ada (7yo)", "Ada, 7 y/o": an age written with its unit
    r"|(?:\s+(?i:today|yesterday|this\s+morning))?\s*[,—–(-]\s*(?i:aged?\s)?\d{1,2}\s?(?i:yo|y/o|yrs?\s+old|years?\s+old|-year-old)\b"
)
_PERSON_VERB = re.compile(
    r"(?:\s+in\s+\d{1,2}[A-Z]{1,2}|,\s\d{1,2},|\s*\(\d{1,3}\))?\s+(?:asked|asks|said|says|told|tells|cried|"
    r"laughed|smiled|giggled|whispered|shouted|screamed|hugged|replied|admitted|confided|wanted|wants|felt|"
    r"feels|drew|wrote)\b"
)


# After a one-word entity: "and Lily", ", Lily", or an apposition ", my student," ("Mason, a Year 2 boy,").
_COORDINATED_OR_APPOSED = re.compile(r"(?:\s+and\s+|,\s+)(?:(?=[^\W\d_a-z])[^\W\d_]{2,}|(?:a|an|the|my|our|his|her|their)\s)")
# Personal titles: a span starting with one is a person, whatever the model calls it ("Mr Okafor" as a place).
_TITLE = re.compile(rf"(?i:{'|'.join(sorted(NAME_TITLES))})\.?\s+\S")


def _is_symbol(c: str) -> bool:
    """Emoji, pictographs, flags and their joiners, variation selectors and tags (the Welsh and Scottish flags):
    no part of a name."""
    return unicodedata.category(c) in ("So", "Sk", "Co", "Cs") or c in "\ufe0f\ufe0e\u200d\u20e3" or "\U000e0020" <= c <= "\U000e007f"


def _without_symbols(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the emoji and spaces at either end ("🙏" -> nothing, "😴 Huge" -> "Huge")."""
    while start < end and (_is_symbol(text[start]) or text[start].isspace()):
        start += 1
    while end > start and (_is_symbol(text[end - 1]) or text[end - 1].isspace()):
        end -= 1
    return start, end


def _follows_symbol(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return bool(before) and _is_symbol(before[-1])


# Words before a capitalised word that make it an employer, a client or a supplier ("working for ACME",
# "our client NHBC", "joined DNSimple"): an acronym or a capitalised word after one stays a name.
_ORGANISATION_CUE = re.compile(
    r"(?i:\b(?:at|for|from|with|by|joined|join|joining|client|clients|customer|customers|partner|partners|"
    r"vendor|supplier|employer|called|named|via)[:,]?\s+(?:the\s+|our\s+|my\s+|their\s+)?)$"
)
# An acronym: two to five capitals, perhaps a plural "s" ("DNS", "EHCPs").
_ACRONYM = re.compile(r"[A-Z]{2,5}s?")
# A name in capitals reads as a word ("KEZ", "MILO", "ALFIE", "SKY"); an acronym has no vowel ("DNS",
# "HRBP") or opens with two consonants no English word opens with ("PTO", "CSAT", "TKO").
_WORD_ONSETS = frozenset(
    "BL BR CH CL CR DR DW FL FR GL GN GR KL KN KR PH PL PR PS SC SH SK SL SM SN SP SQ ST SW TH TR TW WH WR".split()
)


def _acronym(word: str) -> bool:
    """ "DNS", "EHCPs", "PTO", "LOT" (an ordinary word in capitals): a term; "KEZ", "MILO": maybe a name."""
    if not _ACRONYM.fullmatch(word):
        return False
    letters = word.rstrip("s")
    if not any(c in "AEIOUY" for c in letters):
        return True
    if letters[0] not in "AEIOUY" and letters[1] not in "AEIOUY" and letters[:2] not in _WORD_ONSETS:
        return True
    return lexicon.is_ordinary_word(letters) and not lexicon.is_listed_as_name(letters) or lexicon.is_not_a_name(word)


_NEAR_A_NUMBER = re.compile(r"\d[\s,]*$")


def _emphasised_after_a_word(text: str, start: int, end: int, words: list[str]) -> bool:
    """One ordinary word in capitals between a word in lowercase and the clause's end or another word in
    lowercase, and no place of that name: "lost his documents TWICE." is emphasis, not a town ("moving to
    LONDON", "FORT-DE-FRANCE" stay places)."""
    before = re.search(r"([a-z][a-z'’]*)\s+$", text[max(0, start - 20) : start])
    after = re.match(r"\s*(?:[.,;:!?)]|$)|\s+[a-z]", text[end:])
    return (len(words) == 1 and lexicon.is_emphasis(words[0]) and before is not None and after is not None
            and before.group(1) not in _PLACE_PREPOSITIONS and words[0].strip(".,;:!?'’\"").title() not in _KNOWN_PLACES)


_PLACE_PREPOSITIONS = frozenset("in at to from near into around outside via visiting visit leaving left moved live lives living".split())
_KNOWN_PLACES = BIG_PLACES | BIG_PLACES_NAMED_LIKE_PEOPLE | vocab.words("countries") | vocab.words("us_states")


# After a word in capitals, a word it qualifies: "with ZERO downtime", "from EVERY angle".
# Nicknames for a nationality ("Aussie", "Kiwis"): no one in particular as a noun, though they narrow before one.
_DEMONYM_NICKNAMES = vocab.words("demonym_nicknames")


def _ends_its_noun_phrase(text: str, end: int) -> bool:
    """Does the word ending at ``end`` end its noun phrase: punctuation, the text's end, or a function word
    next ("an Aussie who drives", "a Kiwi and a Brit"), never a noun it describes ("an Aussie firm")?"""
    m = re.match(r"[ \t]*(?:([,.!?;:)\n]|$)|([A-Za-z']+))", text[end:])
    return bool(m) and (m.group(1) is not None or m.group(2) in FUNCTION_WORDS)


_LOWER_NOUN_AFTER = re.compile(r"\s+([a-z][a-z'’-]+)\b")
# what follows a company as readily as a noun follows emphasis ("meeting with APEX today")
_WHEN_WORDS = frozenset("today tomorrow yesterday tonight now again soon later lately recently".split())
_ADDRESS_BREAK = re.compile(r"[.!?\n]|[^\w\s,'’#/().:;&-]")


def _emphasis_before_a_noun(text: str, end: int, words: list[str]) -> bool:
    """An ordinary word in capitals that qualifies the everyday word after it: "with ZERO downtime", "from
    EVERY angle" is emphasis, whatever "with" or "from" take elsewhere. Not "with APEX on the build" (a
    function word after it: a company), nor an acronym ("with NHS staff": the acronym rules' business)."""
    if len(words) != 1 or not lexicon.is_emphasis(words[0]) or not lexicon.is_common_word(words[0].lower()):
        return False  # an everyday word only: "for LUTH dey ..." is a hospital, whatever Webster's "luth" is
    after = _LOWER_NOUN_AFTER.match(text, end)
    return after is not None and after.group(1) not in lexicon.FUNCTION_WORDS and after.group(1) not in _WHEN_WORDS


def _same_line_of_address(after: str) -> str:
    """What follows a word up to a stop or an emoji: an address line goes on ("MOSS, nan 51971"); "DONE 🎉 4
    years" is a new thought."""
    cut = _ADDRESS_BREAK.search(after)
    return after[: cut.start()] if cut else after


# The clause going on in lowercase right after the word: "out AGAIN at 4am", "2024-CV-03817 FINALLY got a hearing".
_CLAUSE_GOES_ON = re.compile(r" [a-z]")


def _emphasis_in_a_clause(text: str, end: int, words: list[str]) -> bool:
    """An ordinary word in capitals with the sentence going on in lowercase after it is emphasis, whatever number
    stands near it (a time, a case number): an address line breaks after its town with a comma or a number
    ("MOSS, nan 51971", "Box 0041 APO")."""
    return all(lexicon.is_emphasis(w) for w in words) and _CLAUSE_GOES_ON.match(text, end) is not None


def _term_in_capitals(text: str, start: int, end: int, words: list[str], entity_type: str) -> bool:
    """A span that is emphasis or a term in capitals, not a name: every word an ordinary word in capitals,
    or one acronym, with no word before it that makes it an organisation."""
    if _after_a_subject_pronoun(text, start, words):
        return True  # "today we WIN.", "I LOVE this": the verb of the pronoun before it, in capitals
    cue = _ORGANISATION_CUE.search(text[max(0, start - 30) : start])
    if cue and not _emphasis_before_a_noun(text, end, words) and not (
        "," in cue.group() and _emphasis_in_a_clause(text, end, words)
    ):
        # ("my client, FINALLY got her permit": the comma closes the phrase the cue word is in, and the clause
        # goes on in lowercase: emphasis, not the client's name)
        return False
    if entity_type == "LOCATION" and not _emphasised_after_a_word(text, start, end, words):
        # places in capitals are addresses as often as shouting ("LONDON", "NS B0J 2H0")
        return False
    if ((_NEAR_A_NUMBER.search(text[max(0, start - 12) : start]) or re.search(r"\d", _same_line_of_address(text[end : end + 15])))
            and not _emphasis_in_a_clause(text, end, words)):
        return False  # a line of an address: "Box 0041 APO", "MOSS, nan 51971", "Artilleros, CO Uruguay 64677"
    if all(lexicon.is_emphasis(w) for w in words):
        return not _ORG_TAIL.match(words[-1])
    if len(words) != 1 or not _acronym(words[0]):
        return False
    # two capitals spaCy reads as a person are initials ("Thank you, SJ.")
    return not (entity_type == "PERSON" and len(words[0].rstrip("s")) == 2)


# A subject pronoun that no name follows ("you" does: "love you MILO"; "we Smiths" is rare).
_SUBJECT_PRONOUN_BEFORE = re.compile(r"(?<![\w'’])(?i:i|we|they|he|she)[ \t]+$")


def _after_a_subject_pronoun(text: str, start: int, words: list[str]) -> bool:
    """One ordinary word in capitals right after a subject pronoun is its verb ("we WIN", "I LOVE"), even one the
    dictionary also lists as a name ("WIN", "WILL")."""
    return (len(words) == 1 and len(words[0]) >= 3 and words[0].isupper() and words[0].isalpha()
            and lexicon.is_ordinary_word(words[0]) and _SUBJECT_PRONOUN_BEFORE.search(text, max(0, start - 8), start) is not None)


def _stands_like_name(text: str, start: int, end: int, word: str) -> bool:
    """A sentence-initial word the dictionary also lists with a capital ("Mason", "Hunter", "Grace") is a
    name when it stands like one: coordinated with a capitalised word ("Mason and Lily"), followed by an
    apposition ("Grace, my student,"), or capitalised again mid-sentence elsewhere in the post."""
    if _COORDINATED_OR_APPOSED.match(text, end):
        return True
    for m in re.finditer(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", text):
        if m.start() != start and not re.search(r"(?:^|[.!?:;\n])\s*[\"“‘(*•\-–—]*\s*$", text[: m.start()]):
            return True
    return False


def _name_word_coordinated(text: str, start: int, end: int, word: str) -> bool:
    """ "Lily and Mason had...": a word that is both everyday and listed as a name ("Mason", "Hunter"),
    joined by "and" to another capitalised word, is a person even when the model calls it an organisation."""
    if not (lexicon.is_listed_as_name(word) and lexicon.is_ordinary_word(word)):
        return False
    return bool(_COORDINATED_OR_APPOSED.match(text, end)) or bool(
        re.search(r"(?<![\w'’])(?=[^\W\d_a-z])[^\W\d_]{2,}\s+and\s+$", text[max(0, start - 40) : start])
    )


# "Amara's son", "Kemi's mum", "Hemi's whānau" (NZ English's word for family): a company has no family.
_FAMILY_AFTER = re.compile(rf"['’]s\s+(?i:{vocab.alternation('family_nouns')}|wh[āa]nau)\b")


def _acts_like_person(text: str, end: int, entity_type: str) -> bool:
    if _AGE_APPOSITION.match(text, end) or _FAMILY_AFTER.match(text, end):
        return True
    verb = _PERSON_VERB.match(text, end)
    if verb is None:
        return False
    # companies "say" things too ("Tesco said the shop is closing"): an organisation is a person only when
    # in a class ("Maria in 4B said") or when the dictionary lists the word as a name ("Grace said")
    return entity_type == "LOCATION" or " in " in verb.group() or lexicon.is_listed_as_name(text[:end].split()[-1])


def _everyday_word(word: str) -> bool:
    return lexicon.is_dictionary_word(word) and not lexicon.is_listed_as_name(word)


# The tagger's verb forms ("rang", "tell", "keeps") and modals.
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"})


def _lowercase_words_with_a_verb(doc, starts, start: int, end: int) -> bool:
    """ "rang" (in "rang that bell"), "eng tell": lowercase everyday words, none a name the dictionary or the common
    first names know ("grace", "summer", "rich" stay), one of which the tagger reads as a verb: a clause's words,
    which an all-lowercase post gives the small model no capital to tell from a name."""
    first = token_starting_at(starts, start)
    if first is None:
        return False
    tokens = [t for t in doc[first:] if t.idx < end]
    words = [t.text for t in tokens if t.is_alpha]
    if not words or not all(lexicon.is_ordinary_word(w) and not lexicon.is_listed_as_name(w) and w not in WORD_NAMES
                            for w in words):
        return False
    return any(tag_of(t) in _VERB_TAGS for t in tokens)


def _season_greeting(words: list[str]) -> bool:
    """ "Merry Christmas", "Happy Diwali", "Eid Mubarak": a span of greeting and holiday words alone (the words
    written before a name that are no part of it, a festival, a day or a month) is a greeting, which the small
    model may call a person; "Happy Birthday Ama" has a name in it."""
    return len(words) >= 2 and all(w.strip(",.!?;:").lower() in _GREETING_WORDS for w in words)


_GREETING_WORDS = (vocab.words("name_run_openers") | {w.lower() for w in vocab.words("festivals")}
                   | vocab.words("months") | vocab.words("weekdays"))


# The tagger's plural common noun and verb forms: what an inflected word opening a sentence is when it is no name.
_INFLECTED_TAGS = frozenset({"NNS", "VBG", "VBN", "VBD"})


def _inflected_opener(word: str, doc, first, text: str, end: int) -> bool:
    """An inflected everyday word ("Fingers", "Sharing", "Subpoenaed") the dictionary does not list as a name,
    read by the tagger as a plural common noun or a verb form, and not standing as a person does: no verb of
    speech after it ("Banks said"), no name joined to it ("Fields and Okafor")."""
    if first is None or not lexicon.is_ordinary_word(word) or lexicon.is_listed_as_name(word):
        return False
    if word in BIG_PLACES:
        return False  # "Back home #Leeds", "Leeds was heaving": a city GeoNames knows, whatever the tagger reads
    if _PERSON_VERB.match(text, end) or _COORDINATED_OR_APPOSED.match(text, end):
        return False
    return tag_of(doc[first]) in _INFLECTED_TAGS


def _without_everyday_words(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the everyday names at either end ("RIP Grandad", "Client Okafor DOB"); the
    span as it was when it is everyday as a whole or nothing else is left (it is then judged whole)."""
    if lexicon.is_everyday_term(text[start:end]):
        return start, end  # "Microsoft Teams": everyday as a whole
    words = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    first, last = 0, len(words)
    while first < last and lexicon.is_everyday_term(text[slice(*words[first])]):
        first += 1
    while last > first and lexicon.is_everyday_term(text[slice(*words[last - 1])].rstrip(",;:")):
        last -= 1
    if first == last:
        return start, end
    return words[first][0], words[last - 1][1]


def _person_end(text: str, start: int, end: int) -> int:
    """Where a person span stops: before the first word that is not shaped like a name."""
    last = start
    for m in re.finditer(r"\S+", text[start:end]):
        word = m.group().rstrip(",")
        if not _NAME_WORD.fullmatch(word):
            break
        last = start + m.start() + len(word)
    return last


def _without_emphasis_after(text: str, start: int, end: int) -> int:
    """Where the span ends without a last word in capitals that is an ordinary word ("Wordle AGAIN" ->
    "Wordle"), when the words before it are not in capitals too ("CALL THE MIDWIFE" is judged whole)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 2 or not lexicon.is_emphasis(words[-1].group()) or _ORG_TAIL.match(words[-1].group()):
        return end
    if not any(c.islower() for c in text[start : start + words[-2].end()]):
        return end
    return start + words[-2].end()


def _public_body_after_opening_word(text: str, start: int, end: int, entity_type: str) -> bool:
    """The span opens its sentence with an ordinary word the dictionary does not list as a name, and the rest
    of it is a platform or a public body named in ordinary use ("Interesting Supreme Court" -> "Supreme Court").
    Not a famous person or a place after it: "Ivy Thackeray", "Patience Okoro" are given names the dictionary
    does not list as names, before a surname that may be famous."""
    words = list(re.finditer(r"\S+", text[start:end]))
    if len(words) < 2:
        return False
    first = words[0].group()
    if not lexicon.is_ordinary_word(first) or lexicon.is_listed_as_name(first):
        return False
    rest = start + words[1].start()
    return lexicon.is_public_organisation(text[rest:end]) and is_public_mention(text, rest, end, entity_type)


def _place_before_a_noun(doc, starts, text: str, start: int, end: int) -> bool:
    """The word is a place, a language or a place's people before the common noun it modifies (public.py)."""
    after = end
    while after < len(text) and text[after] == " ":
        after += 1
    i = token_starting_at(starts, after)
    if i is None or after == end:
        return False
    return place_before_a_noun(text, start, end, lambda: tag_of(doc[i]), doc[i].text)


class CheckedSpacyRecognizer(SpacyRecognizer):
    ORDER = 10
    # Named as Presidio's own, which the detector shows as "language model (spaCy)".
    NAME = "SpacyRecognizer"

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted(set(SPACY_LABEL_MAP.values())), name=self.NAME)

    def analyze(self, text, entities, nlp_artifacts=None):
        results = super().analyze(text, entities, nlp_artifacts)
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None:
            return results
        starts = token_starts(doc)
        kept = []
        for r in results:
            trimmed = False
            start, end = _without_symbols(text, r.start, r.end)
            if start >= end:
                continue  # "🙏", "🏡💛"
            r.start, r.end = start, end
            # "RIP Grandad", "Client Okafor DOB": an everyday word is no part of a name, and what is left
            # still starts the sentence if the span did; so does a word after an emoji ("😴 Huge respect")
            first = token_starting_at(starts, r.start)
            initial = (first is not None and is_sentence_initial(doc, first)) or (
                # but not "🙌 Lark said", "🔥 River and Blessing made finals"
                _follows_symbol(text, r.start)
                and not _PERSON_VERB.match(text, r.end)
                and not _COORDINATED_OR_APPOSED.match(text, r.end)
            )
            # and the symbols an everyday word leaves at the edge: "Namaste 🙏 Priya" -> "Priya"
            r.start, r.end = _without_symbols(text, *_without_everyday_words(text, r.start, r.end))
            # an emoji inside ends the name: what follows it is the next clause ("Brightloop 💀 Video already
            # going round", "Wales U17s 🏴 First lad off the estate")
            # (not "Namaste 🙏 Priya": a name after the emoji is the name)
            inner = next((i for i in range(r.start, r.end) if _is_symbol(text[i])), None)
            if inner is not None:
                after = _without_symbols(text, inner, r.end)
                first_after = text[after[0]:after[1]].split()[:1]
                if first_after and lexicon.is_ordinary_word(first_after[0].lower()):
                    r.end = _without_symbols(text, r.start, inner)[1]
                    if r.end <= r.start:
                        continue
            # "Wordle AGAIN", "Jindabyne DONE": a last word in capitals that is an ordinary word is the writer's
            # emphasis, no part of the name before it, which is then judged alone (a public one goes below)
            r.end = _without_emphasis_after(text, r.start, r.end)
            # "Interesting Supreme Court ruling today": an ordinary word that opens the sentence is no part of a
            # public body after it. Only a public body left lets the span go: "Bright Futures" stays whole.
            if initial and _public_body_after_opening_word(text, r.start, r.end, r.entity_type):
                continue
            if r.entity_type == "PERSON":
                end = _person_end(text, r.start, r.end)
                if end <= r.start:
                    continue
                trimmed, r.end = end < r.end, end
            span_text = text[r.start : r.end]
            words = span_text.split()
            # (a run of days or months joined by a dash, a slash or "&" is one too: "slots Tues-Thurs", "Mon/Wed",
            # "flu jabs in the canteen Tues & Thurs 8-4")
            if lexicon.is_everyday_term(span_text) or all(lexicon.is_not_a_name(w) for w in re.split(r"[\s/–—&-]+", span_text) if w):
                continue
            if r.entity_type == "PERSON" and len(words) == 2 and len(words[1]) == 1 and _everyday_word(words[0]):
                continue  # "Vitamin K", "Plan B": a word and a letter
            if _season_greeting(words):
                continue  # "Merry Christmas from everyone in control", "Happy Diwali": a greeting, no one
            if _term_in_capitals(text, r.start, r.end, words, r.entity_type):
                continue  # "AGAIN", "DNS", "SLA"
            if len(words) == 1 and _place_before_a_noun(doc, starts, text, r.start, r.end):
                continue  # "Ontario teachers:", "the Malayali nurses", "the Bangla word": a place or a language, whatever the kind
            if len(words) == 1 and span_text.lower() in _DEMONYM_NICKNAMES and _ends_its_noun_phrase(text, r.end):
                continue  # "she's an Aussie who drives", "two Kiwis and a Brit": a nationality as the noun, no one in particular
            if len(words) == 1 and span_text.lower() in FAMILY_NOUNS:
                continue  # "Mom", "Dad": the writer's own family
            if len(words) == 1 and span_text.islower() and _without_accents(span_text) in _KIN_WORDS:
                continue  # "Mi mamá called", "con mi abuela": a kin word in lowercase, whatever language, is no one's name
            if len(words) == 1 and (is_code_switch_word(span_text) or is_medical_term(span_text)):
                continue  # "adjust kar lo"; "fibrodysplasia" (a condition: the condition recognizer's)
            if r.entity_type == "PERSON" and is_thing_with_article(text, r.start, r.end):
                continue  # "laboured by the Aga": a person's name takes no article
            if is_eponymous_condition(text, r.start, r.end):
                continue  # "early Lewy body", "Bell's palsy": a condition named after someone, no one here
            if text[max(0, r.start - 2) : r.start].lower() == "r/":
                continue  # "r/sysadmin", "r/psychologists": a public forum, not a place or a company
            if r.entity_type in ("LOCATION", "ORGANIZATION") and _TITLE.match(span_text):
                r.entity_type = "PERSON"  # "sit with Mr Okafor": the small model calls it a place
            if (
                len(words) == 1
                and r.entity_type in ("LOCATION", "ORGANIZATION")
                and lexicon.looks_capitalised(span_text)
                and (
                    _acts_like_person(text, r.end, r.entity_type)
                    or (r.entity_type == "ORGANIZATION" and _name_word_coordinated(text, r.start, r.end, span_text))
                    or (r.entity_type == "LOCATION" and not lexicon.is_ordinary_word(span_text) and in_person_slot(text, r.start))
                    or (not initial and _word_name_alone(text, r.start, r.end, span_text))
                )
            ):
                # "So proud of Ethan", "let go of Samantha": the small model calls many first names places
                r.entity_type = "PERSON"
            elif (
                len(words) <= 2
                and r.entity_type in ("LOCATION", "ORGANIZATION")
                and all(w[:1].isupper() and _NAME_WORD.fullmatch(w) for w in words)
                and not _ORG_TAIL.match(words[-1])
                and not lexicon.is_public_organisation(span_text)
                and person_by_context(text, r.start, r.end)
                # "Go on England!!", "Well done Arsenal!": a public place or team cheered stays what it is
                and not is_public_mention(text, r.start, r.end, r.entity_type)
            ):
                # "Go on Lily-Mae!!", "Our keeper Callum", "Neha di and Vikram bhai", "on Eli's bar mitzvah",
                # "Bex lost 30kg": the words around the name make it someone's (support/kind_evidence.py)
                r.entity_type = "PERSON"
            elif len(words) <= 3 and r.entity_type == "ORGANIZATION" and place_by_context(text, r.start, r.end):
                r.entity_type = "LOCATION"  # "23, from Drumlassa", "up past Llanwrtyd": a village, not a firm
            if len(words) == 1 and initial and _used_as_a_word(text, span_text) and not _PERSON_VERB.match(text, r.end):
                continue  # "Grace is underrated as a clinical skill. ... grace for colleagues"
            if len(words) == 1 and self._ordinary_single_word(r, span_text, doc, token_starting_at(starts, r.start), initial, trimmed, text):
                continue
            if r.entity_type in ("ORGANIZATION", "LOCATION") and span_text.islower() and not text.islower():
                continue  # "welcome to the world little one": no capital where the writer uses them is no name
            if span_text.islower() and _lowercase_words_with_a_verb(doc, starts, r.start, r.end):
                continue  # "finished her chemo today and rang that bell": a name has no verb in it
            if len(words) == 1 and r.entity_type == "ORGANIZATION" and _town_after_preposition(text, r.start, span_text):
                r.entity_type = "LOCATION"  # "our NICU in Truro": a town, not an organisation
            if r.entity_type == "PERSON" and _listed_town_after_preposition(text, r.start, span_text):
                r.entity_type = "LOCATION"  # "the best brief in Antrim", "à Drummondville": a town, not a person
            r.entity_type = _kind_by_form(words, r.entity_type)
            if is_public_mention(text, r.start, r.end, r.entity_type):
                continue  # "flying to Lagos", "bought it at Boots", "the Health Secretary"
            if r.entity_type == "PERSON":
                # only the people that passed these checks are chased through the rest of the post
                r.recognition_metadata[NAMED_PERSON] = True
            kept.append(r)
        return kept

    @staticmethod
    def _ordinary_single_word(r, word: str, doc, first, initial: bool, trimmed: bool, text: str) -> bool:
        if not lexicon.is_ordinary_word(word):
            return False
        if r.entity_type != "PERSON":
            if initial and lexicon.is_listed_as_name(word) and _stands_like_name(text, r.start, r.end, word):
                # "Mason and Lily in Year 2 ...": a leaked name is far worse than a false flag
                r.entity_type = "PERSON"
                return False
            return initial
        # "Ping me at noon", "Text us later": a verb telling someone to reach the writer
        if initial and first is not None and first + 1 < len(doc) and doc[first + 1].lower_ in ("me", "us"):
            return True
        if word.islower() and not text.islower():
            # "10 mins max": where the writer capitalises, a lowercase everyday word needs more than the
            # model's guess (the name recognizers read the contexts that make one a name: "my son max")
            return True
        # Many surnames and first names are dictionary words too ("Logan", "Key", "Angel"), so an
        # everyday word is dropped only where a name would not stand: at the start of a sentence, after
        # an article ("The Library", "a Salesperson") or before a number ("Lesson 3", "Vitamin B12").
        if not _everyday_word(word):
            # "Fingers crossed", "Sharing (with consent) a poem", "Subpoenaed AGAIN": an inflected everyday word
            # opening its sentence that the tagger reads as a plural noun or a verb form, never a name's
            return initial and _inflected_opener(word, doc, first, text, r.end)
        after_article = first is not None and first > 0 and doc[first - 1].lower_ in _ARTICLES
        return initial or after_article or trimmed


# The last word of a street ("Quarry Lane", "Heron Close") and of a company ("Pennant Software"), as written.
_STREET_TYPES = vocab.words("street_types")
_COMPANY_ENDINGS = vocab.words("company_name_endings")


def _kind_by_form(words: list[str], entity_type: str) -> str:
    """The kind a name's own words give it, where the small model guesses wrong: a first name and a
    surname is a person ("Grace Tolland", "Summer Featherstone-Okoro", not an organisation or a place);
    a name ending in a street type is a street ("Quarry Lane", not a person) and one ending like a company
    a company ("Pennant Software", not a person), unless it is a first name and one word ("Deborah Lane")."""
    if len(words) < 2 or not all(lexicon.looks_capitalised(w) and _NAME_WORD.fullmatch(w) for w in words):
        return entity_type
    first, last = words[0], words[-1].removesuffix("'s").removesuffix("’s")
    plain_first_name = lexicon.is_listed_as_name(first) and not lexicon.is_ordinary_word(first)
    first_name = plain_first_name or first.lower() in WORD_NAMES
    # "Jacob Sterling"; "Grace Tolland" (a first name that is also a word, then a surname no dictionary has)
    surname = last not in _STREET_TYPES and (plain_first_name or not lexicon.is_ordinary_word(last))
    if entity_type != "PERSON" and len(words) == 2 and first_name and surname and not _ORG_TAIL.match(last):
        return "PERSON"
    if entity_type != "STREET_ADDRESS" and last in _STREET_TYPES and not (first_name and len(words) == 2):
        return "STREET_ADDRESS"
    if entity_type != "ORGANIZATION" and last in _COMPANY_ENDINGS and not (first_name and len(words) == 2 and entity_type == "PERSON"):
        return "ORGANIZATION"
    return entity_type


_PLACE_OR_EMPLOYER_BEFORE = re.compile(
    rf"(?i:\b(?:{vocab.alternation('place_cue_words')}|at|for|with|joined|the|a|an)\s+)$"
)


def _word_name_alone(text: str, start: int, end: int, word: str) -> bool:
    """ "got Jasper to read", "told Summer she could": a common first name that is also a word, which the
    model calls a place or a company, is a person where no word before it takes a place or an employer
    and no capitalised word or number stands beside it."""
    if word.lower() not in WORD_NAMES or not (word[:1].isupper() and word[1:].islower()):
        return False
    if _PLACE_OR_EMPLOYER_BEFORE.search(text[max(0, start - 30) : start]):
        return False
    after = re.match(r"\s+(\S)", text[end:])
    return after is None or not (after.group(1).isupper() or after.group(1).isdigit())


# "in Truro", "near Bodmin", "outside Penrith": where a town stands after these words, the small model
# often calls it an organisation. Products and companies people work "in" are known by name.
_PLACE_PREPOSITION = re.compile(r"(?<![\w'’])(?:in|near|outside|around|nr)\s+$")
_KNOWN_PRODUCTS = vocab.words("software_products") | vocab.words("brands") | vocab.words("listed_companies") | vocab.words("platforms")


def _town_after_preposition(text: str, start: int, word: str) -> bool:
    """ "our NICU in Truro": one capitalised word no dictionary knows, after "in" or "near", that is not a
    product, brand or platform ("in Jira", "in Salesforce") and has no capitalised word after it."""
    if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or lexicon.is_dictionary_word(word):
        return False
    if word in _KNOWN_PRODUCTS or word.lower() in _KNOWN_PRODUCTS or lexicon.is_everyday_term(word):
        return False
    after = re.match(r"\s+(\S)", text[start + len(word) :])
    return _PLACE_PREPOSITION.search(text, max(0, start - 10), start) is not None and not (after and after.group(1).isupper())


# Where a listed town stands after these words it is that town, whatever the small model says: "in", "inna"
# (Patois "in the"), French "à"/"au", and the place prepositions of a trip or a home. Not "from" or "with",
# which take people as often ("a text from Jordan").
_TOWN_PREPOSITION = re.compile(r"(?<![\w'’])(?:in|inna|near|outside|around|nr|à|au)\s+$", re.IGNORECASE)
_LISTED_TOWNS = TOWNS | BIG_PLACES | BIG_REGIONS | METROPOLISES


def _listed_town_after_preposition(text: str, start: int, span_text: str) -> bool:
    """ "the best brief in Antrim", "a likkle pickney inna Mandeville", "chez un client à Drummondville": a
    town or city of GeoNames (towns.txt, big_places.txt) that the small model calls a person, after a word that
    takes a place. It is then judged as a place (a big one is public, a town is generalised as a place, so
    the rewrite reads "in the area", not "in someone"); a name with a title never comes here."""
    name = span_text.removesuffix("'s").removesuffix("’s")
    if name not in _LISTED_TOWNS and _without_accents(name) not in _LISTED_TOWNS:
        return False
    return _TOWN_PREPOSITION.search(text, max(0, start - 8), start) is not None


def _used_as_a_word(text: str, word: str) -> bool:
    """ "Grace is underrated as a clinical skill. Grace for clients, grace for colleagues": a capitalised
    everyday word that opens a sentence and that the same post also writes in lowercase is that word."""
    if not (word[:1].isupper() and word[1:].islower()) or text.islower() or not lexicon.is_ordinary_word(word):
        return False
    low = word.lower()
    return low not in FUNCTION_WORDS and re.search(rf"(?<![\w'’]){re.escape(low)}(?![\w'’])", text) is not None


def _without_accents(word: str) -> str:
    """ "mamá" -> "mama": a word of another language as the English lists hold it."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
