"""CaseNameRecognizer (business/case_name.py): the name a case or a client account goes by."""

from __future__ import annotations

from rewriter.detect.recognizers.business.case_name import CaseNameRecognizer


def spans(text):
    return [text[r.start : r.end] for r in CaseNameRecognizer().analyze(text, ["ORGANIZATION"], None)]


def test_an_invented_name_of_ordinary_words_before_a_matter_is_its_name():
    assert spans("Opposing counsel in the Tarnbrook Heath water licence matter filed late again") == ["Tarnbrook Heath"]
    assert spans("Dashboard for the Wombat account is live at last") == ["Wombat"]
    assert spans("Closing speeches in the Pellingham fraud trial tomorrow") == ["Pellingham"]


def test_public_bodies_courts_holidays_and_acronyms_are_no_case_names():
    assert spans("Got subpoenaed for the Family Court matter I mentioned") == []
    assert spans("Donated to the Red Cross appeal this morning") == []
    assert spans("Thank you for donating to our Christmas appeal") == []
    assert spans("Prepping a nurse for the NMC hearing next week") == []
    assert spans("Can't say anything about the Glasgow nursery trial") == []
    assert spans("Honestly the ONLY known case like it") == []


def test_a_clause_before_the_noun_is_no_case_name():
    assert spans("the Tarnbrook team made their case to the board") == []
    assert spans("the UK's second ever case of it") == []
