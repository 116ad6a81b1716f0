"""Names known by where the person belongs, said the informal way: "lol priya at work told a patient",
"Kai from Walton Vale youth club got his trial". The name may be lowercase after "at work"; after a named
club or group it is capitalised, and may be a word too ("Kai") when the tagger calls it a proper noun."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.doc_tokens import is_proper, token_at
from ..support.names import CAPITALISED_WORD, WORD, PersonRegexRecognizer

# Where a sentence or a clause opens: the start, after its end, or after a word that opens a chat line.
# (checked in code on the few characters before a match: as lookbehinds at every position they cost
# more than all the rest)
_OPENS = re.compile(r"(?:^|[.!?,;:]\s{1,2}|\n|\b(?i:lol|omg|haha|ok|okay|so|and|but|when|then|ngl|tbh)\s)$")
# A group someone comes from, after its own name: "Walton Vale youth club", "St Anne's youth group".
_GROUPS = r"(?i:youth\s+club|youth\s+group|club|group|academy|school|college|church|team|nursery|hub|project|scouts|brownies|guides)"
# Words for people used like names in a chat ("bro at work", "my bestie from work"): no one's name.
_NOT_NAMES = vocab.words("informal_people_words")
_PAST_FORMS = vocab.words("irregular_past_forms") | vocab.words("common_past_forms")


class NameAtAPlaceRecognizer(PersonRegexRecognizer):
    ORDER = 742
    WHY = "The way this word is used shows it is someone's name."
    FLAGS = re.MULTILINE
    PATTERNS = [
        # "lol priya at work told a patient", "Dom from work said": one word, then at or from work, then a verb
        Pattern(
            "name at work",
            rf"(?<![\w'’-])(?P<span>{WORD})\s+(?:at|from)\s+work\b(?=\s+(?:just\s+|always\s+|literally\s+)?(?:[a-z]+ed|told|said|says|asked|"
            r"gave|brought|bought|made|got|sent|is|was|has|keeps|thinks|reckons)\b)",
            0.6,
        ),
        # "Kai from Walton Vale youth club got his academy trial"
        Pattern(
            "name from a named group",
            rf"(?<![\w'’-])(?P<span>{CAPITALISED_WORD})\s+from\s+(?:[A-Z][\w'’-]+\s+){{1,3}}{_GROUPS}\b",
            0.6,
        ),
    ]

    # a word every match needs, for each pattern: most posts have neither, and skip the patterns
    _NEEDS = ("work", " from ")

    def analyze(self, text, entities, nlp_artifacts=None):
        lowered = text.lower()
        if not any(need in lowered for need in self._NEEDS):
            return []
        return super().analyze(text, entities, nlp_artifacts)

    def trim(self, text, start, end, doc, starts):
        if start > 0 and not _OPENS.search(text, max(0, start - 6), start):
            return start, start  # the name must open its sentence or clause
        start, end = super().trim(text, start, end, doc, starts)
        word = text[start:end]
        if not word or len(word) < 3 or word.lower() in _NOT_NAMES:
            return start, start
        tok = token_at(doc, starts, start) if doc is not None else None
        if word[0].isupper() and not lexicon.is_listed_as_name(word) and (tok is None or not is_proper(tok)):
            # "Someone from Oakfield Academy rang", "Withdrew from Oakfield Academy": a capitalised word
            # opening the sentence is a name only when the tagger calls it one
            return start, start
        low = word.lower()
        if low in _PAST_FORMS or (low.endswith("ed") and len(low) > 4 and lexicon.is_ordinary_word(low)):
            return start, start  # "Withdrew from Oakfield Academy", "Transferred from ...": a verb, however tagged
        if word.islower() and lexicon.is_ordinary_word(word):
            return start, start  # "someone at work said"
        return start, end
