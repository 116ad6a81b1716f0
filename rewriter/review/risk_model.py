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
- a kind the rules found and the rewrite generalised ("the only deaf girl in Year 9" -> "a pupil") is
  gone, even if the model, reading the rewritten post afresh, scores that kind or another: the pipeline
  keeps a model risk on a rewrite only of a kind the model itself raised on the draft
  (pipeline.model_risks_kept), so a whole-post guess never keeps a rewrite from being clean once the
  rules' risk was removed;
- a kind the model raised on the draft stays on the rewrite while the model still reads it there
  (status "review": the story is unchanged, only the writer can change it), and goes when it no longer
  does; the draft's whole-post risk is not carried over by its text (verdict.still_standing skips it).
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
    """The training script's gate "empty" (the shipped model's): the model adds risks only to posts the
    rules found none in; with "or" it adds any kind the rules missed."""
    return _meta().get("gate") == "empty"


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
def _reader() -> _BagOfWords | None:
    """The classifier read without thinc's layers (see _BagOfWords), or None when the model is not the
    bag of words that class reads (then textcat.predict scores every post)."""
    tokenizer, textcat, _ = _parts()
    return _BagOfWords.of(textcat.model, tokenizer)


def scores(text: str) -> dict[str, float]:
    """P(kind) for every kind, from the shipped classifier."""
    tokenizer, textcat, labels = _parts()
    reader = _reader()
    if reader is None:
        row = textcat.predict([tokenizer(model_text(text))])[0]
    else:
        row = reader.predict(reader.token_ids(text))
    return {kind: float(p) for kind, p in zip(labels, row.tolist())}


class _BagOfWords:
    """spaCy's TextCatBOW (extract_ngrams >> SparseLinear_v2 >> Logistic), computed as thinc computes it,
    to the last bit, at a fraction of the cost.

    thinc keeps the weights class by class (W[class * length + slot]), so each n-gram of a post reads
    nine scattered places in 2.4 MB: after detection has filled the CPU caches with spaCy's own weights,
    those reads were most of the model's time. Here the same weights are kept slot by slot (each slot's
    nine weights side by side), and the sums are made in thinc's order in float32 (the bias, then for
    each distinct n-gram in ascending order its first slot's weight times its count, then its second
    slot's), so every score is bit for bit thinc's (tests/test_risk_model.py checks it on every
    labelled draft). The post's tokens come from the detector when it has just tokenised the same text
    with the same tokenizer rules (detect/token_ids.py), else from the model's own tokenizer."""

    def __init__(self, weights, bias, length: int, ngram_size: int, ops, tokenizer) -> None:
        import numpy

        self.np = numpy
        self.weights = numpy.ascontiguousarray(weights.reshape(-1, length).T)  # [slot, class]
        self.bias = numpy.array(bias, dtype="float32")
        self.length = length
        self.ngram_size = ngram_size
        self.ops = ops
        self.tokenizer = tokenizer
        from ..detect.token_ids import tokenizer_fingerprint

        self.fingerprint = tokenizer_fingerprint(tokenizer)
        prior = tokenizer(PRIOR_WORD)
        self.prior_ids = prior.to_array("ORTH").astype("uint64") if len(prior) == 1 else None

    @classmethod
    def of(cls, model, tokenizer) -> _BagOfWords | None:
        from spacy.attrs import ORTH

        layers = {node.name: node for node in model.walk()}
        wanted = {"extract_ngrams", "sparse_linear", "logistic"}
        shape = "with_cpu(extract_ngrams>>resizable(sparse_linear))>>with_cpu(logistic)"
        if model.name != shape or not wanted <= set(layers):
            return None
        ngrams, linear = layers["extract_ngrams"], layers["sparse_linear"]
        if ngrams.attrs.get("attr") != ORTH or linear.attrs.get("v1_indexing") is not False:
            return None
        length, n_classes = linear.get_dim("length"), linear.get_dim("nO")
        weights, bias = linear.get_param("W"), linear.get_param("b")
        if weights.shape != (n_classes * length,) or bias.shape != (n_classes,):
            return None
        return cls(weights, bias, length, ngrams.attrs["ngram_size"], layers["logistic"].ops, tokenizer)

    def token_ids(self, text: str):
        """The ORTH ids of model_text(text)'s tokens. The detector's ids of ``text`` serve: the tokenizer
        splits "text xxpost" at the space, so the tokens of ``text`` up to its last non-space character
        are the detector's; only what follows (trailing whitespace, if any, then " xxpost") is
        tokenised here, as the tokenizer reads it after such a character (a first " " only marks the
        space after the word before; any other whitespace runs to the next word as one token)."""
        stripped = len(text.rstrip())
        if self.prior_ids is not None and stripped:
            from ..detect.token_ids import RECENT

            found = RECENT.get(self.fingerprint, text)
            if found is not None:
                ids, starts = found
                if stripped == len(text):
                    return self.np.concatenate((ids, self.prior_ids))
                rest = text[stripped + 1 :] if text[stripped] == " " else text[stripped:]
                tail = self.tokenizer(model_text(rest)).to_array("ORTH").astype("uint64")
                return self.np.concatenate((ids[starts < stripped], tail))
        return self.tokenizer(model_text(text)).to_array("ORTH").astype("uint64")

    def predict(self, ids):
        """The classifier's row of probabilities for a text of token ids ``ids``, as textcat.predict."""
        np = self.np
        ids = np.ascontiguousarray(ids, dtype=np.uint64)
        keys = [ids] + [self.ops.ngrams(n, ids) for n in range(2, self.ngram_size + 1)]
        keys = np.sort(np.concatenate(keys))
        # the distinct n-grams in ascending order and how often each occurs (np.unique's answer)
        first = np.empty(len(keys), dtype=bool)
        first[:1] = True
        np.not_equal(keys[1:], keys[:-1], out=first[1:])
        starts = np.flatnonzero(first)
        counts = np.diff(np.append(starts, len(keys))).astype(np.float32)
        slots = _murmur32_both(np, keys[starts]) % np.uint32(self.length)  # [n-gram, seed]
        terms = self.weights[slots.ravel()]  # each n-gram's first slot's weights, then its second's
        terms *= np.repeat(counts, 2)[:, None]
        terms[0] += self.bias
        # a running sum, one term after another in float32, as thinc's loop adds them
        total = np.add.accumulate(terms, axis=0)[-1:]
        return self.ops.sigmoid(total, inplace=False)[0]


@functools.cache
def _murmur_constants(np):
    u = {n: np.uint32(n) for n in (5, 8, 13, 15, 16, 17, 19)}
    u.update(c1=np.uint32(0xCC9E2D51), c2=np.uint32(0x1B873593), m1=np.uint32(0x85EBCA6B), m2=np.uint32(0xC2B2AE35),
             add=np.uint32(0xE6546B64), seeds=np.array([0, 1], dtype=np.uint32), high=np.uint64(32))
    return u


def _murmur32_both(np, keys):
    """thinc's MurmurHash3_x86_32 of each uint64 key (sparselinear.pyx) with seeds 0 and 1, as an array of
    [key, seed], in uint32 arithmetic (which wraps as C's does)."""
    u = _murmur_constants(np)
    halves = []
    for half in (keys.astype(np.uint32), (keys >> u["high"]).astype(np.uint32)):
        half *= u["c1"]
        half = (half << u[15]) | (half >> u[17])
        half *= u["c2"]
        halves.append(half[:, None])
    h = u["seeds"] ^ halves[0]  # [key, seed]
    h = (h << u[13]) | (h >> u[19])
    h *= u[5]
    h += u["add"]
    h ^= halves[1]
    h = (h << u[13]) | (h >> u[19])
    h *= u[5]
    h += u["add"]
    h ^= u[8]
    h ^= h >> u[16]
    h *= u["m1"]
    h ^= h >> u[13]
    h *= u["m2"]
    h ^= h >> u[16]
    return h


class RiskModel:
    """Whole-post risks of the kinds over their thresholds that the rules did not find."""

    @staticmethod
    def warm() -> None:
        scores("Warm-up text.")

    def find(self, text: str, found: set[str]) -> list[Risk]:
        """The risks the model adds to a post in which the rules found the kinds ``found``."""
        if not text.strip() or (found and only_where_rules_found_nothing()):
            return []
        todo = {kind: t for kind, t in thresholds().items() if kind not in found}
        if not todo:
            return []
        scored = scores(text)
        out = []
        for kind, t in todo.items():
            if scored.get(kind, 0.0) >= t:
                info = RISK_KINDS[kind]
                out.append(Risk(kind, 0, len(text), text, info.why, info.advice, None, by_model=True))
        return out
