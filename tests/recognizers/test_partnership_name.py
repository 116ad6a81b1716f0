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


def test_a_run_of_listed_brands_is_no_partnership():
    rec = PartnershipNameRecognizer()
    # two listed brands or more in the run (the last one cut by the pattern, "Max [Mara]"): a shop's rails
    assert spans(rec, "sale on: Gucci, Prada and Max Mara from 9am") == []
    # one listed brand among partners' surnames leaves the firm
    assert spans(rec, "we instructed Gucci, Hargreaves and Pryce") == ["Gucci, Hargreaves and Pryce"]
