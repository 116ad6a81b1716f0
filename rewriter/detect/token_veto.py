"""A second reading for the span veto: a small tagger, trained from scratch on the whole text of every labelled
draft (benchmarks/train_token_veto.py), gives each token of a post P(it belongs to a private identifier).

Where span_veto.py's bag of words reads one span through hand-made features and knows only words it has seen,
this tagger reads every word by its shape, prefix, suffix and normalised form (hashed: an unseen word still has
all but the last) through a small CNN over three words either side. It learnt from about 7,300 drafts whose
leak patterns marked the private tokens, the clean drafts being all "no one's": other languages' words, brands,
venues, holidays, big places. A name guess span_veto.vetoable reads goes when no token of it reaches
THRESHOLD: the tagger, having read its context, sees nothing private there.

The model (rewriter/models/token_veto, about 3 MB) is loaded on the first post with a vetoable span, offline.
Only a window of tokens around each candidate is read (the CNN sees no further than RECEPTIVE tokens either
side, so the window's scores are the whole post's, to the bit).
"""

from __future__ import annotations

import functools
from pathlib import Path

import numpy as np

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "token_veto"
PRIVATE = "P"
# Below this highest P(private) over its tokens a vetoable span goes. Read off the leave-out fresh40a-d
# (benchmarks/train_token_veto.py's docstring): at .01 no span there overlapping a labelled leak fell below it, but
# one labelled organisation of dev_drafts2 scores .0088 (a leak more); at .005 neither loses one.
THRESHOLD = 0.005
# The tagger's CNN: depth 3, window 1: a token's score reads three tokens either side of it, no further.
RECEPTIVE = 3


@functools.cache
def _model():
    import spacy

    nlp = spacy.load(MODEL_DIR)
    tagger = nlp.get_pipe("tagger")
    return nlp, tagger, list(tagger.labels).index(PRIVATE)


class Reader:
    """The tagger's layers read in numpy, without thinc's layer calls (about 1.4 ms a call on a short text, most of
    the cost): MultiHashEmbed (each attribute's id hashed by thinc's own murmurhash, four rows summed), a maxout and
    layer norm over the four embeddings side by side, ``depth`` residual blocks of a window of three tokens, a
    maxout and a layer norm, and the softmax's linear layer. The same scores as thinc's to float32 rounding
    (tests/test_detect_token_veto.py)."""

    def __init__(self, model) -> None:
        from spacy import attrs
        from thinc.api import NumpyOps

        self.hash = NumpyOps().hash
        layers = {n.name: [] for n in model.walk()}
        for n in model.walk():
            layers[n.name].append(n)
        extract = layers["extract_features"][0]
        self.columns = [getattr(attrs, c) for c in extract.attrs["columns"]]
        embeds = sorted(layers["hashembed"], key=lambda n: n.attrs["column"])
        self.tables = [(n.get_param("E"), n.attrs["seed"]) for n in embeds]
        # the maxout + layer norm pairs in the order the model applies them: the embedding's, then each block's
        maxouts = [(n.get_param("W"), n.get_param("b")) for n in model.walk() if n.name == "maxout"]
        norms = [(n.get_param("G"), n.get_param("b")) for n in model.walk() if n.name == "layernorm"]
        self.blocks = [(W.reshape(-1, W.shape[-1]).T.copy(), b.reshape(-1), W.shape[1], G, gb)
                       for (W, b), (G, gb) in zip(maxouts, norms)]
        out = layers["softmax"][0]
        self.out_W, self.out_b = out.get_param("W").T.copy(), out.get_param("b")
        windows = {n.attrs["window_size"] for n in layers.get("expand_window", [])}
        assert windows == {1}, windows
        self.pad = next(n.attrs["pad"] for n in model.walk() if n.name.startswith("with_array(residual"))

    @staticmethod
    def _maxout_norm(X, W, b, pieces, G, gb):
        Y = (X @ W + b).reshape(X.shape[0], -1, pieces).max(axis=2)
        Y -= Y.mean(axis=1, keepdims=True)
        var = np.einsum("ij,ij->i", Y, Y)[:, None] / Y.shape[1] + 1e-08
        return Y * (var ** -0.5 * G) + gb

    def ids(self, doc):
        """The attributes the tagger reads, per token of ``doc``."""
        return doc.to_array(self.columns).astype(np.uint64).reshape(len(doc), -1)

    def logits(self, ids):
        """Per token, the tagger's scores for the tokens whose attributes are ``ids`` (a whole text or a window)."""
        parts = []
        for c, (E, seed) in enumerate(self.tables):
            keys = self.hash(np.ascontiguousarray(ids[:, c]), seed) % E.shape[0]
            parts.append(E[keys].sum(axis=1))
        X = self._maxout_norm(np.concatenate(parts, axis=1), *self.blocks[0])
        # thinc's with_array(pad=...) runs the blocks over the sequence with rows of zeros either side, which the
        # blocks then change like any row (a token at the edge reads them as they become)
        edge = np.zeros((self.pad, X.shape[1]), dtype=X.dtype)
        X = np.concatenate([edge, X, edge])
        for block in self.blocks[1:]:
            pad = np.zeros((1, X.shape[1]), dtype=X.dtype)
            window = np.concatenate([np.vstack([pad, X[:-1]]), X, np.vstack([X[1:], pad])], axis=1)
            X = X + self._maxout_norm(window, *block)
        return X[self.pad : len(X) - self.pad] @ self.out_W + self.out_b


@functools.cache
def _reader():
    nlp, tagger, column = _model()
    return nlp, Reader(tagger.model), column


def private_scores(text: str, ranges: list[tuple[int, int]]) -> list[float]:
    """For each (start, end) of ``text``: the highest P(private) of the tokens it overlaps (0.0 for none)."""
    nlp, reader, column = _reader()
    doc = nlp.make_doc(text)
    tokens = [(t.idx, t.idx + len(t.text)) for t in doc]
    wanted = []
    for start, end in ranges:
        inside = [i for i, (a, b) in enumerate(tokens) if a < end and start < b]
        wanted.append((inside[0], inside[-1] + 1) if inside else None)
    # windows of the doc around the ranges, merged where they touch: the same scores as the whole doc's
    windows: list[list[int]] = []
    for w in sorted(filter(None, wanted)):
        lo, hi = max(0, w[0] - RECEPTIVE), min(len(doc), w[1] + RECEPTIVE)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    prob = np.zeros(len(doc), dtype=np.float32)
    ids = reader.ids(doc)
    for lo, hi in windows:
        scores = reader.logits(ids[lo:hi])
        e = np.exp(scores - scores.max(axis=1, keepdims=True))
        prob[lo:hi] = e[:, column] / e.sum(axis=1)
    return [float(prob[w[0] : w[1]].max()) if w else 0.0 for w in wanted]
