"""The company line of a signature or contact card: a short line of capitalised words just above
the address ("Jane Doe / Scale Unlimited / Unit 5022 Box 1225 / ..."). Lines that are spaCy's
people stay people: this one scores lower."""

from __future__ import annotations

import re

from ..support.base import OwnRecognizer
from ..support.companies import COMPANY_WORD, capitalise_words


class SignatureCompanyRecognizer(OwnRecognizer):
    ORDER = 940
    TEXT_ONLY = True
    ENTITY = "ORGANIZATION"
    WHY = "The line above an address in a signature is usually the employer."
    _ADDRESS_LINE = re.compile(
        r"^[ \t>*?|]*(?:\d{1,6}\s+\S|(?i:unit|suite|apt|flat|p\.?o\.?\s*box|psc)\b)", re.MULTILINE
    )
    _NAME_LINE = re.compile(rf"^[ \t>*?|]*(?P<span>{COMPANY_WORD}(?:[ \t]+(?:&[ \t]+)?{COMPANY_WORD}){{0,4}})[ \t]*$")

    def analyze(self, text, entities, nlp_artifacts=None):
        if "\n" not in text:
            return []
        lines = []  # (start, line) for every line
        pos = 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        results = []
        seen = set()
        for k, (start, line) in enumerate(lines):
            if not self._ADDRESS_LINE.match(line):
                continue
            looked = 0
            for j in range(k - 1, -1, -1):
                if looked == 3:
                    break
                lstart, above = lines[j]
                if not above.strip(" \t>*?|"):
                    continue
                looked += 1
                m = self._NAME_LINE.match(capitalise_words(above) if text.islower() else above)
                if not m or j in seen:
                    continue
                seen.add(j)
                s, e = lstart + m.start("span"), lstart + m.end("span")
                results.append(self.result(s, e, 0.5))
        return results
