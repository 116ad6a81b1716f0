"""A name after a Filipino courtesy title: "Si Ate Marites na principal namin", "Ate Rhea, your feedback
is gold", "Kuya Jomar our security guard". Such a title is said to any older person (a colleague, a
patient, a neighbour), so the name after it is someone's name. The writer's own family ("my Ate Carla")
is left, and so is the English verb "Ate" ("Ate a whole pack of custard creams", "Ate Jollibee at 3am")."""

from __future__ import annotations

import re

from .... import vocab
from ..support import lexicon
from ..support.base import Pattern
from ..support.names import CAPITALISED_WORD, PersonRegexRecognizer
from ..support.public import BRANDS

_TITLES = "|".join(vocab.entries("kin_titles"))


class KinTitleNameRecognizer(PersonRegexRecognizer):
    ORDER = 702
    WHY = "A courtesy title like 'Ate' or 'Kuya' comes before someone's name."
    PATTERNS = [
        Pattern(
            "kin title and name",
            rf"(?<![\w'’-])(?<!\b[Mm]y\s)(?<!\b[Oo]ur\s)(?P<span>(?:{_TITLES})\s+{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD})?)",
            0.6,
        ),
    ]

    def trim(self, text, start, end, doc, starts):
        # the span is the title and the name, as a titled name's is ("Mrs Pennington"); the checks read the name
        title = re.match(r"\w+", text[start:end]).group()
        name_start = start + re.match(r"\w+\s+", text[start:end]).end()
        name_start, end = super().trim(text, name_start, end, doc, starts)
        words = text[name_start:end].split()
        if not words:
            return start, start
        first = words[0]
        if first in BRANDS or " ".join(words) in BRANDS:
            return start, start  # "Ate Jollibee chickenjoy at 3am": the verb and a brand
        before = bool(re.search(r"(?i)\b(?:si|ni|kay|kina|sina|to|and|with|at|kasama)\s+$|[,;]\s*$", text[max(0, start - 24) : start]))
        after = bool(re.match(r"\s*[,!]|\s+(?:our|my|na|ng|sa|from|who)\b", text[end:]))
        opens_sentence = not text[:start].strip() or bool(re.search(r"[.!?\n]\s*$|[^\w\s,;:'’\"-]\s+$", text[:start]))
        if title == "Ate" and opens_sentence and not after:
            return start, start  # "Ate a whole pack", the verb opening a sentence
        if lexicon.is_ordinary_word(first) and not lexicon.is_listed_as_name(first):
            if not (before or after) or (title == "Ate" and opens_sentence and not before):
                return start, start  # "Ate Pizza, then slept"; "Tita Cake": a word, not a name
        return start, end
