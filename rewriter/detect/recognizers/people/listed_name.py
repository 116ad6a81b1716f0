"""Names in a list of names: "Squad for Saturday: Erin, Saoirse M, Saoirse K, Maeve, Nadia and Oluchi", "On
tonight: Precious, Gráinne and Tomasz". A coach's squad, a rota, a class's winners are lists of first names,
and the small model calls some of them places or organisations and misses the first after a colon. A
second-pass recognizer: once at least two items of a list of three or more are people the first pass named
(see support/people.py), every other item of one or two capitalised words is a person too. An item that is
no name (an everyday acronym, a weekday, a function word) or a public name breaks nothing and is left."""

from __future__ import annotations

import re

from ..support import lexicon
from ..support.famous_names import is_listed_famous
from ..support.lexicon import FUNCTION_WORDS
from ..support.people import SecondPassRecognizer, first_pass_people
from ..support.public import is_public_mention

_ITEM = r"[A-Z][^\W\d_]*(?:['’-][^\W\d_]+)*(?:\s+[A-Z](?:[^\W\d_]*(?:['’-][^\W\d_]+)*|\.))?"
_JOIN = r"(?:\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+)"
# three items or more, joined by commas and perhaps a last "and"
_LIST = re.compile(rf"(?<![\w'’-]){_ITEM}(?:{_JOIN}{_ITEM}){{2,}}(?![\w'’-])")
_ITEM_RE = re.compile(_ITEM)
# Scored as a name the list shows, above spaCy's guess of a place or an organisation for the same words.
LISTED_NAME_SCORE = 0.86


class ListedNameRecognizer(SecondPassRecognizer):
    ORDER = 795  # its results go among the name recognizers'
    ENTITY = "PERSON"
    WHY = "An item in a list of people's names is a name too."

    def build_on(self, text, nlp_artifacts, people):
        if len(people) < 2 or "," not in text:
            return []
        results = []
        for run in _LIST.finditer(text):
            items = [(run.start() + m.start(), run.start() + m.end()) for m in _ITEM_RE.finditer(run.group())]
            named = [it for it in items if any(s <= it[0] and it[1] <= e or it[0] <= s < it[1] for s, e, _ in people)]
            if len(named) < 2:
                continue
            for start, end in items:
                if (start, end) in named or not _name_like(text, start, end):
                    continue
                results.append(self.result(start, end, LISTED_NAME_SCORE, text[start:end]))
        return results


def _name_like(text: str, start: int, end: int) -> bool:
    words = text[start:end].split()
    first = words[0]
    if first.lower() in FUNCTION_WORDS or lexicon.is_not_a_name(first) or len(first) < 2:
        return False
    return not (is_listed_famous(text[start:end]) or is_public_mention(text, start, end, "PERSON"))
