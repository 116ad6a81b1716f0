"""The span: one thing in a draft that could identify someone, with why and what to say instead."""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import kinds
from .kinds import Detail, Kind


@dataclass(frozen=True)
class Span:
    start: int  # Python string index into the text exactly as given
    end: int
    text: str
    entity_type: str
    score: float
    source: str  # which recognizer (or "watch list") found it
    why: str  # a short sentence for a person
    suggestion: str  # a generalised replacement for the user's role
    detail: Detail | None = None  # what the recognizer knew beyond the type, if anything

    @property
    def kind(self) -> Kind:
        return kinds.kind(self.entity_type)

    def to_dict(self) -> dict:
        """The span as the JSON output spells it (the detail is for the generaliser, not a contract)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "entity_type": self.entity_type,
            "score": round(self.score, 2),
            "source": self.source,
            "why": self.why,
            "suggestion": self.suggestion,
        }

    def moved(self, start: int, end: int, text: str) -> Span:
        """The same finding over another stretch of text (trimmed, widened, shifted by an edit)."""
        return replace(self, start=start, end=end, text=text)

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end
