"""Names after a role or family noun: "my colleague Will", "mum Aisha", "her neighbour Tom", "my manager
Karen Blake", "our new grad rosie", "her cat Whiskers"."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.doc_tokens import is_proper, tag_of, token_at, token_starts
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import CAPITALISED_WORD, PARTICLE, ROLE_NOUNS, WORD, PersonRegexRecognizer
from .word_name import WORD_NAMES

# Common words of 26 other languages (wordfreq Zipf 4+, no given names, no English words): in lowercase after a role
# noun, a word of the clause.
_OTHER_LANGUAGE_WORDS = vocab.words("other_language_words") | vocab.words("other_language_words_transliterated")
_WHO_AFTER = re.compile(r",?\s+(?:who|whose)\b", re.IGNORECASE)
# Inflected verbs; a lowercase word tagged so is never a name ("my dog died", "her son wants").
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBN", "VBG", "MD"})


_ROLE_NOUN = re.compile(rf"(?i:{ROLE_NOUNS})s?")
# Before a role noun, what makes the lower-case word after it no name: a determiner that is not "my" or
# "our" ("the doctor aam"); "my colleague, priya," keeps hers.
# A word of degree before a role word makes it an adjective ("a very patient class", "so patient with me")
_DEGREE_BEFORE = re.compile(r"\b(?:very|so|too|more|most|less|least|really|incredibly|extremely|super|endlessly|"
                            r"infinitely|ever|quite|pretty|always)\s+$")
# whose "ex" it is: "my ex Dave", "her ex-husband", "an ex of mine", "Tom's ex"
# (or opening a sentence: "Ex Gary texted again")
_OWNER_BEFORE = re.compile(r"(?:\b(?:my|mi|me|ma|his|her|their|our|your|an|the|whose)|['’]s)\s+$|(?:^|[.!?\n])\s*$")
# "de" and "di" are "the" in the Caribbean Creoles and West African Pidgins ("de children cyah see", "di pikin dem").
_LOWER_NAME_UNLIKELY = re.compile(rf"\b(?i:the|a|an|every|any|each|this|that|de|di)\s+(?i:{ROLE_NOUNS})\s+$")
# A plural role noun: a lowercase word after one is the clause's verb or a particle ("the children cyah see their
# father", "the nurses dey try", "kids dem"), never one person's name; a name in lowercase follows one person's role
# ("nanny peg", "our new grad rosie").
_PLURAL_ROLE_BEFORE = re.compile(rf"\b(?i:children|people|men|women|folks?|(?:{ROLE_NOUNS})s)\s+$")


# Words for a role or a person that continue a title or a thing's name after a role noun: "Clinical Nurse
# Manager", "Teaching Assistant", "Nurse Practitioner", "the new Dog Man" (a book series). A name after a
# role noun is a name ("Sister Mary", "Coach Liam"), never one of these alone.
_TITLE_WORDS = frozenset(
    w.lower() for name in ("job_titles", "role_nouns", "role_nouns_more", "person_words", "occupations")
    for w in vocab.entries(name) if " " not in w
)


# A pet's name is often a title ("parrot Captain", "our cat Major"): after a kind of pet the words are the
# animal's name, which identifies its owner as well as any person's name would.
_PET_KINDS = frozenset(w.lower() for w in vocab.entries("pet_words"))
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\W*$")


def _after_a_pet_kind(text: str, start: int) -> bool:
    # Written in lowercase: "the new Dog Man" (capitals throughout) is a title, and "Man" goes on it.
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(word) and word.group(1).islower() and word.group(1) in _PET_KINDS


def _title_words_only(words: list[str]) -> bool:
    """Every word a role or person word the dictionary has as a word and does not list as a name."""
    return all(
        (w.lower() in _TITLE_WORDS or (w.lower().endswith("s") and w.lower()[:-1] in _TITLE_WORDS))
        and lexicon.is_ordinary_word(w.lower()) and not lexicon.is_listed_as_name(w)
        for w in words
    )


# Issue 10 (a private name in a form we miss: "area manager bill"): a first name that is also a word,
# written in lower case after someone's own role noun, with an inflected verb straight after it ("our area
# manager bill turned up", "my colleague grace handled it"): the verb says the word is the subject, the
# person, not a thing ("my manager will be there", "my manager bill us monthly" stay words).
_OWNED_ROLE_BEFORE = re.compile(r"\b(?i:my|our|his|her|their|your)\s+(?:[\w-]+\s+){1,3}$")
_SUBJECT_VERB_TAGS = frozenset({"VBD", "VBZ"})


def _hyphened_everyday(word: str) -> bool:
    """"self-harmed", "re-offended", "kick-started": a lowercase verb's past of everyday words joined by hyphens is
    the clause's verb ("our teenager self-harmed again"), never a name written in lowercase ("ellie-may": a
    name's part is no everyday word, or a name too)."""
    parts = [p for p in re.split(r"[-‐]", word) if p]
    # (only a verb's past, "-ed": a noun so joined, "burn-out", "full-time", may be a health detail or the point, and is
    # left to the review's reading; fresh40c's "department head Pieter Janssens, burn-out")
    if not word.lower().endswith("ed"):
        return False
    return len(parts) > 1 and all(lexicon.is_ordinary_word(p.lower()) and not lexicon.is_listed_as_name(p) and p.lower() not in WORD_NAMES or len(p) <= 3
                                  and p.lower() in ("re", "co", "pre", "non", "un", "mis", "out", "over", "off") for p in parts)


def _lower_first_name_then_verb(text: str, start: int, word: str, tok) -> bool:
    if tok is None or not word.islower() or word not in WORD_NAMES or not _OWNED_ROLE_BEFORE.search(text[max(0, start - 50) : start]):
        return False
    doc = tok.doc
    return tok.i + 1 < len(doc) and tag_of(doc[tok.i + 1]) in _SUBJECT_VERB_TAGS


class RoleNounNameRecognizer(PersonRegexRecognizer):
    ORDER = 710
    WHY = "A name after a role like 'my colleague' or 'mum' identifies the person."
    PATTERNS = [
        Pattern(
            "role noun and name",
            rf"\b(?i:{ROLE_NOUNS})\b,?\s+(?P<span>{WORD}(?:\s+(?:{PARTICLE}\s+)?{CAPITALISED_WORD}){{0,2}})",
            # above spaCy's 0.85 so that "her cat Whiskers" stays a name, not an organisation
            0.86,
        ),
    ]

    # The full pattern is tried only where a role noun starts (a fast scan of the lowercased text).
    PREMATCH = False
    _ROLE_AT = re.compile(rf"\b{ROLE_NOUNS}\b")

    def analyze(self, text, entities, nlp_artifacts=None):
        lowered = text.lower()
        doc = getattr(nlp_artifacts, "tokens", None)
        starts = token_starts(doc) if doc is not None else []
        regex, score = self._compiled[0]
        results = []
        for w in self._ROLE_AT.finditer(lowered):
            before = lowered[max(0, w.start() - 30) : w.start()]
            if _DEGREE_BEFORE.search(before) or (w.group() == "ex" and not _OWNER_BEFORE.search(before)):
                # "a very patient Form 4 class": a role word said of a degree is an adjective; "ex turpi
                # causa", "ex parte": "ex" with no one's before it is Latin, not someone's former partner
                continue
            m = regex.match(text, w.start())
            if not m:
                continue
            start, end = self.trim(text, *m.span("span"), doc, starts)
            if start < end:
                results.append(self.result(start, end, score, text[start:end]))
        return results

    def trim(self, text, start, end, doc, starts):
        first = re.match(WORD, text[start:end])
        if first and len(first.group()) > 1 and first.group().isupper() and text[:start].rstrip().endswith(","):
            # "a 58M patient, ROSC achieved": after a comma, a capitalised acronym starts a new clause
            return start, start
        if first and not first.group()[0].isupper():
            # a lowercase word after a role noun is a name only if it is not a dictionary word, or
            # the tagger marks it as a proper noun ("our new grad rosie"), and only that one word
            tok = token_at(doc, starts, start) if doc is not None else None
            word = first.group()
            if _lower_first_name_then_verb(text, start, word, tok):
                return start, start + first.end()
            # (two everyday words run together, "backyard", whatever the tagger says: it guesses at unknown words)
            # An everyday word no dictionary lists as a name is no name whatever the tagger says ("therapist
            # confession:", "Consultant bingo:"); one that is a name too ("nanny peg") is a name where the tagger says so.
            if word.lower() in FUNCTION_WORDS or lexicon.is_closed_compound(word) or _hyphened_everyday(word) or (
                lexicon.is_ordinary_word(word)
                and (not lexicon.is_listed_as_name(word) or not (tok is not None and is_proper(tok)))
            ) or (tok is not None and tag_of(tok) in _VERB_TAGS):
                # "Tom's dog died": a verb after a role noun is what the pet did, not its name
                return start, start
            if word.lower() in _OTHER_LANGUAGE_WORDS and not _WHO_AFTER.match(text, start + first.end()):
                # "pour son appart" (his flat), "Brave girl paa" (Twi: very): a common word of another language, on a
                # list that holds no given names (other_language_words.txt), is the clause's word, not a name in
                # lowercase ("our new grad rosie", "my client wanjiku" are on no such list); but "who" after it says
                # a person ("my student tayo who passed": Tagalog's "we", a Yoruba name)
                return start, start
            if (len(word) <= 2 or _ROLE_NOUN.fullmatch(word) or _LOWER_NAME_UNLIKELY.search(text[max(0, start - 40) : start])
                    or _PLURAL_ROLE_BEFORE.search(text[max(0, start - 40) : start])):
                # "District nursing is boss, la", "every granny midwife", "give the doctor aam": a particle,
                # a second role, or a word of another language after "the doctor"; a name in lower case
                # follows a bare role ("nanny peg", "our new grad rosie", "my colleague, priya,")
                return start, start
            return start, start + first.end()
        if first and doc is not None and lexicon.is_ordinary_word(first.group().lower()) and not lexicon.is_listed_as_name(first.group()):
            # "Every Child Matters", "Every Nurse Counts": a slogan's verb after the role word, written with a
            # capital as a title is; the tagger says verb, and the dictionary lists it as no name
            tok = token_at(doc, starts, start)
            if tok is not None and tag_of(tok) in _VERB_TAGS - {"MD"}:
                return start, start
        start, end = super().trim(text, start, end, doc, starts)
        if start < end and _title_words_only(text[start:end].split()) and not _after_a_pet_kind(text, start):
            return start, start  # "Clinical Nurse Manager", "Dog Man": the title or the thing's name goes on
        return start, end
