"""A name the post found, said again on its own as a sentence, in any case: "our new manager Bill has
decided we don't need a 3rd carer on nights anymore. bill. BILL." A word alone between full stops is
the name called out, however ordinary it is as a word ("bill"), so a rewrite cannot leave it behind.
A second-pass recognizer: it reads the people the others named."""

from __future__ import annotations

import re

from ..support.people import SecondPassRecognizer, people_named

# One word standing as a sentence: after the start, a sentence's end or a line break, before its own end.
_ALONE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))(?P<word>[^\W\d_]{3,})(?=[.!?]+(?:\s|$))", re.MULTILINE)


class NameSaidAloneRecognizer(SecondPassRecognizer):
    ORDER = 1105
    ENTITY = "PERSON"
    WHY = "This name was identified elsewhere in the post."

    def build_on(self, text, nlp_artifacts, people):
        if not people or not _ALONE.search(text):
            return []
        names: dict[str, float] = {}
        for start, end, score in people_named(text, nlp_artifacts, people):
            for word in re.findall(r"[^\W\d_]{3,}", text[start:end]):
                names[word.lower()] = max(names.get(word.lower(), 0.0), score)
        covered = [(s, e) for s, e, _ in people]
        results = []
        for m in _ALONE.finditer(text):
            word = m.group("word").lower()
            if word in names and not any(s <= m.start() < e for s, e in covered):
                results.append(self.result(m.start(), m.end(), round(names[word] * 0.9, 3)))
        return results
