"""Every recognizer the detector runs. One small class per file-level concern; this list is the registry."""

from __future__ import annotations


def all_recognizers() -> list:
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        IbanRecognizer,
        IpRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
        UrlRecognizer,
    )

    from ..engine import SPACY_LABEL_MAP
    from .contacts import OfflineEmailRecognizer

    return [
        SpacyRecognizer(supported_entities=sorted(set(SPACY_LABEL_MAP.values()))),
        OfflineEmailRecognizer(),
        PhoneRecognizer(supported_regions=("GB", "US", "CA", "AU", "IE", "NZ", "IN", "DE", "FR")),
        UrlRecognizer(),
        IpRecognizer(),
        CreditCardRecognizer(),
        IbanRecognizer(),
    ]
