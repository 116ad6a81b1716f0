"""PartnershipNameRecognizer (business/partnership_name.py): Law-firm and partnership names: "Henderson, Hicks
and Brown", "Barnett, Melton & Garcia"."""

from __future__ import annotations

from rewriter.detect.recognizers.business.partnership_name import PartnershipNameRecognizer


def spans(rec, text):
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"], None)]


def test_partnership_names():
    rec = PartnershipNameRecognizer()
    assert spans(rec, "the big three: Henderson, Hicks and Brown") == ["Henderson, Hicks and Brown"]
    assert spans(rec, "Apples, Pears and Plums") == []
