"""A first name that is also a word, opening a sentence and then doing something to what is theirs: "Grace
finally passed Algebra on her third go", "Rich did his ACL again", "Hope (our new setter) tore her ACL".

spaCy reads such a word at the start of a sentence as the word it also is, and the word-name rule rightly does
not trust a sentence's first word alone ("Hope is a strange thing in this work"). What makes it a person here
is the sentence itself: the word is the subject of a past verb, and "his" or "her" later in the same clause is
the subject's own ("on her third go", "his ACL"). A thing or a feeling does not own a try or a knee ("Hope kept
her going": "her" is the object there, which the tagger tells from the owner's "her"). The word must be a given
name the project lists (common_word_names.txt, word_names.txt, virtue_names.txt) or one the dictionary lists with
a capital, and never a word for people, a family word, a month or a public name.
"""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import OwnRecognizer
from ..support.doc_tokens import tag_of, token_at, token_starts
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import FAMILY_NOUNS
from ..support.public import is_public_mention

_NAMES_THAT_ARE_WORDS = vocab.words("common_word_names") | vocab.words("word_names") | vocab.words("virtue_names")
_NOT_NAMES_HERE = vocab.words("months") | vocab.words("weekdays") | FAMILY_NOUNS | frozenset(
    w.lower() for name in ("person_words", "person_words_more", "informal_people_words", "role_nouns", "group_people_words")
    for w in vocab.entries(name)
) | frozenset(  # and the nouns for the people served ("Guy put a skate blade through his hand": a guy, no Guy)
    w.lower() for w in vocab.entries("review_people_served") if " " not in w and "*" not in w
)
_PAST = vocab.words("common_past_forms") | vocab.words("irregular_past_forms")
# Where a sentence opens: the start, after its end or a line break, or after an emoji.
_OPENS = re.compile(r"(?:^|[.!?]\s{1,2}|\n\s*|[\U0001F000-\U0001FAFF\u2600-\u27BF]\s*)$")
_ADVERB = r"(?:just|finally|actually|literally|only|then|also|already|totally|properly|absolutely|nearly|almost)\s+"
_CLAUSE = re.compile(
    r"(?P<span>[A-Z][a-z]+)(?:\s*\([^()\n]{1,80}\))?\s+(?:" + _ADVERB + r")?(?P<verb>[a-z]+)\b"
    r"(?P<between>[^.!?;:,\n()]{0,50}?)\b(?P<own>his|her)\s+(?P<thing>[\w'’-]+)"
)

# A joining word between the verb and "his"/"her" starts another clause, whose owner may be anyone.
_NEXT_CLAUSE = re.compile(r"(?i)\b(?:and|but|or|so|then|because|while|when|until|after|before|if|as|who|which|that)\b")


class WordNameOwnThingRecognizer(OwnRecognizer):
    ORDER = 767
    ENTITY = "PERSON"
    NAMES_PEOPLE = True
    WHY = "A first name opening a sentence and then doing something to what is theirs is someone's name."

    def analyze(self, text, entities, nlp_artifacts=None):
        doc = getattr(nlp_artifacts, "tokens", None)
        starts = None
        results = []
        for m in _CLAUSE.finditer(text):
            start, end = m.span("span")
            if start > 0 and not _OPENS.search(text, max(0, start - 4), start):
                continue
            if not self._is_name(text, start, end, m.group("verb")):
                continue
            if _NEXT_CLAUSE.search(m.group("between")):
                continue  # "Summer arrived and brought her heatwave": "her" is in a clause of its own

            if m.group("own") == "her":
                # "Hope kept her going": an object "her" is someone else; only the owner's "her" (PRP$) counts
                if doc is None:
                    continue
                if starts is None:
                    starts = token_starts(doc)
                tok = token_at(doc, starts, m.start("own"))
                if tok is None or tag_of(tok) != "PRP$":
                    continue
            results.append(self.result(start, end, 0.55, text[start:end]))
        return results

    @staticmethod
    def _is_name(text: str, start: int, end: int, verb: str) -> bool:
        word = text[start:end]
        low = word.lower()
        if low in FUNCTION_WORDS or low in _NOT_NAMES_HERE or lexicon.is_not_a_name(word):
            return False
        if low not in _NAMES_THAT_ARE_WORDS and not lexicon.is_listed_as_name(word):
            return False
        if not (verb.endswith("ed") or verb in _PAST):
            return False  # "Grace under fire is her thing": no past deed of the subject
        return not is_public_mention(text, start, end, "PERSON")
