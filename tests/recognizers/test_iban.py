"""GatedIbanRecognizer (numbers/iban.py): Presidio's IBAN recognizer behind a cheap gate, which may only
skip texts on which Presidio's own recognizer finds nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer.predefined_recognizers import IbanRecognizer

from rewriter.detect.recognizers.numbers.iban import GatedIbanRecognizer

SYNTH = Path(__file__).resolve().parents[3] / "shared" / "data" / "presidio-research" / "synth_dataset_v2.json"


def found(recognizer, text, entity):
    return [(text[r.start : r.end], round(r.score, 3)) for r in recognizer.analyze(text, [entity], None)]


def test_iban():
    text = "please pay GB82 WEST 1234 5698 7654 32 by Friday"
    assert [t for t, _ in found(GatedIbanRecognizer(), text, "IBAN_CODE")] == ["GB82 WEST 1234 5698 7654 32"]


@pytest.mark.parametrize("text", ["GB82 WEST 1234 5698 7654 33 (bad check digits)", "flight BA12 to Rome", "no account"])
def test_not_iban(text):
    assert found(GatedIbanRecognizer(), text, "IBAN_CODE") == []


def test_spans_name_presidio_recognizers_for_the_source_label():
    assert GatedIbanRecognizer().name == "IbanRecognizer"


def _texts():
    texts = [
        "10.0.0.1", "::", "a::b", "1:2", "192.168.0.1/24", "GB82WEST12345698765432", "gb82 west 1234 5698 7654 32",
        "DE89 3704 0044 0532 0130 00", "fe80::%eth0", "12:30 and 1.5",
    ]
    if SYNTH.exists():
        texts += [x["full_text"] for x in json.loads(SYNTH.read_text())]
    return texts


def test_gates_never_change_presidios_answer():
    iban, gated_iban = IbanRecognizer(), GatedIbanRecognizer()
    texts = _texts()
    assert len(texts) > 10
    for text in texts:
        assert found(gated_iban, text, "IBAN_CODE") == found(iban, text, "IBAN_CODE"), text
