"""Names with an initial: "Noah P.", "Ravil G Yefimov", "Vide A. Persson", "leidy t muris"."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.base import Pattern
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import CAPITALISED_WORD, WORD, PersonRegexRecognizer


class InitialledNameRecognizer(PersonRegexRecognizer):
    ORDER = 720
    WHY = "A name with an initial identifies a person."
    PATTERNS = [
        Pattern("first name, initial, surname", rf"(?P<span>\b{CAPITALISED_WORD}\s+[A-Z]\.?\s+{CAPITALISED_WORD})", 0.8),
        # "Noah P.": the dot, or the end of the clause, is required
        Pattern("first name and initial with a dot", rf"(?P<span>\b{CAPITALISED_WORD}\s+[A-Z]\.)(?=\s|$)", 0.7),
        Pattern("first name and initial ending a clause", rf"(?P<span>\b{CAPITALISED_WORD}\s+[A-Z])(?=[,;!?)]|\s*$)", 0.6),
        Pattern("all lowercase", r"(?P<span>\b[a-zß-ÿ]{3,}\s+[a-z]\.?\s+[a-zß-ÿ]{3,})\b", 0.55),
    ]

    # a lone letter other than "a"/"I", or a letter with a dot, must be somewhere in the text
    _GATE = re.compile(r"(?<![\w'’])(?:[B-HJ-Zb-hj-z]|[A-Za-z]\.)(?![\w'’])")

    def analyze(self, text, entities, nlp_artifacts=None):
        if not self._GATE.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts)

    def trim(self, text, start, end, doc, starts):
        words = re.findall(WORD, text[start:end])
        first, last = words[0], words[-1]
        if lexicon.is_not_a_name(first) or first.lower() in FUNCTION_WORDS:
            return start, start
        if len(words) == 2 or len(last) == 1:
            # "Noah P." needs a first name the dictionary does not know ("Plan B", "Vitamin D" are not names)
            if lexicon.is_ordinary_word(first):
                return start, start
        if first[0].islower() and (lexicon.is_ordinary_word(first) or lexicon.is_ordinary_word(last)):
            return start, start
        return start, end
