"""detect → generalise → polish (LLM) → verify: the one entry point the CLI and the app share.

INTERFACE CONTRACT (the app codes against this; keep these names and fields stable):

    pipeline = Pipeline(config, detector, backend=None)   # backend: an llm backend or None (no model)
    result = pipeline.rewrite(
        text,                      # the draft exactly as typed
        role=None,                 # writer role; None -> config.role
        spans=None,                # spans already detected on `text` (skip re-detection) or None
        on_token=None,             # callable(str) called with each streamed piece of model output
        cancel=None,               # threading.Event; when set, generation stops and Cancelled is raised
        use_llm=True,              # False -> generalise + verify only
    ) -> RewriteResult
    verdict = pipeline.verify(original, candidate, spans, role=None) -> Verdict

RewriteResult fields: original, text (the offered text), method ("llm" | "generalised" | "unchanged"),
clean (bool: verified, never True while an identifier remains), spans (on the original),
final_spans (on `text`), generalised (the deterministic floor text), attempts (list[Attempt]),
seconds (float), tokens_per_second (float | None), model_name (str | None).
Attempt fields: text, accepted (bool), reasons (list[str]), seconds, tokens.
Verdict fields: clean (bool), final_spans (list[Span]), reasons (list[str]).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .errors import RewriterError
from .spans import Span


class Cancelled(RewriterError):
    """The user cancelled a rewrite; nothing was changed."""


@dataclass
class Attempt:
    text: str
    accepted: bool
    reasons: list[str] = field(default_factory=list)
    seconds: float = 0.0
    tokens: int = 0


@dataclass
class Verdict:
    clean: bool
    final_spans: list[Span]
    reasons: list[str] = field(default_factory=list)


@dataclass
class RewriteResult:
    original: str
    text: str
    method: str
    clean: bool
    spans: list[Span]
    final_spans: list[Span]
    generalised: str
    attempts: list[Attempt] = field(default_factory=list)
    seconds: float = 0.0
    tokens_per_second: float | None = None
    model_name: str | None = None
