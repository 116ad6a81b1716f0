"""Dates written the way other languages write them, which the English date patterns (calendar_date.py) do not
read: a day number before a month of another language, with a dot or "de" between as the language has it
("Ročište 14. novembra", "Natten til den 3. februar", "Judici el 2 de setembre", "14 Kasım", "12 листопада"),
the month first where the language puts it there ("május 12.", "birželio 5 d."), a dotted day before an English
month ("am 14. November"), and a day and month in figures closed by a dot, as German and the Slavic languages
write them ("tá razia 14.11. o 5:30"). A day and month date a hearing, a raid or a birth as surely as "14
November" does. The months are rewriter/data/months_other_languages.txt; alone they are other things ("Mars",
"Marta", "maja"), so a day number is always required. Not read: a version or a section number ("iOS 17.4.",
"v2.1.", "§ 3.4."), a score or a count ("3 Mars bars")."""

from __future__ import annotations

import re

from .... import vocab
from ..support.calendar import MONTH
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

_DAY = r"(?:[12]\d|3[01]|0?[1-9])"


def _months(order: str) -> str:
    found = sorted((m for m, where in vocab.meanings("months_other_languages").items() if where == order),
                   key=len, reverse=True)
    return "|".join(re.escape(m) for m in found)


# A year may close the date ("2 de setembre de 2024", "14. novembra 2025.")
_YEAR = r"(?:,?\s+(?:de\s+)?(?:19|20)\d{2}\b)?"


class DateInOtherLanguagesRecognizer(GatedRegexRecognizer):
    ORDER = 412
    ENTITY = "DATE_TIME"
    GATE = HAS_DIGIT

    _DAY_FIRST = re.compile(
        # the day, a dot or a joining word ("de", Italian "di"), the month with the case ending Turkish puts after an
        # apostrophe ("14 Kasım'da"); not a number glued
        # to a figure before it ("1.14. novembra" is no day) and not "3 Mars bars"
        rf"(?<![\d.,/#])(?P<day>{_DAY})(?:\.|-?(?:го|er|e|ème))?\s*(?:(?i:de|di|del)\s+)?"
        rf"(?i:{_months('day first')})(?:['’][^\W\d_]+)?(?![\w'’])(?!\s+(?i:bars?)\b){_YEAR}"
    )
    # (with the case ending the language glues to the day: Hungarian "május 12-én", Lithuanian "Kovo 11-oji")
    _MONTH_FIRST = re.compile(
        rf"(?<![\w'’])(?i:{_months('month first')})\s+(?P<day>{_DAY})(?:-[^\W\d_][^\s\d.,;:!?()]*|(?:\.|\s*d\.)?(?![\d.,:/%]))"
    )
    # "am 14. November": an English month after a dotted day, as German and Nordic writers put it
    _DOTTED_ENGLISH = re.compile(rf"(?<![\d.,/])(?P<day>{_DAY})\.\s*{MONTH}(?![\w'’]){_YEAR}")
    # "14.11." day and month in figures with the closing dot; a word of software or law before it makes it
    # a version or a section number
    _FIGURES = re.compile(r"(?<![\w.,/§£$€-])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?![\d\w])")
    _NUMBERED_THING = re.compile(
        r"(?i)(?:\bv|\b(?:version|ver|ios|android|macos|windows|python|java|node|release|update|upgrade|build|patch|"
        r"firmware|chapter|ch|section|sec|rule|art|article|par|para|clause|step|level|lvl|grade|stage|table|fig|"
        r"figure|no|nr)\.?|§)\s*$"
    )

    # a clock time with a dot, closing its sentence: "chai at 11.05. Kindly note"
    _AT = re.compile(r"(?i)(?:\b(?:at|by|till|until|from|around|ab|um|kl|klo)\.?|@)\s*$")

    @classmethod
    def written_in_another_language(cls, date: str) -> bool:
        """Is ``date`` (a span's text) a date as this recognizer reads it, in another language's form? The
        generaliser words such a date without a tense (generalise/times.py)."""
        return any(regex.fullmatch(date) for regex in (cls._DAY_FIRST, cls._MONTH_FIRST, cls._DOTTED_ENGLISH)) or bool(
            re.fullmatch(r"[0-3]?\d\.[01]?\d\.", date))

    def find(self, text, nlp_artifacts=None):
        results = []
        for regex in (self._DAY_FIRST, self._MONTH_FIRST, self._DOTTED_ENGLISH):
            for m in regex.finditer(text):
                results.append(self.result(m.start(), m.end(), 0.7, m.group()))
        for m in self._FIGURES.finditer(text):
            day, month = int(m.group("day")), int(m.group("month"))
            if not (1 <= day <= 31 and 1 <= month <= 12):
                continue
            if self._NUMBERED_THING.search(text, max(0, m.start() - 20), m.start()) or self._AT.search(
                    text, max(0, m.start() - 12), m.start()):
                continue
            # a decimal at a sentence's end ("rose to 3.4.") reads the same; a date is written with its two-digit
            # day or month or is followed by more of the sentence
            if m.end() >= len(text.rstrip()) or not (len(m.group("day")) == 2 or len(m.group("month")) == 2):
                continue
            # (with its closing dot, which is the date's: "14.11" alone would read as a clock time)
            results.append(self.result(m.start(), m.end(), 0.6, m.group()))
        return results
