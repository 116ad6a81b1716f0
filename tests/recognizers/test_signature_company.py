"""SignatureCompanyRecognizer (business/signature_company.py): The company line of a signature or contact card:
a short line of capitalised words just above the address ("Jane Doe / Scale Unlimited / Unit 5022 Box 1225 /
...")."""

from __future__ import annotations

from rewriter.detect.recognizers.business.signature_company import SignatureCompanyRecognizer


def spans(rec, text):
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"], None)]


def test_company_line_of_a_signature():
    text = "Allan Björk\nScale Unlimited\nUnit 5022 Box 1225\nDPO AE 44085"
    assert "Scale Unlimited" in spans(SignatureCompanyRecognizer(), text)
    assert spans(SignatureCompanyRecognizer(), "Scale Unlimited is a phrase.") == []
