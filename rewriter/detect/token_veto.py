"""A second reading for the span veto: a small tagger, trained from scratch on the whole text of every labelled
draft (benchmarks/train_token_veto.py), gives each token of a post P(it belongs to a private identifier).

Where span_veto.py's bag of words reads one span through hand-made features and knows only words it has seen,
this tagger reads every word by its shape, prefix, suffix and normalised form (hashed: an unseen word still has
all but the last) through a small CNN over three words either side. It learnt from about 7,300 drafts whose
leak patterns marked the private tokens, the clean drafts being all "no one's": other languages' words, brands,
venues, holidays, big places. A name guess span_veto.vetoable reads goes when no token of it reaches
THRESHOLD: the tagger, having read its context, sees nothing private there. It is not asked where it was seen to
misread (asked(): capitals only, a full name, a text without capitals, a sentence about one person served, a name
opening its sentence before a verb, a name after a role, form-like text, a pet's name in a slot only an animal
fills), and a rewrite is re-read against its original
(rereading()).

The model was trained with fresh40a-d and fresh41a-d out of its data (fresh41a-d did not exist yet: session 41's
blind set), its epoch and threshold read off fresh40a-d; fresh41a-d is the honest leave-out
(benchmarks/train_token_veto.py's docstring has the figures).

The model (rewriter/models/token_veto, 3.9 MB) is loaded on the first post with a vetoable span, offline.
Only a window of tokens around each candidate is read (the CNN sees no further than RECEPTIVE tokens either
side, so the window's scores are the whole post's, to the bit).
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from pathlib import Path

import numpy as np

from .. import vocab
from .recognizers.support.pet_slots import animal_slot

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


# -- where the tagger is not asked ----------------------------------------------------------------------------
# It learnt from social posts, where a name with no story around it is seldom anyone's; three kinds of writing
# it never saw, or saw too little of, it reads wrongly, and there a guess stays whatever it scores.

_LETTERS = re.compile(r"[^\W\d_]")
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _shouted(part: str) -> bool:
    """A span in capitals only ("SJH", "ÅLESUND"): the tagger reads a word by its shape, and an acronym or a
    shouted word has the same shape whether it is a brand, a ward, a hospital or a town on a form; it cannot tell
    them apart ("Ward 7B at SJH was chaos again")."""
    letters = _LETTERS.findall(part)
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@functools.cache
def _served_words() -> frozenset[str]:
    # one of the people a professional serves, in the singular (own_people: client, patient, student,
    # resident...): one person's story. Plurals and groups ("my kids", "the players") were tried and are left
    # out: they are in many a post about the writer's own day, where the tagger's readings were right.
    return frozenset(w.lower() for w in vocab.words("own_people"))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 400), start):
        left = m.end()
    m = _SENTENCE_END.search(text, end)
    return left, (m.start() if m else len(text))


def _about_someone_served(text: str, start: int, end: int) -> bool:
    """The span's sentence names one of the people the writer serves ("Kal was my patient for six weeks", "a
    resident, Teodor, ..."): a name there is most likely that person's, whatever the tagger makes of the rest of
    the post."""
    a, b = _sentence(text, start, end)
    served = _served_words()
    return any(w.lower() in served for w in _WORDS.findall(text, a, b))


_FIELD = re.compile(r"^[ \t]*[^\W\d_][\w .'’/()-]{0,30}:[ \t]*\S", re.MULTILINE)


def _form_like(text: str, start: int, end: int) -> bool:
    """Text with little running prose: a form, a record, a signature block, a list. There a name stands alone on
    its line or after a label ("Name: Éva Kovács", "Regards,\\nNicole"), with no story around it, which the tagger
    learnt to read as no one's."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    # a label before it on its line
    if _FIELD.match(line) and line.index(":") < start - line_start:
        return True
    # two or more labelled lines in the text
    if len(_FIELD.findall(text)) >= 2:
        return True
    # a short line of its own in a text of several lines (a signature, an address block, a list)
    if text.count("\n") >= 1 and len(_WORDS.findall(line)) <= 4 and not _SENTENCE_END.search(line.rstrip() + " "):
        return True
    return False


@functools.cache
def _verb_forms() -> frozenset[str]:
    # forms of be and have, and the everyday past forms ("spent", "went", "became"): after a name opening its
    # sentence they make it that sentence's subject
    return frozenset({"is", "are", "was", "were", "has", "have", "had"}
                     | vocab.words("common_past_forms") | vocab.words("irregular_past_forms"))


_SUBJECT_JOINS = frozenset({"and", "&"})


def _sentence_subject(text: str, start: int, end: int) -> bool:
    """A name that opens its sentence, alone or joined to other capitalised words, before a verb ("Kal was my
    patient for six weeks", "Marrero and Murphy were engineers", "Asya spent a year at ..."): a person doing
    something, the very thing the tagger saw least of with no one's story around it."""
    a, _ = _sentence(text, start, end)
    before = _WORDS.findall(text, a, start)
    if len(before) > 4 or not all(w[0].isupper() or w.lower() in _SUBJECT_JOINS for w in before):
        return False
    after = _WORDS.search(text, end)
    if after is None or text[end : after.start()].strip(" \t,'’"):
        return False
    word = after.group().lower()
    return word in _verb_forms() or (len(word) > 4 and word.endswith("ed"))


@functools.cache
def _role_words() -> frozenset[str]:
    # what someone does (occupations: "songwriter", job_titles: "analyst") or is to others (role_nouns:
    # "receptionist", "colleague", "mentor")
    return vocab.words("occupations") | vocab.words("job_titles") | vocab.words("role_nouns")


def _after_a_role(text: str, start: int) -> bool:
    """A name right after a word for what someone does ("songwriter Jarmila Chloupková", "our analyst Femke"):
    the role says it is a person's name."""
    words = _WORDS.findall(text, max(0, start - 40), start)
    return bool(words) and not text[start - 1 : start].strip() and words[-1].lower() in _role_words()


def _no_capitals(text: str) -> bool:
    """A text written without capitals ("the song recorded for datamade ..."): the tagger reads a word by its shape,
    and here a name has a common word's."""
    return not any(c.isupper() for c in text)


def _full_name(part: str) -> bool:
    """Two or more capitalised words ("Jarmila Chloupková", "Tevita Mahe"): a given name and a surname. What the
    tagger rightly reads as no one's is mostly one word (another language's, a brand's, a big place's); a full
    name it reads as no one's is a person it has not met."""
    words = part.split()
    return len(words) >= 2 and all(w[0].isupper() and any(c.islower() for c in w) for w in words)


_WORD_BEFORE = re.compile(r"(\S+) $")
_WORD_AFTER = re.compile(r" (\S+)")


def _capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper() and any(c.islower() for c in word) and all(
        c.isalpha() or c in "'’-" for c in word)


def _in_a_full_name(text: str, start: int, end: int) -> bool:
    """The span with the capitalised words right beside it ("[Tevita] Mahe", "Nadia [Sorensen]") is a full name: a
    guess may be one piece of a name the detector later reads whole (whole_runs.py), and a given name the tagger
    finds no one's takes its surname with it."""
    words = [text[start:end]]
    left, right = start, end
    while (m := _WORD_BEFORE.search(text, max(0, left - 40), left)) and _capitalised(m.group(1)):
        words.insert(0, m.group(1))
        left = m.start()
    while (m := _WORD_AFTER.match(text, right)) and _capitalised(m.group(1)):
        words.append(m.group(1))
        right = m.end()
    return _full_name(" ".join(words))


def asked(text: str, start: int, end: int) -> bool:
    """Is the tagger's reading of ``text[start:end]`` taken at all?"""
    return not (_shouted(text[start:end]) or _in_a_full_name(text, start, end) or _no_capitals(text)
                or _about_someone_served(text, start, end)
                or _sentence_subject(text, start, end) or _after_a_role(text, start) or _form_like(text, start, end)
                or _in_an_animal_slot(text, start, end))


def _in_an_animal_slot(text: str, start: int, end: int) -> bool:
    """A pet's name in a slot only an animal fills ("Waffle the cockapoo was back", "had to put Biscuit to sleep"): a pet's
    name is as often an everyday word, a food or a brand, which the tagger learnt as no one's; the slot says it is a
    name, and it identifies the owner (the word name rule's reading, which the tagger must not overrule)."""
    return animal_slot(text, start, end) is not None


# -- a rewrite re-read ---------------------------------------------------------------------------------------
# The verify pass runs the detector again on a half-rewritten post. Its context has changed ("a client" where a
# name was), and the tagger may then read a private word as no one's that it kept on the draft (a client's
# "roti shop" next to a name just generalised). While a rewrite of ``original`` is read, a span goes only if its
# words, wherever they stand in the original, read as no one's there too.
_ORIGINAL: contextvars.ContextVar[str | None] = contextvars.ContextVar("token_veto_original", default=None)


@contextlib.contextmanager
def rereading(original: str):
    """Within this block the detector reads rewrites of ``original``."""
    token = _ORIGINAL.set(original)
    try:
        yield
    finally:
        _ORIGINAL.reset(token)


def rereading_now() -> bool:
    """Is the detector reading a rewrite (within rereading())?"""
    return _ORIGINAL.get() is not None


def _public_in_original(part: str) -> bool:
    original = _ORIGINAL.get()
    if original is None:
        return True
    where = [m.span() for m in re.finditer(r"(?<![\w'’-])" + re.escape(part) + r"(?![\w'’-])", original)]
    if not where or not all(asked(original, a, b) for a, b in where):
        return False
    return all(p < THRESHOLD for p in private_scores(original, where))


def vetoed(text: str, ranges: list[tuple[int, int]]) -> list[bool]:
    """For each (start, end) of ``text`` (a name guess span_veto.vetoable reads): does the tagger veto it?"""
    if THRESHOLD <= 0.0:
        return [False] * len(ranges)
    out = [False] * len(ranges)
    readable = [i for i, (a, b) in enumerate(ranges) if asked(text, a, b)]
    if not readable:
        return out
    scores = private_scores(text, [ranges[i] for i in readable])
    for i, p in zip(readable, scores):
        a, b = ranges[i]
        out[i] = p < THRESHOLD and _public_in_original(text[a:b])
    return out
