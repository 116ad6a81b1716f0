"""The verdict on a text, built here and nowhere else: the safety checks always, the post-level risks the
review found, and the quality gates when the text is model output.

Three statuses, said of the text offered (or checked):

* ``clean`` — no identifier and no risk: the only status called "verified clean";
* ``review`` — no identifier remains, but risks do (or, for model output, something else is wrong with
  it): the user must look before posting;
* ``identifying`` — an identifier remains.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from ..kinds import RISK_KINDS
from ..review import Risk
from ..review.health_detail import tells_of_health
from ..spans import Span
from .quality import quality_problems
from .safety import added_details, leaks, remaining

CLEAN, REVIEW, IDENTIFYING = "clean", "review", "identifying"
STATUSES = (CLEAN, REVIEW, IDENTIFYING)

# What the model is told when its answer identified someone (never the identifying text itself).
UNSAFE_FEEDBACK = "it names a person, place, date or number; use only the general words of the post"


@dataclass
class Verdict:
    clean: bool
    final_spans: list[Span]
    reasons: list[str] = field(default_factory=list)
    # False when something identifying was found (as opposed to only risks or quality problems)
    safe: bool = True
    # the reasons in words fit to send back to the model (never the identifying text itself)
    feedback: list[str] = field(default_factory=list)
    # the post-level risks the review still finds in the text
    final_risks: list[Risk] = field(default_factory=list)
    # fit to offer: safe, and nothing wrong with it but risks the text it was made from had already
    # (model output that keeps an unfixable risk is no worse than the generalised text)
    offerable: bool = False

    @property
    def status(self) -> str:
        if self.clean:
            return CLEAN
        if not self.safe or self.final_spans:
            return IDENTIFYING
        return REVIEW


def judge(
    candidate: str,
    spans: list[Span],
    final_spans: list[Span],
    draft: str | None = None,
    prompt_texts: Iterable[str] = (),
    original: str = "",
    final_risks: Sequence[Risk] = (),
    draft_risks: Sequence[Risk] = (),
    risks: Sequence[Risk] = (),
    offered: str | None = None,
) -> Verdict:
    """The verdict on ``candidate``, a rewrite of ``original`` whose identifying ``spans`` and post-level
    ``risks`` are given; ``final_spans`` and ``final_risks`` are what detection and the review still find
    in ``candidate``. ``draft`` is the generalised text a model was given (then the quality gates apply
    too, and a risk of a kind ``draft_risks`` did not have means the model added it), or None when
    checking that text itself; ``offered`` the text model output would be offered as (the strict gate
    of the quality checks judges that: see quality.quality_problems)."""
    reasons = remaining(final_spans) + leaks(candidate, spans)
    safe = not reasons
    if original:
        final_risks = [risk for risk in final_risks if not _raised_by_general_words(risk, original, risks)]
    standing = still_standing(candidate, risks, final_risks)
    final_risks = sorted([*final_risks, *standing], key=lambda r: (r.start, r.end))
    if draft is None:
        reasons += [_risk_reason(risk) for risk in final_risks]
        return Verdict(not reasons and not final_spans, final_spans, reasons, safe, [], final_risks, safe)
    added = added_details(candidate, draft)
    safe = safe and not added
    quality = quality_problems(candidate, draft, prompt_texts, original, offered)
    had = {risk.kind for risk in draft_risks}
    new_risks = [risk for risk in final_risks if risk.kind not in had]
    kept_risks = [risk for risk in final_risks if risk.kind in had]
    reasons += added + quality
    reasons += [f"adds a risk the post did not have: {_risk_reason(risk)}" for risk in new_risks]
    reasons += [_risk_reason(risk) for risk in kept_risks]
    # the model is told the kind of each risk and what to do, never the phrase that raised it
    feedback = ([] if safe else [UNSAFE_FEEDBACK]) + quality
    feedback += [f"it adds something that could identify someone ({_label(k)}); leave it out"
                 for k in _kinds_in(new_risks)]
    # (not a whole-post risk of the writer's, as text the checker cannot read: no wording of the model's fixes it)
    feedback += [f"it still has a risk ({_label(k)}): {RISK_KINDS[k].advice}"
                 for k in _kinds_in(r for r in kept_risks if not r.whole_post)]
    offerable = safe and not final_spans and not quality and not new_risks
    return Verdict(not reasons and not final_spans, final_spans, reasons, safe, feedback, final_risks, offerable)


def judge_draft(text: str, spans: list[Span], risks: Sequence[Risk]) -> Verdict:
    """The verdict on a text as it stands (``check``, ``audit`` without a rewrite, a draft with nothing
    to change): ``spans`` and ``risks`` are what detection and the review found in it."""
    return judge(text, [], spans, final_risks=risks)


def story_kinds(risks: Iterable[Risk]) -> set[str]:
    """The kinds of a draft's ``risks`` that its story can still carry once a rewrite made their phrases
    general (the risk model's reading of the rewrite decides: pipeline.model_risks_kept): every kind
    found, but a health risk raised only by the words of the talking cure ("he finally opened up about
    the accident"), which tell nothing of anyone's health once the client is "my client"."""
    return {risk.kind for risk in risks
            if risk.by_model or risk.kind != "health_detail" or tells_of_health(risk.text)}


def still_standing(candidate: str, risks: Iterable[Risk], found: Sequence[Risk] = ()) -> list[Risk]:
    """The ``risks`` of the original that still stand in ``candidate``, less those the review ``found``
    there again. A risk stays while its phrase stands, placed there, though the review of the rewrite may
    miss it once the words around it were generalised ("Trial's in May" after the name of the estate
    went; "the only female firefighter at her station" after the town went). That holds for someone's
    health and for venting about them too: taking the name out does not hide the person from the readers
    who know the story ("A patient has been with us 3 weeks now with her pressure sores, and her daughter
    brings in flapjack every day" is still that patient to the ward and her family), unless the phrase
    tells of the writer's therapy rather than of anyone's health ("opened up about"). A risk the risk model
    raised on the whole post is left to the model's reading of the rewrite.
    A story that stays the same story when its phrase is generalised (a crash in the news, a live case)
    stays as a risk on the whole text, saying so."""
    out: list[Risk] = []
    for risk in risks:
        kind = RISK_KINDS.get(risk.kind)
        if risk.by_model:
            continue  # the risk model's reading of the whole rewrite decides (pipeline.model_risks_kept)
        if risk.whole_post:
            # a rule's risk on the whole draft (unread_text): a rewrite of it is checked no better than it was
            if candidate.strip() and not any(f.kind == risk.kind for f in [*found, *out]):
                out.append(replace(risk, start=0, end=len(candidate), text=candidate,
                                   why=kind.after_rewrite if kind is not None and kind.after_rewrite else risk.why))
            continue
        if risk.kind == "health_detail" and not tells_of_health(risk.text):
            continue  # "opened up about" tells of nobody's health once the client is "my client"
        words = risk.text.split()
        if not words:
            continue
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
        m = re.search(pattern, candidate, re.IGNORECASE)
        if m is not None:
            standing = replace(risk, start=m.start(), end=m.end(), text=m.group(0))
        elif kind is not None and kind.after_rewrite and candidate.strip():
            standing = replace(risk, start=0, end=len(candidate), text=candidate, why=kind.after_rewrite, rewrite=None)
        else:
            continue
        if any(f.kind == risk.kind and f.start < standing.end and standing.start < f.end for f in [*found, *out]):
            continue
        out.append(standing)
    return out


def _raised_by_general_words(risk: Risk, original: str, risks: Sequence[Risk]) -> bool:
    """Is ``risk``, found in a rewrite of ``original``, only there because of the general words the rewrite
    put in for someone? A rewrite makes no one easier to identify: a risk that is one only while someone
    can be identified (venting about them, their health), found at words the original has too where the
    review of the original did not raise it, was raised by the person's new words ("Had lunch with Mr
    Kowalski again" -> "with a colleague again": "a colleague" is someone from work to the review, a name
    was not), not by anything the rewrite added. Words a rewrite adds (a model's "useless") still count. A
    risk the original raised on a longer phrase holding these words was raised there too ("40 days sober" ->
    "several days sober": "sober" is the same health detail, not one the general words made)."""
    kind = RISK_KINDS.get(risk.kind)
    if kind is None or not kind.needs_someone_identifiable:
        return False
    said = risk.text.strip().lower()
    if not said:
        return False
    words = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, said.split())) + r"(?!\w)")
    if any(r.kind == risk.kind and words.search(r.text.lower()) for r in risks):
        return False
    return words.search(original.lower()) is not None


def _risk_reason(risk: Risk) -> str:
    if risk.by_model:
        return f"{_label(risk.kind)}: the post as a whole (risk model)"
    if risk.whole_post:
        return f"{_label(risk.kind)}: the post as a whole"
    return f"{_label(risk.kind)}: '{risk.text}'"


def _label(kind: str) -> str:
    known = RISK_KINDS.get(kind)
    return known.label if known else kind.replace("_", " ")


def _kinds_in(risks: Iterable[Risk]) -> list[str]:
    return list(dict.fromkeys(risk.kind for risk in risks))
