"""ListedCompanyRecognizer (business/listed_company.py): The item before "and" in a list that ends with a
company: "the big three: Globex, Lucid and Loveland Technologies" makes "Lucid" a company too."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.listed_company import ListedCompanyRecognizer


def spans(rec, text):
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"], None)]


def test_an_item_listed_beside_a_company_is_a_company():
    rec = ListedCompanyRecognizer()
    assert spans(rec, "the big three: Globex, Lucid and Loveland Technologies.") == ["Lucid"]
    assert spans(rec, "Suppliers: Acme, Vandelay & Stark Retail") == ["Vandelay"]


@pytest.mark.parametrize(
    "text",
    [
        "Lucid and Loveland Technologies",  # no comma: not a list, maybe one firm's name
        "We had tea, Coffee and Cake.",  # no company at the end
        "Thanks to Sarah, Tom and the Group for coming",  # "the Group" alone is no company
        "We meet in May, June and Stark Retail",  # months are never companies
    ],
)
def test_lists_without_a_company_add_nothing(text):
    assert spans(ListedCompanyRecognizer(), text) == []
