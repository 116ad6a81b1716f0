"""The risk model: a second opinion on the whole post, for the kinds the rules missed.

The rules find the phrase that raises a risk, but only in the wording their authors thought of; on
drafts nobody tuned them to they find about half the kinds a confidentiality trainer points out. A small
text classifier (spaCy's bag-of-words multi-label textcat, trained by benchmarks/train_risk_model.py on
the labelled drafts of many independent writers, shipped in rewriter/models/risk_kinds) reads the whole
post and scores each kind. It runs only on a post in which the rules found no risk (the post the app
would otherwise call clean; the saved gate "empty"): a kind scored at or over its own threshold (chosen
on leave-one-writer-out folds so that at most 2% of harmless posts get one) becomes a risk on the whole
post (start 0, end len, the post as its text; ``by_model`` set, shown as "(the whole post)") with the
kind's own why and advice and no rewrite: only the writer can change a story. Measured on the folds of
four writers no rule was tuned to, kind recall .591 -> .637 and risky drafts caught 564 -> 612 of 690,
with five more harmless posts of 488 given a risk; on fresh8 .533 -> .667 (see the training script).

It runs on the draft and again on every candidate text, like the rules (reviewer.py). What the user sees
on a rewrite:
- a kind found on the draft, by the rules or the model, stays on the rewrite while the model still
  reads it there, at half the kind's threshold or over (STILL_READ_SHARE; status "review": the rewrite
  made the phrase general, "Mrs Okonkwo in room 4 has dementia" -> "a resident has a health condition",
  but the story is unchanged and only the writer can change it), and goes when it no longer does; the
  draft's whole-post risk is not carried over by its text (verdict.still_standing skips it);
- a kind the model reads on the rewrite but nobody found on the draft is dropped
  (pipeline.model_risks_kept): a fresh whole-post guess never keeps a rewrite from being clean.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from ..kinds import RISK_KINDS
from .risk import Risk

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "risk_kinds"


@functools.cache  # loaded on the first post reviewed (about 0.1-0.3 s)
def _classifier():
    import spacy

    return spacy.load(MODEL_DIR)


@functools.cache
def _meta() -> dict:
    return json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))


def thresholds() -> dict[str, float]:
    """Each kind's threshold, chosen by the training script's folds and saved with the model."""
    return {kind: float(t) for kind, t in _meta().get("thresholds", {}).items() if kind in RISK_KINDS}


def only_where_rules_found_nothing() -> bool:
    """The training script's gate "empty": the model adds risks only to posts the rules found none in; with
    "or" it adds any kind the rules missed; with "mixed" it adds any kind the rules missed, but on a post
    the rules found a risk in only at ``over_found()`` or over."""
    return _meta().get("gate") == "empty"


def over_found() -> float | None:
    """The score a kind needs on a post the rules found a risk in (gate "mixed"; "or": its own threshold),
    or None where the model reads only posts the rules found nothing in (gate "empty")."""
    gate = _meta().get("gate")
    if gate == "empty":
        return None
    return float(_meta().get("over", 0.0)) if gate == "mixed" else 0.0


# A word every post ends with, as the model reads it: its weight is the model's prior for each kind, so a
# short post of words it never saw scores near that prior, not near 0.5 (a bag of words has no other bias
# that learns).
PRIOR_WORD = "xxpost"


def model_text(text: str) -> str:
    """The text as the model is trained on and reads it."""
    return f"{text} {PRIOR_WORD}"


@functools.cache
def _parts():
    """The tokenizer and the classifier's component, called directly: a post is scored without the rest of
    spaCy's pipeline machinery (about a tenth of the time)."""
    nlp = _classifier()
    textcat = nlp.get_pipe("textcat_multilabel")
    return nlp.tokenizer, textcat, tuple(textcat.labels)


@functools.cache
def _reader():
    """The classifier read without thinc's layers (detect/bag_of_words.py), or None when the model is not
    the bag of words that reader reads (then textcat.predict scores every post)."""
    from ..detect.bag_of_words import BagOfWords

    tokenizer, textcat, _ = _parts()
    return BagOfWords.of(textcat.model, tokenizer, suffix=f" {PRIOR_WORD}")


def scores(text: str) -> dict[str, float]:
    """P(kind) for every kind, from the shipped classifier."""
    tokenizer, textcat, labels = _parts()
    reader = _reader()
    if reader is None:
        row = textcat.predict([tokenizer(model_text(text))])[0]
    else:
        row = reader.predict(reader.token_ids(text))  # the tokens of model_text(text)
    return {kind: float(p) for kind, p in zip(labels, row.tolist())}


# A kind found on a draft still stands on its rewrite while the rewrite scores at least this share
# of the kind's threshold. The rewrite tells the same story with names and places made general, and those
# words weigh in the bag of words: on the tuning and analysis sets, of the rewrites offered clean once the
# model's score fell under its threshold, 4 of 9 still held a labelled identifying detail ("guy in his 80s
# fell off a ladder ... every full moon for 40 yrs", "£180k in unreconciled invoices at a client"), all at
# 0.59-0.90 of the threshold; 3 of the other 5 fell under half of it. For a kind the rules found on the draft
# the share made no difference on the tuning and analysis sets: of those rewrites offered clean, the ones the
# model read scored 1.0-6.6 times the threshold, the others under 0.25 of it (none in between).
STILL_READ_SHARE = 0.5


class RiskModel:
    """Whole-post risks of the kinds over their thresholds that the rules did not find."""

    def still_read(self, text: str, kinds: set[str]) -> list[Risk]:
        """The whole-post risks of ``kinds`` (those found on the draft ``text`` is a rewrite of) that the
        model still reads in ``text``: at STILL_READ_SHARE of the kind's threshold or over."""
        limits = {kind: t * STILL_READ_SHARE for kind, t in thresholds().items() if kind in kinds}
        if not text.strip() or not limits:
            return []
        return _whole_post_risks(text, limits)

    @staticmethod
    def warm() -> None:
        scores("Warm-up text.")

    def find(self, text: str, found: set[str]) -> list[Risk]:
        """The risks the model adds to a post in which the rules found the kinds ``found``."""
        over = over_found()
        if not text.strip() or (found and over is None):
            return []
        todo = {kind: max(t, over) if found else t for kind, t in thresholds().items() if kind not in found}
        if not todo:
            return []
        return _whole_post_risks(text, todo)


def _whole_post_risks(text: str, limits: dict[str, float]) -> list[Risk]:
    """A whole-post risk for each kind whose score on ``text`` reaches its limit in ``limits``."""
    scored = scores(text)
    out = []
    for kind, limit in limits.items():
        if scored.get(kind, 0.0) >= limit:
            info = RISK_KINDS[kind]
            out.append(Risk(kind, 0, len(text), text, info.why, info.advice, None, by_model=True))
    return out
