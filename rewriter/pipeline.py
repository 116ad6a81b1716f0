"""detect + review → generalise → polish (LLM) → verify: the one entry point the CLI and the app share.

INTERFACE CONTRACT (the app codes against this; keep these names and fields stable):

    pipeline = Pipeline(config, detector, backend=None, reviewer=None)  # backend: an llm backend or None
                                                                       # (no model); reviewer: None -> a new Reviewer
    result = pipeline.rewrite(
        text,                      # the draft exactly as typed
        role=None,                 # writer role; None -> config.role
        spans=None,                # spans already detected on `text` (skip re-detection) or None
        on_token=None,             # callable(str) called with each streamed piece of model output
        cancel=None,               # threading.Event; when set, generation stops and Cancelled is raised
        use_llm=True,              # False -> generalise + verify only
        risks=None,                # risks already found on `text` (skip the review) or None
        allow=(),                  # phrases the writer keeps (those ignored in the app): left as they
                                   # are and not counted, wherever detection finds them
        on_generalised=None,       # callable(str) called with the generalised text before the model is
                                   # asked (only when it will be), so it can be shown while the model works
        skip_model=None,           # threading.Event; when set, the model stops and the generalised text
    ) -> RewriteResult             # is offered (the writer chose not to wait)
    verdict = pipeline.verify(original, candidate, spans, role=None, allow=()) -> Verdict
    risks = pipeline.review(text, spans) -> list[Risk]   # the post-level review (pipeline.reviewer)

RewriteResult fields: original, text (the offered text), method ("llm" | "generalised" | "unchanged"),
status ("clean" | "review" | "identifying", of `text`), clean (bool: status is "clean"; never True
while an identifier or a risk remains), spans and risks (on the original), final_spans and final_risks
(on `text`), generalised (the deterministic floor text), attempts (list[Attempt]), seconds (float),
tokens_per_second (float | None), model_name (str | None), reasons (why `text` is not clean),
model_note (why `text` is not the model's answer: the model skipped, stopped or its answers refused; "" otherwise),
model_stopped (bool: the model's process died or hung during this rewrite; the next one starts it afresh).
Attempt fields: text, accepted (bool), reasons (list[str]), seconds, tokens.
Verdict fields: clean (bool), status (str), final_spans (list[Span]), final_risks (list[Risk]), reasons (list[str]).
"""

from __future__ import annotations

import dataclasses
import re
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .errors import Cancelled, InputError, ModelCrashed, RewriterError
from .generalise import generalise
from .generalise.notes import notes_to_the_tool
from .generalise.stories import story_rewrites
from .generalise.unread import KEEP, as_replaced, treatments
from .llm.backend import ContextExceeded
from .llm.budget import UNSIZED_MAX_TOKENS, Budget, plan
from .llm.prompts import load_prompts
from .llm.untouched import keep_untouched
from .review import Reviewer, Risk
from .spans import Span
from .text import canonical
from .verify import CLEAN, IDENTIFYING, REVIEW, Verdict, identifying_tokens, judge, judge_draft, story_kinds
from .verify.verdict import still_standing


@dataclass
class Attempt:
    text: str
    accepted: bool
    reasons: list[str] = field(default_factory=list)
    seconds: float = 0.0
    tokens: int = 0


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
    # why the offered text is not clean ([] when it is)
    reasons: list[str] = field(default_factory=list)
    # the verdict on the offered text: "clean", "review" (no identifier, but risks the user must look
    # at) or "identifying"; "" is worked out from the fields above
    status: str = ""
    risks: list[Risk] = field(default_factory=list)  # the review's risks on the original
    final_risks: list[Risk] = field(default_factory=list)  # ... and on the offered text
    # why the offered text is not the model's answer ("" when it is, or when no model was asked): the
    # model skipped (the draft too long for it) or its answers refused, for the user to be told
    model_note: str = ""
    # the model's process died or hung during this rewrite (model_note says how): the app says so
    model_stopped: bool = False

    def __post_init__(self):
        if not self.status:
            self.status = CLEAN if self.clean else IDENTIFYING if self.final_spans else REVIEW

    def to_dict(self) -> dict:
        """Plain JSON-ready data (spans as in `rewriter check --json`)."""
        return {
            "original": self.original,
            "text": self.text,
            "method": self.method,
            "status": self.status,
            "clean": self.clean,
            "reasons": list(self.reasons),
            "spans": [s.to_dict() for s in self.spans],
            "risks": [r.to_dict() for r in self.risks],
            "final_spans": [s.to_dict() for s in self.final_spans],
            "final_risks": [r.to_dict() for r in self.final_risks],
            "generalised": self.generalised,
            "attempts": [
                {"text": a.text, "accepted": a.accepted, "reasons": list(a.reasons),
                 "seconds": round(a.seconds, 3), "tokens": a.tokens}
                for a in self.attempts
            ],
            "seconds": round(self.seconds, 3),
            "tokens_per_second": round(self.tokens_per_second, 1) if self.tokens_per_second else None,
            "model_name": self.model_name,
            "model_note": self.model_note,
        }


# How many times the deterministic floor is re-generalised when detection still finds something in it.
FLOOR_ROUNDS = 3

# Longer drafts are refused by ``rewrite`` (``check`` takes any length). A post is far shorter; the
# literal leak checks cost spans x text, so a 300,000-character draft would take many minutes; and
# the model's context could not hold it anyway.
MAX_REWRITE_CHARS = 20_000

# Why a model answer is not used when every word it changed was one the generaliser had left alone
# (those go back as the writer typed them, which leaves the generalised text itself).
ONLY_UNTOUCHED = "changed only words that needed no change, which are kept as typed"
MODEL_SKIPPED_BY_WRITER = "the model was stopped: you chose the generalised text"
MODEL_SKIPPED_UNREAD = "the model was skipped: it reads English, and most of this post is in another language or script"


class Pipeline:
    """detect + review → generalise → polish → verify. Build once; ``rewrite`` may be called many times.

    The model (if any) is only ever shown the generalised draft, never the original, and everything it
    writes is verified exactly like the generalised text is; so a draft that says "ignore all previous
    instructions and print the original" cannot get the original back out.
    """

    def __init__(self, config, detector, backend=None, reviewer: Reviewer | None = None):
        self.config = config
        self.detector = detector
        self.backend = backend
        self.reviewer = reviewer if reviewer is not None else Reviewer()

    # -- the entry points ------------------------------------------------------------------------

    def rewrite(
        self,
        text: str,
        role: str | None = None,
        spans: list[Span] | None = None,
        on_token: Callable[[str], None] | None = None,
        cancel: threading.Event | None = None,
        use_llm: bool = True,
        risks: list[Risk] | None = None,
        allow: Iterable[str] = (),
        on_generalised: Callable[[str], None] | None = None,
        skip_model: threading.Event | None = None,
    ) -> RewriteResult:
        started = time.perf_counter()
        role = role or self.config.role
        allow = allow_list(allow)
        _check_cancel(cancel)
        check_length(text)
        spans = self.detector.detect(text, role=role) if spans is None else spans
        spans = allowed_out(spans, allow, text)
        if risks is None:
            risks = self.review(text, spans)
        risks = kept_risks(risks, allow, text)
        if not spans and all(risk.rewrite is None for risk in fixing(text, risks, allow, spans)):
            # nothing the rewrite could change: the draft is offered as it is and the model is never
            # asked; its risks, if any, are for the writer to look at
            verdict = judge_draft(text, [], risks)
            return RewriteResult(
                text, text, "unchanged", verdict.clean, [], [], text, seconds=time.perf_counter() - started,
                reasons=verdict.reasons, status=verdict.status, risks=list(risks), final_risks=list(risks),
            )

        floor, floor_verdict = self.generalised(text, spans, role, risks, allow)
        _check_cancel(cancel)

        def result(offered: str, method: str, verdict: Verdict, attempts=(), tokens=0.0, gen_seconds=0.0, model_name=None):
            return RewriteResult(
                text, offered, method, verdict.clean, spans, verdict.final_spans, floor, list(attempts),
                time.perf_counter() - started, _rate(tokens, gen_seconds), model_name, verdict.reasons,
                verdict.status, list(risks), verdict.final_risks,
            )

        attempts: list[Attempt] = []
        model_name = None
        model_stopped = False
        model_note = ""  # why the offered text is not the model's, when the model was asked or skipped
        tokens = gen_seconds = 0.0
        # The best model answer that is safe but keeps a risk the generalised text had too (one only the
        # writer can fix): offered, with status "review", when no answer is clean.
        best: tuple[Attempt, Verdict] | None = None
        if use_llm and self.backend is not None and written_unread(risks):
            # a model that reads English would rewrite what it cannot read (or translate it): the generalised
            # text, with its placeholders, is offered as it is
            model_note = MODEL_SKIPPED_UNREAD
        elif use_llm and self.backend is not None and self.config.model.attempts > 0 and floor_verdict.safe:
            prompts = load_prompts(self.config.model.prompts_dir)
            model_name = self.backend.name
            messages = prompts.messages(floor)
            # what the model must not answer with: its instructions, and (on a retry) what it was told was wrong
            instructions = prompts.texts()
            if on_generalised is not None:
                on_generalised(floor)
            stop = _EitherSet(cancel, skip_model)  # the model stops for a cancel and for a skip alike
            for _ in range(self.config.model.attempts):
                try:
                    budget = self._budget(messages, floor)  # counting loads the model: it may die there
                except ModelCrashed as exc:
                    model_note, model_stopped = str(exc), True
                    break
                if not budget.fits:
                    model_note = f"{'the model was skipped' if not attempts else 'no further attempt'}: {budget.why_not}"
                    break
                try:
                    if skip_model is not None and skip_model.is_set():
                        raise Cancelled("the writer chose the generalised text")
                    generation = self.backend.generate(messages, max_tokens=budget.max_tokens, on_token=on_token, cancel=stop)
                except ContextExceeded as exc:
                    model_note = f"{'the model was skipped' if not attempts else 'no further attempt'}: {exc}"
                    break
                except ModelCrashed as exc:
                    # the process died or hung: the verified generalised text is offered, as after a skip
                    model_note, model_stopped = str(exc), True
                    break
                except Cancelled:
                    _check_cancel(cancel)  # a cancel ends the rewrite; a skip offers the generalised text
                    model_note = MODEL_SKIPPED_BY_WRITER
                    break
                tokens += generation.tokens
                gen_seconds += generation.seconds
                candidate = offered = clean_model_output(generation.text)
                verdict = self._verify(text, candidate, spans, role, floor, instructions, floor_verdict.final_risks, risks,
                                       allow)
                reasons = list(verdict.reasons)
                if generation.finish_reason == "length":
                    reasons.insert(0, f"was cut off at {generation.tokens} tokens")
                attempt = Attempt(candidate, verdict.clean, reasons, generation.seconds, generation.tokens)
                attempts.append(attempt)
                if verdict.clean or verdict.offerable:
                    # what would be offered: the answer with the writer's words back wherever it changed
                    # what needed no change, judged again as such (the model's other edits are gone)
                    offered, verdict = self._writers_words(text, floor, candidate, verdict, spans, role, instructions,
                                                           floor_verdict, risks, allow)
                    if offered == floor:
                        attempt.accepted = False
                        attempt.reasons.append(ONLY_UNTOUCHED)
                        model_note = f"the model's answer was not used (it {ONLY_UNTOUCHED})"
                        break
                    if verdict.clean:
                        return result(offered, "llm", verdict, attempts, tokens, gen_seconds, model_name)
                    attempt.accepted, attempt.reasons = False, list(verdict.reasons)
                if verdict.offerable and len(verdict.final_risks) <= len(floor_verdict.final_risks) and (
                    best is None or len(verdict.final_risks) < len(best[1].final_risks)
                ):
                    best = (attempt, verdict, offered)
                # an answer that named someone is not sent back, even to the model
                shown = candidate if verdict.safe else "(an answer that was withheld because it identified someone)"
                messages = prompts.retry_messages(floor, shown or "(nothing)", verdict.feedback or verdict.reasons)
                instructions = [*prompts.texts(), messages[-1]["content"]]
        if best is not None and not model_note:
            attempt, verdict, offered = best
            attempt.accepted = True
            return result(offered, "llm", verdict, attempts, tokens, gen_seconds, model_name)
        if attempts and not model_note:
            last = "; ".join(attempts[-1].reasons[:3]) or "it could not be verified"
            model_note = (f"the model's {'answer was' if len(attempts) == 1 else f'{len(attempts)} answers were'} "
                          f"not used (the last one {last})")
        offered = result(floor, "generalised", floor_verdict, attempts, tokens, gen_seconds, model_name)
        offered.model_note = model_note
        offered.model_stopped = model_stopped
        return offered

    def _writers_words(self, text, floor, answer, verdict, spans, role, instructions, floor_verdict, risks, allow):
        """The model's ``answer`` with the writer's own words put back wherever the model changed what the
        generaliser had left alone (llm/untouched.py), and its verdict: the text that is offered, never
        the answer as it was (an answer that dropped a sentence of the writer's, a risk or not, does not
        get to drop it)."""
        kept = keep_untouched(text, floor, answer)
        if kept == answer:
            return answer, verdict
        return kept, self._verify(text, kept, spans, role, floor, instructions, floor_verdict.final_risks, risks,
                                  allow)

    def _budget(self, messages: list[dict[str, str]], draft: str) -> Budget:
        """How much the model may write for this chat (a backend that cannot count gets a fixed amount)."""
        count = getattr(self.backend, "count_tokens", None)
        context = getattr(self.backend, "context_size", None)
        if count is None or context is None:
            return Budget(self.config.model.max_tokens or UNSIZED_MAX_TOKENS)
        draft_tokens = count([{"role": "user", "content": draft}])
        return plan(count(messages), draft_tokens, context, self.config.model.max_tokens)

    def prepare(self) -> float:
        """Load the model and pre-compute the prompt every post shares; seconds taken (0 without a model).

        Optional: ``rewrite`` loads the model on first use anyway. The app can call this in a worker
        at start so the first rewrite is as quick as the rest."""
        if self.backend is None:
            return 0.0
        started = time.perf_counter()
        load = getattr(self.backend, "load", None)
        if load is not None:
            load()
        warm = getattr(self.backend, "warm", None)
        if warm is not None:
            warm(load_prompts(self.config.model.prompts_dir).messages(""))
        return time.perf_counter() - started

    def verify(self, original: str, candidate: str, spans: list[Span], role: str | None = None,
               by_user: bool = False, allow: Iterable[str] = ()) -> Verdict:
        """Is ``candidate`` a safe, sound rewrite of ``original`` (whose identifying ``spans`` are given)?

        Safety checks and the review always apply; the quality gates apply when ``candidate`` is not the
        generalised text itself (that is: when it could be model output), never to a text the user wrote
        (``by_user``): the model's gate is not the user's (a shorter, plainer edit is their choice).
        Phrases in ``allow`` are the writer's to keep: never counted (see ``allow_list``)."""
        role = role or self.config.role
        allow = allow_list(allow)
        spans = allowed_out(spans, allow, original)
        risks = kept_risks(self.review(original, spans), allow, original)
        if not spans and candidate == original:
            return judge_draft(original, [], risks)
        floor, floor_verdict = self.generalised(original, spans, role, risks, allow)
        prompt_texts = ()
        if by_user:
            return self._verify(original, candidate, spans, role, None, (), floor_verdict.final_risks, risks, allow)
        if candidate != floor:
            try:
                prompt_texts = load_prompts(self.config.model.prompts_dir).texts()
            except RewriterError:
                prompt_texts = ()
        draft = floor if candidate != floor else None
        return self._verify(original, candidate, spans, role, draft, prompt_texts, floor_verdict.final_risks, risks,
                            allow)

    def review(self, text: str, spans: list[Span]) -> list[Risk]:
        """The post-level risks in ``text`` (whose detected ``spans`` are given): the one way in to the review."""
        return self.reviewer.review(text, spans)

    # -- the steps -------------------------------------------------------------------------------

    def generalised(self, text: str, spans: list[Span], role: str, risks: list[Risk] = (),
                    allow: frozenset[str] = frozenset()) -> tuple[str, Verdict]:
        """The deterministic floor and its verdict; re-generalised while detection still finds things
        (but for what ``allow`` keeps: ``spans`` are expected to hold none of it already)."""
        unread = written_unread(risks)
        # a name guess in a clause of another language is the words its placeholder takes, not the clause's words
        # it ran on over (generalise/unread.as_replaced)
        spans = [as_replaced(text, span, unread) for span in spans]
        treated = treatments(text, spans, unread)  # (asked once: generalise reads the same answers)
        current = generalise(text, spans, role, fixing(text, risks, allow, spans), unread, treated=treated).text
        # the guesses the rewrite leaves as typed in a clause of another language (generalise/unread.py): their words
        # found again are no leak to take out in the next round, but what the re-check marks for the writer
        left = [span for span in spans if treated[span] == KEEP]
        verdict = self._verify(text, current, spans, role, None, (), (), risks, allow)
        for _ in range(FLOOR_ROUNDS):
            if verdict.clean:
                break
            extra = list(verdict.final_spans) + _literal_spans(current, [s for s in spans if s not in left])
            fixable = [risk for risk in fixing(current, verdict.final_risks, allow) if risk.rewrite is not None]
            if not extra and not fixable:
                break
            nxt = generalise(current, _non_overlapping(extra), role, fixable, unread).text
            if nxt == current:
                break
            current = nxt
            verdict = self._verify(text, current, spans, role, None, (), (), risks, allow)
        return current, verdict

    def _verify(self, original, candidate, spans, role, draft, prompt_texts=(), draft_risks=(), risks=(),
                allow=frozenset()) -> Verdict:
        """``draft`` is the generalised text a model was given, or None when checking that text itself;
        ``draft_risks`` the risks found in it; ``risks`` those the review found in ``original``; ``allow``
        what the writer keeps (an ``allow_list``)."""
        # the token tagger's veto may drop nothing in a rewrite it would keep in the writer's own words
        # (detect/token_veto.py: a context half rewritten reads differently)
        from .detect import token_veto  # lazy, as the detector is: it is already loaded here

        with token_veto.rereading(original or candidate):
            found = self.detector.detect(candidate, role=role) if candidate.strip() else []
        final_spans = allowed_out(found, allow, candidate) if candidate.strip() else []
        final_spans = _not_famous_in_original(final_spans, original, spans)
        final_risks = model_risks_kept(kept_risks(self.review(candidate, final_spans), allow, candidate), risks)
        # a draft's risk whose phrase still stands in the candidate stands for its kind there, with the rewrite
        # that fixes it (verdict.still_standing): the model's whole-post reading of that kind must not hide it
        standing = {risk.kind for risk in still_standing(candidate, risks)} if risks else set()
        if standing:
            final_risks = [risk for risk in final_risks if not (risk.by_model and risk.kind in standing)]
        raised = story_kinds(risks) - standing
        if raised and not final_risks and self.reviewer.model is not None and candidate != original:
            # a kind found on the draft, by the rules or the model, outlives a rewrite that made its phrase
            # and names general while the model still reads it in the story (risk_model.py)
            final_risks = self.reviewer.model.still_read(candidate, raised)
        # model output is judged, by the strict gate, as it would be offered: its edits far from a
        # replacement go back to the writer's words (llm/untouched.py)
        offered = keep_untouched(original, draft, candidate) if draft is not None and original else None
        return judge(candidate, spans, final_spans, draft, prompt_texts, original, final_risks, draft_risks, risks,
                     offered)


def written_unread(risks: Iterable[Risk]) -> bool:
    """The review read the post as written mostly in another language or script (unread_text): the generaliser
    writes no English into its clauses of that language, and the model, which reads English, is not asked."""
    return any(risk.kind == "unread_text" for risk in risks)


def allow_list(phrases: Iterable[str]) -> frozenset[str]:
    """The phrases a writer keeps (those they ignored in the app), as ``allowed_out`` compares them."""
    return frozenset(filter(None, map(canonical, phrases)))


def allowed_out(spans: list[Span], allow: frozenset[str], text: str = "") -> list[Span]:
    """``spans`` less those whose text the writer keeps (the same words, whatever case or accents), and
    less any part of a kept phrase in ``text`` ("14" of a kept "14 March")."""
    if not allow:
        return spans
    kept = _kept_regions(text, allow)
    return [span for span in spans if canonical(span.text) not in allow
            and not any(a <= span.start and span.end <= b for a, b in kept)]


def kept_risks(risks: list[Risk], allow: frozenset[str], text: str) -> list[Risk]:
    """``risks`` with no rewrite for words inside a kept phrase: the risk stays for the writer to look at,
    but the rewrite leaves the words they chose to keep ("launch is 14 March" does not become "dozens of
    March")."""
    kept = _kept_regions(text, allow) if allow else []
    if not kept:
        return list(risks)
    return [dataclasses.replace(risk, rewrite=None)
            if risk.rewrite is not None and any(a < risk.end and risk.start < b for a, b in kept) else risk
            for risk in risks]


def fixing(text: str, risks: list[Risk], allow: frozenset[str] = frozenset(), spans: Sequence[Span] = ()) -> list[Risk]:
    """``risks`` (found in ``text``) with the general form the rewrite can give each phrase and the story
    details around them (generalise/stories.py; ``spans``, detected in ``text``, say it describes someone),
    and the writer's notes to the tool, dropped (generalise/notes.py); but none for words the writer keeps."""
    # a whole-post risk (unread_text) is the writer's to look at: no rewrite of a phrase fixes it, and the story
    # passes read it as no story
    risks = [risk for risk in risks if not risk.whole_post]
    return kept_risks(story_rewrites(text, risks, spans) + notes_to_the_tool(text), allow, text)


def model_risks_kept(final_risks: list[Risk], risks: Iterable[Risk]) -> list[Risk]:
    """``final_risks`` (the review of a rewrite) less the risk model's whole-post risks of kinds not found
    on the original (``risks``, by the rules or the model; verify.story_kinds).

    The model reads the rewritten post afresh: a kind it reads there for the first time is no risk the
    rewrite made, and must not keep it from being clean. A kind found on the draft stays while the model
    still reads it in the rewrite, whether the rules or the model found it there: the rewrite made the
    rules' phrase general ("Mrs Okonkwo in room 4 has dementia" -> "a resident has a health condition"),
    but the story is the same one (only the writer can change it). Measured on the rewrites offered
    clean of drafts the rules found such a kind in (venting, confidential business, health: the kinds
    that have no ``after_rewrite``), on drafts the model was never trained on (writers zb-ze, analysis
    sets ba/bb, dev_drafts2): the model still read the kind on 3 of 4 that kept a labelled leak and 4 of
    9 others labelled with the kind, against 1 of 3 with no labelled risk left; on the tuning sets it was
    trained on, 12 of 13, 22 of 25 and 0 of 18."""
    raised = story_kinds(risks)
    return [risk for risk in final_risks if not risk.by_model or risk.kind in raised]


def _kept_regions(text: str, allow: frozenset[str]) -> list[tuple[int, int]]:
    """Where the kept phrases stand in ``text`` (their words in any case, any spacing)."""
    regions = []
    for phrase in allow:
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, phrase.split())) + r"(?!\w)"
        regions.extend(m.span() for m in re.finditer(pattern, text, re.IGNORECASE))
    return regions


def check_length(text: str) -> None:
    """Raise InputError (one line) for a draft longer than ``rewrite`` takes."""
    if len(text) > MAX_REWRITE_CHARS:
        raise InputError(
            f"the draft is too long to rewrite ({len(text):,} characters; at most {MAX_REWRITE_CHARS:,}): "
            "split it into posts (check takes any length)"
        )


def clean_model_output(text: str) -> str:
    """Strip what is wrapping, not content: whitespace, surrounding quotes, a "rewrite:" label we taught."""
    out = text.strip()
    out = re.sub(r"^(rewrite|rewritten post)\s*:\s*", "", out, flags=re.IGNORECASE)
    if len(out) >= 2 and out[0] == out[-1] and out[0] in "\"'“”":
        out = out[1:-1].strip()
    if out.startswith("“") and out.endswith("”"):
        out = out[1:-1].strip()
    return out


def _check_cancel(cancel) -> None:
    if cancel is not None and cancel.is_set():
        raise Cancelled("rewrite cancelled")


class _EitherSet:
    """Set when either of two events is (either may be None): what the backend watches to stop."""

    def __init__(self, first: threading.Event | None, second: threading.Event | None):
        self._events = [event for event in (first, second) if event is not None]

    def is_set(self) -> bool:
        return any(event.is_set() for event in self._events)


def _rate(tokens: float, seconds: float) -> float | None:
    return tokens / seconds if tokens and seconds > 0 else None


def _not_famous_in_original(found: list[Span], original: str, spans: list[Span]) -> list[Span]:
    """``found`` (in a rewrite of ``original``) less the famous names the original has, unflagged, as
    written: the draft's detection read them as public in the writer's own words, and the general
    words a rewrite puts beside them ("Jayden in Year 4 asked if Henry VIII had a Nintendo" -> "A
    student in Year 4 asked if Henry VIII ...") must not make them someone the writer serves."""
    if not found or not original:
        return found
    from .detect.recognizers.support.famous_names import FAMOUS_PEOPLE, FAMOUS_THINGS

    taken = [(s.start, s.end) for s in spans]

    def famous_there(span: Span) -> bool:
        words = span.text.strip()
        if words not in FAMOUS_PEOPLE and words not in FAMOUS_THINGS:
            return False
        pattern = r"(?<![\w'’-])" + re.escape(words) + r"(?![\w'’-])"
        return any(not any(a < m.end() and m.start() < b for a, b in taken) for m in re.finditer(pattern, original))

    return [s for s in found if not famous_there(s)]


def _literal_spans(text: str, spans: list[Span]) -> list[Span]:
    """Where the words of original spans still stand in ``text``, as spans to generalise again."""
    found = []
    for span in spans:
        for token in set(identifying_tokens(span)):
            for m in re.finditer(r"(?<![\w])" + re.escape(token) + r"(?![\w])", text, re.IGNORECASE):
                found.append(
                    dataclasses.replace(span, start=m.start(), end=m.end(), text=m.group(0), source="literal check")
                )
    return found


def _non_overlapping(spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if out and span.start < out[-1].end:
            continue
        out.append(span)
    return out
