"""The reviewer: every rule over a post, one risk per kind per phrase, in order."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from ..spans import Span
from .client_contact import ClientContactRule
from .confidential_business import ConfidentialBusinessRule
from .context import Post
from .health_detail import HealthDetailRule
from .news_event import NewsEventRule
from .ongoing_case import OngoingCaseRule
from .photo import PhotoRule
from .rare_or_unique import RareOrUniqueRule
from .risk import Risk
from .risk_model import RiskModel
from .rule import Rule
from .small_community import SmallCommunityRule
from .unread_text import UnreadTextRule
from .venting import VentingRule

RULES: tuple[type[Rule], ...] = (
    NewsEventRule,
    RareOrUniqueRule,
    SmallCommunityRule,
    OngoingCaseRule,
    PhotoRule,
    ClientContactRule,
    VentingRule,
    ConfidentialBusinessRule,
    HealthDetailRule,
    UnreadTextRule,
)


# A post is a few hundred characters, and some rules compare each mention with every other; so a long
# draft (`check` takes up to 8 MB) is reviewed in pieces of about this size, cut at a line or sentence
# end, which keeps the time linear in its length (a 1 MB draft: about 2 s, not minutes).
PIECE_CHARS = 4_000


class Reviewer:
    """Finds post-level risks. Build once (the cue lists are compiled then), call many times."""

    def __init__(self, rules: Sequence[Rule] | None = None, model: bool | None = None):
        """``rules``: the rules to run (default: every kind's). ``model``: add the risk model's whole-post
        risks of the kinds the rules missed (risk_model.py); by default only with the default rules."""
        self.rules = tuple(rules) if rules is not None else tuple(rule() for rule in RULES)
        self.model = RiskModel() if (rules is None if model is None else model) else None

    def warm(self) -> None:
        """Load the risk model now (about 0.1-0.3 s), not on the first post reviewed."""
        if self.model is not None:
            self.model.warm()

    def review(self, text: str, spans: Sequence[Span] = ()) -> list[Risk]:
        """Every risk in ``text``, sorted by position. ``spans`` are the detector's spans for the same
        text; without them the rules that read them (codenames, named conditions) find less."""
        if len(text) <= PIECE_CHARS:
            return self._review(text, spans)
        found: list[Risk] = []
        for a, b in _pieces(text):
            inside = [dataclasses.replace(s, start=s.start - a, end=s.end - a) for s in spans if a <= s.start and s.end <= b]
            found += [dataclasses.replace(r, start=r.start + a, end=r.end + a) for r in self._review(text[a:b], inside)]
        return found

    def _review(self, text: str, spans: Sequence[Span]) -> list[Risk]:
        post = Post(text, spans)
        found: list[Risk] = []
        for rule in self.rules:
            for risk in rule.find(post):
                found.append(risk)
                post.kinds_found.add(risk.kind)
        found = _one_per_phrase(found)
        if self.model is not None:
            kinds = {r.kind for r in found}
            seen = {r.kind for r in found if (r.start, r.end, r.kind) not in post.unseen_by_model}
            added = [r for r in self.model.find(text, seen) if r.kind not in kinds]
            found = sorted(found + added, key=lambda r: (r.start, r.end, r.kind))
        return found


def _one_per_phrase(risks: list[Risk]) -> list[Risk]:
    """One risk per kind per phrase: of two risks of a kind that overlap, the wider one (the one with a
    rewrite on a tie) stands for both."""
    kept: list[Risk] = []
    order = sorted(risks, key=lambda r: (r.kind, r.start, -(r.end - r.start), r.rewrite is None))
    for risk in order:
        if any(k.kind == risk.kind and k.start < risk.end and risk.start < k.end for k in kept):
            continue
        kept.append(risk)
    return sorted(kept, key=lambda r: (r.start, r.end, r.kind))


def _pieces(text: str) -> list[tuple[int, int]]:
    """[start, end) pieces of ``text`` of at most PIECE_CHARS, each cut after a line end, else after a
    sentence end, else at a space."""
    out, start = [], 0
    while len(text) - start > PIECE_CHARS:
        limit = start + PIECE_CHARS
        cut = text.rfind("\n", start + 1, limit) + 1
        if cut <= start:
            ends = [m.end() for m in re.finditer(r"[.!?]\s", text[start:limit])]
            cut = start + ends[-1] if ends else text.rfind(" ", start + 1, limit) + 1
        if cut <= start:
            cut = limit
        out.append((start, cut))
        start = cut
    out.append((start, len(text)))
    return out
