"""spaCy's bag-of-words text classifier (TextCatBOW: extract_ngrams >> SparseLinear_v2 >> Logistic or
Softmax) read without thinc's layers, to the last bit the same scores, at a fraction of the cost.

Two small classifiers of ours are such bags of words: the work-talk gate (work_talk.py), run on posts
with a name guessed from capitals, and the risk model (review/risk_model.py), run on posts in which the
review's rules found nothing. Through spaCy each tokenised the post again and went through a dozen thinc
layers; and thinc keeps a layer's weights class by class (W[class * length + slot]), so each n-gram of a
post read its classes' weights at places megabytes apart: after detection has filled the CPU caches
with spaCy's own weights, those reads were most of the classifier's time.

Here the weights are kept slot by slot (each slot's weights for every class side by side), the post's
tokens come from the detector when it has just tokenised the same text with a tokenizer of the same
rules (token_ids.py), and the sums are made in thinc's order in float32: the bias, then for each
distinct n-gram in ascending order of its key, its first slot's weights times its count, then its
second slot's (thinc's sparselinear.pyx adds in that order, one term at a time, with no fused
multiply-add). The output layer is the model's own (ops.sigmoid or ops.softmax). So every score is
bit for bit thinc's: tests/review/test_risk_model_reading.py and tests/test_detect_work_talk.py check
it on every labelled draft, and a model of any other shape is not read here (``of`` gives None).

What a post's scores cost now (session 47, the risk model on 200 posts of 280 characters read right after
the detector and the review's rules, as the app reads them; CPU time on the shared 2-core machine): some
fifty numpy calls on arrays of about 120 n-grams, each paid for by the call, not by its data. So a smaller
model would buy little: the same posts read through a table of 8,192 slots instead of 65,536 took as long,
and unigrams alone (half the n-grams) 8-20% less of this part's time, for scores no longer the measured
model's. Also tried and not kept: in-place arithmetic in the hash and the counts (the same time), and
remembering scores by text (a text is seldom read twice: 1 of 160 drafts detected and reviewed, 2 of 144
texts in an audit with rewrites).
Session 49: the distinct n-grams counted and the sigmoid taken in fewer numpy calls (some forty), the same
bits on every labelled draft: about a fifth less of predict's time after the review's rules (210 -> 170 us
a post on the loaded machine).
"""

from __future__ import annotations

import functools
import sys

import numpy as np
from thinc.api import NumpyOps, Ops

from .token_ids import RECENT, tokenizer_fingerprint

_SHAPE = "with_cpu(extract_ngrams>>resizable(sparse_linear))>>with_cpu({})"
_OUTPUTS = {"logistic": "sigmoid", "softmax_activation": "softmax"}
_NGRAMS = NumpyOps().ngrams  # extract_ngrams' own hashing of n consecutive ids (thinc's numpy_ops.pyx)


class BagOfWords:
    def __init__(self, weights, bias, length: int, ngram_size: int, output, tokenizer, suffix: str = "") -> None:
        self.weights = np.ascontiguousarray(weights.reshape(-1, length).T)  # [slot, class]
        self.bias = np.array(bias, dtype=np.float32)
        self.length = length
        self.ngram_size = ngram_size
        self.output = output  # the model's own output function (ops.sigmoid or ops.softmax)
        self.sigmoid = getattr(output, "__func__", None) is Ops.sigmoid  # then read with sigmoid() below, the same bits
        self.tokenizer = tokenizer
        self.fingerprint = tokenizer_fingerprint(tokenizer)
        # A word the classifier reads after every text (" xxpost"): one token of its own after a space.
        self.suffix = suffix
        self.suffix_ids = None
        if suffix:
            word = suffix[1:]
            tokens = tokenizer(word)
            if suffix[0] == " " and word and not any(c.isspace() for c in word) and len(tokens) == 1:
                self.suffix_ids = tokens.to_array("ORTH").astype(np.uint64)

    @classmethod
    def of(cls, model, tokenizer, suffix: str = "") -> BagOfWords | None:
        """The reader of a textcat's ``model``, or None when it is not a bag of words read here."""
        from spacy.attrs import ORTH

        layers = {node.name: node for node in model.walk()}
        out = next((name for name in _OUTPUTS if name in layers), None)
        if out is None or model.name != _SHAPE.format(out) or not {"extract_ngrams", "sparse_linear"} <= set(layers):
            return None
        ngrams, linear = layers["extract_ngrams"], layers["sparse_linear"]
        if ngrams.attrs.get("attr") != ORTH or linear.attrs.get("v1_indexing") is not False:
            return None
        length, n_classes = linear.get_dim("length"), linear.get_dim("nO")
        weights, bias = linear.get_param("W"), linear.get_param("b")
        if weights.shape != (n_classes * length,) or bias.shape != (n_classes,):
            return None
        output = getattr(layers[out].ops, _OUTPUTS[out])
        return cls(weights, bias, length, ngrams.attrs["ngram_size"], output, tokenizer, suffix)

    def token_ids(self, text: str) -> np.ndarray:
        """The ORTH ids of the tokens of ``text + suffix``, as the classifier's tokenizer makes them. The
        detector's ids of ``text`` serve when it has just read the same text (token_ids.py). With a
        suffix: the tokenizer splits "text xxpost" at the space, so the tokens of ``text`` up to its last
        non-space character are the detector's, and only what follows (trailing whitespace, if any, then
        the suffix) is tokenised here, as the tokenizer reads it after such a character (a first " " only
        marks the space after the word before; any other whitespace runs to the next word as a token)."""
        found = RECENT.get(self.fingerprint, text) if text else None
        if found is not None:
            ids, starts = found
            if not self.suffix:
                return ids
            stripped = len(text.rstrip())
            if self.suffix_ids is not None and stripped == len(text):
                return np.concatenate((ids, self.suffix_ids))
            if self.suffix_ids is not None and stripped:
                rest = text[stripped + 1 :] if text[stripped] == " " else text[stripped:]
                tail = self.tokenizer(rest + self.suffix).to_array("ORTH").astype(np.uint64)
                return np.concatenate((ids[starts < stripped], tail))
        return self.tokenizer(text + self.suffix).to_array("ORTH").astype(np.uint64)

    def predict(self, ids) -> np.ndarray:
        """The classifier's row of scores for a text of token ids ``ids``, as its textcat's predict."""
        ids = np.ascontiguousarray(ids, dtype=np.uint64)
        if not len(ids):
            return np.zeros(self.bias.shape[0])  # spaCy's answer for a doc with no tokens
        keys = np.concatenate([ids] + [_NGRAMS(n, ids) for n in range(2, self.ngram_size + 1)])
        keys.sort()
        # the distinct n-grams in ascending order and how often each occurs (np.unique's answer), from the
        # places where the sorted keys change, the ends included; in as few numpy calls as can be: after the
        # detector and the review's rules a post's call pays to bring numpy's code back into the CPU caches,
        # several microseconds a call, more than its arithmetic on a hundred keys (np.flatnonzero, np.append
        # and np.diff are each a few calls)
        m = len(keys)
        change = np.empty(m + 1, dtype=bool)
        change[0] = change[m] = True
        np.not_equal(keys[1:], keys[:-1], out=change[1:m])
        edges = change.nonzero()[0]
        starts = edges[:-1]
        counts = (edges[1:] - starts).astype(np.float32)
        slots = murmur32_both(keys[starts]) % np.uint32(self.length)  # [n-gram, seed]
        terms = self.weights[slots.ravel()]  # each n-gram's first slot's weights, then its second's
        terms *= np.repeat(counts, 2)[:, None]
        terms[0] += self.bias
        # a running sum, one term after another in float32, as thinc's loop adds them
        total = np.add.accumulate(terms, axis=0)[-1:]
        return (sigmoid(total) if self.sigmoid else self.output(total, inplace=False))[0]


def sigmoid(x: np.ndarray) -> np.ndarray:
    """thinc's Ops.sigmoid(x, inplace=False), the same operations in x's float32 (clip(x, -20, 20), then
    1 / (1 + exp(-x))) without np.clip's Python layers, which cost more than the sums on a post's nine scores."""
    x = np.minimum(np.maximum(x, -20.0), 20.0)  # np.clip's values, a NaN passed on alike
    return 1.0 / (1.0 + np.exp(-x))


@functools.cache
def _constants() -> dict:
    u = {n: np.uint32(n) for n in (5, 8, 13, 15, 16, 17, 19)}
    u.update(c1=np.uint32(0xCC9E2D51), c2=np.uint32(0x1B873593), m1=np.uint32(0x85EBCA6B), m2=np.uint32(0xC2B2AE35),
             add=np.uint32(0xE6546B64), seeds=np.array([0, 1], dtype=np.uint32), high=np.uint64(32))
    return u


_LITTLE_ENDIAN = sys.byteorder == "little"


def murmur32_both(keys: np.ndarray) -> np.ndarray:
    """thinc's MurmurHash3_x86_32 of each uint64 key (sparselinear.pyx) with seeds 0 and 1, as an array of
    [key, seed], in uint32 arithmetic (which wraps as C's does)."""
    u = _constants()
    if _LITTLE_ENDIAN:  # both 32-bit halves of every key in one array, [key, (low, high)]: half the numpy calls
        both = np.ascontiguousarray(keys, dtype=np.uint64).view(np.uint32).reshape(-1, 2)
    else:
        both = np.stack((keys.astype(np.uint32), (keys >> u["high"]).astype(np.uint32)), axis=1)
    both = both * u["c1"]
    both = (both << u[15]) | (both >> u[17])
    both *= u["c2"]
    halves = (both[:, :1], both[:, 1:])
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
