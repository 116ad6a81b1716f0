"""Numbers written as words ("ninety-four", "eighty seven", "a hundred and one"), read to their value.

An age is as often written out as in figures: "a ninety-four-year-old gentleman", "aged eighty seven".
The words are English's cardinals (rewriter/data/number_words.txt); a number is a tens word with its unit
("ninety-four", "ninety four"), a unit or a teen alone, or a hundred and what follows it.
"""

from __future__ import annotations

import re

from .... import vocab

VALUES: dict[str, int] = {word: int(value) for word, value in vocab.meanings("number_words").items()}
_UNITS = sorted((w for w, v in VALUES.items() if v < 10), key=len, reverse=True)
_TEENS = sorted((w for w, v in VALUES.items() if 10 <= v < 20), key=len, reverse=True)
_TENS = sorted((w for w, v in VALUES.items() if v >= 20), key=len, reverse=True)
_BELOW_HUNDRED = (rf"(?:(?:{'|'.join(_TENS)})(?:[\s-]+(?:{'|'.join(_UNITS)})\b)?|(?:{'|'.join(_TEENS)})|(?:{'|'.join(_UNITS)}))\b")
# "ninety-four", "a hundred and one", "one hundred and two": a number a person's age can be.
NUMBER_IN_WORDS = rf"(?<![\w-])(?:(?:a|one)[\s-]+hundred(?:[\s-]+(?:and[\s-]+)?{_BELOW_HUNDRED})?\b|{_BELOW_HUNDRED})"
_NUMBER = re.compile(NUMBER_IN_WORDS, re.IGNORECASE)


def value_of(text: str) -> int | None:
    """The value of the first number written in words in ``text`` ("Ninety-four-year-old" -> 94), or None."""
    m = _NUMBER.search(text)
    if m is None:
        return None
    words = re.findall(r"[a-z]+", m.group().lower())
    if "hundred" in words:  # "a hundred and one": a hundred, then what follows it
        words = words[words.index("hundred") + 1:]
        return 100 + sum(VALUES.get(w, 0) for w in words)
    return sum(VALUES.get(w, 0) for w in words)
