"""Every other mention of a name found in the post, in any case: "starring Borkowski" after "directed by
Maciej Borkowski", "everyone calls me borna" after "my name is borna jerković", so a rewrite cannot
leave one behind. A second-pass recognizer: it reads the people the others named."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.lexicon import FUNCTION_WORDS
from ..support.names import WORD
from ..support.people import SecondPassRecognizer, people_named
from .word_name import WORD_NAMES


class RepeatedNameRecognizer(SecondPassRecognizer):
    ORDER = 1100
    ENTITY = "PERSON"
    WHY = "This name was identified elsewhere in the post."

    def build_on(self, text, nlp_artifacts, people):
        found = people_named(text, nlp_artifacts, people)
        if not found:
            return []
        words: dict[str, float] = {}
        exact: set[str] = set()  # names seen only on weak evidence: chase only the same spelling
        for start, end, score in found:
            for w in re.findall(WORD, text[start:end]):
                if len(w) >= 3 and w.lower() not in FUNCTION_WORDS and not lexicon.is_not_a_name(w):
                    if w[0].isupper() and lexicon.is_ordinary_word(w):
                        if w.lower() not in WORD_NAMES:
                            continue  # "Will", "Hill": too common to chase through the post
                        # "So proud of you Hope" makes "Hope's been struggling" the same girl, but
                        # only that spelling ("hope" stays a word)
                        exact.add(w)
                        words[w.lower()] = max(words.get(w.lower(), 0.0), score)
                        continue
                    if score < 0.6:
                        exact.add(w)
                    else:
                        exact.discard(w)
                    words[w.lower()] = max(words.get(w.lower(), 0.0), score)
        # A word met once in the post is only the mention already found: compiling a pattern for it
        # (a fresh one per post, so never cached) cost more than the rest of this recognizer.
        lowered = text.lower()
        if len(lowered) == len(text):
            words = {w: score for w, score in words.items() if lowered.count(w) > 1}
        if not words:
            return []
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)
        covered = [(s, e) for s, e, _ in found]
        results = []
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            if m.group() not in exact and any(m.group().lower() == w.lower() for w in exact):
                continue
            score = round(words[m.group().lower()] * 0.9, 3)
            results.append(self.result(m.start(), m.end(), score))
        return results
