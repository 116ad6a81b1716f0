"""A small base for our recognizers: named patterns, one entity type, a reason a person can read.

Presidio's PatternRecognizer compiles with IGNORECASE by default and cannot say which part of a match
is the identifier. Ours are written as Presidio's are (named patterns with a score, context words) but
compile with the recognizer's own ``FLAGS``, so they are case-aware where case carries meaning (a
capitalised name after "my colleague"), and flag only the named group ``span`` when a pattern has one,
so "my colleague Will" reports "Will" and keeps the role noun as context.
"""

from __future__ import annotations

import re
from typing import ClassVar, NamedTuple

from presidio_analyzer import LocalRecognizer, RecognizerResult

from ....kinds import Detail


class Pattern(NamedTuple):
    """A named regular expression and the score of what it finds: Presidio's ``Pattern`` (name, regex,
    score) without its check on creation, which compiles every regex with the ``regex`` module (over a
    second for ours at start-up) although ``RegexRecognizer`` compiles them with ``re`` anyway."""

    name: str
    regex: str
    score: float


# Result metadata: set on the PERSON results of a recognizer whose people the second pass may build on
# (``NAMES_PEOPLE``, see people.py).
NAMED_PERSON = "names_a_person"


class OwnRecognizer(LocalRecognizer):
    """What every recognizer of ours shares: the entity types it reports, a reason a person can read,
    and results that carry both back to the detector (recognizer name and "why" in the metadata)."""

    # When the detector runs it, lowest first; declared by every concrete recognizer (see the registry,
    # recognizers/__init__.py, which finds recognizers by it).
    ORDER: ClassVar[int]
    ENTITY: ClassVar[str] = ""
    # Every type reported, when one recognizer reports more than ENTITY ("PERSON" and "LOCATION").
    ENTITIES: ClassVar[tuple[str, ...]] = ()
    WHY: ClassVar[str] = ""
    # A generalised replacement for every result ("a case"); None: the detector's default for the type.
    SUGGESTION: ClassVar[str | None] = None
    # What every result is beyond its type (a rare condition), for the generaliser; None: nothing more.
    DETAIL: ClassVar[Detail | None] = None
    # Optional words near a match that make it more likely (Presidio's context enhancer uses them).
    CONTEXT: ClassVar[list[str]] = []
    # True when analyze reads nothing but the text (no spaCy doc): such a recognizer may run in the
    # helper process while spaCy runs here (see detect/offload.py).
    TEXT_ONLY: ClassVar[bool] = False
    # True when its PERSON results are people's names the second pass may build on (chase the other
    # mentions of, look beside): a name, not a lone initial.
    NAMES_PEOPLE: ClassVar[bool] = False

    def __init__(self) -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES or (self.ENTITY,)),
            name=type(self).__name__,
            supported_language="en",
            context=list(self.CONTEXT),
        )

    def load(self) -> None:  # nothing to load: patterns are compiled in __init__
        pass

    def why(self, matched: str) -> str:
        return self.WHY

    def result(
        self, start: int, end: int, score: float, matched: str = "", entity: str | None = None,
        why: str | None = None, **meta,
    ) -> RecognizerResult:
        """A result of type ``entity`` (default ENTITY), explained by ``why`` (default ``self.why(matched)``);
        extra metadata such as a ``suggestion`` (default SUGGESTION) or a ``detail`` (default DETAIL) goes
        in ``meta``."""
        entity = entity or self.ENTITY
        metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            "why": self.why(matched) if why is None else why,
            **meta,
        }
        if self.SUGGESTION is not None:
            metadata.setdefault("suggestion", self.SUGGESTION)
        if self.DETAIL is not None:
            metadata.setdefault("detail", self.DETAIL)
        if self.NAMES_PEOPLE and entity == "PERSON":
            metadata[NAMED_PERSON] = True
        return RecognizerResult(entity, start, end, score, recognition_metadata=metadata)


class RegexRecognizer(OwnRecognizer):
    # Named patterns, compiled with FLAGS; a pattern may carry a named group "span" for the part to report.
    PATTERNS: ClassVar[list[Pattern]] = []
    FLAGS: ClassVar[int] = 0

    def __init__(self) -> None:
        self._compiled = [(re.compile(p.regex, self.FLAGS), p.score) for p in self.PATTERNS]
        super().__init__()

    def accept(self, match: re.Match, text: str) -> bool:
        """Hook for subclasses to veto a regex match using what is around it."""
        return True

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for regex, score in self._compiled:
            for m in regex.finditer(text):
                if not self.accept(m, text):
                    continue
                start, end = m.span("span") if "span" in regex.groupindex and m.group("span") else m.span()
                if start == end:
                    continue
                results.append(self.result(start, end, score, text[start:end]))
        return results
