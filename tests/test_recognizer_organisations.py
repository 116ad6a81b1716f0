"""Organisations: company suffixes, partnerships, case captions, employers, signature lines."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.organisations import (
    CaseCaptionRecognizer,
    CompanyNameRecognizer,
    CompanyPossessiveRecognizer,
    EmployerContextRecognizer,
    ListedCompanyRecognizer,
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


def test_a_job_title_before_at_names_the_employer():
    rec = EmployerContextRecognizer()
    assert spans(rec, "She is a recruiter at Hooli now.") == ["Hooli"]
    assert spans(rec, "Two developers for Initech joined us.") == ["Initech"]
    assert spans(rec, "a recruiter at the moment") == []
    assert spans(rec, "an engineer at Heart, really") == []  # one everyday word is not enough


def test_a_person_of_a_company(find):
    assert ("Here", "ORGANIZATION") in find("Vilma Holm of Here is the CEO of the year.")


def test_a_person_of_a_town_or_a_title_is_no_company(find):
    assert ("Leeds", "LOCATION") in find("Jane Smith of Leeds won.")
    assert all(kind != "ORGANIZATION" for _, kind in find("Awarded Salesperson of the Month three times."))
    assert all(kind != "ORGANIZATION" for _, kind in find("Tom Hale of the Year award fame"))


def test_a_dictionary_word_joined_in_its_mission_is_a_company_in_a_lowercase_post(find):
    assert ("foursquare", "ORGANIZATION") in find("looking to support foursquare in its mission to grow")
    assert find("happy to support families in its new programme") == []
    assert find("looking to support growth. its mission is clear") == []


def test_a_platform_or_public_body_is_an_organisation_only_as_an_employer_or_client(find):
    assert ("LinkedIn", "ORGANIZATION") in find("I'm a recruiter at LinkedIn.")
    assert ("NATO", "ORGANIZATION") in find("I used to work for NATO as a booking clerk.")
    assert ("Facebook", "ORGANIZATION") in find("Our client Facebook wants a refresh.")
    assert find("Just joined LinkedIn!") == []
    assert find("She joined TikTok last year and loves it.") == []


def test_a_form_field_is_not_part_of_a_client_company():
    assert spans(EmployerContextRecognizer(), "Our client Globex DOB field was blank.") == ["Globex"]
    assert spans(EmployerContextRecognizer(), "Client DOB 14/03/1987") == []
