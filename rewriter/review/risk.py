"""The risk: something about a whole post, not a name in it, that could still identify someone or
break a confidence (a story in the news, the only child of a kind in a village, a live court case...)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Risk:
    kind: str  # one of RISK_KINDS
    start: int  # Python string index into the text exactly as given
    end: int
    text: str  # the phrase that raises it (the whole post where no phrase does)
    why: str  # one sentence a professional recognises
    advice: str  # what to do about it
    # The generalised replacement for [start, end) when the rewrite can safely make it: "" drops the
    # phrase, "a serious accident" replaces a named event; None when only the writer can fix it.
    rewrite: str | None = None

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "why": self.why,
            "advice": self.advice,
        }
