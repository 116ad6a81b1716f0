"""EmployerContextRecognizer (business/employer_context.py): A capitalised name after a phrase about working
there: "I work for Wolters Kluwer", "she joined Initech", "employed by Globex", "interning at Hooli"."""

from __future__ import annotations

from rewriter.detect.recognizers.business.employer_context import EmployerContextRecognizer


def spans(rec, text):
    return [text[r.start : r.end] for r in rec.analyze(text, ["ORGANIZATION"], None)]


def test_a_job_title_before_at_names_the_employer():
    rec = EmployerContextRecognizer()
    assert spans(rec, "She is a recruiter at Hooli now.") == ["Hooli"]
    assert spans(rec, "Two developers for Initech joined us.") == ["Initech"]
    assert spans(rec, "a recruiter at the moment") == []
    assert spans(rec, "an engineer at Heart, really") == []  # one everyday word is not enough


def test_a_platform_or_public_body_is_an_organisation_only_as_an_employer_or_client(find):
    assert ("LinkedIn", "ORGANIZATION") in find("I'm a recruiter at LinkedIn.")
    assert ("NATO", "ORGANIZATION") in find("I used to work for NATO as a booking clerk.")
    assert ("Facebook", "ORGANIZATION") in find("Our client Facebook wants a refresh.")
    assert find("Just joined LinkedIn!") == []
    assert find("She joined TikTok last year and loves it.") == []


def test_a_form_field_is_not_part_of_a_client_company():
    assert spans(EmployerContextRecognizer(), "Our client Globex DOB field was blank.") == ["Globex"]
    assert spans(EmployerContextRecognizer(), "Client DOB 14/03/1987") == []
