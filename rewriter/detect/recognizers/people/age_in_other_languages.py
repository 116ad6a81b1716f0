"""Ages told the way other languages written in posts tell them, with a word that makes the number an age and nothing
else (issue 10: ages in their written forms):

- the language's own "years old" after the number (age_units_other_languages.txt): "bé 3 tuổi", "Cabdi oo 17 jir
  ah", "Kerem 87 yaşında", "Mój pacjent, 23-letni student", "die 87-Jährige", "Joãozinho, 7 aninhos";
- its word for a person's age before the number (age_words_before_a_number.txt): "budak intern, umur 21",
  "יוסף, בן 88", "Lami, shekarunta 16";
- a Romance verb of having or turning an age, the number, and that language's word for years
  (age_have_verbs.txt): "Domnul V. are 62 de ani", "a dona Glorinha tem 87 anos", "elle a 87 ans", "cumplió 90
  años".

Each is the same detail as "87 years old". The plain words for years ("anos", "jaar", "miaka", "tahun") are left to
the rules that read an age from a person before it (age_of_a_person.py): after a number they are a length of time as
often ("31 jaar lab manager", "depuis 10 ans"). Numbers outside 1 to 115, and the writer's own family ("my son, 7
aninhos") are left."""

from __future__ import annotations

import re

from .... import vocab
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer
from .age import _about_own_family


def _alternation(words) -> str:
    """Longest first, each escaped, spaces as any run of space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_NUMBER = r"(?<![\w.,/-])(?P<number>\d{1,3})"
_UNITS = _alternation(vocab.entries("age_units_other_languages"))
_BEFORE = _alternation(vocab.entries("age_words_before_a_number"))


# French "a" is "has" only after its subject ("il y a 3 ans" is three years ago, "à 3 ans" at three)
_SUBJECT_OF_A = r"(?:(?<=\bil\s)|(?<=\belle\s)|(?<=\bqui\s)|(?<=\bon\s))a"


def _verb(form: str) -> str:
    return _SUBJECT_OF_A if form == "a" else re.escape(form).replace(r"\ ", r"\s+")


def _have_pattern() -> str:
    """One alternative a language: its verb forms, the number (the group spanK) and its words for years."""
    rows = []
    for k, (verbs, units) in enumerate(vocab.meanings("age_have_verbs").items()):
        forms = sorted((v.strip() for v in verbs.split(",")), key=len, reverse=True)
        years = _alternation(u.strip() for u in units.split(","))
        rows.append(rf"(?<![\w'’])(?:{'|'.join(map(_verb, forms))})\s+(?P<span{k}>\d{{1,3}}\s+(?:{years}))")
    return "|".join(rows)


_HAVE = _have_pattern()
# "tem 30 anos de casa", "ha 20 anni di esperienza": years of something, not an age
_YEARS_OF = re.compile(r"\s+(?:de|di|do|da|del|of)\b|\s*d['’]", re.IGNORECASE)


class AgeInOtherLanguagesRecognizer(GatedRegexRecognizer):
    ORDER = 113
    GATE = HAS_DIGIT
    ENTITY = "AGE"
    FLAGS = re.IGNORECASE
    PATTERNS = [
        # "3 tuổi", "17 jir", "23-letni", "87-Jährige", "87 éves": the number and the language's own "years old"
        Pattern("N years-old word", rf"(?P<span>{_NUMBER}(?:\s|-|\s-\s)?(?:{_UNITS}))(?![\w-])", 0.8),
        # "umur 21", "בן 88", "shekarunta 16": the word for a person's age, then the number
        # (the word goes with the number: the rewrite keeps it and makes the number a band, "umur 20+")
        Pattern("age word N", rf"(?<![\w-])(?P<span>(?:{_BEFORE})\s+\d{{1,3}})(?![\w.,/:-]*\d)(?![\w%+])", 0.75),
    ]
    # "are 62 de ani", "tem 87 anos", "elle a 87 ans": has or turns the number of years (the number and the years
    # are the age, the verb stays)
    HAS_YEARS = re.compile(rf"(?:{_HAVE})(?![\w-])", re.IGNORECASE)

    def find(self, text, nlp_artifacts=None):
        results = super().find(text, nlp_artifacts)
        for m in self.HAS_YEARS.finditer(text):
            group = next(g for g, v in m.groupdict().items() if v is not None)
            start, end = m.span(group)
            if self._is_age(text, start, end, m.end()):
                results.append(self.result(start, end, 0.75, text[start:end]))
        return results

    def accept(self, match: re.Match, text: str) -> bool:
        start, end = match.span("span")
        return self._is_age(text, start, end, match.end())

    @staticmethod
    def _is_age(text: str, start: int, end: int, after: int) -> bool:
        number = int(re.search(r"\d+", text[start:end]).group())
        if not 1 <= number <= 115:
            return False
        if _YEARS_OF.match(text, after):
            return False
        return not _about_own_family(text, start, text[start:end])
