"""Every recognizer the detector runs. One small class per file-level concern; this list is the registry."""

from __future__ import annotations


def all_recognizers() -> list:
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        IbanRecognizer,
        IpRecognizer,
        SpacyRecognizer,
        UrlRecognizer,
    )

    from ..engine import SPACY_LABEL_MAP
    from .contacts import OfflineEmailRecognizer
    from .phone import GatedPhoneRecognizer

    return [
        SpacyRecognizer(supported_entities=sorted(set(SPACY_LABEL_MAP.values()))),
        OfflineEmailRecognizer(),
        GatedPhoneRecognizer(),
        UrlRecognizer(),
        IpRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
    ]
