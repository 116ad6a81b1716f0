"""The review screen's verdict: the one-line summary over the texts and the details under them (what
still identifies, what is to review, why the checks failed, each model attempt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from ..display import counted
from .marks import safe_text
from .standing import CLEAN, EMPTY, IDENTIFYING, Acknowledgements, Standing, reasons_besides
from .widgets import risk_label

if TYPE_CHECKING:  # the review package compiles its cue lists on import: not before the first paint
    from ..pipeline import Verdict
    from ..review import Risk

METHODS = {
    "llm": "polished by the language model",
    "generalised": "generalised (deterministic replacements; no model text passed the checks)",
    "unchanged": "unchanged (nothing needed changing)",
}
# The model's process died or hung mid-rewrite (the pipeline's model_stopped).
MODEL_STOPPED_SHORT = "the local model stopped unexpectedly"
# The pipeline did not ask the model (model_note says why: it reads English only, the draft is too long).
MODEL_NOT_ASKED = "generalised (deterministic replacements; the model was not asked)"
# One line in a 120-column terminal; the left pane already says the draft is unchanged, and the next
# rewrite simply starts the model afresh.
MODEL_STOPPED = f"{MODEL_STOPPED_SHORT[0].upper()}{MODEL_STOPPED_SHORT[1:]}; the safe generalised text is shown instead."
# ... in a narrow terminal (the verdict below says why the model's text was not used)
SHORT_METHODS = {"llm": "polished by the model", "generalised": "generalised", "unchanged": "unchanged"}

# What the summary line gives up, in turn, to fit on one line: the model's name (the status bar has it),
# then the long method, the wide separators, the speed; the verdict and the method stay.
FULLEST, NO_MODEL_NAME, SHORT_METHOD, NARROW, NO_SPEED = range(5)


def fitted_summary_text(result, verdict: Verdict | None, where: Standing | None, model_available: bool,
                        width: int, edited: bool = False) -> Text:
    """The fullest summary line that fits ``width`` cells (the shortest, wrapped, when none does)."""
    for level in range(NO_SPEED):
        text = summary_text(result, verdict, where, model_available, level, edited)
        if text.cell_len <= width:
            return text
    return summary_text(result, verdict, where, model_available, NO_SPEED, edited)


def summary_text(result, verdict: Verdict | None, where: Standing | None, model_available: bool,
                 level: int = FULLEST, edited: bool = False) -> Text:
    """Where the rewrite stands (``verdict`` None: an edit is being checked), how it was made, how fast;
    ``level`` says what it leaves out to be shorter (see ``fitted_summary_text``); ``edited``: the user
    has changed the rewrite, so it is no longer only what the method made."""
    out = Text()
    if verdict is None:
        out.append("checking your edit…", style="bold yellow")
    elif where.status == EMPTY:
        out.append(where.as_text().plain, style="bold yellow")
    elif where.status == CLEAN:
        out.append("✓ verified clean", style="bold green")
    elif where.status == IDENTIFYING:
        n = len(verdict.final_spans)
        remain = "remains" if n == 1 else "remain"
        out.append(f"✗ not clean: {counted(n, 'identifier')} {remain}" if n else "✗ not verified clean",
                   style="bold red")
    elif where.to_review:
        n = where.to_review
        out.append(f"⚑ no identifiers; {counted(n, 'thing')} to review", style="bold yellow")
    else:
        out.append(f"✓ no identifiers; {where.as_text().plain.removeprefix('✓ ')}", style="bold yellow")
    bar = "  │  " if level < NARROW else " │ "
    out.append(f"{bar}method: ")
    if level < SHORT_METHOD:
        method = METHODS.get(result.method, result.method)
        if result.method == "generalised" and not model_available:
            method = "generalised (deterministic replacements; the model is not available)"
        elif result.method == "generalised" and getattr(result, "model_stopped", False):
            method = f"generalised ({MODEL_STOPPED_SHORT})"
        elif result.method == "generalised" and not result.attempts and getattr(result, "model_note", ""):
            # skipped (a post in another language, a draft too long for it): "no model text passed the
            # checks" would say the model wrote something and failed; the details say why it was not asked
            method = MODEL_NOT_ASKED
    else:
        method = SHORT_METHODS.get(result.method, result.method)
    if edited:
        # "unchanged (nothing needed changing)" beside "1 identifier remains" read as a contradiction
        method = f"edited by you (from: {SHORT_METHODS.get(result.method, result.method)})" if level < SHORT_METHOD \
            else "edited by you"
    out.append(method, style="bold")
    out.append(f"{bar}{result.seconds:.1f} s")
    if result.tokens_per_second and level < NO_SPEED:
        out.append(f" · {result.tokens_per_second:.1f} tokens/s")
    if result.model_name and level == FULLEST:
        out.append(f"{bar}model ")
        out.append(result.model_name)
    return out


def verdict_text(result, verdict: Verdict | None, final_risks: list[Risk], acknowledged: Acknowledgements) -> Text:
    out = Text()
    if verdict is not None and verdict.final_spans:
        out.append("Still identifying: ", style="bold red")
        for i, s in enumerate(verdict.final_spans):
            if i:
                out.append(", ")
            out.append(s.kind.label + " ")
            out.append_text(safe_text(s.text, "bold"))
        out.append("\n")
    if verdict is not None and final_risks:
        out.append("To review: ", style="bold yellow")
        for i, r in enumerate(final_risks):
            if i:
                out.append(" · ")
            out.append(risk_label(r) + " ")
            out.append_text(safe_text(_phrase(r.phrase), "bold"))
            if r in acknowledged:
                out.append(" ✓ checked by you", style="green")
            else:
                out.append(f" ({r.advice})", style="dim")
        out.append("\n")
    # the reasons that are not a risk already listed above ("story in the news: '...'")
    reasons = [] if verdict is None else reasons_besides(verdict.reasons, final_risks)
    if reasons:
        out.append("Checks: ", style="bold")
        out.append_text(safe_text("; ".join(reasons)))
        out.append("\n")
    attempts = result.attempts if result else []
    if attempts:
        out.append("Model attempts: ", style="bold")
        for i, a in enumerate(attempts, 1):
            if i > 1:
                out.append(" · ")
            out.append(f"#{i} ")
            if a.accepted:
                out.append("accepted", style="green")
            else:
                out.append("rejected", style="red")
                if a.reasons:
                    out.append(" (")
                    out.append_text(safe_text("; ".join(a.reasons)))
                    out.append(")")
            out.append(f" {a.seconds:.1f} s, {counted(a.tokens, 'token')}", style="dim")
    elif result is not None:
        out.append("Model attempts: none", style="dim")
        if getattr(result, "model_note", "") and not getattr(result, "model_stopped", False):
            out.append(" · ")
            out.append_text(safe_text(result.model_note, "dim"))
    if result is not None and getattr(result, "model_stopped", False):
        # how it stopped (a signal, memory, a hang), for a writer who reports it
        out.append(" · ")
        out.append_text(safe_text(result.model_note))
    return out


# A risk can stand on the whole rewrite (a story in the news outlives its generalised phrase): quoted
# whole it would push the rest of the verdict off the screen.
PHRASE_CELLS = 60


def _phrase(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= PHRASE_CELLS else text[: PHRASE_CELLS - 1].rstrip() + "…"
