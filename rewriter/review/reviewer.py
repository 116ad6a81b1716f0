"""The reviewer: every rule over a post, one risk per kind per phrase, in order."""

from __future__ import annotations

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
from .rule import Rule
from .small_community import SmallCommunityRule
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
)


class Reviewer:
    """Finds post-level risks. Build once (the cue lists are compiled then), call many times."""

    def __init__(self, rules: Sequence[Rule] | None = None):
        self.rules = tuple(rules) if rules is not None else tuple(rule() for rule in RULES)

    def review(self, text: str, spans: Sequence[Span] = ()) -> list[Risk]:
        """Every risk in ``text``, sorted by position. ``spans`` are the detector's spans for the same
        text; without them the rules that read them (codenames, named conditions) find less."""
        post = Post(text, spans)
        found: list[Risk] = []
        for rule in self.rules:
            for risk in rule.find(post):
                found.append(risk)
                post.kinds_found.add(risk.kind)
        return _one_per_phrase(found)


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
