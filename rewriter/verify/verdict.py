"""The verdict on a candidate: the safety checks always, the quality gates when it is model output."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..spans import Span
from .quality import quality_problems
from .safety import added_details, leaks, remaining

# What the model is told when its answer identified someone (never the identifying text itself).
UNSAFE_FEEDBACK = "it names a person, place, date or number; use only the general words of the post"


@dataclass
class Verdict:
    clean: bool
    final_spans: list[Span]
    reasons: list[str] = field(default_factory=list)
    # added: False when something identifying was found (as opposed to only quality problems)
    safe: bool = True
    # added: the reasons in words fit to send back to the model (never the identifying text itself)
    feedback: list[str] = field(default_factory=list)


def judge(
    candidate: str,
    spans: list[Span],
    final_spans: list[Span],
    draft: str | None = None,
    prompt_texts: Iterable[str] = (),
    original: str = "",
) -> Verdict:
    """The verdict on ``candidate``, a rewrite of ``original`` whose identifying ``spans`` are given;
    ``final_spans`` are what detection still finds in ``candidate``. ``draft`` is the generalised text a
    model was given (then the quality gates apply too), or None when checking that text itself."""
    reasons = remaining(final_spans) + leaks(candidate, spans)
    safe = not reasons
    if draft is None:
        return Verdict(not reasons and not final_spans, final_spans, reasons, safe)
    added = added_details(candidate, draft)
    safe = safe and not added
    quality = quality_problems(candidate, draft, prompt_texts, original)
    reasons += added + quality
    feedback = ([] if safe else [UNSAFE_FEEDBACK]) + quality
    return Verdict(not reasons and not final_spans, final_spans, reasons, safe, feedback)
