"""Every other mention of a name found in the post, in any case: "starring Borkowski" after "directed by
Maciej Borkowski", "everyone calls me borna" after "my name is borna jerković", so a rewrite cannot
leave one behind. A second-pass recognizer: it reads the people the others named."""

from __future__ import annotations

import re

from .... import vocab
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
        forms = self._other_forms(text, found)
        return forms + [r for r in self._same_words(text, found) if not any(f.start <= r.start < f.end for f in forms)]

    def _same_words(self, text, found):
        words: dict[str, float] = {}
        exact: set[str] = set()  # names seen only on weak evidence: chase only the same spelling
        guarded: set[str] = set()  # first names that are common words: only where they stand as a name
        for start, end, score in found:
            first = re.match(WORD, text[start:end])
            if first and end - start > first.end() and first.group()[:1].isupper() and first.group()[1:].islower() and (
                first.group().lower() in FUNCTION_WORDS
                or (lexicon.is_ordinary_word(first.group()) and first.group().lower() not in WORD_NAMES)
            ) and lexicon.is_listed_as_name(first.group()):
                guarded.add(first.group())  # the first name of a full name that is a word: "Will" of "Will Fairbrother-Nwosu"
            for w in re.findall(WORD, text[start:end]):
                if len(w) >= 3 and w.lower() not in FUNCTION_WORDS and not lexicon.is_not_a_name(w):
                    if w[0].isupper() and lexicon.is_ordinary_word(w):
                        if w.lower() not in WORD_NAMES:
                            continue  # "Will", "Hill": too common to chase through the post in any case
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
        results = self._first_names_again(text, guarded, found) if guarded else []
        if not words:
            return results
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)
        covered = [(s, e) for s, e, _ in found]
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            if m.group() not in exact and any(m.group().lower() == w.lower() for w in exact):
                continue
            score = round(words[m.group().lower()] * 0.9, 3)
            results.append(self.result(m.start(), m.end(), score))
        return results

    # After a first name that is also a word, what shows it is the word: a pronoun or an article after it at a
    # sentence's start ("Will you", "Mark the"), an article or a possessive before it ("the Will", "his Will").
    _WORD_AFTER = frozenset({"you", "we", "i", "they", "he", "she", "it", "this", "that", "these", "those", "there",
                             "the", "a", "an", "your", "my", "our", "their", "his", "her", "be", "not", "anyone"})
    _WORD_BEFORE = frozenset({"the", "a", "an", "his", "her", "my", "your", "their", "our", "its", "free", "good", "last"})

    def _first_names_again(self, text: str, names: set[str], found) -> list:
        """The first name of a full name found, again on its own with its capital, where it stands as a
        name: "Please welcome Will Fairbrother-Nwosu ... Will joins us from retail", not "Will you join us?"
        nor "his last Will"."""
        results = []
        covered = [(s, e) for s, e, _ in found]
        for name in names:
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                if any(s <= m.start() < e for s, e in covered):
                    continue
                after = re.match(r"\s+([\w'’]+)", text[m.end():])
                before = re.search(r"([\w'’]+)\W*$", text[max(0, m.start() - 20):m.start()])
                if after is None or after.group(1).lower() in self._WORD_AFTER or after.group(1)[:1].isupper():
                    continue
                if before is not None and before.group(1).lower() in self._WORD_BEFORE:
                    continue
                results.append(self.result(m.start(), m.end(), 0.55))
        return results

    # Issue 10 (a private person's name in a form we miss): the same person named again in another form
    # than the one found, which the rewrite left behind and the verdict then called clean.
    # Where a name that is also an everyday word stands as a name again in lower case: spoken to at a
    # clause's end after a word of thanks or love ("Rich from data eng ... love u rich", "cheers bill.").
    _ADDRESS_BEFORE = re.compile(
        r"\b(?i:love|luv|thank|thanks|thx|ty|cheers|miss|proud\s+of|congrats|well\s+done|go|hi|hey|bye|night|"
        r"morning|big\s+up|respect)(?:\s+(?i:u|you|ya|yah))?\s+$"
    )
    _CLAUSE_END = re.compile(r"\s*(?:[.!?,;:)]|$|[^\w\s'’-])")
    # the initials of a full name found, written as the writer signs off to them: "Jun Wei ... Proud of you JW"
    _EVERYDAY_ACRONYMS = vocab.words("everyday_acronyms")
    _CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z]{3,}(?![\w'’-])")

    def _other_forms(self, text: str, found) -> list:
        covered = [(s, e) for s, e, _ in found]
        free = lambda s, e: not any(cs < e and s < ce for cs, ce in covered)  # noqa: E731
        results = []
        for start, end, score in found:
            if score < 0.6:
                continue  # a weak guess at a name: chase no other form of it
            words = [w for w in re.findall(WORD, text[start:end]) if len(w) > 1]
            capitals = [w for w in words if w[:1].isupper()]
            # initials of two or three capitalised names: "JW", never an everyday acronym ("ED", "TA")
            if 2 <= len(capitals) <= 3 and len(capitals) == len(words):
                initials = "".join(w[0] for w in capitals)
                # the substring test first: a pattern made per name is compiled afresh for every post, and
                # enough of them pushed the library's own patterns (phonenumbers') out of re's cache
                if initials in text and initials.lower() not in self._EVERYDAY_ACRONYMS \
                        and initials not in self._EVERYDAY_ACRONYMS:
                    for m in re.finditer(rf"(?<![\w'’&.-]){initials}(?![\w'’&-])", text):
                        if free(*m.span()):
                            results.append(self.result(m.start(), m.end(), 0.6))
            for w in words:
                if len(w) < 3 or w.lower() in FUNCTION_WORDS:
                    continue
                # spoken to again in lower case: "love u rich" (looked for only where that spelling is in the post)
                if w.lower() in text:
                    for m in re.finditer(rf"\b{re.escape(w.lower())}\b", text):
                        if free(*m.span()) and self._ADDRESS_BEFORE.search(text, max(0, m.start() - 25), m.start()) \
                                and self._CLAUSE_END.match(text, m.end()):
                            results.append(self.result(m.start(), m.end(), 0.6))
                # a short form of a long given name: "Lindiwe ... Lindi", "Christopher ... Chris"; not a word
                # ("Marchetti ... March") nor one the lexicon says is no name
                if len(w) >= 6 and w[:1].isupper():
                    for m in self._CAPITALISED.finditer(text):
                        short = m.group()
                        if (w.startswith(short) and len(w) - len(short) >= 2 and free(*m.span())
                                and not lexicon.is_ordinary_word(short.lower()) and not lexicon.is_not_a_name(short)):
                            results.append(self.result(m.start(), m.end(), 0.6))
        return results
