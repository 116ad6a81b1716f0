"""OfflineEmailRecognizer (contacts/email.py): E-mail addresses through Presidio's recognizer, validated
against the public suffix list bundled with tldextract, never fetched (the network guard in conftest.py
fails any test that tries)."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.contacts.email import OfflineEmailRecognizer


def addresses(text):
    return [text[r.start : r.end] for r in OfflineEmailRecognizer().analyze(text, ["EMAIL_ADDRESS"], None)]


def test_an_address_is_found_offline():
    assert addresses("write to hr.sam@initrode.co.uk today") == ["hr.sam@initrode.co.uk"]


@pytest.mark.parametrize("text", ["no address here", "@mia.runs_2009 on the app", "meet me @ 3pm", "sam@localhost"])
def test_no_address_without_a_real_domain(text):
    assert addresses(text) == []
