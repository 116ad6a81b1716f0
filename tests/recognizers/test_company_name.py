"""CompanyNameRecognizer (business/company_name.py): Capitalised words ending in a company-type word: "Vandelay
Industries", "Stark Retail", "Abt Associates", "Smith & Sons", "Dunmore Logistics Ltd", "48 Factoring Inc"."""

from __future__ import annotations

import pytest

from rewriter import vocab
from rewriter.detect.recognizers.business.company_name import CompanyNameRecognizer


def spans(rec, text):
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"], None)]


@pytest.mark.parametrize(
    "text, org",
    [
        ("Project ships to Vandelay Industries next week", "Vandelay Industries"),
        ("Q4 numbers for Stark Retail leaked early", "Stark Retail"),
        ("Settlement in Patterson v. Dunmore Logistics", "Dunmore Logistics"),
        ("Thanks to Abt Associates for the data", "Abt Associates"),
        ("I work for 48 Factoring Inc", "48 Factoring Inc"),
        ("The Shepherd Ltd. Orchestra was founded in 1997.", "Shepherd Ltd."),
        ("Csenger Gábor\nOverture Technologies\n78321 Ombù 9091", "Overture Technologies"),
    ],
)
def test_company_names_by_suffix(text, org):
    assert org in spans(CompanyNameRecognizer(), text)


@pytest.mark.parametrize(
    "text", ["Our Services team rocks.", "The Group met today.", "Action & Adventure, Mystery & Suspense", "Global Tech"]
)
def test_ordinary_words_with_a_suffix_are_not_companies(text):
    assert spans(CompanyNameRecognizer(), text) == []


def test_company_names_in_lowercase_and_capitals(find):
    assert ("praxon systems", "ORGANIZATION") in find("the version recorded for praxon systems sold a million copies")
    assert any("BRACKENRIDGE PARTNERS" in t for t, _ in find("The BRACKENRIDGE PARTNERS office is on the second floor."))
    assert find("our services are open to all") == []


def test_the_generalisers_company_words_are_among_the_recognizers_endings():
    written = {w.lower() for w in vocab.entries("company_name_endings")}
    assert vocab.words("company_words") <= written


@pytest.mark.parametrize("text, org", [
    ("Word is that Dunlavin Fabrications are shutting the Newry yard", "Dunlavin Fabrications"),
    ("Our new supplier, Corrib Packaging, is late again", "Corrib Packaging"),
    ("Kilbride Builders have the contract for the new wing", "Kilbride Builders"),
])
def test_a_small_firm_named_by_its_trade(text, org):
    assert org in spans(CompanyNameRecognizer(), text)


@pytest.mark.parametrize("text", [
    "Packaging waste is a nightmare on our ward",  # the trade word alone
    "She's studying Chemical Engineering at Queen's",  # a department, not a firm: Engineering is no ending
])
def test_a_trade_word_alone_or_a_department_is_no_firm(text):
    assert spans(CompanyNameRecognizer(), text) == []
