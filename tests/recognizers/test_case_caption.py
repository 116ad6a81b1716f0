"""CaseCaptionRecognizer (business/case_caption.py): Both parties of a court case: "Patterson v."""

from __future__ import annotations

from rewriter.detect.recognizers.business.case_caption import CaseCaptionRecognizer


def spans(rec, text):
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"], None)]


def test_both_parties_of_a_case():
    rec = CaseCaptionRecognizer()
    assert spans(rec, "Settlement reached in Patterson v. Dunmore Logistics today") == ["Patterson", "Dunmore Logistics"]
    assert spans(rec, "R v Smith") == ["Smith"]


def test_two_sides_everyone_knows_are_a_comparison_or_a_fixture():
    rec = CaseCaptionRecognizer()
    assert spans(rec, "Open enrollment season = 400 questions about HSA vs FSA. I love my job.") == []
    assert spans(rec, "Watching Ireland v France in the Six Nations with an ice pack on my knee") == []


def test_a_private_party_against_a_public_one_is_still_a_case():
    rec = CaseCaptionRecognizer()
    assert spans(rec, "Judgment handed down in Okafor v NHS this morning") == ["Okafor", "NHS"]
    assert spans(rec, "Mediation in Hartwell vs Ireland drags on") == ["Hartwell", "Ireland"]


def test_two_terms_or_two_countries_are_no_parties():
    rec = CaseCaptionRecognizer()
    assert spans(rec, "GAAP vs IFRS on inventory: LIFO is banned under IFRS") == []
    assert spans(rec, "France v Jordan tonight, who's watching?") == []


def test_a_person_or_company_against_an_acronym_or_a_country_stays():
    rec = CaseCaptionRecognizer()
    assert spans(rec, "Prep for HMRC v Okafor next week") == ["HMRC", "Okafor"]
    assert spans(rec, "Reading Ireland v Dunmore Holdings again") == ["Reading Ireland", "Dunmore Holdings"]


def test_a_listed_tool_against_one_word_is_a_comparison_of_tools():
    rec = CaseCaptionRecognizer()
    assert spans(rec, "Great panel on Rust vs Zig at the meetup, my brain is full") == []
    assert spans(rec, "Team argued Kotlin v Dart for an hour over lunch") == []
    # a listed tool against a firm of two words may be a case: both stay
    assert spans(rec, "Notes for Rust v Dunmore Holdings are in the shared drive") == ["Rust", "Dunmore Holdings"]
    # no listed tool on either side: still a case
    assert spans(rec, "Skeleton argument for Okafor v Brennan due Friday") == ["Okafor", "Brennan"]
