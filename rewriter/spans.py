"""The span: one thing in a draft that could identify someone, with why and what to say instead."""

from __future__ import annotations

from dataclasses import asdict, dataclass


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

    def to_dict(self) -> dict:
        d = asdict(self)
        d["score"] = round(self.score, 2)
        return d

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end
