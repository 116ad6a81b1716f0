"""PersonOfCompanyRecognizer (business/person_of_company.py): Capitalised words after a person and "of": "Vilma
Holm of Initech", "Josef Novak of Importio", the way articles name someone together with their employer."""

from __future__ import annotations

from rewriter.detect.recognizers.business.person_of_company import PersonOfCompanyRecognizer


def test_a_person_of_a_company(find):
    assert ("Here", "ORGANIZATION") in find("Vilma Holm of Here is the CEO of the year.")


def test_a_person_of_a_town_or_a_title_is_no_company(find):
    assert ("Leeds", "LOCATION") in find("Jane Smith of Leeds won.")
    assert all(kind != "ORGANIZATION" for _, kind in find("Awarded Salesperson of the Month three times."))
    assert all(kind != "ORGANIZATION" for _, kind in find("Tom Hale of the Year award fame"))


def test_the_second_pass_reads_the_people_the_first_pass_named(person):
    text = "Vilma Holm of Initech won."
    rec = PersonOfCompanyRecognizer()
    found = rec.enhance_using_context(text, [], [person(text, "Vilma Holm")], None)
    assert [(text[r.start : r.end], r.entity_type) for r in found] == [("Initech", "ORGANIZATION")]
    assert rec.analyze(text, ["ORGANIZATION"], None) == []
