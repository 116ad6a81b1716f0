"""The risk: something about a whole post, not a name in it, that could still identify someone or
break a confidence (a story in the news, the only child of a kind in a village, a live court case...)."""

from __future__ import annotations

from dataclasses import dataclass


WHOLE_POST = "(the whole post)"


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
    # Raised by the risk model on the whole post (review/risk_model.py), not by a rule on a phrase.
    by_model: bool = False
    # Raised by a rule on the post as a whole, not on a phrase in it (unread_text: a post written mostly in a
    # script the checker cannot read).
    whole_post: bool = False

    @property
    def on_whole_post(self) -> bool:
        """Is it about the whole post (the risk model's, or a rule's on the post as a whole)?"""
        return self.by_model or self.whole_post

    @property
    def phrase(self) -> str:
        """What to show as the phrase that raises it: the phrase, or "(the whole post)" for a whole-post risk."""
        return WHOLE_POST if self.on_whole_post else self.text

    def to_dict(self) -> dict:
        out = {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "why": self.why,
            "advice": self.advice,
        }
        if self.by_model:
            out["model"] = True  # a whole-post risk from the risk model, not a rule's phrase
        elif self.whole_post:
            out["whole_post"] = True  # a rule's risk on the post as a whole, not on a phrase
        return out
