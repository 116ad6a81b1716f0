"""CaseCaptionRecognizer (business/case_caption.py): Both parties of a court case: "Patterson v."""

from __future__ import annotations

from rewriter.detect.recognizers.business.case_caption import CaseCaptionRecognizer


def spans(rec, text):
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"], None)]


def test_both_parties_of_a_case():
    rec = CaseCaptionRecognizer()
    assert spans(rec, "Settlement reached in Patterson v. Dunmore Logistics today") == ["Patterson", "Dunmore Logistics"]
    assert spans(rec, "R v Smith") == ["Smith"]
