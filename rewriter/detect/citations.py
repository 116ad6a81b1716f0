"""Citations, which name no one whatever rule read a name in them:

- a passage of scripture by its book, chapter and verse: "(Matthew 25:36)", "a devotion on Psalm 23",
  "1 Corinthians 13:4-7 at the wedding". The book is a book of the Bible (data/bible_books.txt) with a chapter
  right after it, and a verse after a colon or a word of faith in the post (data/scripture_cues.txt: "verse",
  "chaplaincy", "church", "pray"...). A book that is also a given name ("Matthew", "John", "Ruth") needs both: a
  chapter and verse, and a word of faith ("Matthew 25 was brilliant in clinic" is a person and an age). A title
  or a served person just before it ("Mr John 3", "patient Ruth 12") keeps it a person;
- a landmark court case by its parties, whichever rule read a party ("the Supreme Court judgment in Uber BV v
  Aslam", read by the company name rule): support/landmark_cases.py already says when a case is one the writer
  studies or cites rather than one they work on, and the case caption and model readings use it; a party read by
  another rule is the same party.
"""

from __future__ import annotations

import re

from .. import vocab
from ..spans import Span
from .recognizers.support import lexicon
from .recognizers.support.landmark_cases import landmark_case

_BOOKS = vocab.words("bible_books")
_CITATION = re.compile(
    rf"(?<![\w'’-])(?:(?:[123]|I{{1,3}})\s+)?(?P<book>{vocab.alternation('bible_books')})\s+"
    r"(?P<chapter>\d{1,3})(?P<verse>:\d{1,3}(?:\s?[-–]\s?\d{1,3})?)?(?![\w:.,]\d)(?![\w:])"
)
_FAITH = re.compile(rf"(?i)\b{vocab.alternation('scripture_cues')}\b|[🙏✝⛪📖]")
_PERSON_BEFORE = re.compile(
    rf"(?i)\b(?:mr|mrs|ms|miss|dr|mx|sister|brother|bed|room|{vocab.alternation('own_people')})s?\.?\s+$")
_EDGES = " \t'’\"“”()[],.;:!?"
_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION", "NRP", "FACILITY", "DATE_TIME", "FIGURE", "AGE",
                    "REFERENCE_NUMBER", "STREET_ADDRESS"})


def scripture_citations(text: str) -> list[tuple[int, int]]:
    """Where the post cites a passage of scripture, as (start, end) pairs."""
    found = []
    faith = None
    for m in _CITATION.finditer(text):
        book = m.group("book")
        if _PERSON_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue
        if faith is None:
            faith = _FAITH.search(text) is not None
        named_like_a_person = lexicon.is_listed_as_name(book)
        if (m.group("verse") and (faith or not named_like_a_person)) or (faith and not named_like_a_person):
            found.append((m.start(), m.end()))
    return found


def _within(span: Span, start: int, end: int, text: str) -> bool:
    """The span is inside the citation, or is the citation with only punctuation or spaces more."""
    if start <= span.start and span.end <= end:
        return True
    return (span.start <= start and end <= span.end and not text[span.start:start].strip(_EDGES)
            and not text[end:span.end].strip(_EDGES))


def outside_citations(spans: list[Span], text: str) -> list[Span]:
    cited = scripture_citations(text) if any(b in text for b in ("Psalm", ":")) or _CITATION.search(text) else []
    kept = []
    for s in spans:
        if s.entity_type in _KINDS and any(_within(s, a, b, text) for a, b in cited):
            continue
        if s.entity_type in ("PERSON", "ORGANIZATION") and " v" in text and landmark_case(text, s.start, s.end):
            continue
        kept.append(s)
    return kept
