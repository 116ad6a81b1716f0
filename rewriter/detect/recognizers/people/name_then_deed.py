"""A name opening a sentence, placed somewhere and then doing what only a person does: "Reg at Kōwhai Lodge
taught me cribbage", "Dolly on the second floor at Fernbrook Court told us", "Travis from Sandusky DM'd me
again", "JB read a whole page out loud today". The small model misses a name it has never seen at the start
of a sentence, and the proper-noun rule does not trust the first word of one.

The verb is one whose subject is a person (rewriter/data/person_deeds.txt: told, taught, texted, hugged,
read...), or turning an age ("turned 90"). Between the name and the verb there may be where the person is ("at Kōwhai Lodge", "on the second
floor", "from Sandusky", "in 1st grade"). The word must look like a name:
- with a place between, a capitalised word that is no everyday word, or one the dictionary lists as a name,
  or one the tagger calls a proper noun ("Dolly", "Reg"); never a word for people ("Everyone at work told
  me", "Staff on the ward said", "Mum from bed 3 asked");
- alone before the verb, a word no dictionary knows ("Tavian told me"), or initials ("JB read"), never an
  everyday acronym ("HR told me", "GP asked");
and never a famous or public name ("Google told me", "Siri told me")."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.doc_tokens import is_proper, token_at, token_starts
from ..support.famous_names import is_listed_famous
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import FAMILY_NOUNS, PersonRegexRecognizer
from ..support.public import is_public_mention

_DEEDS = "(?:" + "|".join(re.escape(w).replace("'", "['’]") for w in sorted(vocab.words("person_deeds"), key=len, reverse=True)) + ")"
# Where a sentence opens: the start, after its end or a line break, or after an emoji.
_OPENS = re.compile(r"(?:^|[.!?]\s{1,2}|\n\s*|[\U0001F000-\U0001FAFF\u2600-\u27BF]\s*)$")
_NAME = r"(?:[A-Z][a-z][^\W\d_]*(?:['’-][^\W\d_]+)?|[A-Z]{2,3})"
# where the person is, in up to six words without a sentence's end or a comma
_WHERE = r"\s+(?:at|on|from|in)(?:\s+[^\s.!?,;:()]+){1,6}?"
_ADVERB = r"(?:just|finally|actually|literally|always|once|then|also)\s+"
# Words for people and groups, capitalised to open a sentence: no one's name.
_PEOPLE_WORDS = frozenset(
    w.lower() for name in ("person_words", "person_words_more", "informal_people_words", "role_nouns", "role_nouns_more",
                           "group_people_words", "job_titles", "occupations", "family_nouns")
    for w in vocab.entries(name)
)
_FIRST_NAMES = vocab.words("common_word_names")
# A film, a year or a crisis teaches too: taught or teaches counts with a place before it or the writer as its
# object ("Reg at the lodge taught me", "Tavian taught us"), not alone ("Barbenheimer taught marketers").
_LESSONS = frozenset({"taught", "teaches"})
_TO_THE_WRITER = re.compile(r"\s+(?:me|us)\b", re.IGNORECASE)


class NameThenDeedRecognizer(PersonRegexRecognizer):
    ORDER = 765
    WHY = "A word opening a sentence and then doing what only a person does is someone's name."
    PATTERNS = [
        Pattern("name, where, and a person's deed", rf"(?P<span>{_NAME})(?P<where>{_WHERE})?\s+(?:{_ADVERB})?(?P<deed>(?i:{_DEEDS})\b|turned\s+\d{{2,3}}\b)", 0.55),
    ]

    # the opening of the sentence is checked in analyze, which reads the whole match
    PREMATCH = False

    def analyze(self, text, entities, nlp_artifacts=None):
        doc = getattr(nlp_artifacts, "tokens", None)
        starts = None
        results = []
        regex, score = self._compiled[0]
        for m in regex.finditer(text):
            start, end = m.span("span")
            if start > 0 and not _OPENS.search(text, max(0, start - 4), start):
                continue
            if doc is not None and starts is None:
                starts = token_starts(doc)
            if m.group("deed").lower() in _LESSONS and m.group("where") is None and not _TO_THE_WRITER.match(text, m.end()):
                continue  # "Barbenheimer taught marketers more than any MBA": a thing teaches a lesson too
            if self._is_name(text, start, end, m.group("where") is not None, doc, starts):
                results.append(self.result(start, end, score, text[start:end]))
        return results

    def _is_name(self, text, start, end, placed, doc, starts) -> bool:
        word = text[start:end]
        low = word.lower()
        if low in FUNCTION_WORDS or low in FAMILY_NOUNS or low in _PEOPLE_WORDS or lexicon.is_not_a_name(word):
            return False
        if is_listed_famous(word) or is_public_mention(text, start, end, "PERSON"):
            return False
        if word.isupper():
            return True  # initials: everyday acronyms went with is_not_a_name
        if not lexicon.is_ordinary_word(word):
            return True
        if not placed:
            return False
        if lexicon.is_listed_as_name(word) or low in _FIRST_NAMES:
            return True
        tok = token_at(doc, starts, start) if doc is not None else None
        return tok is not None and is_proper(tok)
