"""Organisations: company suffixes, partnerships, case captions, employers, signature lines."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.organisations import (
    CaseCaptionRecognizer,
    CompanyNameRecognizer,
    PartnershipNameRecognizer,
    SignatureCompanyRecognizer,
)


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


def test_partnership_names():
    rec = PartnershipNameRecognizer()
    assert spans(rec, "the big three: Henderson, Hicks and Brown") == ["Henderson, Hicks and Brown"]
    assert spans(rec, "Apples, Pears and Plums") == []


def test_both_parties_of_a_case():
    rec = CaseCaptionRecognizer()
    assert spans(rec, "Settlement reached in Patterson v. Dunmore Logistics today") == ["Patterson", "Dunmore Logistics"]
    assert spans(rec, "R v Smith") == ["Smith"]


def test_company_line_of_a_signature():
    text = "Allan Björk\nScale Unlimited\nUnit 5022 Box 1225\nDPO AE 44085"
    assert "Scale Unlimited" in spans(SignatureCompanyRecognizer(), text)
    assert spans(SignatureCompanyRecognizer(), "Scale Unlimited is a phrase.") == []


def test_detector_reports_employers(find):
    assert ("Wolters Kluwer", "ORGANIZATION") in find("I work for Wolters Kluwer")
    assert ("Stark Retail", "ORGANIZATION") in find("Q4 numbers for Stark Retail leaked early.")


def test_company_names_in_lowercase_and_capitals(find):
    assert ("praxon systems", "ORGANIZATION") in find("the version recorded for praxon systems sold a million copies")
    assert any("BRACKENRIDGE PARTNERS" in t for t, _ in find("The BRACKENRIDGE PARTNERS office is on the second floor."))
    assert find("our services are open to all") == []


def test_unknown_word_after_for_in_a_lowercase_post_is_a_company(find):
    assert ("datamade", "ORGANIZATION") in find("the version recorded for datamade sold well")
    assert find("thanks for everything lol") == []
