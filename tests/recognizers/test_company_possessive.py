"""CompanyPossessiveRecognizer (business/company_possessive.py): Capitalised words owning what only a company
has: "Globex's CEO", "Initech's staff", "Hooli's headquarters", "Pied Piper's shareholders"."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.company_possessive import CompanyPossessiveRecognizer


def spans(rec, text):
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"], None)]


@pytest.mark.parametrize(
    "text, org",
    [
        ("Globex's CEO resigned this morning.", "Globex"),
        ("We met Initech's staff at the fair.", "Initech"),
        ("Rumours about Pied Piper's shareholders again", "Pied Piper"),
        ("Hooli's former CFO called.", "Hooli"),
    ],
)
def test_a_company_owning_a_ceo_or_staff(text, org):
    assert spans(CompanyPossessiveRecognizer(), text) == [org]


@pytest.mark.parametrize(
    "text",
    [
        "Today's staff meeting ran late.",
        "The company's CEO resigned.",
        "Yesterday's staff party ran late.",
        "Monday's board of directors meeting",
        "Sarah's mum is the CEO.",
    ],
)
def test_possessives_that_name_no_company(text):
    assert spans(CompanyPossessiveRecognizer(), text) == []
