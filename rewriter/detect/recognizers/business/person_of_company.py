"""Capitalised words after a person and "of": "Vilma Holm of Initech", "Josef Novak of Importio", the way
articles name someone together with their employer. A second-pass recognizer: it reads the people the
others named. Scored below spaCy's places, so "Jane Smith of Leeds" stays a place when the model knows
the town."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.companies import COMPANY_WORD
from ..support.people import SecondPassRecognizer, people_named


class PersonOfCompanyRecognizer(SecondPassRecognizer):
    ORDER = 1110
    ENTITY = "ORGANIZATION"
    WHY = "Naming where someone works can identify them."
    _AFTER = re.compile(rf"[ \t]+of[ \t]+(?P<the>[Tt]he[ \t]+)?(?P<span>{COMPANY_WORD}(?:[ \t]+{COMPANY_WORD}){{0,2}})")
    SCORE = 0.6

    def build_on(self, text, nlp_artifacts, people):
        results = []
        for start, end, _ in people_named(text, nlp_artifacts, people):
            # a first name and a surname: a single word ("Salesperson of the Month") is too weak a person
            if len(text[start:end].split()) < 2:
                continue
            m = self._AFTER.match(text, end)
            if m and self._company_words(m.group("span").split(), after_the=bool(m.group("the"))):
                s, e = m.span("span")
                results.append(self.result(s, e, self.SCORE, text[s:e]))
        return results

    @staticmethod
    def _company_words(words: list[str], after_the: bool) -> bool:
        if any(lexicon.is_not_a_name(w) for w in words):
            return False  # "Tom Hale of March 2020"
        # "of the Year", "of the Month" are titles; "of the Globex board" still names a company
        return not (after_the and all(lexicon.is_ordinary_word(w) for w in words))
