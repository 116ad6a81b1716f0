"""Names known by the phrase that introduces them, in any case: "my name is vitoria", "call me Csanád",
"jenny from the Tuesday group", "Hi Manlio,", "shouted at Todd"."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.doc_tokens import is_proper, token_at
from ..support.names import WORD, PersonRegexRecognizer
from ..support.public import inside_public_body
from .word_name import NAMES_THAT_ARE_WORDS

# One or two words of a name after the phrase; the name may be lowercase.
_NAME = rf"(?P<span>{WORD}(?:\s+{WORD})?)"
# A nickname in quotes: one capitalised word, or a word nicknames start with and a capitalised word ("Big Dom").
_NICKNAME_OPENERS = r"Big|Little|Lil|Young|Old|Wee|Tall|Posh|Mad|Smiley|Fat|Skinny|Uncle|Auntie|Aunty"
_NICKNAME = rf"(?P<span>(?:(?:{_NICKNAME_OPENERS})\s+)?[A-Z][a-z]+)"
_DEPARTMENTS = vocab.alternation("work_departments")
# After a greeting, an emoji ends the greeting as a comma does ("(hi leo 👋)", "thanks Aroha 🙏").
# places greeted ("morning Lagos ☀️"), lowercased
_PLACES = frozenset(w.lower() for name in ("big_places", "countries", "metropolises", "us_states") for w in vocab.words(name))
_WAVE = "\\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]"
_SAID_BEFORE = re.compile(r"(?i)\bsaid\s+$")


class NameInContextRecognizer(PersonRegexRecognizer):
    ORDER = 740
    WHY = "The way this word is used shows it is someone's name."
    FLAGS = re.MULTILINE
    PATTERNS = [
        # "my name is vitoria", "her name was Rubija", "my last name is Boyle"
        Pattern("name is", rf"\b(?i:name\s+(?:is|was|'s)|names\s+are|name:|last\s+name\?|first\s+name\?)\s+{_NAME}", 0.8),
        # "call me Csanád", "named him Luís", "called Aisha", "she named her Zoe"
        Pattern("called", rf"\b(?i:call(?:s|ed)?\s+me|named|called|named\s+(?:him|her|them)|call\s+(?:him|her))\s+{_NAME}", 0.65),
        # "i'm roberto's daughter", "this is Karen from accounts"
        Pattern("this is", rf"\b(?i:i'?m|i\s+am|this\s+is|it'?s|meet)\s+(?P<span>{WORD})(?=['’]s\s|\s+from\s)", 0.7),
        # "jenny from the Tuesday group", "emma from my thursday evening group"
        Pattern(
            "name from a group",
            rf"(?:^|(?<=[.!?,;:]\s)|(?<=\band\s)|(?<=\bwith\s))(?P<span>{WORD})\s+from\s+(?i:the|my|our|her|his|their)\b",
            0.6,
        ),
        # "Hi Manlio,", "Dear Mrs Kay", "thanks Sam!", "hi leo 👋" (greeting + name + punctuation or an emoji)
        Pattern(
            "greeting",
            rf"\b(?i:hi|hello|hey|dear|thanks|thank\s+you|cheers|congrats|congratulations)\s*,?\s+(?P<span>{WORD})(?=\s*[,!.:;]|\s*$|{_WAVE})",
            0.6,
        ),
        # "'Big Dom' in facilities", "“Shaz” from accounts": a nickname in quotes, then where they work
        Pattern(
            "nickname at work",
            rf"(?<![\w'’])['‘\"“]{_NICKNAME}['’\"”]\s+(?:in|from|on)\s+(?:the\s+)?(?i:{_DEPARTMENTS})\b",
            0.7,
        ),
        # "said Gladys to Logan", "shouted at Todd", "speak to Danial", "follow up with patricia desrosiers"
        Pattern(
            "spoken to",
            r"\b(?i:said|asked|told|shouted\s+at|spoke\s+to|speak\s+to|talk\s+to|talked\s+to|follow\s+up\s+with|heard|met|"
            rf"texted|emailed|rang)\s+{_NAME}",
            0.5,
        ),
    ]

    def trim(self, text, start, end, doc, starts):
        # The context is strong, but an ordinary word after it is not a name ("called back", "name is on").
        start, end = super().trim(text, start, end, doc, starts)
        words = re.findall(WORD, text[start:end])
        if not words:
            return start, start
        first = words[0]
        if inside_public_body(text, start, end):
            return start, start  # "check the Met Office": "Met" is no verb of meeting there, but a listed public body's name
        if re.match(_WAVE, text[end:]) and (first.isupper() or lexicon.is_not_a_name(first) or first.lower() in _PLACES):
            return start, start  # "Cheers NZ 🍷", "hi Auckland 👋": a greeting to a place or a group, not a person
        if first.islower() and lexicon.is_ordinary_word(first) and _SAID_BEFORE.search(text, max(0, start - 8), start):
            return start, start  # "His nan said ok.", "she said yes": what was said, in lower case, is no one
        if first.islower() and lexicon.is_ordinary_word(first):
            tok = token_at(doc, starts, start) if doc is not None else None
            if tok is None or not is_proper(tok):
                return start, start
        if (
            len(words) == 1
            and lexicon.is_ordinary_word(first)
            and not lexicon.is_listed_as_name(first)
            and re.match(r"\s+from\b", text[end:])
        ):
            # "Withdrew from the course": a capitalised verb, not "Jenny from the Tuesday group"
            return start, start
        if len(words) == 1 and text[start - 1 : start] in "'‘\"“" and start > 0 and lexicon.is_ordinary_word(first) \
                and not lexicon.is_listed_as_name(first) and first.lower() not in NAMES_THAT_ARE_WORDS:
            return start, start  # "'Agile' in IT": a term in quotes, not a nickname
        return start, end
