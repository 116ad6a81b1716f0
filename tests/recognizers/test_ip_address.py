"""GatedIpRecognizer (contacts/ip_address.py): Presidio's IP address recognizer behind a cheap gate, which
may only skip texts on which Presidio's own recognizer finds nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from presidio_analyzer.predefined_recognizers import IpRecognizer

from rewriter.detect.recognizers.contacts.ip_address import GatedIpRecognizer

SYNTH = Path(__file__).resolve().parents[3] / "shared" / "data" / "presidio-research" / "synth_dataset_v2.json"


def found(recognizer, text, entity):
    return [(text[r.start : r.end], round(r.score, 3)) for r in recognizer.analyze(text, [entity], None)]


@pytest.mark.parametrize(
    "text, address",
    [
        ("the server at 192.168.1.20 went down", "192.168.1.20"),
        ("logged in from fe80::1ff:fe23:4567:890a yesterday", "fe80::1ff:fe23:4567:890a"),
        ("route 2001:db8:85a3:0:0:8a2e:370:7334 blocked", "2001:db8:85a3:0:0:8a2e:370:7334"),
        ("mapped ::ffff:10.0.0.1 address", "::ffff:10.0.0.1"),
    ],
)
def test_ip_addresses(text, address):
    assert [t for t, _ in found(GatedIpRecognizer(), text, "IP_ADDRESS")] == [address]


@pytest.mark.parametrize(
    "text",
    ["version 1.2 shipped", "meeting at 10:30 today", "Note: bring forms", "ratio 3:2 in the final", "no numbers here"],
)
def test_not_ip_addresses(text):
    assert found(GatedIpRecognizer(), text, "IP_ADDRESS") == []


def test_spans_name_presidio_recognizers_for_the_source_label():
    assert GatedIpRecognizer().name == "IpRecognizer"


def _texts():
    texts = [
        "10.0.0.1", "::", "a::b", "1:2", "192.168.0.1/24", "GB82WEST12345698765432", "gb82 west 1234 5698 7654 32",
        "DE89 3704 0044 0532 0130 00", "fe80::%eth0", "12:30 and 1.5",
    ]
    if SYNTH.exists():
        texts += [x["full_text"] for x in json.loads(SYNTH.read_text())]
    return texts


def test_gates_never_change_presidios_answer():
    ip, gated_ip = IpRecognizer(), GatedIpRecognizer()
    texts = _texts()
    assert len(texts) > 10
    for text in texts:
        assert found(gated_ip, text, "IP_ADDRESS") == found(ip, text, "IP_ADDRESS"), text
